import Kernel

/// What the narration needs to name things: threads by proc-table index, slots by source name.
///
/// Names come from the machine at the moment of narrating; a proc-table slot reused since the
/// record was written shows its new owner (the ring keeps indices, not names).
public struct NarrationContext: Sendable {
  private var threads: [String]
  private var wmesgs: [String?]
  private var slots: [String]

  /// The names in `snapshot` and `interrupts`.
  public init(snapshot: Snapshot, interrupts: InterruptsSnapshot) {
    let n = (snapshot.procs.map { Int($0.id.index) }.max() ?? -1) + 1
    var threads = [String](repeating: "", count: n)
    var wmesgs = [String?](repeating: nil, count: n)
    for p in snapshot.procs where p.id.index >= 0 {
      let i = Int(p.id.index)
      threads[i] = p.argv == nil ? "(\(p.comm))" : "\(p.comm)[\(p.pid)]"
      wmesgs[i] = p.stat == .SSLEEP ? p.wmesg : nil
    }
    var slots = [String](repeating: "", count: 64)
    for i in slots.indices { slots[i] = "slot\(i)" }
    slots[63] = "ipi"
    slots[62] = "clock"
    for s in interrupts.sources { if let slot = s.slot, slot < 64 { slots[slot] = s.name } }
    self.threads = threads
    self.wmesgs = wmesgs
    self.slots = slots
  }

  /// `cc[1234]` for a user thread, `(em0)` for a kernel thread, `thread#N` when unknown.
  public func thread(_ index: Int32) -> String {
    let i = Int(index)
    guard i >= 0, i < threads.count, !threads[i].isEmpty else { return "thread#\(index)" }
    return threads[i]
  }

  /// The wait message of a thread that is asleep now, if it is.
  public func wmesg(_ index: Int32) -> String? {
    let i = Int(index)
    guard i >= 0, i < wmesgs.count else { return nil }
    return wmesgs[i]
  }

  /// The name of a pending slot: `ipi`, `clock` or the source's ithread name.
  public func slot(_ slot: Int32) -> String {
    let i = Int(slot)
    guard i >= 0, i < slots.count else { return "slot\(slot)" }
    return slots[i]
  }
}
