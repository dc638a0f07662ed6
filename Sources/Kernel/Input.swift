/// Something a user did to the running machine, stamped with simulated time and kept in the input
/// log, so that scenario + seed + input log reproduce a run exactly.
public struct Input: Equatable, Sendable {
  /// When it was applied.
  public var time: SimTime
  /// What it does.
  public var kind: InputKind
  /// Makes an input.
  public init(time: SimTime, kind: InputKind) {
    self.time = time
    self.kind = kind
  }
}

/// The kinds of input. Later issues add injection and rate changes.
public enum InputKind: Equatable, Sendable {
  /// Write a sysctl (`kern.preemption`).
  case sysctl(name: String, value: Int)
  /// Make the named device raise one interrupt now.
  case inject(device: String)
  /// Set the named device's Poisson arrival rate, interrupts per second (0 stops it).
  case rate(device: String, perSecond: Int)
}

/// Why an input was refused.
public struct InputError: Error, Equatable, Sendable {
  /// One line, naming the field.
  public var message: String
  /// Makes an error.
  public init(_ message: String) { self.message = message }
}
