/// Draws one pane: a title bar, column headings, and the visible rows with the selection.
public enum PaneFrame {
  /// Draws `kind` into `r`, fitting its scroll position to the rows that fit.
  public static func draw(
    _ kind: PaneKind, in r: Rect, _ m: FrameModel, _ s: inout ViewState, into g: inout Grid
  ) {
    guard r.height > 0, r.width > 0 else { return }
    let focused = s.focus == kind
    let headed = r.height >= 3
    let visible = max(1, r.height - 1 - (headed ? 1 : 0))
    var scroll = s[scroll: kind]
    let need = scroll.top + visible + max(0, scroll.selected - scroll.top - visible + 1)
    let body = Panes.body(kind, m, s, width: r.width, need: max(need, scroll.selected + 1))
    scroll.fit(count: body.count, visible: visible)
    s[scroll: kind] = scroll
    title(kind, note: body.note, in: r, focused: focused, glyphs: s.glyphs, into: &g)
    var y = 1
    if headed, let columns = body.columns {
      g.draw(columns, in: r, row: y)
      y += 1
    }
    let first = scroll.top
    var i = first
    while y < r.height {
      if i < body.count {
        let line = body.row(i)
        g.draw(focused && i == scroll.selected ? line.selected() : line, in: r, row: y)
      } else {
        g.fill(Rect(x: r.x, y: r.y + y, width: r.width, height: 1), .normal)
      }
      i += 1
      y += 1
    }
  }

  /// The title bar: ` CPUs ── note ─────`.
  static func title(
    _ kind: PaneKind, note: String, in r: Rect, focused: Bool, glyphs: Glyphs, into g: inout Grid
  ) {
    let role: Role = focused ? .focus : .title
    var text = glyphs.rule + " " + kind.title + " "
    if !note.isEmpty { text += glyphs.rule + " " + note + " " }
    let n = text.unicodeScalars.count
    if n < r.width {
      text += String(repeating: glyphs.rule, count: r.width - n)
    }
    g.put(text, x: r.x, y: r.y, role: role, limit: r.width)
  }
}
