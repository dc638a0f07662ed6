/// Runs a thread's program on its CPU until it starts a timed segment or switches away.
extension Machine {
  /// Zero-time instructions a thread may run in one go before the machine calls it a runaway.
  static let maxZeroTimeOps = 10_000

  /// Executes instructions from `pc`.
  mutating func execute(_ c: Int) {
    let p = cpus[c].cur
    var budget = Machine.maxZeroTimeOps
    while budget > 0 {
      budget -= 1
      let pc = Int(procs[Int(p)].pc)
      switch code[pc] {
      case .compute(let d):
        procs[Int(p)].pc += 1
        // Holding a kernel lock, the thread is in kernel code.
        let mode: CPUState = procs[Int(p)].heldMask != 0 ? .sys : .user
        startSegment(c, p, mode: mode, length: max(1, draw(p, d)), then: .next)
        return
      case .syscall(let d, let giant):
        procs[Int(p)].pc += 1
        var length = costs.syscall + draw(p, d)
        if giant { length += 2 * costs.lockFastPath }
        procs[Int(p)].segMode = .sys
        procs[Int(p)].remaining = length
        procs[Int(p)].afterSeg = giant ? .syscallRelease : .userret
        // KERNEL_LOCK around the system call body; spinning or blocking resumes it later.
        if giant && !lockAcquire(c, Machine.giant, then: .segment) { return }
        procs[Int(p)].cont = .segment
        beginRun(c)
        return
      case .kwork(let d):
        procs[Int(p)].pc += 1
        startSegment(c, p, mode: .sys, length: max(1, draw(p, d)), then: .next)
        return
      case .sleep(let d):
        procs[Int(p)].pc += 1
        let t = draw(p, d)
        extra += costs.syscall
        schedLockOp()
        tsleep(
          p, chan: KAddr.nanowait, priority: Int32(KernelConst.PWAIT), catch: true,
          wmesg: .nanosleep, timo: t)
        procs[Int(p)].cont = .userret
        miSwitch(c)
        return
      case .ksleep(let d, let wmesg, let prio):
        procs[Int(p)].pc += 1
        let t = draw(p, d)
        schedLockOp()
        tsleep(p, chan: KAddr.proc(p), priority: prio, catch: false, wmesg: wmesg, timo: t)
        procs[Int(p)].cont = .next
        miSwitch(c)
        return
      case .fork(let t, let n):
        procs[Int(p)].pc += 1
        extra += costs.syscall
        for _ in 0..<n { forkChild(parent: p, template: Int(t)) }
        procs[Int(p)].cont = .userret
        beginKernel(c, 0)
        return
      case .wait(let all):
        if waitStep(c, p, all: all) { return }
      case .exit:
        exitProc(c, p)
        return
      case .io(let d):
        procs[Int(p)].pc += 1
        extra += costs.syscall
        schedLockOp()
        tsleep(
          p, chan: SourceAddr.buf(p), priority: Int32(KernelConst.PRIBIO), catch: false,
          wmesg: .device, timo: nil)
        procs[Int(p)].ioDevice = d
        let latency = max(1, draw(p, ioLatencyDist[Int(d)]))
        queue.push(now + extra + extraSpin + latency, .ioComplete, cpu: 0, arg: p)
        procs[Int(p)].cont = .userret
        miSwitch(c)
        return
      case .read(let soft):
        let q = softIndex(soft)
        extra += costs.syscall
        if softQueues[q].available > 0 {
          softQueues[q].available -= 1
          procs[Int(p)].pc += 1
          procs[Int(p)].cont = .userret
          beginKernel(c, 0)
          return
        }
        schedLockOp()
        let net = soft == .softnet
        tsleep(
          p, chan: SourceAddr.softRead(soft), priority: Int32(net ? KernelConst.PSOCK : 25),
          catch: true, wmesg: net ? .netio : .ttyin, timo: nil)
        procs[Int(p)].cont = .next
        miSwitch(c)
        return
      case .critical(let d):
        procs[Int(p)].pc += 1
        extra += costs.syscall
        procs[Int(p)].cont = .userret
        beginKernel(c, draw(p, d))
        return
      case .mutex(let m, let d):
        procs[Int(p)].pc += 1
        extra += costs.syscall
        // mtx_enter: crit_enter, then spin on the ticket until the holder leaves.
        let asked = now + extra + extraSpin
        let start = max(asked, mutexFree[Int(m)])
        extraSpin += start - asked
        let hold = draw(p, d)
        mutexFree[Int(m)] = start + hold
        procs[Int(p)].cont = .userret
        beginKernel(c, hold)
        return
      case .lock(let l):
        procs[Int(p)].pc += 1
        procs[Int(p)].cont = .next
        if !lockAcquire(c, l, then: .next) { return }
      case .unlock(let l):
        procs[Int(p)].pc += 1
        lockRelease(c, l)
        if preemptionDue(c) {
          procs[Int(p)].cont = .next
          kernelPreempt(c)
          return
        }
      case .loopBegin(let slot, let count, let end):
        if count == 0 {
          procs[Int(p)].pc = end + 1
        } else {
          procs[Int(p)].loops[Int(slot)] = count
          procs[Int(p)].pc += 1
        }
      case .loopEnd(let slot, let begin):
        let left = procs[Int(p)].loops[Int(slot)]
        if left < 0 {
          procs[Int(p)].pc = begin + 1
        } else if left > 1 {
          procs[Int(p)].loops[Int(slot)] = left - 1
          procs[Int(p)].pc = begin + 1
        } else {
          procs[Int(p)].pc += 1
        }
      }
    }
    // A loop with no timed step: make it cost a system call so simulated time moves on.
    startSegment(c, p, mode: .sys, length: costs.syscall, then: .next)
  }

  @inline(__always) mutating func draw(_ p: Int32, _ d: Int32) -> SimTime {
    max(0, rng[Int(p)].draw(dists[Int(d)]))
  }

  /// Starts a timed segment of the current thread.
  mutating func startSegment(
    _ c: Int, _ p: Int32, mode: CPUState, length: SimTime, then: Continuation
  ) {
    procs[Int(p)].segMode = mode
    procs[Int(p)].remaining = length
    procs[Int(p)].afterSeg = then
    procs[Int(p)].cont = .segment
    beginRun(c)
  }

  /// `wait4`: reap a zombie child, or sleep until one exits. Returns true when it switched or
  /// started kernel work (the caller stops), false when the thread goes on to the next step.
  mutating func waitStep(_ c: Int, _ p: Int32, all: Bool) -> Bool {
    let z = procs[Int(p)].zombies
    if z >= 0 {
      procs[Int(p)].zombies = procs[Int(z)].next
      procs[Int(p)].zombieChildren -= 1
      freeProc(z)
      extra += costs.syscall
      if !all || procs[Int(p)].liveChildren + procs[Int(p)].zombieChildren == 0 {
        procs[Int(p)].pc += 1
        procs[Int(p)].cont = .userret
      } else {
        procs[Int(p)].cont = .next
      }
      beginKernel(c, 0)
      return true
    }
    if procs[Int(p)].liveChildren == 0 {
      procs[Int(p)].pc += 1
      return false
    }
    extra += costs.syscall
    schedLockOp()
    tsleep(
      p, chan: KAddr.proc(p), priority: Int32(KernelConst.PWAIT), catch: true, wmesg: .wait,
      timo: nil)
    procs[Int(p)].cont = .next
    miSwitch(c)
    return true
  }
}
