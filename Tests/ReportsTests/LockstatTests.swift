import Testing

@testable import Kernel
@testable import Reports

/// Hand-made locks of a 4-CPU machine 5 s after boot: giant contended (owner `make`, recursed,
/// two cc waiters), a free `vnode_lock`, a recursed `pool_lock` without waiters, and the branch
/// log's own BMTX_STATS table (commit 29073eb), whose racy counters break the identities.
enum SampleLocks {
  static let threads: [ProcSnapshot] = [
    Fixture.proc(index: 12, pid: 4_409, comm: "make"),
    Fixture.proc(index: 14, pid: 20_412, comm: "cc", wmesg: "giant"),
    Fixture.proc(index: 15, pid: 30_520, comm: "cc", wmesg: "giant"),
    Fixture.proc(index: 21, pid: 7_781, comm: "syncer"),
  ]

  /// The branch log's table.
  static let branchLog: BmtxStats = {
    var s = BmtxStats()
    s.fastLocks = 21_017_802
    s.fastUnlocks = 31_133_706
    s.recursedLocks = 524_294
    s.recursedUnlocks = 524_279
    s.lockBlocks = 33_174
    s.lockBlocksCancelled = 29_742
    s.lockBlocksSlept = 3_862
    s.spunLocks = 10_117_383
    s.blockedUnlocks = 3_866
    s.unlockHasWaiter = 3_866
    return s
  }()

  /// Counters that balance with two locks held.
  static let exact: BmtxStats = {
    var s = BmtxStats()
    s.fastLocks = 1_000
    s.fastUnlocks = 1_150
    s.recursedLocks = 40
    s.recursedUnlocks = 37
    s.lockBlocks = 90
    s.lockBlocksCancelled = 60
    s.lockBlocksSlept = 30
    s.spunLocks = 180
    s.blockedUnlocks = 28
    s.unlockHasWaiter = 28
    return s
  }()

  static func histogram(_ samples: [Int64]) -> Histogram {
    var h = Histogram()
    for v in samples { h.record(v) }
    return h
  }

  static func stats(
    acquisitions: UInt64, contended: UInt64, spinNs: Int64, wait: [Int64], hold: [Int64],
    maxWaiters: Int, caller: String
  ) -> LockStats {
    var s = LockStats()
    s.acquisitions = acquisitions
    s.contended = contended
    s.spinNs = spinNs
    s.blockNs = wait.reduce(0, +) - spinNs
    s.holdNs = hold.reduce(0, +)
    s.maxWaiters = maxWaiters
    s.wait = histogram(wait)
    s.hold = histogram(hold)
    s.topCaller = caller
    return s
  }

  static func lock(
    _ name: String, kind: LockModel = .bmtx, index: UInt64, owner: Int? = nil,
    ownerPid: Int? = nil, ownerComm: String? = nil, waiters: [Int] = [], recurse: Int = 0,
    spinners: [Int] = [], stats: LockStats = LockStats()
  ) -> LockSnapshot {
    LockSnapshot(
      name: name, kind: kind, address: 0xffff_ffff_8190_8a20 + index * 0x40,
      owner: owner.map { ProcID($0) }, ownerPid: ownerPid, ownerComm: ownerComm,
      ownerCPU: nil, waitersFlag: !waiters.isEmpty, recursedFlag: recurse > 0, recurse: recurse,
      waiters: waiters.map { ProcID($0) }, spinners: spinners, stats: stats)
  }

  static let giant = lock(
    "giant", index: 0, owner: 12, ownerPid: 4_409, ownerComm: "make", waiters: [14, 15],
    recurse: 2, spinners: [3],
    stats: stats(
      acquisitions: 15_820, contended: 379, spinNs: 410_000_000,
      wait: Array(repeating: 1_000_000, count: 300) + Array(repeating: 4_000_000, count: 79),
      hold: Array(repeating: 12_000, count: 15_819) + [2_000_000], maxWaiters: 3,
      caller: "cc: syscall (step 2)"))
  static let vnode = lock(
    "vnode_lock", index: 1,
    stats: stats(
      acquisitions: 12, contended: 0, spinNs: 0, wait: [], hold: Array(repeating: 900, count: 12),
      maxWaiters: 0, caller: "syncer: lock (step 0)"))
  static let pool = lock(
    "pool_lock", index: 2, owner: 21, ownerPid: 7_781, ownerComm: "syncer", recurse: 1)

  static func input(
    _ stats: BmtxStats = branchLog, locks: [LockSnapshot] = [giant, vnode, pool]
  ) -> LockstatInput {
    LockstatInput(
      time: 5 * Nanos.s, stats: stats, locks: locks, threads: threads, cpuNs: 4 * 5 * Nanos.s)
  }
}

@Suite struct LockstatTests {
  @Test func goldenText() {
    Golden.check(LockstatReport.render(SampleLocks.input()), "lockstat-sample.txt")
  }

  @Test func goldenJSON() {
    Golden.check(LockstatReport.json(SampleLocks.input()), "lockstat-sample.json")
  }

