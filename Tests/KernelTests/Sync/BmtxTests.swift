import Testing

@testable import Kernel

/// Every bmtx path and counter (SPEC.md §6.2–6.4), and the kernel lock's other two models.
@Suite struct BmtxTests {
  func stats(_ m: Machine) -> BmtxStats { m.locks[1].stats }

  @Test func uncontendedFastPaths() throws {
    var m = try LockLab.machine(cpus: 2, [(0, 0, LockLab.holdM(Nanos.ms))])
    m.run(until: 10 * Nanos.ms)
    #expect(stats(m).fastLocks == 1 && stats(m).fastUnlocks == 1)
    #expect(stats(m).spunLocks == 0 && stats(m).lockBlocks == 0)
    #expect(m.locks[1].owner == -1 && m.violations.isEmpty)
  }

  @Test func recursionSetsAndClearsRECURSED() throws {
    let steps: [Step] = [
      .lock(name: "m"), .lock(name: "m"), .compute(.fixed(Nanos.ms)), .unlock(name: "m"),
      .unlock(name: "m"),
    ]
    var m = try LockLab.machine(cpus: 1, [(0, 0, steps)])
    m.run(until: 500 * Nanos.us)
    #expect(m.locks[1].recursedFlag && m.locks[1].recurse == 1)
    m.run(until: 10 * Nanos.ms)
    #expect(stats(m).recursedLocks == 1 && stats(m).recursedUnlocks == 1)
    #expect(stats(m).fastLocks == 1 && stats(m).fastUnlocks == 1)
    #expect(!m.locks[1].recursedFlag && m.violations.isEmpty)
  }

