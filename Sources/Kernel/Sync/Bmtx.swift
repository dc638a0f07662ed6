/// A bmtx turnstile mutex (SPEC.md §6.1–6.3): owner, recursion, FIFO waiters, spinners.
/// The kernel lock "giant" is lock 0.
struct Bmtx {
  var name: String
  var wmesg: Wmesg
  /// Owner thread, −1 when free (the owner bits of `bmtx_lock`).
  var owner: Int32 = -1
  /// `bmtx_recurse`: holds beyond the first.
  var recurse: Int32 = 0
  /// FIFO of blocked waiters, linked through `p_runq`.
  var head: Int32 = -1
  var tail: Int32 = -1
  /// CPUs whose current thread spins on this lock.
  var spinners = CPUSet()
  var stats = BmtxStats()

  /// `BMTX_WAITERS`: the waiter queue is not empty.
  var hasWaiters: Bool { head >= 0 }
}

/// The BMTX_STATS counters (SPEC.md §6.4), plus the branch log's `bmtx_unlock_has_waiter`.
public struct BmtxStats: Sendable, Equatable {
  public var fastLocks: UInt64 = 0
  public var fastUnlocks: UInt64 = 0
  public var recursedLocks: UInt64 = 0
  public var recursedUnlocks: UInt64 = 0
  public var lockBlocks: UInt64 = 0
  public var lockBlocksCancelled: UInt64 = 0
  public var lockBlocksSlept: UInt64 = 0
  public var spunLocks: UInt64 = 0
  public var blockedUnlocks: UInt64 = 0
  public var unlockHasWaiter: UInt64 = 0
  /// Zero counters.
  public init() {}
}

/// KERNEL_LOCK / KERNEL_UNLOCK and named bmtx locks: the one seam every lock user goes through.
extension Machine {
  /// Index of the kernel lock in `locks`.
  static let giant: Int32 = 0

  /// `bmtx_lock` by the current thread of CPU `c`. True when it holds the lock now (fast path,
  /// recursion, or a free word after waking); false when it spins (the owner runs) or blocked
  /// (the owner does not): the CPU is then busy with that and `then` runs once it holds the lock.
  mutating func lockAcquire(_ c: Int, _ l: Int32, then: Continuation, retry: Bool = false) -> Bool {
    let p = cpus[c].cur
    let owner = locks[Int(l)].owner
    if owner < 0 {
      locks[Int(l)].owner = p
      if retry { locks[Int(l)].stats.spunLocks += 1 } else { locks[Int(l)].stats.fastLocks += 1 }
      procs[Int(p)].waitLock = -1
      return true
    }
    if owner == p {
      locks[Int(l)].recurse += 1
      locks[Int(l)].stats.recursedLocks += 1
      return true
    }
    procs[Int(p)].waitLock = l
    procs[Int(p)].lockThen = then
    procs[Int(p)].cont = .lockRetry
    if procs[Int(owner)].stat == .SONPROC {
      // Spin: the CPU stays busy (as spin) until the lock word or the owner's state changes.
      locks[Int(l)].spinners.insert(c)
      cpus[c].phase = .spin
      cpus[c].segKind = .spin
      cpus[c].segStart = now
      queue.cancelTimer(cpu: Int32(c))
      return false
    }
    // bmtx_lock_block: the owner is off CPU; sleep on the lock at PVM, FIFO.
    locks[Int(l)].stats.lockBlocks += 1
    schedLockOp()
    locks[Int(l)].stats.lockBlocksSlept += 1
    procs[Int(p)].wchan = lockAddr(l)
    procs[Int(p)].wmesg = locks[Int(l)].wmesg
    procs[Int(p)].slptime = 0
    procs[Int(p)].priority = Int32(KernelConst.PVM)
    procs[Int(p)].stat = .SSLEEP
    procs[Int(p)].next = -1
    procs[Int(p)].prev = locks[Int(l)].tail
    procs[Int(p)].onList = .lockWaiters
    if locks[Int(l)].tail >= 0 {
      procs[Int(locks[Int(l)].tail)].next = p
    } else {
      locks[Int(l)].head = p
    }
    locks[Int(l)].tail = p
    miSwitch(c)
    return false
  }

  /// Retries the lock a thread waits for; on success continues with its `lockThen`.
  mutating func lockRetry(_ c: Int) {
    let p = cpus[c].cur
    let l = procs[Int(p)].waitLock
    let then = procs[Int(p)].lockThen
    guard lockAcquire(c, l, then: then, retry: true) else { return }
    procs[Int(p)].cont = then
    dispatch(c)
  }

  /// `bmtx_unlock` by the owner: recursion, fast, or contested (wake the FIFO head).
  mutating func lockRelease(_ c: Int, _ l: Int32) {
    let p = cpus[c].cur
    guard locks[Int(l)].owner == p else {
      recordViolations([
        Violation(
          invariant: 34, time: now,
          message: "bmtx_unlock of \(locks[Int(l)].name) by pid \(procs[Int(p)].pid), not its owner"
        )
      ])
      return
    }
    if locks[Int(l)].recurse > 0 {
      locks[Int(l)].recurse -= 1
      locks[Int(l)].stats.recursedUnlocks += 1
      return
    }
    if !locks[Int(l)].hasWaiters {
      locks[Int(l)].owner = -1
      locks[Int(l)].stats.fastUnlocks += 1
    } else {
      locks[Int(l)].stats.unlockHasWaiter += 1
      schedLockOp()
      let w = locks[Int(l)].head
      unlinkLockWaiter(w, l)
      procs[Int(w)].wchan = 0
      procs[Int(w)].wmesg = .none
      procs[Int(w)].stat = .SRUN
      let target = choosecpu(w)
      procs[Int(w)].cpu = target
      setrunqueue(w)
      if procs[Int(w)].slptime > 1 { updatepri(w) }
      procs[Int(w)].slptime = 0
      procs[Int(w)].runnableAt = now
      reschedProc(w, procs[Int(w)].priority)
      locks[Int(l)].owner = -1
      locks[Int(l)].stats.blockedUnlocks += 1
    }
    notifySpinners(l)
  }

  /// The lock word or its owner's state changed: every spinner re-checks after one re-read.
  mutating func notifySpinners(_ l: Int32) {
    var ci = locks[Int(l)].spinners.next(from: 0)
    while let c = ci {
      locks[Int(l)].spinners.remove(c)
      queue.setTimer(cpu: Int32(c), at: now + extra + extraSpin + costs.spinRecheck)
      ci = locks[Int(l)].spinners.next(from: c + 1)
    }
  }

  /// CPU `c` stops spinning (an interrupt came); it re-checks when it resumes.
  mutating func stopSpinning(_ c: Int) {
    let l = procs[Int(cpus[c].cur)].waitLock
    if l >= 0 { locks[Int(l)].spinners.remove(c) }
  }

  /// A lock owner left its CPU: its spinners must re-check (and will block).
  mutating func ownerLeftCPU(_ p: Int32) {
    for l in locks.indices where locks[l].owner == p && !locks[l].spinners.isEmpty {
      notifySpinners(Int32(l))
    }
  }

  private mutating func unlinkLockWaiter(_ w: Int32, _ l: Int32) {
    let (pr, n) = unlinkNeighbours(w)
    if pr < 0 { locks[Int(l)].head = n }
    if n < 0 { locks[Int(l)].tail = pr }
  }

  /// Simulated address of lock `l` (its wait channel).
  func lockAddr(_ l: Int32) -> UInt64 { SourceAddr.giant + UInt64(l) * 0x40 }
}
