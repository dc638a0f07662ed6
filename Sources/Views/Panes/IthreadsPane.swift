import Kernel
import Reports

/// Interrupt threads: p_comm, pid, CPU, state, source masked/scheduled, evcount, live rate.
public enum IthreadsPane {
  static let header = "P_COMM             PID CPU STATE   M S  EVCOUNT  RATE/s"
  /// Below this width PID and CPU are dropped (name, state, flags and counts matter most).
  static let fullWidth = 56
  static let narrowHeader = "P_COMM           STATE   M S  EVCOUNT  RATE/s"

  /// The pane's rows.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    let sources = m.interrupts.sources
    let narrow = width < fullWidth
    return PaneBody(columns: Line(narrow ? narrowHeader : header, .columns), count: sources.count) {
      i in row(m, i, narrow: narrow)
    }
  }

  /// One source's row.
  static func row(_ m: FrameModel, _ i: Int, narrow: Bool = false) -> Line {
    let src = m.interrupts.sources[i]
    let p = m.proc(src.ithread)
    let then = m.baseline.flatMap { i < $0.sourceCounts.count ? $0.sourceCounts[i] : nil }
    let rate = m.rate(now: src.count, then: then)
    let state = p.map { "\($0.stat)" } ?? "-"
    var spans = [Span(Pad.left(Pad.clip("(\(src.name))", 16), 17))]
    if !narrow {
      spans.append(Span(Pad.right(String(src.pid), 5)))
      spans.append(Span(Pad.right(String(src.cpu), 4)))
    }
    return Line(
      spans + [
        Span((narrow ? "" : " ") + Pad.left(state, 7), state == "SONPROC" ? .warn : .normal),
        Span(src.masked ? " M" : " -", src.masked ? .warn : .dim),
        Span(src.scheduled ? " S" : " -", src.scheduled ? .warn : .dim),
        Span(Pad.right(String(src.count), 9)),
        Span(Pad.right(String(rate), 8), rate == 0 ? .dim : .normal),
      ])
  }
}
