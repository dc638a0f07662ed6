extension Machine {
  /// Every lock: the kernel lock first, then the scenario's named locks.
  public func lockSnapshots() -> [LockSnapshot] {
    locks.indices.map { i in
      let l = locks[i]
      var waiters: [ProcID] = []
      var p = l.head
      while p >= 0 {
        waiters.append(ProcID(p))
        p = procs[Int(p)].next
      }
      var spinners: [Int] = []
      var c = l.spinners.next(from: 0)
      while let x = c {
        spinners.append(x)
        c = l.spinners.next(from: x + 1)
      }
      if l.model == .rrwlock {
        let b = SleepQueue.bucket(lockAddr(Int32(i)))
        var s = slpHead[b]
        while s >= 0 {
          if procs[Int(s)].wchan == lockAddr(Int32(i)) { waiters.append(ProcID(s)) }
          s = procs[Int(s)].next
        }
      }
      let owner = l.owner >= 0 ? ProcID(l.owner) : nil
      var stats = l.acct
      stats.topCaller = topCaller(i)
      return LockSnapshot(
        name: l.name, kind: l.model, address: lockAddr(Int32(i)),
        owner: owner, ownerPid: owner.map { Int(procs[Int($0.index)].pid) },
        ownerComm: owner.map { info[Int($0.index)].comm },
        ownerCPU: l.ownerCPU >= 0 ? Int(l.ownerCPU) : nil,
        waitersFlag: l.waitersFlag, recursedFlag: l.recursedFlag, recurse: Int(l.recurse),
        waiters: waiters, spinners: spinners, stats: stats)
    }
  }

  /// The BMTX_STATS counters (global, over every bmtx).
  public var bmtxStats: BmtxStats {
    locks.reduce(into: BmtxStats()) { sum, l in if l.model == .bmtx { sum.add(l.stats) } }
  }

  /// Lock-order reversals and deadlocks found so far.
  public var findings: [Finding] { lockFindings }

  /// "Why isn't it running?": the thread, the lock it waits for, that lock's owner, and on.
  public func waitChain(_ id: ProcID) -> [WaitLink] {
    var out: [WaitLink] = []
    var p = id.index
    for _ in 0..<16 {
      let pr = procs[Int(p)]
      let l = pr.waitLock
      let lockName = l >= 0 ? locks[Int(l)].name : nil
      var state: String
      if let name = lockName {
        let spinning = pr.stat == .SONPROC && cpus[Int(pr.cpu)].phase == .spin
        state = spinning ? "spinning on cpu\(pr.cpu) for \(name)" : "asleep on \(name)"
      } else {
        switch pr.stat {
        case .SONPROC: state = "running on cpu\(pr.cpu)"
        case .SRUN:
          state =
            pr.savedPriority >= 0
            ? "preempted, next on cpu\(pr.cpu)'s run queue" : "runnable on cpu\(pr.cpu)'s run queue"
        case .SSLEEP: state = "asleep on \(wmesgText(pr) ?? "-")"
        default: state = "\(pr.stat)"
        }
        let held = (0..<locks.count).filter { pr.heldMask & (1 << UInt64($0)) != 0 }
        if !held.isEmpty {
          state += " (holds " + held.map { locks[$0].name }.joined(separator: ", ") + ")"
        }
        if pr.preempt {
          state +=
            "; its preemption is deferred until it leaves its critical section"
            + (preemptionAllowed(Int(max(0, pr.cpu))) ? "" : " and releases the kernel lock")
        }
      }
      out.append(WaitLink(thread: ProcID(p), state: state, lock: lockName))
      guard l >= 0, locks[Int(l)].owner >= 0,
        !out.contains(where: { $0.thread.index == locks[Int(l)].owner })
      else { break }
      p = locks[Int(l)].owner
    }
    return out
  }
}

extension BmtxStats {
  mutating func add(_ o: BmtxStats) {
    fastLocks += o.fastLocks
    fastUnlocks += o.fastUnlocks
    recursedLocks += o.recursedLocks
    recursedUnlocks += o.recursedUnlocks
    lockBlocks += o.lockBlocks
    lockBlocksCancelled += o.lockBlocksCancelled
    lockBlocksSlept += o.lockBlocksSlept
    spunLocks += o.spunLocks
    blockedUnlocks += o.blockedUnlocks
    unlockHasWaiter += o.unlockHasWaiter
  }
}
