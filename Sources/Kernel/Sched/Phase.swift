/// How a CPU's time is spent: phases between events, and their accounting.
extension Machine {
  /// Charges the time since `segStart` to the phase's bucket (spin inside it to spin).
  mutating func charge(_ c: Int) {
    let dt = now - cpus[c].segStart
    if dt > 0 {
      let spin = min(cpus[c].phaseSpin, dt)
      if cpus[c].phase == .spin {
        let l = procs[Int(cpus[c].cur)].waitLock
        if l >= 0 { locks[Int(l)].acct.spinNs += dt }
      }
      cpus[c].times[cpus[c].segKind] += dt - spin
      cpus[c].times.spin += spin
      cpus[c].phaseSpin -= spin
      cpus[c].segStart = now
    }
  }

  /// Starts kernel work inside a critical section on the current thread (SCHED_LOCK, a switch):
  /// interrupts that arrive meanwhile are deferred until it ends.
  mutating func beginKernel(_ c: Int, _ duration: SimTime) {
    let p = cpus[c].cur
    procs[Int(p)].crit += 1
    cpus[c].phase = .kernel
    cpus[c].segKind = .sys
    cpus[c].segStart = now
    cpus[c].phaseSpin = extraSpin
    queue.setTimer(cpu: Int32(c), at: now + extraSpin + extra + duration)
    extra = 0
    extraSpin = 0
  }

  /// Starts (or resumes) the current thread's segment: `remaining` ns of `segMode`.
  mutating func beginRun(_ c: Int) {
    let p = cpus[c].cur
    if extra + extraSpin > 0 {
      // Kernel work the op already did: run it first, then come back to the segment.
      beginKernel(c, 0)
      return
    }
    cpus[c].phase = .run
    cpus[c].segKind = procs[Int(p)].segMode
    cpus[c].segStart = now
    queue.setTimer(cpu: Int32(c), at: now + procs[Int(p)].remaining)
  }

  /// Halts the CPU in its idle thread until an interrupt.
  mutating func halt(_ c: Int) {
    cpus[c].phase = .halted
    cpus[c].segKind = .idle
    cpus[c].segStart = now
    queue.cancelTimer(cpu: Int32(c))
  }

  /// The CPU's timer fired: the phase is over.
  mutating func cpuTimer(_ c: Int) {
    charge(c)
    switch cpus[c].phase {
    case .run:
      let p = cpus[c].cur
      procs[Int(p)].remaining = 0
      procs[Int(p)].cont = procs[Int(p)].afterSeg
      dispatch(c)
    case .kernel:
      let p = cpus[c].cur
      if cpus[c].switching {
        cpus[c].switching = false
        procs[Int(p)].stat = .SONPROC
      }
      // crit_leave: a pending preemption first (at depth 1), then the deferred interrupts.
      if procs[Int(p)].crit == 1 && procs[Int(p)].preempt && preemptionAllowed(c) {
        procs[Int(p)].crit = 0
        kernelPreempt(c)
        return
      }
      procs[Int(p)].crit -= 1
      if procs[Int(p)].crit == 0 && cpus[c].ipending != 0 {
        critUnpend(c)
      } else {
        dispatch(c)
      }
    case .intr:
      returnFromInterrupt(c)
    case .spin:
      dispatch(c)
    case .halted:
      break
    }
  }

  /// Continues the current thread according to its continuation.
  mutating func dispatch(_ c: Int) {
    let p = cpus[c].cur
    switch procs[Int(p)].cont {
    case .idle: idleLoop(c)
    case .segment: beginRun(c)
    case .next: execute(c)
    case .userret: userret(c)
    case .dead: miSwitch(c)
    case .ithread: ithreadLoop(c)
    case .lockRetry: lockRetry(c)
    case .lockBlock: bmtxLockBlock(c)
    case .syscallRelease:
      lockRelease(c, Machine.giant)
      let p = cpus[c].cur
      if preemptionDue(c) {
        // A preemption that waited for the kernel lock's release (D11).
        procs[Int(p)].cont = .userret
        kernelPreempt(c)
      } else {
        userret(c)
      }
    }
  }

  /// The idle loop: switch away while the CPU has queued work, else halt in `sched_idle_cpus`.
  mutating func idleLoop(_ c: Int) {
    if cpus[c].whichqs != 0 {
      idleCPUs.remove(c)
      procs[Int(cpus[c].idleProc)].stat = .SSLEEP
      miSwitch(c)
    } else {
      idleCPUs.insert(c)
      halt(c)
    }
  }
}
