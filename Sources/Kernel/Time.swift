/// Simulated time: integer nanoseconds since boot.
public typealias SimTime = Int64

/// Unit constants for building `SimTime` values.
public enum Nanos {
  /// One microsecond.
  public static let us: SimTime = 1_000
  /// One millisecond.
  public static let ms: SimTime = 1_000_000
  /// One second.
  public static let s: SimTime = 1_000_000_000
  /// One minute.
  public static let m: SimTime = 60_000_000_000
}