  @Test func countersInTheBranchLogsLayout() {
    let text = LockstatReport.render(SampleLocks.input())
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "BMTX_STATS:")
    // Byte for byte the branch log's table, commit 29073eb.
    #expect(
      Array(lines[1...10]) == [
        "bmtx_fast_locks              21017802",
        "bmtx_fast_unlocks            31133706",
        "bmtx_recursed_locks          524294",
        "bmtx_recursed_unlocks        524279",
        "bmtx_lock_blocks             33174",
        "bmtx_lock_blocks_cancelled   29742",
        "bmtx_lock_blocks_slept       3862",
        "bmtx_spun_locks              10117383",
        "bmtx_blocked_unlocks         3866",
        "bmtx_unlock_has_waiter       3866",
      ])
  }

  @Test func theBranchLogsRacyCountersFailTheirIdentities() {
    let lines = LockstatReport.identities(SampleLocks.input()).map(\.line)
    #expect(
      lines == [
        "lock_blocks = cancelled + slept: 33174 = 29742 + 3862 FAILED",
        "fast + spun locks = fast + blocked unlocks + held: 21017802 + 10117383 = 31133706 + 3866 + 2 FAILED",
        "recursed_unlocks <= recursed_locks: 524279 <= 524294 ok",
        "blocked_unlocks <= slept: 3866 <= 3862 FAILED",
        "unlock_has_waiter = blocked_unlocks: 3866 = 3866 ok",
      ])
  }

  @Test func exactCountersHoldEveryIdentity() {
    let identities = LockstatReport.identities(SampleLocks.input(SampleLocks.exact))
    #expect(identities.allSatisfy { $0.holds })
    #expect(identities[0].line == "lock_blocks = cancelled + slept: 90 = 60 + 30 ok")
    #expect(
      identities[1].line
        == "fast + spun locks = fast + blocked unlocks + held: 1000 + 180 = 1150 + 28 + 2 ok")
    // One more or one fewer held lock breaks the balance.
    let oneHeld = SampleLocks.input(SampleLocks.exact, locks: [SampleLocks.giant])
    #expect(LockstatReport.identities(oneHeld)[1].holds == false)
  }

  @Test func dumpOfAnUnlockedLockKeepsTheSourcesDot() {
    #expect(
      BmtxDump.render(SampleLocks.vnode, SampleLocks.input())
        == "bmtx vnode_lock (0xffffffff81908a60): unlocked\n.  flags=0x0(), recurse=0.\n")
  }

  @Test func dumpOfALockWithWaitersAndRecursion() {
    #expect(
      BmtxDump.render(SampleLocks.giant, SampleLocks.input()) == """
        bmtx giant (0xffffffff81908a20): locked by
          make, proc=0xffff800011003000, pid=4409.
          flags=0x3(BMTX_WAITERS,BMTX_RECURSED), recurse=2.
          waiters:
            cc, proc=0xffff800011003800, pid=20412.
            cc, proc=0xffff800011003c00, pid=30520.


        """)
  }

  @Test func dumpOfARecursedLockPrintsTheCommaAsTheSourceDoes() {
    #expect(
      BmtxDump.render(SampleLocks.pool, SampleLocks.input()) == """
        bmtx pool_lock (0xffffffff81908aa0): locked by
          syncer, proc=0xffff800011005400, pid=7781.
          flags=0x2(,BMTX_RECURSED), recurse=1.

        """)
  }

  @Test func dumpOfALockWithWaitersOnly() {
    let l = SampleLocks.lock(
      "q", index: 3, owner: 12, ownerPid: 4_409, ownerComm: "make", waiters: [15])
    #expect(
      BmtxDump.render(l, SampleLocks.input()).contains(
        "  flags=0x1(BMTX_WAITERS), recurse=0.\n  waiters:\n    cc, proc=0xffff800011003c00, pid=30520.\n\n"
      ))
  }

  @Test func procAddressesFollowTheKernelsProcTable() {
    #expect(ProcAddress.of(ProcID(0)) == KAddr.proc(0))
    #expect(ProcAddress.of(ProcID(37)) == KAddr.proc(37))
    #expect(ProcAddress.text(0x1234) == "0x0000000000001234")
  }

  @Test func onlyBmtxLocksAreDumped() {
    var giant = SampleLocks.giant
    giant.kind = .rrwlock
    giant.name = "kernellock"
    let text = LockstatReport.render(SampleLocks.input(locks: [giant, SampleLocks.vnode]))
    #expect(text.contains("kernellock rrwlock"))
    #expect(!text.contains("bmtx kernellock"))
    #expect(text.contains("bmtx vnode_lock ("))
    let none = LockstatReport.render(SampleLocks.input(locks: [giant]))
    #expect(none.hasSuffix("bmtx_dump:\n(no bmtx)\n"))
  }

  @Test func machineInputTotalsEveryCPUsTime() throws {
    var m = try Machine(scenario: #require(Scenario.builtin(named: "minimal")), seed: 1)
    m.run(until: Nanos.s)
    let input = LockstatInput(m)
    #expect(input.cpuNs == SimTime(m.scenario.cpus) * Nanos.s)
    #expect(input.locks.first?.name == "giant")
    #expect(input.stats == m.bmtxStats)
  }
}

/// `lockstat --scenario build --at 5s` from a real run: golden, identities hold.
@Suite struct LockstatRunTests {
  @Test func buildAt5s() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "build")), seed: 1)
    m.run(until: 5 * Nanos.s)
    let input = LockstatInput(m)
    Golden.check(LockstatReport.render(input), "lockstat-build-5s.txt")
    let holds = LockstatReport.identities(input).allSatisfy { $0.holds }
    #expect(holds)
    #expect(input.stats.fastLocks > 0 && input.stats.spunLocks > 0 && input.stats.lockBlocks > 0)
  }
}
