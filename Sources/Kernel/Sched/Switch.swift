/// `mi_switch`, `preempt` and return to user mode (SPEC.md §2.6, §2.7).
extension Machine {
  /// `mi_switch`: the caller has already set the old thread's state (SRUN on a queue, SSLEEP or
  /// SDEAD). Picks the next thread and spends the switch inside SCHED_LOCK's critical section.
  mutating func miSwitch(_ c: Int) {
    let old = cpus[c].cur
    if procs[Int(old)].heldMask & 1 != 0 {
      // KERNEL_UNLOCK_ALL around a voluntary switch (a preempted thread keeps the lock, and
      // blocking on a lock drops nothing); sched_exit only unlocks.
      let sleeps =
        procs[Int(old)].stat == .SSLEEP && procs[Int(old)].onList == .sleepQueue
        && procs[Int(old)].wchan != lockAddr(Machine.giant)
      if sleeps || procs[Int(old)].stat == .SDEAD { kernelUnlockAllForSwitch(c) }
    }
    cpus[c].schedLockDepth += 1
    if checksInvariants && cpus[c].schedLockDepth != 1 {
      recordViolations([
        Violation(
          invariant: 20, time: now,
          message: "cpu\(c): mi_switch entered with sched_lock depth \(cpus[c].schedLockDepth)")
      ])
    }
    // The old thread is off CPU from here (for a moment at least): its locks' spinners see it
    // at their next re-read, before this CPU even has SCHED_LOCK.
    ownerLeftCPU(old)
    // A spinner told to re-check a free lock that switches away instead hands that on.
    let waiting = procs[Int(old)].waitLock
    if waiting >= 0 && locks[Int(waiting)].owner < 0 { notifyFirstSpinner(waiting) }
    schedLockOp()
    cpus[c].schedflags.remove(.SPCF_SWITCHCLEAR)
    cpus[c].wantResched = false
    procs[Int(old)].preempt = false
    let next = chooseproc(c)
    procs[Int(old)].runtime += now - procs[Int(old)].switchedIn
    cpus[c].schedLockDepth -= 1
    if next == old {
      // Chosen again: SONPROC once mi_switch is done (spinners see SRUN meanwhile).
      procs[Int(old)].stat = .SRUN
      cpus[c].switching = true
      procs[Int(old)].switchedIn = now
      restoreAfterPreempt(old)
      procs[Int(old)].runnableAt = -1
      cpus[c].curpriority = procs[Int(old)].priority
      beginKernel(c, 0)
      return
    }
    if checksInvariants && procs[Int(next)].preempt {
      recordViolations([
        Violation(
          invariant: 25, time: now,
          message: "pid \(procs[Int(next)].pid) switched in with p_preempt")
      ])
    }
    // mi_switch keeps SCHED_LOCK through cpu_switchto; the new thread releases it.
    schedLockFree += costs.contextSwitch
    counters.swtch += 1
    cpus[c].switches += 1
    // cpu_switchto installs it (SONPROC) when the switch is done.
    procs[Int(next)].stat = .SRUN
    cpus[c].switching = true
    procs[Int(next)].cpu = Int32(c)
    procs[Int(next)].switchedIn = now
    restoreAfterPreempt(next)
    if procs[Int(next)].runnableAt >= 0 {
      let waited = now - procs[Int(next)].runnableAt
      wakeupLatency.record(waited)
      procs[Int(next)].wakeCount += 1
      procs[Int(next)].wakeSum += waited
      procs[Int(next)].wakeMax = max(procs[Int(next)].wakeMax, waited)
      if !procs[Int(next)].flags.contains(.P_SYSTEM) { userWakeupLatency.record(waited) }
      procs[Int(next)].runnableAt = -1
    }
    cpus[c].cur = next
    cpus[c].curpriority = procs[Int(next)].priority
    traceRecord(.mi_switch, old, next)
    if procs[Int(old)].stat == .SDEAD && procs[Int(old)].autoReap { freeProc(old) }
    beginKernel(c, costs.contextSwitch)
  }

  /// User-mode `preempt` (the OpenBSD path): back to a run queue at `p_usrpri`, then switch.
  mutating func preemptUser(_ c: Int) {
    let p = cpus[c].cur
    procs[Int(p)].priority = procs[Int(p)].usrpri
    procs[Int(p)].stat = .SRUN
    let target = choosecpu(p)
    procs[Int(p)].cpu = target
    setrunqueue(p)
    traceRecord(.preempt, p)
    miSwitch(c)
  }

  /// `userret`: back in user mode at `p_usrpri`; take a pending AST or a should-yield.
  mutating func userret(_ c: Int) {
    let p = cpus[c].cur
    procs[Int(p)].priority = procs[Int(p)].usrpri
    cpus[c].curpriority = procs[Int(p)].usrpri
    procs[Int(p)].cont = .next
    if cpus[c].wantResched || cpus[c].schedflags.contains(.SPCF_SHOULDYIELD) {
      preemptUser(c)
    } else {
      execute(c)
    }
  }

  /// `resched_proc`: ask `p_cpu` (or this CPU) to reschedule if `pri` beats what runs there.
  mutating func reschedProc(_ p: Int32, _ pri: Int32) {
    let ci = procs[Int(p)].cpu >= 0 ? Int(procs[Int(p)].cpu) : max(0, Int(curcpu))
    if pri < cpus[ci].curpriority { needResched(ci) }
  }
}
