/// `mi_switch`, `preempt` and return to user mode (SPEC.md §2.6, §2.7).
extension Machine {
  /// `mi_switch`: the caller has already set the old thread's state (SRUN on a queue, SSLEEP or
  /// SDEAD). Picks the next thread and spends the switch inside SCHED_LOCK's critical section.
  mutating func miSwitch(_ c: Int) {
    let old = cpus[c].cur
    cpus[c].schedLockDepth += 1
    if checksInvariants && cpus[c].schedLockDepth != 1 {
      recordViolations([
        Violation(
          invariant: 20, time: now,
          message: "cpu\(c): mi_switch entered with sched_lock depth \(cpus[c].schedLockDepth)")
      ])
    }
    schedLockOp()
    cpus[c].schedflags.remove(.SPCF_SWITCHCLEAR)
    cpus[c].wantResched = false
    procs[Int(old)].preempt = false
    let next = chooseproc(c)
    procs[Int(old)].runtime += now - procs[Int(old)].switchedIn
    cpus[c].schedLockDepth -= 1
    if next == old {
      procs[Int(old)].stat = .SONPROC
      procs[Int(old)].switchedIn = now
      restoreAfterPreempt(old)
      procs[Int(old)].runnableAt = -1
      cpus[c].curpriority = procs[Int(old)].priority
      beginKernel(c, 0)
      return
    }
    ownerLeftCPU(old)
    if checksInvariants && procs[Int(next)].preempt {
      recordViolations([
        Violation(
          invariant: 25, time: now,
          message: "pid \(procs[Int(next)].pid) switched in with p_preempt")
      ])
    }
    counters.swtch += 1
    cpus[c].switches += 1
    procs[Int(next)].stat = .SONPROC
    procs[Int(next)].cpu = Int32(c)
    procs[Int(next)].switchedIn = now
    restoreAfterPreempt(next)
    if procs[Int(next)].runnableAt >= 0 {
      let waited = now - procs[Int(next)].runnableAt
      wakeupLatency.record(waited)
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
