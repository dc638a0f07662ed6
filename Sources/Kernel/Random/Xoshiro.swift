/// xoshiro256** seeded through SplitMix64: the project's own PRNG, identical on every machine
/// (Swift's system generator cannot be seeded).
public struct Xoshiro: Sendable, Equatable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator for one independent stream of a seed (workload draws, pids, …).
  public init(seed: UInt64, stream: UInt64) {
    var sm = seed ^ (stream &* 0xD1B5_4A32_D192_ED03) ^ 0x5851_F42D_4C95_7F2D
    s0 = Xoshiro.splitmix(&sm)
    s1 = Xoshiro.splitmix(&sm)
    s2 = Xoshiro.splitmix(&sm)
    s3 = Xoshiro.splitmix(&sm)
  }

  private static func splitmix(_ x: inout UInt64) -> UInt64 {
    x &+= 0x9E37_79B9_7F4A_7C15
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// Uniform integer in `lo…hi` (inclusive).
  public mutating func uniform(_ lo: Int64, _ hi: Int64) -> Int64 {
    guard hi > lo else { return lo }
    let span = UInt64(bitPattern: hi &- lo) &+ 1
    if span == 0 { return Int64(bitPattern: next()) }
    return lo &+ Int64(bitPattern: next().multipliedFullWidth(by: span).high)
  }

  /// Uniform double in (0, 1].
  public mutating func unitOpen() -> Double {
    Double((next() >> 11) + 1) * 0x1p-53
  }

  /// A draw from a scenario duration, in nanoseconds, never negative.
  public mutating func draw(_ d: DurationSpec) -> SimTime {
    switch d {
    case .fixed(let v): return v
    case .uniform(let lo, let hi): return uniform(lo, hi)
    case .exponential(let mean):
      return DetMath.round(-Double(mean) * DetMath.log(unitOpen()))
    case .normal(let mean, let sd, let lo, let hi):
      let z = standardNormal()
      let v = DetMath.round(Double(mean) + Double(sd) * z)
      return min(max(v, lo), hi)
    }
  }

  /// Marsaglia's polar method: only `log` and `sqrt`, both reproducible bit for bit.
  private mutating func standardNormal() -> Double {
    while true {
      let u = 2 * unitOpen() - 1
      let v = 2 * unitOpen() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 { return u * DetMath.sqrt(-2 * DetMath.log(s) / s) }
    }
  }
}

/// Deterministic math from IEEE basic operations only: the C library's `log` may differ in the
/// last bit between machines, and the Kernel module links no libm.
public enum DetMath {
  /// Nearest integer, halves away from zero (by conversion, which truncates).
  public static func round(_ x: Double) -> Int64 {
    x >= 0 ? Int64(x + 0.5) : -Int64(-x + 0.5)
  }

  /// Square root by Newton's iteration from an exponent-halving guess.
  public static func sqrt(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? 0 : .nan }
    var y = Double(sign: .plus, exponent: x.exponent / 2, significand: 1)
    for _ in 0..<8 { y = 0.5 * (y + x / y) }
    return y
  }

  /// Natural logarithm of a positive finite double, from IEEE basic operations only.
  public static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return x == 0 ? -.infinity : .nan }
    // x = m · 2^e with m in [√½, √2), then ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| < 0.172.
    var e = Int(x.exponent)
    var m = x.significand
    if m > 1.4142135623730951 {
      m /= 2
      e += 1
    }
    let s = (m - 1) / (m + 1)
    let s2 = s * s
    var term = s
    var sum = 0.0
    var k = 1.0
    while k < 40 {
      sum += term / k
      term *= s2
      k += 2
    }
    return 2 * sum + Double(e) * 0.6931471805599453
  }
}
