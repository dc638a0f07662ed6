/// Reads `Themes/*.theme`: one `role = fg [on bg] [bold] [reverse] [underline]` per line, `#`
/// starts a comment, blank lines are ignored.
public enum ThemeParser {
  /// Parses `text`; `file` names it in errors. Roles not listed inherit `normal`'s colours.
  public static func parse(_ text: String, name: String, file: String) throws(ThemeError)
    -> Theme
  {
    var theme = Theme(name: name)
    var seen = [Bool](repeating: false, count: Role.allCases.count)
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line =
        raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
        .map(String.init) ?? ""
      let trimmed = line.split(separator: " ", omittingEmptySubsequences: true)
      if trimmed.isEmpty { continue }
      let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw ThemeError(file: file, line: number, reason: "expected 'role = fg on bg [bold]'")
      }
      let roleName = parts[0].split(separator: " ").joined()
      guard let role = Role(themeName: roleName) else {
        let known = Role.allCases.map(\.themeName).joined(separator: ", ")
        throw ThemeError(
          file: file, line: number, reason: "unknown role '\(roleName)' (roles: \(known))")
      }
      let style = try parseStyle(String(parts[1]), file: file, line: number)
      theme[role] = style
      seen[Int(role.rawValue)] = true
    }
    for role in Role.allCases where !seen[Int(role.rawValue)] {
      var s = theme[.normal]
      s.bold = false
      theme[role] = s
    }
    return theme
  }

  /// `fg [on bg] [bold] [reverse] [underline]`.
  static func parseStyle(_ text: String, file: String, line: Int) throws(ThemeError) -> Style {
    let words = text.split(separator: " ").map(String.init)
    guard let first = words.first else {
      throw ThemeError(file: file, line: line, reason: "missing colour after '='")
    }
    var style = Style()
    guard let fg = ThemeColor(parsing: first) else {
      throw ThemeError(file: file, line: line, reason: "unknown colour '\(first)'")
    }
    style.fg = fg
    var i = 1
    if i < words.count, words[i] == "on" {
      guard i + 1 < words.count else {
        throw ThemeError(file: file, line: line, reason: "missing colour after 'on'")
      }
      guard let bg = ThemeColor(parsing: words[i + 1]) else {
        throw ThemeError(file: file, line: line, reason: "unknown colour '\(words[i + 1])'")
      }
      style.bg = bg
      i += 2
    }
    while i < words.count {
      switch words[i] {
      case "bold": style.bold = true
      case "reverse": style.reverse = true
      case "underline": style.underline = true
      default:
        throw ThemeError(
          file: file, line: line,
          reason: "unknown attribute '\(words[i])' (bold, reverse or underline)")
      }
      i += 1
    }
    return style
  }
}
