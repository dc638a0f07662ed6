/// Interrupt entry and exit, and deferral by critical sections (SPEC.md §3.2, §3.3).
extension Machine {
  /// The clock (slot 62) or an IPI (slot 63) on CPU `c`: not threads, they run in interrupt
  /// context now, or are deferred by the interrupted thread's critical section.
  mutating func localInterrupt(_ c: Int, slot: Int) {
    if procs[Int(cpus[c].cur)].crit > 0 {
      pend(c, slot: slot)
      return
    }
    enterInterrupt(c)
    if slot == 63 { ipiHandler(c) } else { clockWork(c) }
    finishInterrupt(c)
  }

  /// Enters interrupt context: suspends the running segment or leaves `hlt`; nested interrupts
  /// extend the handler already running.
  mutating func enterInterrupt(_ c: Int) {
    if checksInvariants && procs[Int(cpus[c].cur)].crit > 0 {
      recordViolations([
        Violation(
          invariant: 3, time: now,
          message: "cpu\(c): interrupt handler entered at crit \(procs[Int(cpus[c].cur)].crit)")
      ])
    }
    switch cpus[c].phase {
    case .run:
      charge(c)
      let p = cpus[c].cur
      let end = queue.timer(cpu: Int32(c)) ?? now
      procs[Int(p)].remaining = max(0, end - max(now, cpus[c].segStart))
      procs[Int(p)].cont = .segment
      startIntr(c, at: now)
    case .halted:
      charge(c)
      cpus[c].times.idle += costs.hltWake
      startIntr(c, at: now + costs.hltWake)
    case .spin:
      charge(c)
      stopSpinning(c)
      startIntr(c, at: now)
    case .intr, .kernel:
      break
    }
  }

  mutating func startIntr(_ c: Int, at t: SimTime) {
    cpus[c].phase = .intr
    cpus[c].segKind = .intr
    cpus[c].segStart = t
    cpus[c].phaseSpin = 0
    queue.setTimer(cpu: Int32(c), at: t)
  }

  /// Adds the handler's cost (entry/exit plus the work it did) to the interrupt phase.
  mutating func finishInterrupt(_ c: Int, handlers: Int = 1) {
    let end = queue.timer(cpu: Int32(c)) ?? now
    cpus[c].phaseSpin += extraSpin
    queue.setTimer(cpu: Int32(c), at: end + costs.interrupt * SimTime(handlers) + extra + extraSpin)
    extra = 0
    extraSpin = 0
  }

  /// `Xdoreti`: back from interrupt context. The SCHED_UNLOCK that ended `ithread_run` was the
  /// outermost `crit_leave`, so a kernel-preemption request is taken here; otherwise an AST in user
  /// mode preempts, the idle thread re-checks its queues, and kernel code resumes.
  mutating func returnFromInterrupt(_ c: Int) {
    let p = cpus[c].cur
    if procs[Int(p)].isIdle {
      idleLoop(c)
      return
    }
    if preemptionDue(c) {
      kernelPreempt(c)
      return
    }
    let userMode = procs[Int(p)].cont == .segment && procs[Int(p)].segMode == .user
    if userMode && cpus[c].wantResched {
      cpus[c].preempt.userPreemptions += 1
      preemptUser(c)
      return
    }
    dispatch(c)
  }
}
