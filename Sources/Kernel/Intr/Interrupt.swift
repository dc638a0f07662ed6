/// Interrupt entry and exit, and deferral by critical sections (SPEC.md §3.2, §3.3).
extension Machine {
  /// Records an interrupt as pending because the current thread is in a critical section.
  mutating func defer_(_ c: Int, _ slot: UInt64) {
    cpus[c].ipending |= slot
    traceRecord(.deferred, Int32(slot.trailingZeroBitCount))
  }

  /// Enters interrupt context: suspends the running segment or leaves `hlt`; nested interrupts
  /// extend the handler already running.
  mutating func enterInterrupt(_ c: Int) {
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
    case .intr, .kernel:
      break
    }
  }

  private mutating func startIntr(_ c: Int, at t: SimTime) {
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

  /// `crit_unpend` → `intr_unpend`: run what was deferred, highest slot first (IPI, then clock).
  mutating func critUnpend(_ c: Int) {
    let bits = cpus[c].ipending
    cpus[c].ipending = 0
    startIntr(c, at: now)
    var handlers = 0
    if bits & PendingSlot.ipi != 0 {
      ipiHandler(c)
      handlers += 1
    }
    if bits & PendingSlot.timer != 0 {
      clockWork(c)
      handlers += 1
    }
    finishInterrupt(c, handlers: handlers)
  }

  /// `Xdoreti`: back from interrupt context; an AST in user mode preempts, the idle thread
  /// re-checks its queues, kernel code resumes (kern.preemption comes with the interrupts issue).
  mutating func returnFromInterrupt(_ c: Int) {
    let p = cpus[c].cur
    if procs[Int(p)].isIdle {
      idleLoop(c)
      return
    }
    if procs[Int(p)].cont == .segment && procs[Int(p)].segMode == .user && cpus[c].wantResched {
      preemptUser(c)
      return
    }
    dispatch(c)
  }
}
