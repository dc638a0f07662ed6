import Kernel
import Reports

/// The narrated event log: one line per retained trace record, oldest first.
public enum LogPane {
  /// The pane's rows (narrated lazily: only visible records are put into words).
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    let context = m.narration
    let records = m.records
    let ascii = s.glyphs.arrow != Glyphs.unicode.arrow
    let note = "last \(records.count) of \(m.recordsWritten) records"
    return PaneBody(columns: nil, count: records.count, note: note) { i in
      let previous = i > 0 ? records[i - 1] : nil
      let l = Narration.line(records[i], previous: previous, context)
      var text = Narration.timeText(l.time) + " "
      text += Pad.left(l.cpu < 0 ? "-" : "cpu\(l.cpu)", 5) + " "
      let body = ascii ? asciiArrows(l.text) : l.text
      return Line([
        Span(text, .dim), Span(l.function, .columns), Span(": " + body),
      ])
    }
  }

  /// `→` as `->` for non-UTF-8 terminals.
  static func asciiArrows(_ s: String) -> String {
    guard s.unicodeScalars.contains("→") else { return s }
    return s.split(separator: "→", omittingEmptySubsequences: false).joined(separator: "->")
  }
}
