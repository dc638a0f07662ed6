/// The help screen, generated from the key table: only keys that work are listed.
public enum HelpView {
  /// Help as lines.
  public static func lines(themeName: String) -> [Line] {
    var out = [
      Line("smpscope observatory: keys (Esc closes)", .title),
      Line(""),
    ]
    for b in KeyTable.bindings {
      let keys = b.label.padding(9)
      out.append(Line([Span("  " + keys, .columns), Span(b.help)]))
    }
    out.append(Line(""))
    out.append(Line("Layout presets:", .columns))
    for (i, name) in Layout.presetNames.enumerated() { out.append(Line("  \(i + 1)  \(name)")) }
    out.append(Line(""))
    out.append(Line("Theme: \(themeName) (t cycles, --theme NAME|FILE)"))
    out.append(Line("Colours off: NO_COLOR=1 or --no-color"))
    return out
  }
}

extension String {
  /// Left-justified to `w` characters.
  func padding(_ w: Int) -> String {
    count >= w ? self : self + String(repeating: " ", count: w - count)
  }
}
