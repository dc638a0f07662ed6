/// Kernel preemption (SPEC.md §2.7, D3, D4, D10, D11): `p_preempt`, taken at the outermost
/// `crit_leave` by the E3 `preempt()`.
extension Machine {
  /// Raises a kernel-preemption request on CPU `c` for a thread of priority `pri` made runnable
  /// there. Remote CPUs get it through need_resched + cpu_kick.
  mutating func requestPreempt(_ c: Int, for pri: Int32, ithread: Bool) {
    let cur = cpus[c].cur
    if checksInvariants {
      if options.preemption == 0 || (options.preemption == 1 && !ithread) {
        recordViolations([
          Violation(
            invariant: 26, time: now,
            message: "cpu\(c): preemption requested with kern.preemption=\(options.preemption)")
        ])
      }
      if pri >= procs[Int(cur)].priority {
        recordViolations([
          Violation(invariant: 26, time: now, message: "cpu\(c): preemption for a worse priority")
        ])
      }
    }
    if !procs[Int(cur)].preempt {
      cpus[c].preemptorPriority = pri
    } else {
      cpus[c].preemptorPriority = min(cpus[c].preemptorPriority, pri)
    }
    procs[Int(cur)].preempt = true
    if cpus[c].phase == .kernel || unpending { cpus[c].preempt.deferred += 1 }
    if c != Int(curcpu) { needResched(c) }
  }

  /// E3 `preempt()`: pin the thread to its CPU, boost it, put it back on its own run queue and
  /// switch. It keeps any kernel lock. D4 *intended*: it is boosted to the first priority of the
  /// queue after its preemptor's — for an ithread (PVM, queue 1) that is 8, queue 2 — so every
  /// thread at the preemptor's level (the ithread, and ithreads woken while it runs) goes first
  /// and the preempted thread runs next, before anything else; *literal*: boosted to PSWP, it is
  /// picked again at once.
  mutating func kernelPreempt(_ c: Int) {
    let p = cpus[c].cur
    if checksInvariants && procs[Int(p)].crit != 0 {
      recordViolations([
        Violation(
          invariant: 24, time: now, message: "preempt() at crit depth \(procs[Int(p)].crit)")
      ])
    }
    cpus[c].preempt.preemptions += 1
    if !procs[Int(p)].flags.contains(.P_CPUPEG) {
      procs[Int(p)].flags.insert(.P_CPUPEG)
      procs[Int(p)].pinnedCPU = Int32(c)
      procs[Int(p)].pinnedByPreempt = true
    }
    if procs[Int(p)].savedPriority < 0 { procs[Int(p)].savedPriority = procs[Int(p)].priority }
    let nextQueue = ((cpus[c].preemptorPriority >> 2) + 1) << 2
    procs[Int(p)].priority =
      options.preemptBoost == .literal
      ? Int32(KernelConst.PSWP) : min(procs[Int(p)].priority, nextQueue)
    cpus[c].preemptorPriority = Int32(KernelConst.MAXPRI)
    procs[Int(p)].stat = .SRUN
    setrunqueue(p)
    traceRecord(.preempt, p, 1)
    miSwitch(c)
  }

  /// Whether CPU `c`'s thread has a pending preemption it can take now: outside any critical
  /// section and, with mplock, not holding the kernel lock (D11).
  func preemptionDue(_ c: Int) -> Bool {
    let p = Int(cpus[c].cur)
    return procs[p].preempt && procs[p].crit == 0 && preemptionAllowed(c)
  }

  /// After a `preempt()`ed thread runs again: its priority back, unpinned if it pinned itself.
  mutating func restoreAfterPreempt(_ p: Int32) {
    guard procs[Int(p)].savedPriority >= 0 else { return }
    procs[Int(p)].priority = procs[Int(p)].savedPriority
    procs[Int(p)].savedPriority = -1
    if procs[Int(p)].pinnedByPreempt {
      procs[Int(p)].flags.remove(.P_CPUPEG)
      procs[Int(p)].pinnedCPU = -1
      procs[Int(p)].pinnedByPreempt = false
    }
  }
}
