/// A duration in a scenario: fixed, or drawn from a named distribution with the machine's PRNG.
public enum DurationSpec: Equatable, Sendable {
  /// Always the same length.
  case fixed(SimTime)
  /// Uniform on `[min, max]` nanoseconds.
  case uniform(min: SimTime, max: SimTime)
  /// Exponential with the given mean (memoryless: think times, arrivals).
  case exponential(mean: SimTime)
  /// Normal with mean and standard deviation, clamped to `[min, max]`.
  case normal(mean: SimTime, stddev: SimTime, min: SimTime, max: SimTime)

  /// The mean of the distribution (clamping ignored), for documentation and sanity checks.
  public var mean: SimTime {
    switch self {
    case .fixed(let d): return d
    case .uniform(let lo, let hi): return lo + (hi - lo) / 2
    case .exponential(let m): return m
    case .normal(let m, _, _, _): return m
    }
  }
}
