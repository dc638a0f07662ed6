/// hardclock, statclock, schedclock, roundrobin, schedcpu and the load average (SPEC.md §2.7,
/// §2.8, D9, D13).
extension Machine {
  /// CPU `c`'s first hardclock: t = 1/hz + c/(hz·ncpu) (D13).
  func firstHardclock(_ c: Int) -> SimTime { tickNs + tickNs * SimTime(c) / SimTime(ncpu) }

  /// The local APIC timer fired: run hardclock in interrupt context, or defer it (`LIR_TIMER`).
  mutating func hardclockEvent(_ c: Int) {
    queue.push(now + tickNs, .hardclock, cpu: Int32(c))
    localInterrupt(c, slot: 62)
  }

  /// `hardclock`: statclock, the round-robin quantum, and on the primary CPU `ticks`, timeouts,
  /// schedcpu every second and the load average every 5 s.
  mutating func clockWork(_ c: Int) {
    if checksInvariants && cpus[c].phase != .intr {
      recordViolations([
        Violation(invariant: 16, time: now, message: "cpu\(c): hardclock outside interrupt context")
      ])
    }
    clockCount += 1
    cpus[c].clockTicks += 1
    let p = cpus[c].cur
    if !procs[Int(p)].isIdle {
      procs[Int(p)].cpticks += 1
      cpus[c].schedticks += 1
      if cpus[c].schedticks & 3 == 0 { schedclock(p) }
    }
    cpus[c].rrticks -= 1
    if cpus[c].rrticks <= 0 {
      cpus[c].rrticks = Int32(KernelConst.hz / 10)
      roundrobin(c)
    }
    if c == 0 {
      ticks += 1
      // timeout_hardclock_update: due timeouts are run by the softclock ithread.
      if timeouts.hasDue(ticks) { softintrSchedule(.softclock) }
      if ticks % Int64(KernelConst.hz) == 0 {
        schedcpu()
        if (ticks / Int64(KernelConst.hz)) % 5 == 0 { loadav() }
      }
    }
  }

  /// `roundrobin`: SEENRR, then SHOULDYIELD; resched when something waits on this CPU.
  mutating func roundrobin(_ c: Int) {
    if cpus[c].schedflags.contains(.SPCF_SEENRR) {
      cpus[c].schedflags.insert(.SPCF_SHOULDYIELD)
    } else {
      cpus[c].schedflags.insert(.SPCF_SEENRR)
    }
    if cpus[c].whichqs != 0 { needResched(c) }
  }

  /// `schedclock`: estcpu + 1 (capped), new user priority.
  mutating func schedclock(_ p: Int32) {
    schedLockOp()
    procs[Int(p)].estcpu = min(procs[Int(p)].estcpu + 1, Int32(KernelConst.ESTCPULIM))
    resetpriority(p)
    if procs[Int(p)].priority >= Int32(KernelConst.PUSER) {
      procs[Int(p)].priority = procs[Int(p)].usrpri
    }
  }

  /// `resetpriority`: `p_usrpri` from estcpu and nice; resched if it beats the running thread.
  mutating func resetpriority(_ p: Int32) {
    let pr = procs[Int(p)]
    let raw =
      Int32(KernelConst.PUSER) + pr.estcpu
      + Int32(KernelConst.NICE_WEIGHT) * (pr.nice - Int32(KernelConst.NZERO))
    let newpri = min(raw, Int32(KernelConst.MAXPRI))
    procs[Int(p)].usrpri = newpri
    reschedProc(p, newpri)
  }

  @inline(__always) func decayCPU(_ loadfac: Int, _ cpu: Int) -> Int {
    (loadfac * cpu) / (loadfac + KernelConst.FSCALE)
  }

  /// `schedcpu`, once a second: slptime, pctcpu decay, estcpu decay, priorities.
  mutating func schedcpu() {
    let loadfac = 2 * avenrun[0]
    for i in procs.indices where procs[i].alive && !procs[i].isIdle {
      let st = procs[i].stat
      guard st != .SDEAD && st != .SZOMB else { continue }
      if st == .SSLEEP || st == .SSTOP { procs[i].slptime += 1 }
      procs[i].pctcpu = Int32((Int(procs[i].pctcpu) * KernelConst.ccpu) >> KernelConst.FSHIFT)
      if procs[i].slptime > 1 { continue }
      procs[i].pctcpu += procs[i].cpticks
      procs[i].cpticks = 0
      procs[i].estcpu = Int32(decayCPU(loadfac, Int(procs[i].estcpu)))
      let p = Int32(i)
      resetpriority(p)
      if procs[i].priority >= Int32(KernelConst.PUSER) {
        if procs[i].onList == .runQueue && procs[i].stat == .SRUN
          && (procs[i].priority >> 2) != (procs[i].usrpri >> 2)
        {
          remrunqueue(p)
          procs[i].priority = procs[i].usrpri
          setrunqueue(p)
        } else {
          procs[i].priority = procs[i].usrpri
        }
      }
    }
  }

  /// `uvm_loadav`: the three load averages and each busy CPU's `spc_ldavg`.
  mutating func loadav() {
    var nrun = 0
    for i in procs.indices where procs[i].alive && !procs[i].isIdle {
      switch procs[i].stat {
      case .SIDL, .SRUN, .SONPROC: nrun += 1
      case .SSLEEP:
        if procs[i].priority <= Int32(KernelConst.PZERO) && procs[i].slptime <= 1 { nrun += 1 }
      default: break
      }
    }
    let fs = KernelConst.FSCALE
    for k in 0..<3 {
      let e = KernelConst.cexp[k]
      avenrun[k] = (e * avenrun[k] + nrun * fs * (fs - e)) >> KernelConst.FSHIFT
    }
    let e0 = KernelConst.cexp[0]
    for c in 0..<ncpu where cpus[c].nrun > 0 {
      cpus[c].ldavg = Int32(
        (e0 * Int(cpus[c].ldavg) + Int(cpus[c].nrun) * fs * (fs - e0)) >> KernelConst.FSHIFT)
    }
  }

  /// `updatepri`: decay estcpu for the seconds a thread slept.
  mutating func updatepri(_ p: Int32) {
    var newcpu = Int(procs[Int(p)].estcpu)
    let loadfac = 2 * avenrun[0]
    if Int(procs[Int(p)].slptime) > 5 * loadfac {
      procs[Int(p)].estcpu = 0
    } else {
      var slp = procs[Int(p)].slptime - 1
      while newcpu != 0 {
        slp -= 1
        if slp == 0 { break }
        newcpu = decayCPU(loadfac, newcpu)
      }
      procs[Int(p)].slptime = slp
      procs[Int(p)].estcpu = Int32(newcpu)
    }
    resetpriority(p)
  }
}
