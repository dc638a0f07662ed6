import Kernel

/// A `Histogram` drawn as DTrace's `quantize` draws an aggregation: a value column (each
/// bucket's lower bound), a bar of `@` scaled so that all samples would fill 40, and the count.
///
/// Rows are every non-empty bucket, the empty bucket just below the first and just above the
/// last (as DTrace frames a distribution), and one zero row for each run of empty buckets in
/// between, so gaps show without printing every one of the 16 buckets per power of two.
enum Quantize {
  /// `printf("%16s %41s %s\n", "value", "------------- Distribution -------------", "count")`.
  static let header =
    Pad.right("value", 16) + " " + Pad.right("------------- Distribution -------------", 41)
    + " count\n"

  /// The bar width for all samples.
  static let barWidth = 40

  /// Bucket indices to print, with their counts.
  static func rows(_ h: Histogram) -> [(bucket: Int, count: UInt64)] {
    let filled = h.buckets.indices.filter { h.buckets[$0] > 0 }
    guard let first = filled.first, let last = filled.last else { return [] }
    var rows: [(Int, UInt64)] = []
    if first > 0 { rows.append((first - 1, 0)) }
    for (i, b) in filled.enumerated() {
      rows.append((b, h.buckets[b]))
      if i + 1 < filled.count, filled[i + 1] > b + 1 { rows.append((b + 1, 0)) }
    }
    if last + 1 < h.buckets.count { rows.append((last + 1, 0)) }
    return rows
  }

  /// `round(40 × count / total)`, in integers (no overflow for any `UInt64` counts).
  static func barLength(_ count: UInt64, of total: UInt64) -> Int {
    guard total > 0 else { return 0 }
    let scaled = count.multipliedFullWidth(by: UInt64(barWidth))
    let (q, r) = total.dividingFullWidth(scaled)
    return Int(q) + (r >= total - r ? 1 : 0)
  }

  /// The header and one `%16s |%-40s count` line per row.
  static func render(_ h: Histogram) -> String {
    var out = header
    for (bucket, count) in rows(h) {
      out.append(Pad.right(LatencyUnits.text(Histogram.lowerBound(bucket)), 16))
      out.append(" |")
      let n = barLength(count, of: h.count)
      out.append(String(repeating: "@", count: n))
      Pad.appendSpaces(barWidth - n, to: &out)
      out.append(" ")
      out.append(String(count))
      out.append("\n")
    }
    return out
  }

  /// `count 8000, p50 12.16us, p99 45.06us, max 120.3us, mean 14.02us`.
  static func summary(_ h: Histogram) -> String {
    "count \(h.count), p50 \(LatencyUnits.text(h.quantile(0.5))), "
      + "p99 \(LatencyUnits.text(h.quantile(0.99))), max \(LatencyUnits.text(h.max)), "
      + "mean \(LatencyUnits.text(h.mean))"
  }

  /// `{count, p50_ns, p99_ns, max_ns, mean_ns, buckets: [{lower_ns, count}]}` (non-empty buckets).
  static func json(_ h: Histogram) -> JSONValue {
    let buckets: [JSONValue] = h.buckets.indices.filter { h.buckets[$0] > 0 }.map { b in
      .object([
        JSONMember("lower_ns", .int(Int(Histogram.lowerBound(b)))),
        JSONMember("count", .number(String(h.buckets[b]))),
      ])
    }
    return .object([
      JSONMember("count", .number(String(h.count))),
      JSONMember("p50_ns", .int(Int(h.quantile(0.5)))),
      JSONMember("p99_ns", .int(Int(h.quantile(0.99)))),
      JSONMember("max_ns", .int(Int(h.max))),
      JSONMember("mean_ns", .int(Int(h.mean))),
      JSONMember("buckets", .array(buckets)),
    ])
  }
}
