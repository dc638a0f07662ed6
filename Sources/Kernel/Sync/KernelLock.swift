/// KERNEL_LOCK / KERNEL_UNLOCK and named bmtx locks: the one seam every lock user goes through.
/// The kernel lock's model (mplock, rrwlock, bmtx; SPEC.md §6) is dispatched here and nowhere else.
extension Machine {
  /// Index of the kernel lock in `locks`.
  static let giant: Int32 = 0

  /// Takes lock `l` for the current thread of CPU `c`. True when it holds it now; false when it
  /// spins or sleeps (the CPU is then busy with that, and `then` runs once the lock is held).
  mutating func lockAcquire(_ c: Int, _ l: Int32, then: Continuation, retry: Bool = false) -> Bool {
    let p = cpus[c].cur
    if !retry {
      locks[Int(l)].lockCalls += 1
      if checksInvariants && l == Machine.giant && cpus[c].schedLockDepth > 0 {
        fail(35, "KERNEL_LOCK taken with sched_lock held on cpu\(c)")
      }
    }
    switch locks[Int(l)].model {
    case .bmtx: return bmtxLock(c, p, l, then: then, retry: retry)
    case .rrwlock: return rrwLock(c, p, l, then: then)
    case .mplock: return mpLock(c, p, l, then: then)
    }
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

  /// Releases lock `l` held by the current thread of CPU `c`.
  mutating func lockRelease(_ c: Int, _ l: Int32) {
    let p = cpus[c].cur
    locks[Int(l)].unlockCalls += 1
    let owned =
      locks[Int(l)].model == .mplock ? locks[Int(l)].ownerCPU == Int32(c) : locks[Int(l)].owner == p
    guard owned else {
      fail(34, "unlock of \(locks[Int(l)].name) by pid \(procs[Int(p)].pid), not its owner")
      return
    }
    if locks[Int(l)].recurse > 0 {
      locks[Int(l)].recurse -= 1
      if locks[Int(l)].recurse == 0 { locks[Int(l)].recursedFlag = false }
      locks[Int(l)].stats.recursedUnlocks += 1
      return
    }
    released(p, l)
    switch locks[Int(l)].model {
    case .bmtx: bmtxUnlock(c, l)
    case .rrwlock: rrwUnlock(l)
    case .mplock: mpUnlock(l)
    }
  }

  /// Whether kernel preemption may take the current thread of CPU `c` now. D11: an mplock is
  /// owned by the CPU, so its holder is never preempted; the request waits for the release.
  func preemptionAllowed(_ c: Int) -> Bool {
    !(locks[0].model == .mplock && locks[0].ownerCPU == Int32(c))
  }

  /// KERNEL_UNLOCK_ALL before a voluntary switch: drop every level of the kernel lock, remember
  /// how many (KERNEL_RELOCK_ALL re-takes them when the thread runs again).
  mutating func kernelUnlockAllForSwitch(_ c: Int) {
    let p = cpus[c].cur
    guard procs[Int(p)].heldMask & 1 != 0 else { return }
    let depth = locks[0].recurse + 1
    locks[0].recurse = 0
    locks[0].recursedFlag = false
    lockRelease(c, Machine.giant)
    procs[Int(p)].giantSaved = depth
    locks[0].lockCalls += 1  // KERNEL_RELOCK_ALL's first bmtx_lock, made when it runs again
    // Re-take after the switch, before going on.
    procs[Int(p)].waitLock = Machine.giant
    procs[Int(p)].lockThen = procs[Int(p)].cont
    procs[Int(p)].cont = .lockRetry
  }

  // MARK: bmtx (SPEC.md §6.2–6.3)

  private mutating func bmtxLock(_ c: Int, _ p: Int32, _ l: Int32, then: Continuation, retry: Bool)
    -> Bool
  {
    let owner = locks[Int(l)].owner
    if owner < 0 {
      // The owner bits are clear (barging is allowed: a woken waiter may lose to a newcomer).
      if retry { locks[Int(l)].stats.spunLocks += 1 } else { locks[Int(l)].stats.fastLocks += 1 }
      acquired(c, p, l)
      return true
    }
    if owner == p {
      recursed(l)
      return true
    }
    beginWait(c, p, l, then: then)
    if procs[Int(owner)].stat == .SONPROC {
      deadlockCheck(p, l)
      spin(c, l)
      return false
    }
    // bmtx_lock_block: count it, take SCHED_LOCK (it may take a while), then re-test.
    locks[Int(l)].stats.lockBlocks += 1
    procs[Int(p)].blockSeen = owner
    procs[Int(p)].cont = .lockBlock
    schedLockOp()
    beginKernel(c, 0)
    return false
  }

  /// `bmtx_lock_block` under SCHED_LOCK: cancelled if the owner changed, left, or is back on a
  /// CPU; otherwise sleep at PVM at the tail of the FIFO.
  mutating func bmtxLockBlock(_ c: Int) {
    let p = cpus[c].cur
    let l = procs[Int(p)].waitLock
    let owner = locks[Int(l)].owner
    if owner < 0 || owner != procs[Int(p)].blockSeen || procs[Int(owner)].stat == .SONPROC {
      locks[Int(l)].stats.lockBlocksCancelled += 1
      traceRecord(.bmtx_lock_block, p, l * 2 + 1)
      procs[Int(p)].cont = .lockRetry
      lockRetry(c)
      return
    }
    locks[Int(l)].stats.lockBlocksSlept += 1
    traceRecord(.bmtx_lock_block, p, l * 2)
    deadlockCheck(p, l)
    procs[Int(p)].wchan = lockAddr(l)
    procs[Int(p)].wmesg = .giant
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
    locks[Int(l)].queued += 1
    checkWaitersSet(l, enqueued: locks[Int(l)].tail == p)
    locks[Int(l)].waitersFlag = true
    procs[Int(p)].lockSleepStart = now
    procs[Int(p)].cont = .lockRetry
    noteWaiters(l)
    miSwitch(c)
  }

  private mutating func bmtxUnlock(_ c: Int, _ l: Int32) {
    guard locks[Int(l)].waitersFlag else {
      locks[Int(l)].owner = -1
      locks[Int(l)].stats.fastUnlocks += 1
      notifyFirstSpinner(l)
      return
    }
    // Contested: SCHED_LOCK, wake exactly the FIFO head, clear the owner bits (WAITERS stays if
    // the queue is not empty), SCHED_UNLOCK, then count.
    locks[Int(l)].stats.unlockHasWaiter += 1
    schedLockOp()
    let w = locks[Int(l)].head
    let before = locks[Int(l)].queued
    if w >= 0 {
      // Off the FIFO here; setrunnable does the rest as for any sleeper.
      let (pr, n) = unlinkNeighbours(w)
      if pr < 0 { locks[Int(l)].head = n }
      if n < 0 { locks[Int(l)].tail = pr }
      locks[Int(l)].queued -= 1
      wakeLockSleeper(w, l)
    }
    checkWakeOne(l, woke: before - locks[Int(l)].queued)
    locks[Int(l)].waitersFlag = locks[Int(l)].head >= 0
    locks[Int(l)].owner = -1
    locks[Int(l)].stats.blockedUnlocks += 1
    notifyFirstSpinner(l)
  }

  // MARK: rrwlock (SPEC.md §6.6): never spins; sleeps at PLOCK − 4; a release wakes everyone.

  private mutating func rrwLock(_ c: Int, _ p: Int32, _ l: Int32, then: Continuation) -> Bool {
    let owner = locks[Int(l)].owner
    if owner < 0 {
      acquired(c, p, l)
      return true
    }
    if owner == p {
      recursed(l)
      return true
    }
    beginWait(c, p, l, then: then)
    deadlockCheck(p, l)
    locks[Int(l)].waitersFlag = true
    locks[Int(l)].sleepers += 1
    schedLockOp()
    tsleep(
      p, chan: lockAddr(l), priority: Int32(KernelConst.PLOCK - 4), catch: false,
      wmesg: .kernellock, timo: nil)
    procs[Int(p)].lockSleepStart = now
    procs[Int(p)].cont = .lockRetry
    noteWaiters(l)
    miSwitch(c)
    return false
  }

  private mutating func rrwUnlock(_ l: Int32) {
    locks[Int(l)].owner = -1
    guard locks[Int(l)].waitersFlag else { return }
    locks[Int(l)].waitersFlag = false
    locks[Int(l)].sleepers = 0
    let b = SleepQueue.bucket(lockAddr(l))
    var p = slpHead[b]
    while p >= 0 {
      let n = procs[Int(p)].next
      if procs[Int(p)].wchan == lockAddr(l) { noteBlocked(p, l) }
      p = n
    }
    wakeup(lockAddr(l))
  }

  // MARK: mplock (SPEC.md §6.7): a ticket spinlock owned by the CPU.

  private mutating func mpLock(_ c: Int, _ p: Int32, _ l: Int32, then: Continuation) -> Bool {
    if locks[Int(l)].ownerCPU == Int32(c) {
      recursed(l)
      return true
    }
    if cpus[c].mplTicket < 0 {
      cpus[c].mplTicket = locks[Int(l)].nextTicket
      locks[Int(l)].nextTicket += 1
    }
    if locks[Int(l)].ownerCPU < 0 && locks[Int(l)].serving == cpus[c].mplTicket {
      cpus[c].mplTicket = -1
      locks[Int(l)].ownerCPU = Int32(c)
      acquired(c, p, l)
      return true
    }
    beginWait(c, p, l, then: then)
    deadlockCheck(p, l)
    spin(c, l)
    return false
  }

  private mutating func mpUnlock(_ l: Int32) {
    locks[Int(l)].owner = -1
    locks[Int(l)].ownerCPU = -1
    locks[Int(l)].serving += 1
    // Only the CPU holding the next ticket proceeds; the others keep spinning.
    for c in 0..<ncpu where cpus[c].mplTicket == locks[Int(l)].serving {
      if locks[Int(l)].spinners.contains(c) {
        locks[Int(l)].spinners.remove(c)
        queue.setTimer(cpu: Int32(c), at: now + extra + extraSpin + costs.spinRecheck)
      }
    }
  }

  // MARK: Shared paths

  /// The thread starts (or goes on) waiting for lock `l`.
  private mutating func beginWait(_ c: Int, _ p: Int32, _ l: Int32, then: Continuation) {
    if procs[Int(p)].lockWaitStart < 0 { procs[Int(p)].lockWaitStart = now }
    procs[Int(p)].waitLock = l
    procs[Int(p)].lockThen = then
    procs[Int(p)].cont = .lockRetry
  }

  /// The CPU spins: busy (as spin) until the lock word or the owner's state changes.
  private mutating func spin(_ c: Int, _ l: Int32) {
    traceRecord(.lock_spin, cpus[c].cur, l)
    locks[Int(l)].spinners.insert(c)
    noteWaiters(l)
    cpus[c].phase = .spin
    cpus[c].segKind = .spin
    cpus[c].segStart = now + extra
    cpus[c].times.sys += extra
    extra = 0
    queue.cancelTimer(cpu: Int32(c))
  }

  private mutating func recursed(_ l: Int32) {
    locks[Int(l)].recurse += 1
    locks[Int(l)].recursedFlag = true
    locks[Int(l)].stats.recursedLocks += 1
  }

  /// A woken bmtx waiter goes back to a run queue to compete again (SPEC.md §6.3 item 4).
  private mutating func wakeLockSleeper(_ w: Int32, _ l: Int32) {
    noteBlocked(w, l)
    setrunnable(w)
  }

  /// The lock word or its owner's state changed: every spinner re-checks after one re-read.
  mutating func notifySpinners(_ l: Int32) {
    let spinners = locks[Int(l)].spinners
    locks[Int(l)].spinners = CPUSet()
    let at = now + extra + extraSpin + costs.spinRecheck
    spinners.forEachMember { c in queue.setTimer(cpu: Int32(c), at: at) }
  }

  /// The lock was released: the longest spinner re-checks and takes it. The others would re-read
  /// a new owner that runs and go on spinning — nothing changes for them, so no event is made.
  mutating func notifyFirstSpinner(_ l: Int32) {
    var best = -1
    var since = SimTime.max
    locks[Int(l)].spinners.forEachMember { c in
      if cpus[c].segStart < since {
        best = c
        since = cpus[c].segStart
      }
    }
    guard best >= 0 else { return }
    locks[Int(l)].spinners.remove(best)
    queue.setTimer(cpu: Int32(best), at: now + extra + extraSpin + costs.spinRecheck)
  }

  /// CPU `c` stops spinning (an interrupt came); it re-checks when it resumes.
  mutating func stopSpinning(_ c: Int) {
    let l = procs[Int(cpus[c].cur)].waitLock
    if l >= 0 { locks[Int(l)].spinners.remove(c) }
  }

  /// A bmtx owner left its CPU: its spinners must re-check (and will block). mplock spinners
  /// wait for their ticket whatever the owner does.
  mutating func ownerLeftCPU(_ p: Int32) {
    var mask = procs[Int(p)].heldMask
    while mask != 0 {
      let l = mask.trailingZeroBitCount
      mask &= mask - 1
      if locks[l].model == .bmtx && !locks[l].spinners.isEmpty { notifySpinners(Int32(l)) }
    }
  }

  /// Simulated address of lock `l` (its wait channel).
  func lockAddr(_ l: Int32) -> UInt64 { SourceAddr.giant + UInt64(l) * 0x40 }

  /// Invariant 32: a contested unlock wakes exactly one waiter.
  mutating func checkWakeOne(_ l: Int32, woke: Int32) {
    if woke != 1 { fail(32, "\(locks[Int(l)].name): a contested unlock woke \(woke) waiters") }
  }

  /// Invariant 31: WAITERS is set only under SCHED_LOCK, together with an enqueue.
  mutating func checkWaitersSet(_ l: Int32, enqueued: Bool) {
    if !enqueued { fail(31, "\(locks[Int(l)].name): BMTX_WAITERS set without an enqueue") }
  }

  /// Records an invariant violation found where it happens.
  mutating func fail(_ n: Int, _ message: String) {
    if checksInvariants || n == 34 {
      recordViolations([Violation(invariant: n, time: now, message: message)])
    }
  }
}
