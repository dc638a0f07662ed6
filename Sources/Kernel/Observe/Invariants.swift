/// The invariant checker: SPEC.md §10, the rules that can be read off the state.
/// (Invariants 20 and 22 are about operations and are checked where they happen.)
extension Machine {
  /// Runs every state check now.
  public func checkInvariants() -> [Violation] {
    var out: [Violation] = []
    func fail(_ n: Int, _ msg: String) {
      out.append(Violation(invariant: n, time: now, message: msg))
    }
    // Invariant 19 without allocating: every thread on a list is tagged with that list, and
    // the tags add up to what the walks found.
    var walkedRun = 0
    var walkedSleep = 0
    for c in 0..<ncpu {
      var total: Int32 = 0
      for q in 0..<KernelConst.SCHED_NQS {
        var p = rqHead[rqIndex(c, q)]
        let bit = cpus[c].whichqs & (1 << UInt32(q)) != 0
        if bit != (p >= 0) {
          fail(
            17,
            "cpu\(c): whichqs bit \(q) is \(bit ? "set" : "clear") but queue \(q) is "
              + (p >= 0 ? "non-empty" : "empty"))
        }
        var guardCount = 0
        while p >= 0 && guardCount <= procs.count {
          guardCount += 1
          total += 1
          let i = Int(p)
          if procs[i].onList != .runQueue {
            fail(19, "pid \(procs[i].pid) on a run queue, tagged \(procs[i].onList)")
          }
          if procs[i].stat != .SRUN {
            fail(18, "pid \(procs[i].pid) on cpu\(c) queue \(q) is \(procs[i].stat)")
          }
          if Int(procs[i].priority >> 2) != q {
            fail(18, "pid \(procs[i].pid) has priority \(procs[i].priority) but sits on queue \(q)")
          }
          if procs[i].cpu != Int32(c) {
            fail(18, "pid \(procs[i].pid) on cpu\(c)'s queue has p_cpu \(procs[i].cpu)")
          }
          p = procs[i].next
        }
      }
      walkedRun += Int(total)
      if total != cpus[c].nrun { fail(17, "cpu\(c): spc_nrun \(cpus[c].nrun) but \(total) queued") }
      if queuedCPUs.contains(c) != (cpus[c].whichqs != 0) {
        fail(17, "cpu\(c): sched_queued_cpus membership disagrees with whichqs")
      }
      let cur = Int(cpus[c].cur)
      if procs[cur].stat != (cpus[c].switching ? .SRUN : .SONPROC) {
        fail(19, "cpu\(c): curproc pid \(procs[cur].pid) is \(procs[cur].stat)")
      }
      if procs[cur].onList != .none {
        fail(19, "cpu\(c): curproc pid \(procs[cur].pid) is also \(procs[cur].onList)")
      }
    }
    for b in 0..<SleepQueue.tableSize {
      var p = slpHead[b]
      var guardCount = 0
      while p >= 0 && guardCount <= procs.count {
        guardCount += 1
        walkedSleep += 1
        if procs[Int(p)].onList != .sleepQueue {
          fail(19, "pid \(procs[Int(p)].pid) on a sleep queue, tagged \(procs[Int(p)].onList)")
        }
        p = procs[Int(p)].next
      }
    }
    var taggedRun = 0
    var taggedSleep = 0
    for i in procs.indices where procs[i].alive {
      switch procs[i].onList {
      case .runQueue: taggedRun += 1
      case .sleepQueue: taggedSleep += 1
      default: break
      }
      if procs[i].crit < 0 { fail(1, "pid \(procs[i].pid) has p_crit \(procs[i].crit)") }
      if procs[i].stat == .SONPROC {
        let c = procs[i].cpu
        let onCPU = c >= 0 && Int(c) < ncpu && cpus[Int(c)].cur == Int32(i)
        if !onCPU { fail(19, "pid \(procs[i].pid) is SONPROC but no CPU runs it") }
      }
      if procs[i].flags.contains(.P_CPUPEG) && procs[i].cpu != procs[i].pinnedCPU {
        fail(
          21,
          "pinned pid \(procs[i].pid) has p_cpu \(procs[i].cpu), pinned to cpu\(procs[i].pinnedCPU)"
        )
      }
    }
    if taggedRun != walkedRun || taggedSleep != walkedSleep {
      fail(
        19,
        "list tags (\(taggedRun) run, \(taggedSleep) sleep) disagree with the lists (\(walkedRun), \(walkedSleep))"
      )
    }
    checkInterrupts(fail)
    checkLocks(fail)
    return out
  }

