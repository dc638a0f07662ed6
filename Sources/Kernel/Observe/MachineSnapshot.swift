/// Making snapshots: the one read-only view reports and panes are built from.
extension Machine {
  /// A picture of the machine now.
  public func snapshot() -> Snapshot {
    Snapshot(
      scenario: scenario.name, seed: seed, time: now, events: eventCount, bootEpoch: bootEpoch,
      memoryKB: scenario.memoryKB, preemption: options.preemption, lock: options.lock,
      loadAverage: avenrun, procs: procSnapshots(), cpus: (0..<ncpu).map(cpuSnapshot),
      workloadEnd: workloadEnd, sched: counters)
  }

  /// Every live thread, in creation order.
  public func procSnapshots() -> [ProcSnapshot] {
    var order: [Int] = []
    order.reserveCapacity(procs.count)
    var sorted = true
    var last: UInt32 = 0
    for i in procs.indices where procs[i].alive {
      if procs[i].serial < last { sorted = false }
      last = procs[i].serial
      order.append(i)
    }
    // Slots are reused only after a thread is freed, so the table is usually in creation order.
    if !sorted { order.sort { procs[$0].serial < procs[$1].serial } }
    return order.map { procSnapshot(ProcID($0), step: false) }
  }

  /// One thread; `step` describes what its program is doing (the bulk listing skips it).
  public func procSnapshot(_ id: ProcID, step: Bool = true) -> ProcSnapshot {
    let i = Int(id.index)
    let p = procs[i]
    let pi = info[i]
    let system = p.flags.contains(.P_SYSTEM)
    var runtime = p.runtime
    if p.cpu >= 0 && cpus[Int(p.cpu)].cur == id.index && now > p.switchedIn {
      runtime += now - p.switchedIn
    }
    let parentPid = p.parent >= 0 && procs[Int(p.parent)].alive ? Int(procs[Int(p.parent)].pid) : 0
    return ProcSnapshot(
      id: id, pid: Int(p.pid), ppid: parentPid, uid: pi.uid, user: pi.user, comm: pi.comm,
      argv: pi.argv, stat: p.stat, flags: p.flags, priority: Int(p.priority),
      usrpri: Int(p.usrpri), nice: Int(p.nice), estcpu: Int(p.estcpu), pctcpu: Int(p.pctcpu),
      slptime: Int(p.slptime), wmesg: wmesgText(p), cpu: p.cpu >= 0 ? Int(p.cpu) : nil,
      crit: Int(p.crit), vszKB: system ? 0 : pi.vszKB, rssKB: system ? 0 : pi.rssKB, tty: pi.tty,
      sessionLeader: pi.sessionLeader, foreground: pi.foreground, startTime: p.startTime,
      runtime: runtime, isIdle: p.isIdle, step: step ? stepText(i) : "-", wakeups: Int(p.wakeCount),
      wakeupMax: p.wakeMax, wakeupMean: p.wakeCount > 0 ? p.wakeSum / SimTime(p.wakeCount) : 0)
  }

  /// What thread `i`'s program is at, in words.
  func stepText(_ i: Int) -> String {
    let p = procs[i]
    if p.isIdle { return "idle loop" }
    if p.ihSource >= 0 { return "ithread loop (\(p.ihStage))" }
    guard p.spec >= 0 else { return p.pc > 0 ? "kernel thread loop" : "-" }
    let specs = p.isTemplate ? scenario.templates : scenario.processes
    let entry = Int(p.isTemplate ? templateEntry[Int(p.spec)] : specEntry[Int(p.spec)])
    // In a segment or asleep, pc is already past the step being done.
    let at = p.cont == .next ? Int(p.pc) : max(entry, Int(p.pc) - 1)
    guard at < code.count else { return "-" }
    let what: String
    switch code[at] {
    case .compute: what = p.heldMask != 0 ? "compute in the kernel (holding a lock)" : "compute"
    case .syscall(_, let giant): what = giant ? "system call under the kernel lock" : "system call"
    case .sleep: what = "nanosleep"
    case .fork: what = "fork"
    case .wait: what = "wait for children"
    case .exit: what = "exit"
    case .io(let d): what = "I/O on \(scenario.devices[Int(d)].name)"
    case .read(let s): what = "read from \(s.rawValue)"
    case .critical: what = "critical section"
    case .mutex(let m, _): what = "holding mutex \(scenario.mutexes[Int(m)])"
    case .lock(let l): what = "lock \(locks[Int(l)].name)"
    case .unlock(let l): what = "unlock \(locks[Int(l)].name)"
    case .loopBegin, .loopEnd: what = "loop"
    case .ksleep, .kwork: what = "kernel work"
    }
    return "\(what) (step \(at - entry) of \(specs[Int(p.spec)].comm)'s program)"
  }

  /// `p_wmesg` as text: device waits show the device's wmesg, lock waits the lock's name.
  func wmesgText(_ p: Proc) -> String? {
    switch p.wmesg {
    case .device: return p.ioDevice >= 0 ? devices[Int(p.ioDevice)].wmesg : "biowait"
    case .giant: return p.waitLock >= 0 ? locks[Int(p.waitLock)].name : "giant"
    case .kernellock: return "kernellock"
    default: return p.wmesg.text
    }
  }

  /// One CPU, with its state times brought up to `now`.
  public func cpuSnapshot(_ c: Int) -> CPUSnapshot {
    let cpu = cpus[c]
    var times = cpu.times
    let dt = now - cpu.segStart
    if dt > 0 {
      let spin = min(cpu.phaseSpin, dt)
      times[cpu.segKind] += dt - spin
      times.spin += spin
    } else if dt < 0 {
      // Leaving hlt was charged to idle up front; only the part already elapsed counts.
      times.idle += dt
    }
    var queues: [[ProcID]] = []
    for q in 0..<KernelConst.SCHED_NQS {
      var list: [ProcID] = []
      var p = rqHead[rqIndex(c, q)]
      while p >= 0 {
        list.append(ProcID(p))
        p = procs[Int(p)].next
      }
      queues.append(list)
    }
    return CPUSnapshot(
      id: c, curproc: ProcID(cpu.cur), idle: idleCPUs.contains(c),
      curpriority: Int(cpu.curpriority),
      nrun: Int(cpu.nrun), whichqs: cpu.whichqs, queues: queues, time: times.array,
      ipisReceived: cpu.ipisReceived, switches: cpu.switches)
  }

}
