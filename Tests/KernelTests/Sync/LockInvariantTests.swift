import Testing

@testable import Kernel

/// SPEC.md §10 invariants 27–39: each check fires on a state corrupted on purpose.
@Suite struct LockInvariantTests {
  /// t0 holds `m` on cpu0 (5 ms of work), t1 spins for it on cpu1.
  func machine(lock: LockModel = .bmtx) throws -> Machine {
    var m = try LockLab.machine(
      cpus: 2, lock: lock,
      [
        (0, 0, LockLab.holdM(5 * Nanos.ms)),
        (1, 0, [.compute(.fixed(Nanos.ms))] + LockLab.holdM(Nanos.ms)),
      ])
    m.run(until: 2 * Nanos.ms)
    #expect(m.checkInvariants().isEmpty, "\(m.checkInvariants())")
    return m
  }

  func fired(_ m: Machine, _ n: Int) -> Bool {
    m.checkInvariants().contains { $0.invariant == n }
      || m.violations.contains { $0.invariant == n }
  }

  @Test func inv27OwnerDoesNotHoldIt() throws {
    var m = try machine()
    m.procs[Int(m.locks[1].owner)].heldMask = 0
    #expect(fired(m, 27))
  }

  @Test func inv28WaitersFlagWithoutWaiters() throws {
    var m = try machine()
    m.locks[1].waitersFlag = true
    #expect(fired(m, 28))
  }

  @Test func inv29RecursedFlag() throws {
    var m = try machine()
    m.locks[1].recursedFlag = true
    #expect(fired(m, 29))
  }

  @Test func inv30WaiterNotAsleep() throws {
    var m = try machine()
    let p = m.testProc(priority: 50, cpu: 1)
    m.locks[1].head = p
    m.locks[1].tail = p
    m.locks[1].waitersFlag = true
    #expect(fired(m, 30))
  }

  @Test func inv31WaitersWithoutEnqueue() throws {
    var m = try machine()
    m.checkWaitersSet(1, enqueued: false)
    #expect(fired(m, 31))
  }

  @Test func inv32WakeOne() throws {
    var m = try machine()
    m.checkWakeOne(1, woke: 2)
    #expect(fired(m, 32))
  }

  @Test func inv33SpinningOnAnOwnerOffCPU() throws {
    var m = try machine()
    m.procs[Int(m.locks[1].owner)].stat = .SRUN
    #expect(fired(m, 33))
  }

  @Test func inv34NonOwnerUnlock() throws {
    var m = try machine()
    m.curcpu = 1
    m.lockRelease(1, 1)
    #expect(fired(m, 34))
  }

  @Test func inv35KernelLockUnderSchedLock() throws {
    var m = try machine()
    m.cpus[1].schedLockDepth = 1
    m.curcpu = 1
    _ = m.lockAcquire(1, 0, then: .next)
    #expect(fired(m, 35))
  }

  @Test func inv36RelockDepth() throws {
    var m = try machine()
    m.fail(36, "forced")
    #expect(fired(m, 36))
  }

  @Test func inv37Identities() throws {
    var m = try machine()
    m.locks[1].stats.fastLocks += 1
    #expect(fired(m, 37))
  }

  @Test func inv38RrwlockWaiterSpins() throws {
    var m = try machine(lock: .rrwlock)
    m.locks[0].spinners.insert(1)
    #expect(fired(m, 38))
  }

  @Test func inv39MplockOwnerCPU() throws {
    var m = try machine(lock: .mplock)
    m.locks[0].owner = m.cpus[0].cur
    m.procs[Int(m.cpus[0].cur)].heldMask |= 1
    #expect(fired(m, 39))
  }
}
