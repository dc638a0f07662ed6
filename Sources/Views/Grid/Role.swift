/// What a cell is for; themes map roles to colours, drawing code names only roles.
public enum Role: UInt8, Sendable, CaseIterable {
  /// Ordinary text.
  case normal
  /// Less important text (zeros, idle threads, hints).
  case dim
  /// A pane's title bar.
  case title
  /// The focused pane's title bar.
  case focus
  /// The selected row.
  case selection
  /// Something to look at (waiters, pending interrupts, masked sources).
  case warn
  /// Something wrong (violations, deadlocks, a model that cannot keep up).
  case crit
  /// Meter segment: user time.
  case meterUser
  /// Meter segment: kernel time.
  case meterSys
  /// Meter segment: interrupt time.
  case meterIntr
  /// Meter segment: spinning on a lock.
  case meterSpin
  /// Meter segment: idle.
  case meterIdle
  /// Mode badge: running.
  case badgeRun
  /// Mode badge: paused.
  case badgePaused
  /// Mode badge: stepping.
  case badgeStep
  /// The header line.
  case header
  /// The function-key bar's labels.
  case keybar
  /// The function-key bar's key names.
  case keybarKey
  /// Column headings inside a pane.
  case columns

  /// The name a theme file uses: `meter.user`, `badge.run`, `keybar.key`.
  public var themeName: String {
    switch self {
    case .normal: return "normal"
    case .dim: return "dim"
    case .title: return "title"
    case .focus: return "focus"
    case .selection: return "selection"
    case .warn: return "warn"
    case .crit: return "crit"
    case .meterUser: return "meter.user"
    case .meterSys: return "meter.sys"
    case .meterIntr: return "meter.intr"
    case .meterSpin: return "meter.spin"
    case .meterIdle: return "meter.idle"
    case .badgeRun: return "badge.run"
    case .badgePaused: return "badge.paused"
    case .badgeStep: return "badge.step"
    case .header: return "header"
    case .keybar: return "keybar"
    case .keybarKey: return "keybar.key"
    case .columns: return "columns"
    }
  }

  /// The role a theme file names, if any.
  public init?(themeName: String) {
    guard let r = Role.allCases.first(where: { $0.themeName == themeName }) else { return nil }
    self = r
  }
}
