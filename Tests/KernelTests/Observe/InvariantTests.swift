import Testing

@testable import Kernel

/// SPEC.md §10 invariants 17–22 (and 1): each check fires on a state corrupted on purpose.
@Suite struct InvariantTests {
  /// A machine with work queued on cpu0, and its queued thread.
  func busy() throws -> (Machine, Int32) {
    var m = try TestMachine.quiet(cpus: 2)
    let p = m.testProc(priority: 50, cpu: 0)
    m.testEnqueue(p)
    #expect(m.checkInvariants().isEmpty)
    return (m, p)
  }

  func fired(_ m: Machine, _ n: Int) -> Bool { m.checkInvariants().contains { $0.invariant == n } }

  @Test func cleanStatesPass() throws {
    let (m, _) = try busy()
    #expect(m.checkInvariants().isEmpty)
  }

  @Test func inv17WhichqsBit() throws {
    var (m, _) = try busy()
    m.cpus[0].whichqs |= 1 << 3
    #expect(fired(m, 17))
  }

  @Test func inv17Nrun() throws {
    var (m, _) = try busy()
    m.cpus[0].nrun = 2
    #expect(fired(m, 17))
  }

  @Test func inv17QueuedCPUs() throws {
    var (m, _) = try busy()
    m.queuedCPUs.remove(0)
    #expect(fired(m, 17))
  }

  @Test func inv18PriorityOfAQueuedThread() throws {
    var (m, p) = try busy()
    m.procs[Int(p)].priority = 20
    #expect(fired(m, 18))
  }

  @Test func inv18StateOfAQueuedThread() throws {
    var (m, p) = try busy()
    m.procs[Int(p)].stat = .SSLEEP
    #expect(fired(m, 18))
  }

  @Test func inv18CPUOfAQueuedThread() throws {
    var (m, p) = try busy()
    m.procs[Int(p)].cpu = 1
    #expect(fired(m, 18))
  }

  @Test func inv19QueuedAndOnCPU() throws {
    var (m, p) = try busy()
    m.cpus[1].cur = p
    #expect(fired(m, 19))
  }

  @Test func inv19CurprocNotOnproc() throws {
    var (m, _) = try busy()
    m.procs[Int(m.cpus[1].cur)].stat = .SSLEEP
    #expect(fired(m, 19))
  }

  @Test func inv19OnprocWithoutACPU() throws {
    var (m, p) = try busy()
    m.remrunqueue(p)
    m.procs[Int(p)].stat = .SONPROC
    #expect(fired(m, 19))
  }

  @Test func inv20MiSwitchWithSchedLockTwice() throws {
    var (m, _) = try busy()
    m.checksInvariants = true
    m.cpus[0].schedLockDepth = 1
    m.curcpu = 0
    m.miSwitch(0)
    #expect(m.violations.contains { $0.invariant == 20 })
  }

  @Test func inv21PinnedThreadMoved() throws {
    var (m, _) = try busy()
    let idle1 = m.cpus[1].idleProc
    m.procs[Int(idle1)].cpu = 0
    #expect(fired(m, 21))
  }

  @Test func inv22ChooseprocSkipsALowerQueue() throws {
    var (m, p) = try busy()
    let q = m.testProc(priority: 80, cpu: 0)
    m.testEnqueue(q)
    m.checksInvariants = true
    // Hide p's queue from whichqs: chooseproc's ffs now lands on q's queue.
    m.cpus[0].whichqs &= ~(1 << 12)
    #expect(m.chooseproc(0) == q)
    #expect(m.violations.contains { $0.invariant == 22 })
    _ = p
  }

  @Test func inv1NegativeCrit() throws {
    var (m, p) = try busy()
    m.procs[Int(p)].crit = -1
    #expect(fired(m, 1))
  }

  /// The checker after every event of every built-in, 2 simulated seconds, 3 seeds.
  @Test(arguments: Scenario.builtinNames) func builtinsKeepEveryInvariant(name: String) throws {
    for seed: UInt64 in 1...3 {
      var m = try Machine(scenario: try #require(Scenario.builtin(named: name)), seed: seed)
      m.checksInvariants = true
      m.run(until: 2 * Nanos.s)
      #expect(m.violations.isEmpty, "\(name) seed \(seed): \(m.violations.prefix(3))")
      #expect(m.eventCount > 500)
    }
  }
}
