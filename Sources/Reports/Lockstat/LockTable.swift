import Kernel

/// The per-lock table: one row per lock, the kernel lock first, in the style of lockstat(1M).
enum LockTable {
  /// One row's values, shared by the text and the JSON.
  struct Row {
    var name: String
    var kind: String
    var acquisitions: UInt64
    var contended: UInt64
    var avgWaitNs: Int64
    var maxWaitNs: Int64
    var avgHoldNs: Int64
    var spinNs: Int64
    var spinPct: String
    var maxWaiters: Int
    var topCaller: String
  }

  /// The row of `lock`; spin % is its spin time over all CPU time.
  static func row(_ lock: LockSnapshot, cpuNs: SimTime) -> Row {
    let s = lock.stats
    let pct = cpuNs > 0 ? Double(s.spinNs) * 100 / Double(cpuNs) : 0
    return Row(
      name: lock.name, kind: lock.kind.rawValue, acquisitions: s.acquisitions,
      contended: s.contended, avgWaitNs: s.wait.mean, maxWaitNs: s.wait.max,
      avgHoldNs: s.hold.mean, spinNs: s.spinNs, spinPct: Fixed.format(pct, 1),
      maxWaiters: s.maxWaiters, topCaller: s.topCaller)
  }

  /// Header and rows; the name column is as wide as the longest name.
  static func render(_ input: LockstatInput) -> String {
    let nameWidth = input.locks.reduce(4) { max($0, Pad.length($1.name)) }
    let table = TextTable(
      columns: [
        Column("NAME", width: nameWidth, .left), Column("KIND", width: 7, .left),
        Column("ACQUIRED", width: 10, .right), Column("CONTENDED", width: 9, .right),
        Column("AVG-WAIT", width: 9, .right), Column("MAX-WAIT", width: 10, .right),
        Column("AVG-HOLD", width: 9, .right), Column("SPIN%", width: 5, .right),
        Column("MAXW", width: 4, .right), Column("CALLER", width: 0, .left),
      ], padLastCell: false)
    var out = table.header()
    for lock in input.locks {
      let r = row(lock, cpuNs: input.cpuNs)
      table.appendRow(
        [
          r.name, r.kind, String(r.acquisitions), String(r.contended), String(r.avgWaitNs),
          String(r.maxWaitNs), String(r.avgHoldNs), r.spinPct, String(r.maxWaiters), r.topCaller,
        ], to: &out)
    }
    return out
  }
}