  /// Invariants 27–30, 33, 37–39: lock words, waiter queues, spinners, BMTX_STATS identities.
  private func checkLocks(_ fail: (Int, String) -> Void) {
    for (i, l) in locks.enumerated() {
      let bit: UInt64 = 1 << UInt64(i)
      if l.owner >= 0 {
        if !procs[Int(l.owner)].alive || procs[Int(l.owner)].heldMask & bit == 0 {
          fail(27, "\(l.name): owner pid \(procs[Int(l.owner)].pid) does not hold it")
        }
      }
      if l.model == .mplock && (l.owner >= 0) != (l.ownerCPU >= 0) {
        fail(39, "\(l.name): owner thread and owner CPU disagree")
      }
      if l.model == .bmtx && l.waitersFlag != (l.head >= 0) {
        fail(
          28,
          "\(l.name): BMTX_WAITERS is \(l.waitersFlag) but the queue is \(l.head >= 0 ? "not " : "")empty"
        )
      }
      if l.recursedFlag != (l.recurse > 0) {
        fail(29, "\(l.name): RECURSED \(l.recursedFlag) with recurse \(l.recurse)")
      }
      var w = l.head
      var guardCount = 0
      while w >= 0 && guardCount <= procs.count {
        guardCount += 1
        let pr = procs[Int(w)]
        if pr.stat != .SSLEEP || pr.wchan != lockAddr(Int32(i))
          || pr.priority != Int32(KernelConst.PVM)
          || pr.flags.contains(.P_SINTR) || pr.onList != .lockWaiters
        {
          fail(30, "\(l.name): waiter pid \(pr.pid) is \(pr.stat) at priority \(pr.priority)")
        }
        w = pr.next
      }
      var ci = l.spinners.next(from: 0)
      while let c = ci {
        let spinner = procs[Int(cpus[c].cur)]
        if spinner.stat != .SONPROC { fail(39, "\(l.name): spinner on cpu\(c) is not SONPROC") }
        // A free word with spinners is the instant after a release: one of them re-checks.
        if l.model == .bmtx && l.owner >= 0 && procs[Int(l.owner)].stat != .SONPROC {
          fail(33, "\(l.name): cpu\(c) spins while the owner is not on a CPU")
        }
        if l.model == .rrwlock { fail(38, "\(l.name): an rrwlock waiter spins") }
        ci = l.spinners.next(from: c + 1)
      }
      if l.model == .bmtx {
        let s = l.stats
        if l.lockCalls != s.fastLocks + s.recursedLocks + s.spunLocks + pendingLockCalls(Int32(i)) {
          fail(37, "\(l.name): \(l.lockCalls) bmtx_lock calls != fast + recursed + spun")
        }
        if l.unlockCalls != s.fastUnlocks + s.recursedUnlocks + s.blockedUnlocks {
          fail(37, "\(l.name): \(l.unlockCalls) bmtx_unlock calls != fast + recursed + blocked")
        }
        if s.lockBlocks != s.lockBlocksCancelled + s.lockBlocksSlept + pendingBlocks(Int32(i)) {
          fail(37, "\(l.name): lock_blocks != cancelled + slept")
        }
        if s.recursedUnlocks > s.recursedLocks || s.blockedUnlocks > s.lockBlocksSlept {
          fail(37, "\(l.name): recursed or blocked unlocks exceed their locks")
        }
      }
    }
  }

  /// `bmtx_lock` calls still in progress on `l` (spinning, blocking or asleep): not yet counted.
  private func pendingLockCalls(_ l: Int32) -> UInt64 {
    var n: UInt64 = 0
    for i in procs.indices where procs[i].alive && procs[i].waitLock == l { n += 1 }
    return n
  }

  /// `bmtx_lock_block` calls between their count and their verdict.
  private func pendingBlocks(_ l: Int32) -> UInt64 {
    var n: UInt64 = 0
    for i in procs.indices
    where procs[i].alive && procs[i].waitLock == l && procs[i].cont == .lockBlock {
      n += 1
    }
    return n
  }

