import Kernel
import Reports

/// Composes a frame: header, panes in the layout, the F-key bar or a prompt, and any overlay.
public enum Screen {
  /// Draws the whole screen into `g` (resized to the state's size).
  public static func render(
    _ m: FrameModel, _ h: HeaderInfo, _ s: inout ViewState, chain: [WaitLink] = [],
    thread: ProcSnapshot? = nil,
    into g: inout Grid
  ) {
    if g.width != s.width || g.height != s.height { g = Grid(width: s.width, height: s.height) }
    if Layout.tooSmall(width: s.width, height: s.height) {
      g.clear()
      g.put("terminal too small (\(s.width)x\(s.height))", x: 0, y: 0, role: .warn)
      return
    }
    g.draw(HeaderPane.line(m, h, s), in: Rect(x: 0, y: 0, width: s.width, height: 1), row: 0)
    for (kind, r) in Layout.panes(s, cpus: m.snapshot.cpus.count) {
      PaneFrame.draw(kind, in: r, m, &s, into: &g)
    }
    bottom(s, into: &g)
    overlay(m, &s, chain: chain, thread: thread, into: &g)
  }

  /// The last row: a prompt, the message, or the F-key bar.
  static func bottom(_ s: ViewState, into g: inout Grid) {
    let r = Rect(x: 0, y: s.height - 1, width: s.width, height: 1)
    if let p = s.prompt {
      g.draw(Line([Span(p.label, .columns), Span(p.text + "_")]), in: r, row: 0)
    } else if !s.message.isEmpty {
      g.draw(Line(s.message, .warn), in: r, row: 0)
    } else {
      g.draw(KeyBar.line(), in: r, row: 0)
    }
  }

  /// Help, details, questions and results, drawn over the panes.
  static func overlay(
    _ m: FrameModel, _ s: inout ViewState, chain: [WaitLink], thread: ProcSnapshot?,
    into g: inout Grid
  ) {
    var lines: [Line]
    switch s.overlay {
    case .none: return
    case .help: lines = HelpView.lines(themeName: s.themeName)
    case .confirmLock(let model):
      lines = [
        Line("Switch the kernel lock model", .title), Line(""),
        Line(
          "Restart \(m.snapshot.scenario) seed \(m.snapshot.seed) with the \(model.rawValue) lock?"),
        Line("The run starts again from t=0 (the input log starts empty)."), Line(""),
        Line([Span("  y", .columns), Span(" yes    "), Span("n / Esc", .columns), Span(" no")]),
      ]
    case .text(let title, let text):
      lines = [Line(title, .title), Line("")] + text.map { Line($0) }
    case .thread, .lock, .device:
      lines =
        DetailView.lines(s.overlay, m, waitChain: chain, thread: thread) ?? [Line("gone", .warn)]
    }
    if lines.count + 2 > s.height - 2 && s.width >= 100 { lines = twoColumns(lines) }
    let w = min(s.width - 2, max(60, lines.map { $0.text.count }.max() ?? 0) + 4)
    let h = min(s.height - 2, lines.count + 2)
    let r = Rect(x: (s.width - w) / 2, y: max(1, (s.height - h) / 2), width: w, height: h)
    g.fill(r, .normal)
    let inner = Rect(x: r.x + 2, y: r.y + 1, width: r.width - 4, height: r.height - 2)
    for (y, line) in lines.prefix(inner.height).enumerated() { g.draw(line, in: inner, row: y) }
    frame(r, s.glyphs, into: &g)
  }

  /// Long help side by side: the first line as the title, the rest in two halves.
  static func twoColumns(_ lines: [Line]) -> [Line] {
    guard let title = lines.first else { return lines }
    let body = Array(lines.dropFirst())
    let half = (body.count + 1) / 2
    let width = body.prefix(half).map { $0.text.count }.max() ?? 0
    var out = [title]
    for i in 0..<half {
      var spans = body[i].spans
      spans.append(Span(String(repeating: " ", count: width - body[i].text.count + 2)))
      if i + half < body.count { spans += body[i + half].spans }
      out.append(Line(spans))
    }
    return out
  }

  /// A border of the rule glyph around `r`.
  static func frame(_ r: Rect, _ glyphs: Glyphs, into g: inout Grid) {
    let bar = String(repeating: glyphs.rule, count: r.width)
    g.put(bar, x: r.x, y: r.y, role: .title)
    g.put(bar, x: r.x, y: r.y + r.height - 1, role: .title)
    for y in r.y..<(r.y + r.height) {
      g.put("|", x: r.x, y: y, role: .title)
      g.put("|", x: r.x + r.width - 1, y: y, role: .title)
    }
  }
}
