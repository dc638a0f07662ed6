/// How one role is drawn: colours and attributes.
public struct Style: Equatable, Sendable {
  /// Foreground.
  public var fg: ThemeColor = .terminalDefault
  /// Background.
  public var bg: ThemeColor = .terminalDefault
  /// Bold.
  public var bold = false
  /// Reverse video.
  public var reverse = false
  /// Underlined.
  public var underline = false

  /// Makes a style.
  public init(
    fg: ThemeColor = .terminalDefault, bg: ThemeColor = .terminalDefault, bold: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.fg = fg
    self.bg = bg
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }
}

/// A theme: a name and a style for every role (roles a file leaves out draw as `normal`).
public struct Theme: Equatable, Sendable {
  /// The theme's name (its file name without `.theme`).
  public var name: String
  /// Styles indexed by `Role.rawValue`.
  public var styles: [Style]

  /// A theme drawing every role in the terminal's default colours.
  public init(name: String) {
    self.name = name
    styles = [Style](repeating: Style(), count: Role.allCases.count)
  }

  /// The style of `role`.
  public subscript(role: Role) -> Style {
    get { styles[Int(role.rawValue)] }
    set { styles[Int(role.rawValue)] = newValue }
  }
}

/// Why a theme file was refused: one line naming the file, the line and the reason.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file (or theme name).
  public var file: String
  /// 1-based line number.
  public var line: Int
  /// What was wrong.
  public var reason: String
  /// `file:line: reason`.
  public var description: String { "\(file):\(line): \(reason)" }
}