  /// Invariants 2–5, 8–13, 15 and 23: critical sections, pending work, ithreads, preemption.
  private func checkInterrupts(_ fail: (Int, String) -> Void) {
    for c in 0..<ncpu {
      let cur = cpus[c].cur
      let crit = procs[Int(cur)].crit
      if cpus[c].phase == .kernel && crit < 1 {
        fail(2, "cpu\(c): SCHED_LOCK/mutex work at crit depth \(crit)")
      }
      let quiet = cpus[c].phase == .run || cpus[c].phase == .halted || cpus[c].phase == .spin
      if quiet && crit == 0 && cpus[c].ipending != 0 {
        fail(4, "cpu\(c): ci_ipending 0x\(String(cpus[c].ipending, radix: 16)) left at depth 0")
      }
      var bits = cpus[c].ipending & ((1 << 62) - 1)
      while bits != 0 {
        let slot = bits.trailingZeroBitCount
        bits &= bits - 1
        let s = slotSource[slot]
        if s >= 0 && sources[Int(s)].trigger == .level && !sources[Int(s)].masked {
          fail(5, "cpu\(c): slot \(slot) pending but its level source is unmasked")
        }
      }
    }
    var ithreads = 0
    for i in procs.indices where procs[i].alive && procs[i].ihSource >= 0 { ithreads += 1 }
    if ithreads != sources.count { fail(9, "\(ithreads) ithreads for \(sources.count) sources") }
    for i in sources.indices {
      let src = sources[i]
      let t = Int(src.ithread)
      let pr = procs[t]
      if src.trigger == .level && src.slot >= 0 && src.scheduled && !src.masked {
        fail(8, "\(info[t].comm): level source scheduled but unmasked")
      }
      if pr.ihSource != Int32(i) || info[t].comm != sourceNames[i] {
        fail(9, "source \(i): ithread p_comm '\(info[t].comm)' (want '\(sourceNames[i])')")
      }
      let pin: Int32 = options.ithreadCPU == .spread ? Int32(i % ncpu) : 0
      if !pr.flags.contains(.P_CPUPEG) || pr.pinnedCPU != pin || pr.cpu != pin {
        fail(10, "\(info[t].comm): not pinned to cpu\(pin) (p_cpu \(pr.cpu))")
      }
      let ownSleep = pr.stat == .SSLEEP && pr.wchan == SourceAddr.source(Int32(i))
      let onLock = pr.stat == .SSLEEP && pr.onList == .lockWaiters
      // An ithread woken from the E2 rrwlock keeps that sleep's priority (PLOCK − 4) until its
      // next ithread sleep (SPEC.md §1.2); with bmtx, lock waiters sleep at PVM too.
      // It can then even be preempted, boosted for a while (savedPriority set).
      let rrwWoken =
        locks[0].model == .rrwlock && !ownSleep
        && (pr.priority == Int32(KernelConst.PLOCK - 4)
          || pr.savedPriority == Int32(KernelConst.PLOCK - 4))
      if (pr.stat == .SRUN || pr.stat == .SONPROC || ownSleep || onLock) && !rrwWoken
        && pr.priority != Int32(KernelConst.PVM)
      {
        fail(11, "\(info[t].comm): priority \(pr.priority), not PVM")
      }
      if ownSleep {
        if pr.wmesg != .intr || pr.flags.contains(.P_SINTR) {
          fail(11, "\(info[t].comm): ithread sleep without wmesg intr / with P_SINTR")
        }
        if src.scheduled { fail(12, "\(info[t].comm): asleep while is_scheduled") }
        if locks[Int(Machine.giant)].owner == Int32(t) || pr.crit != 0 {
          fail(13, "\(info[t].comm): asleep holding giant or at crit \(pr.crit)")
        }
      }
      for h in src.handlers where handlers[Int(h)].count > src.passes {
        fail(15, "\(handlers[Int(h)].name): count \(handlers[Int(h)].count) > passes \(src.passes)")
      }
    }
    if options.preemption == 0 {
      for i in procs.indices where procs[i].alive && procs[i].preempt {
        fail(23, "pid \(procs[i].pid) has p_preempt with kern.preemption=0")
      }
    }
  }
}
