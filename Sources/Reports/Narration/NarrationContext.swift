import Kernel

/// What the narration needs to name things: threads by proc-table index, slots by source name.
///
/// Names come from the machine at the moment of narrating; a proc-table slot reused since the
/// record was written shows its new owner (the ring keeps indices, not names).
public struct NarrationContext: Sendable {
  private var procs: [ProcSnapshot]
  private var index: [Int32]
  private var slots: [String]
  private var locks: [String]

  /// The names in `snapshot` and `interrupts` (threads are named on demand, not up front), and
  /// the locks' names (`Machine.lockSnapshots()`), kernel lock first.
  public init(snapshot: Snapshot, interrupts: InterruptsSnapshot, locks: [String] = []) {
    let procs = snapshot.procs
    var n = 0
    for i in procs.indices where Int(procs[i].id.index) >= n { n = Int(procs[i].id.index) + 1 }
    var index = [Int32](repeating: -1, count: n)
    for i in procs.indices where procs[i].id.index >= 0 { index[Int(procs[i].id.index)] = Int32(i) }
    var slots = [String](repeating: "", count: 64)
    for i in slots.indices { slots[i] = "slot\(i)" }
    slots[63] = "ipi"
    slots[62] = "clock"
    for s in interrupts.sources { if let slot = s.slot, slot < 64 { slots[slot] = s.name } }
    self.procs = procs
    self.index = index
    self.slots = slots
    self.locks = locks
  }

  /// A lock's name, `lock#N` when unknown.
  public func lock(_ l: Int32) -> String {
    Int(l) >= 0 && Int(l) < locks.count ? locks[Int(l)] : "lock#\(l)"
  }

  private func proc(_ i: Int32) -> ProcSnapshot? {
    guard i >= 0, Int(i) < index.count, index[Int(i)] >= 0 else { return nil }
    return procs[Int(index[Int(i)])]
  }

  /// `cc[1234]` for a user thread, `(em0)` for a kernel thread, `thread#N` when unknown.
  public func thread(_ i: Int32) -> String {
    guard let p = proc(i) else { return "thread#\(i)" }
    return p.argv == nil ? "(\(p.comm))" : "\(p.comm)[\(p.pid)]"
  }

  /// The wait message of a thread that is asleep now, if it is.
  public func wmesg(_ i: Int32) -> String? {
    guard let p = proc(i), p.stat == .SSLEEP else { return nil }
    return p.wmesg
  }

  /// The name of a pending slot: `ipi`, `clock` or the source's ithread name.
  public func slot(_ slot: Int32) -> String {
    let i = Int(slot)
    guard i >= 0, i < slots.count else { return "slot\(slot)" }
    return slots[i]
  }
}
