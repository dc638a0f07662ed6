/// A log-linear latency histogram (log2 buckets split 16 ways, DTrace `llquantize` style):
/// exact below 16 ns, then 16 buckets per power of two — ≤ 6.25 % relative error.
public struct Histogram: Sendable, Equatable {
  /// Bucket counts.
  public private(set) var buckets: [UInt64]
  /// Samples recorded.
  public private(set) var count: UInt64 = 0
  /// Sum of samples, ns.
  public private(set) var sum: Int64 = 0
  /// Largest sample, ns.
  public private(set) var max: Int64 = 0

  static let bucketCount = 16 + 60 * 16

  /// An empty histogram.
  public init() { buckets = [] }

  /// The bucket of value `v` (≥ 0).
  public static func bucket(_ v: Int64) -> Int {
    if v < 16 { return Int(Swift.max(0, v)) }
    let e = 63 - v.leadingZeroBitCount  // floor(log2 v) ≥ 4
    let sub = Int((v >> Int64(e - 4)) & 15)
    return 16 + (e - 4) * 16 + sub
  }

  /// The smallest value in bucket `b`.
  public static func lowerBound(_ b: Int) -> Int64 {
    if b < 16 { return Int64(b) }
    let e = (b - 16) / 16 + 4
    let sub = Int64((b - 16) % 16)
    return (16 + sub) << Int64(e - 4)
  }

  /// Records one sample.
  public mutating func record(_ v: Int64) {
    if buckets.isEmpty { buckets = [UInt64](repeating: 0, count: Histogram.bucketCount) }
    let x = Swift.max(0, v)
    buckets[Swift.min(Histogram.bucket(x), Histogram.bucketCount - 1)] += 1
    count += 1
    sum &+= x
    if x > max { max = x }
  }

  /// The nearest-rank `q` quantile: the lower bound of the bucket holding the ⌈q·n⌉-th smallest
  /// sample (the maximum for q = 1), 0 when empty.
  public func quantile(_ q: Double) -> Int64 {
    guard count > 0 else { return 0 }
    if q >= 1 { return max }
    let rank = Swift.max(1, UInt64((Double(count) * q).rounded(.up)))
    var seen: UInt64 = 0
    for (b, n) in buckets.enumerated() where n > 0 {
      seen += n
      if seen >= rank { return Swift.min(Histogram.lowerBound(b), max) }
    }
    return max
  }

  /// Mean, ns (0 when empty).
  public var mean: Int64 { count == 0 ? 0 : sum / Int64(count) }
}
