/// Creating, exiting and reaping threads; pids per SPEC.md D15.
extension Machine {
  /// A free proc-table slot, reset.
  mutating func allocSlot() -> Int32 {
    if let s = freeSlots.popLast() {
      procs[Int(s)] = Proc()
      return s
    }
    procs.append(Proc())
    info.append(ProcInfo(comm: "", argv: nil, uid: 0, user: "root"))
    rng.append(Xoshiro(seed: 0, stream: 0))
    return Int32(procs.count - 1)
  }

  /// A new thread in state SIDL with the given pid (or a random free one).
  mutating func newProc(pid: Int32? = nil, info pinfo: ProcInfo, parent: Int32) -> Int32 {
    let p = allocSlot()
    procs[Int(p)].pid = pid ?? randomPid()
    pidInUse[Int(procs[Int(p)].pid)] = true
    procs[Int(p)].parent = parent
    procs[Int(p)].alive = true
    procs[Int(p)].startTime = now
    serial += 1
    procs[Int(p)].serial = serial
    info[Int(p)] = pinfo
    rng[Int(p)] = Xoshiro(seed: seed, stream: 16 + UInt64(serial))
    return p
  }

  /// OpenBSD's random pids: 2…32766, never one in use.
  mutating func randomPid() -> Int32 {
    while true {
      let v = Int32(pidRNG.uniform(2, 32766))
      if !pidInUse[Int(v)] { return v }
    }
  }

  /// Static facts of a process made from a scenario spec.
  func procInfo(_ s: ProcessSpec) -> ProcInfo {
    let uid = s.user == "root" ? 0 : (scenario.users.first { $0.name == s.user }?.uid ?? 0)
    return ProcInfo(
      comm: String(s.comm.prefix(KernelConst.MAXCOMLEN)), argv: s.argv, uid: uid, user: s.user,
      tty: s.tty, sessionLeader: s.sessionLeader, foreground: s.foreground, vszKB: s.vszKB,
      rssKB: s.rssKB)
  }

  /// Sets a user thread's nice and priorities from its spec.
  mutating func setUserPriority(_ p: Int32, nice: Int, estcpu: Int32) {
    procs[Int(p)].nice = Int32(KernelConst.NZERO + nice)
    procs[Int(p)].estcpu = estcpu
    let raw = Int32(KernelConst.PUSER) + estcpu + Int32(KernelConst.NICE_WEIGHT * nice)
    procs[Int(p)].usrpri = min(raw, Int32(KernelConst.MAXPRI))
    procs[Int(p)].priority = procs[Int(p)].usrpri
  }

  /// Starts one scenario process (a boot process, or one whose start time came), child of init.
  mutating func startProcess(spec i: Int) {
    let s = scenario.processes[i]
    let p = newProc(info: procInfo(s), parent: 1)
    procs[Int(p)].spec = Int32(i)
    procs[Int(p)].isWorkload = !s.daemon
    procs[Int(p)].autoReap = true
    procs[Int(p)].pc = specEntry[i]
    setUserPriority(p, nice: s.nice, estcpu: 0)
    makeRunnableNew(p)
  }

  /// `fork1` from a program step: the child runs the template and returns to user mode.
  mutating func forkChild(parent: Int32, template t: Int) {
    let s = scenario.templates[t]
    let p = newProc(info: procInfo(s), parent: parent)
    procs[Int(p)].spec = Int32(t)
    procs[Int(p)].isTemplate = true
    procs[Int(p)].isWorkload = procs[Int(parent)].isWorkload
    procs[Int(p)].pc = templateEntry[t]
    setUserPriority(p, nice: s.nice, estcpu: procs[Int(parent)].estcpu)
    procs[Int(parent)].liveChildren += 1
    if procs[Int(p)].isWorkload { workloadAlive += 1 }
    schedLockOp()
    traceRecord(.fork, parent, p)
    makeRunnableNew(p)
  }

  /// A new thread's first `setrunqueue`, on the CPU `sched_choosecpu_fork` picks.
  mutating func makeRunnableNew(_ p: Int32) {
    procs[Int(p)].cont = .next
    procs[Int(p)].stat = .SRUN
    procs[Int(p)].cpu = choosecpuFork()
    setrunqueue(p)
  }

  /// `exit1` + `sched_exit`: become a zombie, wake a waiting parent, switch away for good.
  mutating func exitProc(_ c: Int, _ p: Int32) {
    procs[Int(p)].stat = .SDEAD
    procs[Int(p)].cont = .dead
    procs[Int(p)].flags.insert(.P_WEXIT)
    traceRecord(.exit, p)
    extra += costs.syscall
    reparentChildren(of: p)
    let parent = procs[Int(p)].parent
    if parent >= 0 && !procs[Int(p)].autoReap {
      procs[Int(parent)].liveChildren -= 1
      procs[Int(parent)].zombieChildren += 1
      procs[Int(p)].next = procs[Int(parent)].zombies
      procs[Int(parent)].zombies = p
      if procs[Int(parent)].stat == .SSLEEP && procs[Int(parent)].wchan == KAddr.proc(parent) {
        wakeup(KAddr.proc(parent))
      }
    }
    if procs[Int(p)].isWorkload {
      workloadAlive -= 1
      if workloadAlive == 0 && workloadEnd == nil { workloadEnd = now }
    }
    miSwitch(c)
  }

  /// Orphans go to init, which reaps them at once.
  private mutating func reparentChildren(of p: Int32) {
    guard procs[Int(p)].liveChildren > 0 || procs[Int(p)].zombies >= 0 else { return }
    var z = procs[Int(p)].zombies
    while z >= 0 {
      let n = procs[Int(z)].next
      freeProc(z)
      z = n
    }
    procs[Int(p)].zombies = -1
    for i in procs.indices where procs[i].alive && procs[i].parent == p {
      procs[i].parent = 1
      procs[i].autoReap = true
    }
  }

  /// Frees a reaped thread's slot and pid.
  mutating func freeProc(_ p: Int32) {
    pidInUse[Int(procs[Int(p)].pid)] = false
    procs[Int(p)].alive = false
    procs[Int(p)].next = -1
    freeSlots.append(p)
  }
}
