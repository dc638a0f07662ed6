import Kernel

/// `smpscope latency`: the dispatch latency of every device interrupt, per source the dispatch
/// and completion histograms, then the wake-up histograms of all threads and of user threads
/// (README "Snapshot formats").
public enum LatencyReport {
  /// What each histogram measures, as its block's title says it.
  static let dispatchMeaning = "dispatch latency: interrupt raised -> handler pass starts"
  static let completionMeaning = "completion latency: interrupt raised -> handler returns"
  static let wakeupMeaning = "made runnable -> on CPU"

  /// Blocks separated by blank lines; each is a title, a summary line and the distribution, or
  /// the title and `  (no samples)`.
  public static func render(_ s: InterruptsSnapshot) -> String {
    var blocks = [block("all device interrupts, \(dispatchMeaning)", s.interruptLatency)]
    for source in s.sources {
      blocks.append(block("(\(source.name)) \(dispatchMeaning)", source.dispatchLatency))
      blocks.append(block("(\(source.name)) \(completionMeaning)", source.completionLatency))
    }
    blocks.append(block("wakeup latency, all threads: \(wakeupMeaning)", s.wakeupLatency))
    blocks.append(block("wakeup latency, user threads: \(wakeupMeaning)", s.userWakeupLatency))
    return blocks.joined(separator: "\n")
  }

  /// One histogram's block, ending in a newline.
  static func block(_ title: String, _ h: Histogram) -> String {
    guard h.count > 0 else { return "\(title)\n  (no samples)\n" }
    return "\(title)\n  \(Quantize.summary(h))\n\n" + Quantize.render(h)
  }

  /// The same histograms as JSON: `{time_ns, interrupts, sources: [{name, dispatch, completion}],
  /// wakeup, user_wakeup}`, each histogram `{count, p50_ns, p99_ns, max_ns, mean_ns, buckets}`.
  public static func json(_ s: InterruptsSnapshot) -> String {
    let sources: [JSONValue] = s.sources.map { source in
      .object([
        JSONMember("name", .string(source.name)),
        JSONMember("dispatch", Quantize.json(source.dispatchLatency)),
        JSONMember("completion", Quantize.json(source.completionLatency)),
      ])
    }
    return JSONWriter.document(
      .object([
        JSONMember("time_ns", .int(Int(s.time))),
        JSONMember("interrupts", Quantize.json(s.interruptLatency)),
        JSONMember("sources", .array(sources)),
        JSONMember("wakeup", Quantize.json(s.wakeupLatency)),
        JSONMember("user_wakeup", Quantize.json(s.userWakeupLatency)),
      ]))
  }
}
