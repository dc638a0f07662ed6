/// Boot: proc0, init, the kernel threads of D15, one idle thread per CPU, then the scenario.
extension Machine {
  mutating func boot() throws(ScenarioError) {
    var compiler = ProgramCompiler(
      templates: templateIndex(), devices: nameIndex(scenario.devices.map(\.name)),
      mutexes: nameIndex(scenario.mutexes), locks: nameIndex(scenario.locks))
    for (i, s) in scenario.processes.enumerated() {
      specEntry.append(try compiler.compile(s.program, path: "processes[\(i)].program"))
    }
    for (i, s) in scenario.templates.enumerated() {
      templateEntry.append(try compiler.compile(s.program, path: "templates[\(i)].program"))
    }
    // The syncer: wake every second, flush a little, sleep again.
    let second = compiler.dist(.fixed(Nanos.s))
    let flush = compiler.dist(.uniform(min: 20 * Nanos.us, max: 60 * Nanos.us))
    let updateEntry = compiler.append([
      .loopBegin(slot: 0, count: -1, end: 3),
      .kwork(dist: flush),
      .ksleep(dist: second, wmesg: .syncer, priority: Int32(KernelConst.PPAUSE)),
      .loopEnd(slot: 0, begin: 0),
    ])
    code = compiler.code
    dists = compiler.dists
    // Fix the syncer loop's absolute targets.
    let u = Int(updateEntry)
    code[u] = .loopBegin(slot: 0, count: -1, end: updateEntry + 3)
    code[u + 3] = .loopEnd(slot: 0, begin: updateEntry)

    let kinfo = { (comm: String) in ProcInfo(comm: comm, argv: nil, uid: 0, user: "root") }
    let swapper = newProc(pid: 0, info: kinfo("swapper"), parent: -1)
    kernelSleeper(swapper, chan: KAddr.proc(swapper), wmesg: .schedul)
    let initInfo = ProcInfo(
      comm: "init", argv: ["/sbin/init"], uid: 0, user: "root", tty: nil, sessionLeader: true,
      vszKB: 648, rssKB: 556)
    let initp = newProc(pid: 1, info: initInfo, parent: swapper)
    setUserPriority(initp, nice: 0, estcpu: 0)
    procs[Int(initp)].stat = .SSLEEP
    sleepForever(
      initp, chan: KAddr.proc(initp), priority: Int32(KernelConst.PWAIT), catch: true, wmesg: .wait)
    let pagedaemon = newProc(info: kinfo("pagedaemon"), parent: swapper)
    kernelSleeper(pagedaemon, chan: KAddr.pagedaemon, wmesg: .pgdaemon)
    let reaper = newProc(info: kinfo("reaper"), parent: swapper)
    kernelSleeper(reaper, chan: KAddr.deadproc, wmesg: .reaper)
    let update = newProc(info: kinfo("update"), parent: swapper)
    procs[Int(update)].flags = .P_SYSTEM
    procs[Int(update)].pc = updateEntry + 2
    procs[Int(update)].loops[0] = -1
    procs[Int(update)].cont = .next
    procs[Int(update)].priority = Int32(KernelConst.PPAUSE)
    procs[Int(update)].usrpri = Int32(KernelConst.PUSER)
    procs[Int(update)].stat = .SRUN
    procs[Int(update)].cpu = 0

    for c in 0..<ncpu {
      let idle = newProc(info: kinfo("idle\(c)"), parent: swapper)
      procs[Int(idle)].flags = [.P_SYSTEM, .P_CPUPEG]
      procs[Int(idle)].pinnedCPU = Int32(c)
      procs[Int(idle)].cpu = Int32(c)
      procs[Int(idle)].isIdle = true
      procs[Int(idle)].cont = .idle
      procs[Int(idle)].stat = .SONPROC
      procs[Int(idle)].priority = Int32(KernelConst.MAXPRI)
      procs[Int(idle)].usrpri = Int32(KernelConst.MAXPRI)
      var cpu = CPU(cur: idle, idleProc: idle)
      cpu.curpriority = Int32(KernelConst.MAXPRI)
      cpus.append(cpu)
    }
    for (i, d) in scenario.devices.enumerated() {
      deviceRNG.append(Xoshiro(seed: seed, stream: 1000 + UInt64(i)))
      ioLatencyDist.append(compiler.dist(d.ioLatency))
    }
    dists = compiler.dists
    mutexFree = [SimTime](repeating: 0, count: scenario.mutexes.count)
    establishInterrupts()
    dispatchLatency = [Histogram](repeating: Histogram(), count: sources.count)
    completionLatency = dispatchLatency
    // The syncer starts on cpu0's queue and runs its first flush at once.
    setrunqueue(update)

    for (i, s) in scenario.processes.enumerated() {
      if !s.daemon { workloadAlive += s.count }
      for _ in 0..<s.count {
        if s.start == 0 {
          startProcess(spec: i)
        } else {
          queue.push(s.start, .procStart, cpu: 0, arg: Int32(i))
        }
      }
    }
    for c in 0..<ncpu {
      beginKernel(c, 0)
      queue.push(firstHardclock(c), .hardclock, cpu: Int32(c))
    }
    extra = 0
    extraSpin = 0
  }

  private func nameIndex(_ names: [String]) -> [String: Int32] {
    var t: [String: Int32] = [:]
    for (i, n) in names.enumerated() { t[n] = Int32(i) }
    return t
  }

  private func templateIndex() -> [String: Int32] {
    var t: [String: Int32] = [:]
    for (i, s) in scenario.templates.enumerated() { t[s.name] = Int32(i) }
    return t
  }

  /// A kernel thread asleep at PVM on `chan` for good (proc0, the pagedaemon, the reaper).
  private mutating func kernelSleeper(_ p: Int32, chan: UInt64, wmesg: Wmesg) {
    procs[Int(p)].flags = .P_SYSTEM
    procs[Int(p)].usrpri = Int32(KernelConst.PUSER)
    sleepForever(p, chan: chan, priority: Int32(KernelConst.PVM), catch: false, wmesg: wmesg)
  }

  private mutating func sleepForever(
    _ p: Int32, chan: UInt64, priority: Int32, catch: Bool, wmesg: Wmesg
  ) {
    procs[Int(p)].cpu = 0
    tsleep(p, chan: chan, priority: priority, catch: `catch`, wmesg: wmesg, timo: nil)
    procs[Int(p)].cont = .next
  }
}
