/// A broken invariant of SPEC.md §10, found by the checker.
public struct Violation: Error, Equatable, Sendable, CustomStringConvertible {
  /// The invariant's number in SPEC.md §10.
  public var invariant: Int
  /// Simulated time when it was seen.
  public var time: SimTime
  /// What was wrong.
  public var message: String
  /// Makes a violation record.
  public init(invariant: Int, time: SimTime, message: String) {
    self.invariant = invariant
    self.time = time
    self.message = message
  }
  /// `invariant N at t: message`.
  public var description: String { "invariant \(invariant) at \(time)ns: \(message)" }
}
