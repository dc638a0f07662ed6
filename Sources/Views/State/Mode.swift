/// The observatory's mode, shown as the header's badge.
public enum Mode: Sendable, Equatable {
  /// Simulated time advances with wall time × speed.
  case run
  /// Simulated time stands still; the UI stays live.
  case paused
  /// Paused after a single step (event, tick or switch).
  case step

  /// The badge text.
  public var badge: String {
    switch self {
    case .run: return " RUN "
    case .paused: return " PAUSED "
    case .step: return " STEP "
    }
  }

  /// The badge's role.
  public var role: Role {
    switch self {
    case .run: return .badgeRun
    case .paused: return .badgePaused
    case .step: return .badgeStep
    }
  }
}
