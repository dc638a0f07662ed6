import Kernel

/// `smpscope compare`: the digest line, then one row per lock model × preemption combination
/// (README "Snapshot formats").
public enum CompareReport {
  private static let table = TextTable(
    columns: [
      Column("LOCK", width: 7, .left), Column("PREEMPT", width: 7, .right),
      Column("MAKESPAN", width: 9, .right), Column("CSW/S", width: 9, .right),
      Column("IPI/S", width: 8, .right), Column("SPIN%", width: 5, .right),
      Column("BLOCKS", width: 8, .right), Column("WAKE-P50", width: 8, .right),
      Column("WAKE-P99", width: 8, .right), Column("INTR-P99", width: 8, .right),
    ], padLastCell: true)

  /// The digest line, the header and one line per row.
  public static func render(_ digest: CompareDigest, _ rows: [CompareRow]) -> String {
    var out = digest.line + "\n" + table.header()
    for r in rows {
      table.appendRow(
        [
          r.lock.rawValue, String(r.preemption), r.makespan.map(makespan) ?? "-",
          r.rate(r.switches), r.rate(r.ipis), r.spinPct, String(r.lockBlocks),
          LatencyUnits.text(r.wakeupP50), LatencyUnits.text(r.wakeupP99),
          LatencyUnits.text(r.interruptP99),
        ], to: &out)
    }
    return out
  }

  /// `<minutes>m<seconds, two digits>.<tenths>s`, rounded to the nearest tenth: `4m03.2s`,
  /// `0m12.0s` (time(1)'s style, and the branch log's "~5m25s").
  public static func makespan(_ t: SimTime) -> String {
    let tenths = (max(0, t) + 50 * Nanos.ms) / (100 * Nanos.ms)
    let minutes = tenths / 600
    let rest = tenths % 600
    return "\(minutes)m\(Pad.zero(Int(rest / 10), 2)).\(rest % 10)s"
  }

  /// The same as JSON: `{scenario, seed, digest, inputs, rows: [{lock, preemption, makespan_ns,
  /// interval_ns, switches, switches_per_s, ipis, ipis_per_s, spin_ns, cpu_ns, spin_pct,
  /// lock_blocks, wakeup_p50_ns, wakeup_p99_ns, interrupt_p99_ns}]}`; `makespan_ns` is null
  /// for a run stopped at `--at`.
  public static func json(_ digest: CompareDigest, _ rows: [CompareRow]) -> String {
    let items: [JSONValue] = rows.map { r in
      .object([
        JSONMember("lock", .string(r.lock.rawValue)), JSONMember("preemption", .int(r.preemption)),
        JSONMember("makespan_ns", r.makespan.map { .int(Int($0)) } ?? .null),
        JSONMember("interval_ns", .int(Int(r.interval))),
        JSONMember("switches", .int(Int(clamping: r.switches))),
        JSONMember("switches_per_s", .number(r.rate(r.switches))),
        JSONMember("ipis", .int(Int(clamping: r.ipis))),
        JSONMember("ipis_per_s", .number(r.rate(r.ipis))),
        JSONMember("spin_ns", .int(Int(r.spinNs))), JSONMember("cpu_ns", .int(Int(r.cpuNs))),
        JSONMember("spin_pct", .number(r.spinPct)),
        JSONMember("lock_blocks", .int(Int(clamping: r.lockBlocks))),
        JSONMember("wakeup_p50_ns", .int(Int(r.wakeupP50))),
        JSONMember("wakeup_p99_ns", .int(Int(r.wakeupP99))),
        JSONMember("interrupt_p99_ns", .int(Int(r.interruptP99))),
      ])
    }
    return JSONWriter.document(
      .object([
        JSONMember("scenario", .string(digest.scenario)),
        JSONMember("seed", .number(String(digest.seed))),
        JSONMember("digest", .string(digest.hex)), JSONMember("inputs", .int(digest.inputs)),
        JSONMember("rows", .array(items)),
      ]))
  }
}
