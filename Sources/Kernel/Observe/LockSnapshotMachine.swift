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
      let owner = l.owner >= 0 ? ProcID(l.owner) : nil
      return LockSnapshot(
        name: l.name, kind: i == 0 ? options.lock : .bmtx, address: lockAddr(Int32(i)),
        owner: owner, ownerPid: owner.map { Int(procs[Int($0.index)].pid) },
        ownerComm: owner.map { info[Int($0.index)].comm }, ownerCPU: nil,
        waitersFlag: l.hasWaiters, recursedFlag: l.recurse > 0, recurse: Int(l.recurse),
        waiters: waiters, spinners: spinners, stats: LockStats())
    }
  }

  /// The BMTX_STATS counters (global, over every bmtx).
  public var bmtxStats: BmtxStats { locks.reduce(into: BmtxStats()) { $0.add($1.stats) } }

  /// Lock-order reversals and deadlocks found so far.
  public var findings: [Finding] { lockFindings }

  /// "Why isn't it running?": the thread, the lock it waits for, that lock's owner, and on.
  public func waitChain(_ id: ProcID) -> [WaitLink] {
    [WaitLink(thread: id, state: "\(procs[Int(id.index)].stat)", lock: nil)]
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
