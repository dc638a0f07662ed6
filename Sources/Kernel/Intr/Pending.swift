/// Deferred interrupts per CPU: the amd64 `ci_ipending` bitmask or the armv7 TAILQ (SPEC.md §3.3,
/// D5, D16). Slots 63 (IPI) and 62 (clock) are the LIR_ slots; devices use their source slot.
extension Machine {
  /// Records slot `slot` as pending on CPU `c` (each slot at most once in either model).
  mutating func pend(_ c: Int, slot: Int) {
    let bit: UInt64 = 1 << UInt64(slot)
    guard cpus[c].ipending & bit == 0 else { return }
    cpus[c].ipending |= bit
    if options.pending == .tailq {
      pendQ[c * 64 + Int(cpus[c].pendHead + cpus[c].pendCount) % 64] = UInt8(slot)
      cpus[c].pendCount += 1
    }
    traceRecord(.deferred, Int32(slot))
  }

  /// The pending slots of CPU `c` in the order `intr_unpend` runs them.
  func drainOrder(_ c: Int) -> [Int] {
    if options.pending == .tailq {
      return (0..<Int(cpus[c].pendCount)).map {
        Int(pendQ[c * 64 + (Int(cpus[c].pendHead) + $0) % 64])
      }
    }
    var bits = cpus[c].ipending
    var out: [Int] = []
    while bits != 0 {
      let top = 63 - bits.leadingZeroBitCount
      out.append(top)
      bits &= ~(1 << UInt64(top))
    }
    return out
  }

  /// Invariant 7: with the bitmask, one `intr_unpend` runs slots in descending order.
  mutating func checkUnpendOrder(_ c: Int, _ order: [Int]) {
    if options.pending == .bitmask && order != order.sorted(by: >) {
      recordViolations([
        Violation(invariant: 7, time: now, message: "cpu\(c): unpend order \(order)")
      ])
    }
  }

  /// `crit_unpend` → `intr_unpend`: take the pending work (a snapshot of the mask, or the whole
  /// FIFO) and run it in interrupt context: IPIs, the clock, `ithread_run` for devices.
  mutating func critUnpend(_ c: Int) {
    let bits = cpus[c].ipending
    let head = Int(cpus[c].pendHead)
    let count = options.pending == .tailq ? Int(cpus[c].pendCount) : bits.nonzeroBitCount
    if checksInvariants {
      if procs[Int(cpus[c].cur)].crit != 0 {
        recordViolations([
          Violation(
            invariant: 6, time: now,
            message: "cpu\(c): crit_unpend at depth \(procs[Int(cpus[c].cur)].crit)")
        ])
      }
      checkUnpendOrder(c, drainOrder(c))
    }
    cpus[c].ipending = 0
    cpus[c].pendHead = 0
    cpus[c].pendCount = 0
    startIntr(c, at: now)
    traceRecord(.crit_unpend, Int32(count))
    unpending = true
    // The same order as drainOrder, without building it: the FIFO, or the mask's bits from the top.
    if options.pending == .tailq {
      for k in 0..<count { runPending(c, Int(pendQ[c * 64 + (head + k) % 64])) }
    } else {
      var rest = bits
      while rest != 0 {
        let top = 63 - rest.leadingZeroBitCount
        rest &= ~(1 << UInt64(top))
        runPending(c, top)
      }
    }
    unpending = false
    finishInterrupt(c, handlers: count)
  }

  /// Runs one deferred slot: the IPI handler, the clock, or `ithread_run` for a device.
  private mutating func runPending(_ c: Int, _ slot: Int) {
    switch slot {
    case 63: ipiHandler(c)
    case 62: clockWork(c)
    default:
      let s = slotSource[slot]
      if s >= 0 { ithreadRun(s) }
    }
  }
}
