import Testing

@testable import Kernel

/// SPEC.md §10 invariants 2–16 and 23–26: each check fires on a state corrupted on purpose.
@Suite struct IntrInvariantTests {
  /// Two CPUs, a level device `d` (slot 3), quiet at 1 ms; and its source.
  func machine(preemption: Int = 0) throws -> (Machine, Int) {
    let s = Scenario(
      name: "t", cpus: 2, kernel: KernelOptions(preemption: preemption), processes: [],
      devices: [DeviceSpec(name: "d", slot: 3, vector: 99)])
    var m = try Machine(scenario: s, seed: 1)
    m.run(until: Nanos.ms)
    #expect(m.checkInvariants().isEmpty)
    m.checksInvariants = true
    return (m, m.sources.count - 1)
  }

  func fired(_ m: Machine, _ n: Int) -> Bool {
    m.checkInvariants().contains { $0.invariant == n }
      || m.violations.contains { $0.invariant == n }
  }

  func ithread(_ m: Machine, _ s: Int) -> Int { Int(m.sources[s].ithread) }

  @Test func inv2KernelWorkOutsideACriticalSection() throws {
    var (m, _) = try machine()
    m.cpus[0].phase = .kernel
    #expect(fired(m, 2))
  }

  @Test func inv3HandlerInsideACriticalSection() throws {
    var (m, _) = try machine()
    m.procs[Int(m.cpus[0].cur)].crit = 1
    m.enterInterrupt(0)
    #expect(fired(m, 3))
  }

  @Test func inv4PendingLeftAtDepthZero() throws {
    var (m, _) = try machine()
    m.cpus[1].ipending = 1 << 62
    #expect(fired(m, 4))
  }

  @Test func inv5PendingLevelSourceUnmasked() throws {
    var (m, _) = try machine()
    m.procs[Int(m.cpus[0].cur)].crit = 1
    m.pend(0, slot: 3)
    #expect(fired(m, 5))
  }

  @Test func inv6UnpendAtDepthOne() throws {
    var (m, _) = try machine()
    m.procs[Int(m.cpus[0].cur)].crit = 1
    m.critUnpend(0)
    #expect(fired(m, 6))
  }

  @Test func inv7UnpendOrder() throws {
    var (m, _) = try machine()
    m.checkUnpendOrder(0, [3, 62, 63])
    #expect(fired(m, 7))
  }

  @Test func inv8ScheduledLevelSourceUnmasked() throws {
    var (m, s) = try machine()
    m.sources[s].scheduled = true
    #expect(fired(m, 8))
  }

  @Test func inv9IthreadName() throws {
    var (m, s) = try machine()
    m.info[ithread(m, s)].comm = "em0"
    #expect(fired(m, 9))
  }

  @Test func inv10IthreadUnpinned() throws {
    var (m, s) = try machine()
    m.procs[ithread(m, s)].flags.remove(.P_CPUPEG)
    #expect(fired(m, 10))
  }

  @Test func inv11IthreadPriority() throws {
    var (m, s) = try machine()
    m.procs[ithread(m, s)].priority = 50
    #expect(fired(m, 11))
  }

  @Test func inv12AsleepWhileScheduled() throws {
    var (m, s) = try machine()
    m.sources[s].masked = true
    m.sources[s].scheduled = true
    #expect(fired(m, 12))
  }

  @Test func inv13AsleepHoldingGiant() throws {
    var (m, s) = try machine()
    m.locks[0].owner = Int32(ithread(m, s))
    #expect(fired(m, 13))
  }

  @Test func inv14WakeFromAForeignWchan() throws {
    var (m, s) = try machine()
    let t = Int32(ithread(m, s))
    m.procs[Int(t)].wchan = m.lockAddr(0)
    m.curcpu = 1
    m.setrunnable(t, ithreadWakeup: true)
    #expect(fired(m, 14))
  }

  @Test func inv15CountAbovePasses() throws {
    var (m, s) = try machine()
    m.handlers[Int(m.sources[s].handlers[0])].count = 2
    #expect(fired(m, 15))
  }

  @Test func inv23PreemptWithPreemptionOff() throws {
    var (m, _) = try machine()
    m.procs[0].preempt = true
    #expect(fired(m, 23))
  }

  @Test func inv24PreemptInsideACriticalSection() throws {
    var (m, _) = try machine(preemption: 1)
    m.procs[Int(m.cpus[0].cur)].crit = 1
    m.curcpu = 0
    m.kernelPreempt(0)
    #expect(fired(m, 24))
  }

  @Test func inv25SwitchedInWithPreempt() throws {
    var (m, _) = try machine()
    let p = m.testProc(priority: 50, cpu: 0)
    m.testEnqueue(p)
    m.procs[Int(p)].preempt = true
    m.curcpu = 0
    m.idleCPUs.remove(0)
    m.miSwitch(0)
    #expect(fired(m, 25))
  }

  @Test func inv26RequestWithPreemptionOff() throws {
    var (m, _) = try machine()
    m.curcpu = 1
    m.requestPreempt(0, for: 4, ithread: true)
    #expect(fired(m, 26))
  }

  @Test func inv26NonIthreadRequestWithPreemptionOne() throws {
    var (m, _) = try machine(preemption: 1)
    m.curcpu = 1
    m.requestPreempt(0, for: 4, ithread: false)
    #expect(fired(m, 26))
  }
}
