import Kernel

/// The lines above top's process area (display.c `i_loadave`, `i_timeofday`, `i_procstates`,
/// `i_cpustates`, `i_memory`) and the numbers behind them.
struct TopSummary: Sendable {
  /// `avenrun[i] / FSCALE` for the 1, 5 and 15 minute averages.
  var loadAverages: [Double]
  /// Thread counts by `p_stat` value 1…7 (index 0 unused).
  var stateCounts: [Int]
  /// Total number of threads.
  var total: Int
  /// Per-CPU tenths of a percent in `cpuStateOrder` order.
  var cpuTenths: [[Int]]
  /// Sum of user threads' RSS, KB (top's active and total real memory).
  var realKB: Int
  /// Physical memory minus `realKB`, KB.
  var freeKB: Int
  /// `HH:MM:SS` of the snapshot instant, UTC.
  var clock: String
  /// Text after the clock gap on line 1: `smpscope SCENARIO seed N t=S.UUUUUUs`.
  var identity: String

  /// The summary-line names for `p_stat` 1…7 (machine.c `procstatenames`).
  static let stateNames = [
    "", "starting", "running", "idle", "stopped", "zombie", "dead",
    "on processor",
  ]
  /// The CPU states shown, in top's order (no `nice`: the model has no such state).
  static let cpuStateOrder: [CPUState] = [.user, .sys, .spin, .intr, .idle]
  /// Their names on the `CPUn states:` line.
  static let cpuStateNames = ["user", "sys", "spin", "intr", "idle"]

  /// The summary of `snapshot`.
  init(_ snapshot: Snapshot) {
    let fscale = Double(KernelConst.FSCALE)
    loadAverages = (0..<3).map { i in
      i < snapshot.loadAverage.count ? Double(snapshot.loadAverage[i]) / fscale : 0
    }
    var counts = [Int](repeating: 0, count: 8)
    var real = 0
    for p in snapshot.procs {
      counts[Int(p.stat.rawValue)] += 1
      if !p.flags.contains(.P_SYSTEM) { real += p.rssKB }
    }
    stateCounts = counts
    total = snapshot.procs.count
    cpuTenths = snapshot.cpus.map { TopSummary.tenths($0.time) }
    realKB = real
    freeKB = max(snapshot.memoryKB - real, 0)
    let seconds = snapshot.time / Nanos.s
    clock = CivilTime(epoch: snapshot.bootEpoch + seconds).clock
    identity =
      "smpscope \(snapshot.scenario) seed \(snapshot.seed) t=\(seconds)."
      + Pad.zero(Int(snapshot.time % Nanos.s / Nanos.us), 6) + "s"
  }

  /// top's `percentages()`: each state's share of the total in tenths of a percent, rounded
  /// half up; all zero when no time has passed.
  static func tenths(_ time: [SimTime]) -> [Int] {
    let values = cpuStateOrder.map { s in s.rawValue < time.count ? max(time[s.rawValue], 0) : 0 }
    let total = values.reduce(0, +)
    let divisor = total == 0 ? 1 : total
    let half = divisor / 2
    return values.map { v in
      // (v · 1000 + half) / total without overflow for long runs.
      let product = v.multipliedFullWidth(by: 1000)
      let (low, carry) = product.low.addingReportingOverflow(UInt64(half))
      let high = product.high + (carry ? 1 : 0)
      return Int(divisor.dividingFullWidth((high, low)).quotient)
    }
  }

  /// The five summary lines, each ending in "\n".
  func lines() -> String {
    var out = "load averages"
    for (i, load) in loadAverages.enumerated() {
      out.append(i == 0 ? ": " : ", ")
      out.append(Pad.right(Fixed.format(load, 2), 5))
    }
    out.append("    " + identity + " " + clock + "\n")
    out.append(String(total) + " threads: " + stateSummary() + "\n")
    let digits = String(max(cpuTenths.count, 1)).count
    for (cpu, tenths) in cpuTenths.enumerated() {
      // "CPU%.*d states: ": one CPU gets no number at all.
      out.append(cpuTenths.count > 1 ? "CPU" + Pad.zero(cpu, digits) : "CPU")
      out.append(" states: " + TopSummary.cpuLine(tenths) + "\n")
    }
    out.append("Memory: Real: " + TopUnits.k(realKB) + "/" + TopUnits.k(realKB) + " act/tot")
    out.append(" Free: " + TopUnits.k(freeKB) + " Cache: 0K Swap: 0K/0K\n")
    return out
  }

  /// `4 running, 54 idle, 4 on processor`: non-zero counts in `p_stat` order.
  func stateSummary() -> String {
    var parts: [String] = []
    for stat in 1..<stateCounts.count where stateCounts[stat] > 0 {
      parts.append(String(stateCounts[stat]) + " " + TopSummary.stateNames[stat])
    }
    return parts.joined(separator: ", ")
  }

  /// `12.5% user,  3.2% sys, …`: `%4.1f%%`, or `%4.0f%%` from 100 %.
  static func cpuLine(_ tenths: [Int]) -> String {
    var parts: [String] = []
    for (i, t) in tenths.enumerated() {
      parts.append(Pad.right(tenthsText(t), 4) + "% " + cpuStateNames[i])
    }
    return parts.joined(separator: ", ")
  }

  /// Tenths of a percent as top prints them: one decimal below 100 %, none from 100 %.
  static func tenthsText(_ t: Int) -> String {
    t >= 1000 ? String((t + 5) / 10) : String(t / 10) + "." + String(t % 10)
  }
}