  @Test func spinsOnARunningOwner() throws {
    var m = try LockLab.machine(
      cpus: 2,
      [
        (0, 0, LockLab.holdM(5 * Nanos.ms)),
        (1, 0, [.compute(.fixed(Nanos.ms))] + LockLab.holdM(Nanos.ms)),
      ])
    m.run(until: 3 * Nanos.ms)
    #expect(m.cpus[1].phase == .spin)
    m.run(until: 20 * Nanos.ms)
    #expect(stats(m).fastLocks == 1 && stats(m).spunLocks == 1 && stats(m).lockBlocks == 0)
    // cpu1 spun from ~1 ms until cpu0 released at ~5 ms.
    #expect(m.locks[1].acct.spinNs > 3 * Nanos.ms && m.locks[1].acct.contended == 1)
    #expect(m.snapshot().cpus[1].time[CPUState.spin.rawValue] > 3 * Nanos.ms)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// The owner on cpu0 is preempted by a 1 ms ithread (kern.preemption=1, it keeps the lock);
  /// the spinner on cpu1 re-checks, sees it off CPU, blocks and sleeps; the owner comes back,
  /// unlocks (contested) and wakes it.
  @Test func blocksOnAPreemptedOwner() throws {
    var m = try LockLab.machine(
      cpus: 2,
      [
        (0, 0, LockLab.holdM(4 * Nanos.ms)),
        (1, 0, [.compute(.fixed(Nanos.ms))] + LockLab.holdM(Nanos.ms)),
      ])
    m.run(until: 2 * Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 2500 * Nanos.us)
    let t1 = try #require(m.proc(named: "t1"))
    #expect(m.procs[Int(t1)].stat == .SSLEEP && m.procs[Int(t1)].wmesg == .giant)
    #expect(m.locks[1].waitersFlag && m.locks[1].head == t1)
    #expect(m.snapshot().procs.first { $0.id.index == t1 }?.wmesg == "m")
    m.run(until: 30 * Nanos.ms)
    let s = stats(m)
    #expect(s.lockBlocks == 1 && s.lockBlocksSlept == 1 && s.lockBlocksCancelled == 0)
    #expect(s.blockedUnlocks == 1 && s.unlockHasWaiter == 1 && s.spunLocks == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// Literal boost (SPEC.md §2.7): the preempted owner is picked again at once. During that
  /// mi_switch it is SRUN, so the spinner goes to bmtx_lock_block, waits for SCHED_LOCK, and
  /// re-tests with the owner back on its CPU: cancelled.
  @Test func blockCancelledWhenTheOwnerIsBackOnACPU() throws {
    var m = try LockLab.machine(
      cpus: 2, boost: .literal,
      [
        (0, 0, LockLab.holdM(4 * Nanos.ms)),
        (1, 0, [.compute(.fixed(Nanos.ms))] + LockLab.holdM(Nanos.ms)),
      ])
    m.run(until: 2 * Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 30 * Nanos.ms)
    let s = stats(m)
    #expect(s.lockBlocks == 1 && s.lockBlocksCancelled == 1 && s.lockBlocksSlept == 0)
    #expect(s.spunLocks == 1 && s.blockedUnlocks == 0)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// Three waiters asleep in FIFO order; each unlock wakes exactly the head.
  @Test func fifoWakeOne() throws {
    let waiter: (Int, SimTime) -> (Int, SimTime, [Step]) = { cpu, at in
      (cpu, 0, [.compute(.fixed(at))] + LockLab.holdM(200 * Nanos.us))
    }
    var m = try LockLab.machine(
      cpus: 4,
      [
        (0, 0, LockLab.holdM(4 * Nanos.ms)), waiter(3, Nanos.ms), waiter(1, 1100 * Nanos.us),
        waiter(2, 1200 * Nanos.us),
      ])
    m.run(until: 2 * Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 2500 * Nanos.us)
    var fifo: [Int32] = []
    var w = m.locks[1].head
    while w >= 0 {
      fifo.append(w)
      w = m.procs[Int(w)].next
    }
    #expect(fifo.count == 3)
    let t0 = try #require(m.proc(named: "t0"))
    m.run(until: 40 * Nanos.ms)
    // Acquisition order = FIFO order: the head was woken first, one at a time.
    let woken = m.records(.setrunnable).filter { fifo.contains($0.a) }.map(\.a)
    #expect(Array(woken.prefix(3)) == fifo)
    #expect(stats(m).blockedUnlocks == 3 && stats(m).lockBlocksSlept == 3)
    #expect(m.violations.isEmpty, "\(m.violations)")
    _ = t0
  }

  /// A woken waiter competes again: a spinner that is already on a CPU takes the lock first.
  @Test func barging() throws {
    var m = try LockLab.machine(
      cpus: 3,
      [
        (0, 0, LockLab.holdM(4 * Nanos.ms)),
        (1, 0, [.compute(.fixed(Nanos.ms))] + LockLab.holdM(300 * Nanos.us)),
        (2, 0, [.compute(.fixed(3500 * Nanos.us))] + LockLab.holdM(300 * Nanos.us)),
      ])
    m.run(until: 2 * Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 40 * Nanos.ms)
    // t1 slept (FIFO head, woken by the contested unlock); t2 was spinning and barged in.
    #expect(stats(m).lockBlocksSlept >= 1 && stats(m).blockedUnlocks >= 1)
    #expect(m.locks[1].acct.acquisitions == 3)
    let order = m.locks[1].acct.contended
    #expect(order == 2)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// KERNEL_UNLOCK_ALL before a sleep, KERNEL_RELOCK_ALL after: the same depth.
  @Test func unlockAllAndRelockRestoreTheDepth() throws {
    let steps: [Step] = [
      .lock(name: "giant"), .lock(name: "giant"), .sleep(.fixed(20 * Nanos.ms)),
      .compute(.fixed(30 * Nanos.ms)), .unlock(name: "giant"), .unlock(name: "giant"),
    ]
    var m = try LockLab.machine(cpus: 1, [(0, 0, steps)])
    m.run(until: 10 * Nanos.ms)
    let t0 = try #require(m.proc(named: "t0"))
    #expect(m.locks[0].owner == -1 && m.procs[Int(t0)].giantSaved == 2)
    m.run(until: 40 * Nanos.ms + 500 * Nanos.us)
    #expect(m.locks[0].owner == t0 && m.locks[0].recurse == 1)
    m.run(until: 100 * Nanos.ms)
    #expect(m.locks[0].owner == -1)
    let s = m.locks[0].stats
    #expect(s.recursedLocks == 2 && s.recursedUnlocks == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  @Test func nonOwnerUnlockIsAViolation() throws {
    var m = try LockLab.machine(cpus: 2, [(0, 0, LockLab.holdM(5 * Nanos.ms))])
    m.run(until: Nanos.ms)
    m.curcpu = 1
    m.lockRelease(1, 1)
    #expect(m.violations.contains { $0.invariant == 34 })
  }

  /// mplock: the grant order is the ticket order, whatever the CPU numbers.
  @Test func mplockTicketOrder() throws {
    let waiter: (Int, SimTime) -> (Int, SimTime, [Step]) = { cpu, at in
      (cpu, 0, [.compute(.fixed(at)), .syscall(.fixed(200 * Nanos.us), giant: true)])
    }
    var m = try LockLab.machine(
      cpus: 4, lock: .mplock,
      [
        (0, 0, [.syscall(.fixed(4 * Nanos.ms), giant: true)]), waiter(3, Nanos.ms),
        waiter(1, 1100 * Nanos.us),
        waiter(2, 1200 * Nanos.us),
      ])
    m.run(until: 2 * Nanos.ms)
    #expect([3, 1, 2].map { m.cpus[$0].mplTicket } == [1, 2, 3])
    #expect(m.locks[0].spinners.contains(1) && m.locks[0].spinners.contains(2))
    var grants: [Int32] = []
    while m.now < 20 * Nanos.ms {
      let before = m.locks[0].ownerCPU
      if !m.step() { break }
      if m.locks[0].ownerCPU >= 0 && m.locks[0].ownerCPU != before {
        grants.append(m.locks[0].ownerCPU)
      }
    }
    #expect(Array(grants.prefix(3)) == [3, 1, 2])
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// mplock (D11): a holder is not preempted; the request waits for the release.
  @Test func mplockHolderIsNotPreempted() throws {
    var m = try LockLab.machine(
      cpus: 1, lock: .mplock, [(0, 0, [.syscall(.fixed(4 * Nanos.ms), giant: true)])])
    m.run(until: Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 3 * Nanos.ms)
    #expect(m.cpus[0].preempt.preemptions == 0)
    m.run(until: 10 * Nanos.ms)
    #expect(m.cpus[0].preempt.preemptions == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// rrwlock: contention means sleeping (never spinning); a release wakes every sleeper.
  @Test func rrwlockWakesAll() throws {
    let waiter: (Int, SimTime) -> (Int, SimTime, [Step]) = { cpu, at in
      (cpu, 0, [.compute(.fixed(at)), .syscall(.fixed(200 * Nanos.us), giant: true)])
    }
    var m = try LockLab.machine(
      cpus: 4, lock: .rrwlock,
      [
        (0, 0, [.syscall(.fixed(4 * Nanos.ms), giant: true)]), waiter(1, Nanos.ms),
        waiter(2, Nanos.ms),
        waiter(3, Nanos.ms),
      ])
    m.run(until: 2 * Nanos.ms)
    let waiting = m.lockSnapshots()[0].waiters
    #expect(waiting.count == 3 && m.locks[0].spinners.isEmpty)
    #expect(waiting.allSatisfy { m.procs[Int($0.index)].priority == 32 })
    #expect(m.snapshot().procs.filter { $0.wmesg == "kernellock" }.count == 3)
    let releaseAt = 4 * Nanos.ms
    m.run(until: 10 * Nanos.ms)
    let wakes = m.records(.setrunnable).filter {
      waiting.map(\.index).contains($0.a) && $0.time > releaseAt
    }
    // All three woken by the first release; two of them sleep again (the herd).
    #expect(Set(wakes.filter { $0.time == wakes.first?.time }.map(\.a)).count == 3)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }
}
