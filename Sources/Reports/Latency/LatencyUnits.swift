import Kernel

/// Latency values as short text: the largest of `ns`, `us`, `ms`, `s` that is at most the value,
/// four significant digits, truncated, trailing zeros dropped (`1.088us`, `10.24us`, `16ns`).
///
/// Truncation keeps a bucket's lower bound below the next one's label: log-linear buckets are
/// at least 1/32 apart, four digits resolve 1/1000.
enum LatencyUnits {
  private static let units: [(suffix: String, nanos: Int64)] = [
    ("s", 1_000_000_000), ("ms", 1_000_000), ("us", 1_000), ("ns", 1),
  ]

  /// The text of `nanos` (negative values are shown as 0).
  static func text(_ nanos: Int64) -> String {
    let v = max(0, nanos)
    let unit = units.first { v >= $0.nanos } ?? (suffix: "ns", nanos: 1)
    let whole = v / unit.nanos
    var out = String(whole)
    let decimals = max(0, 4 - out.utf8.count)
    var fraction = v % unit.nanos
    var digits = ""
    var scale = unit.nanos
    for _ in 0..<decimals where scale > 1 {
      scale /= 10
      digits.append(String(fraction / scale))
      fraction %= scale
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    if !digits.isEmpty { out += "." + digits }
    return out + unit.suffix
  }
}
