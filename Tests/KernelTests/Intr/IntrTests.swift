import Testing

@testable import Kernel

/// SPEC.md §3–§5: the stub, critical sections, both pending models, ithread passes, softintrs.
@Suite struct IntrTests {
  static func dev(
    _ name: String, slot: Int, trigger: Trigger = .level, service: SimTime = 10 * Nanos.us
  )
    -> DeviceSpec
  {
    DeviceSpec(
      name: name, slot: slot, vector: 100 + slot, trigger: trigger, service: .fixed(service))
  }

  /// One CPU; p0 computes 1 ms, then spends 5 ms in a critical section, forever.
  static func critMachine(_ pending: PendingModel) throws -> Machine {
    let s = Scenario(
      name: "t", cpus: 1, kernel: KernelOptions(pending: pending),
      processes: [
        ProcessSpec(
          comm: "p0",
          program: [
            .repeat(
              count: nil, steps: [.compute(.fixed(Nanos.ms)), .critical(.fixed(5 * Nanos.ms))])
          ])
      ], devices: [Self.dev("lo", slot: 2), dev("hi", slot: 6)])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    return m
  }

  func source(_ m: Machine, _ name: String) -> Int32 {
    Int32(m.sources.firstIndex { m.info[Int($0.ithread)].comm == name } ?? -1)
  }

  @Test(arguments: [PendingModel.bitmask, .tailq])
  func interruptInACriticalSectionWaitsForTheOutermostCritLeave(model: PendingModel) throws {
    var m = try Self.critMachine(model)
    m.run(until: 2 * Nanos.ms)
    let p = try #require(m.proc(named: "p0"))
    #expect(m.cpus[0].cur == p && m.procs[Int(p)].crit == 1 && m.cpus[0].phase == .kernel)
    try m.apply(Input(time: m.now, kind: .inject(device: "lo")))
    try m.apply(Input(time: m.now, kind: .inject(device: "hi")))
    // Deferred: pending, masked, nothing woken yet.
    #expect(m.drainOrder(0) == (model == .bitmask ? [6, 2] : [2, 6]))
    let lo = source(m, "lo")
    let hi = source(m, "hi")
    #expect(m.sources[Int(lo)].masked && m.sources[Int(hi)].masked)
    #expect(!m.sources[Int(lo)].scheduled && !m.sources[Int(hi)].scheduled)
    let critEnd = try #require(m.queue.timer(cpu: 0))
    m.run(until: critEnd - 1)
    #expect(m.records(.setrunnable).filter { $0.time >= 2 * Nanos.ms }.isEmpty)
    m.run(until: critEnd + 200 * Nanos.us)
    // crit_unpend ran them in the model's order: ithread_run order = wakeup order.
    let woken = m.records(.setrunnable).filter { $0.time >= critEnd }.map(\.a)
    let expected =
      model == .bitmask
      ? [m.sources[Int(hi)].ithread, m.sources[Int(lo)].ithread]
      : [m.sources[Int(lo)].ithread, m.sources[Int(hi)].ithread]
    #expect(Array(woken.prefix(2)) == expected)
    #expect(m.sources[Int(lo)].passes == 1 && m.sources[Int(hi)].passes == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  @Test func levelStaysMaskedUntilThePassEndsEdgeNever() throws {
    let s = Scenario(
      name: "t", cpus: 2, processes: [],
      devices: [
        Self.dev("lvl", slot: 3, service: Nanos.ms),
        Self.dev("edg", slot: 4, trigger: .edge, service: Nanos.ms),
      ])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    m.run(until: Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "lvl")))
    try m.apply(Input(time: m.now, kind: .inject(device: "edg")))
    let lvl = source(m, "lvl")
    let edg = source(m, "edg")
    #expect(m.sources[Int(lvl)].masked)
    #expect(!m.sources[Int(edg)].masked)
    m.run(until: Nanos.ms + 500 * Nanos.us)  // mid-pass (1 ms handlers)
    #expect(m.sources[Int(lvl)].passes == 1)
    #expect(m.sources[Int(lvl)].masked)
    #expect(!m.sources[Int(edg)].masked)
    m.run(until: 5 * Nanos.ms)
    #expect(!m.sources[Int(lvl)].masked)
    #expect(m.handlers[Int(m.sources[Int(lvl)].handlers[0])].count == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  @Test(arguments: [Trigger.level, .edge]) func interruptsDuringAPassGiveExactlyOneMorePass(
    trigger: Trigger
  ) throws {
    let s = Scenario(
      name: "t", cpus: 1, processes: [],
      devices: [Self.dev("d", slot: 3, trigger: trigger, service: Nanos.ms)])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    m.run(until: Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: Nanos.ms + 300 * Nanos.us)
    for k in 0..<5 {
      m.run(until: Nanos.ms + SimTime(400 + 100 * k) * Nanos.us)
      try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    }
    m.run(until: 20 * Nanos.ms)
    let d = source(m, "d")
    #expect(m.sources[Int(d)].passes == 2)
    #expect(m.handlers[Int(m.sources[Int(d)].handlers[0])].count == 2)
    #expect(m.procs[Int(m.sources[Int(d)].ithread)].stat == .SSLEEP)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  @Test func sharedSourceIsOneIthreadNamedInHandlerOrder() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "shared-irq")), seed: 1)
    m.checksInvariants = true
    m.run(until: 2 * Nanos.s)
    let names = m.interruptsSnapshot().sources.map(\.name)
    #expect(names == ["softclock", "softnet", "ehci0,mpi0"])
    let shared = try #require(m.interruptsSnapshot().sources.last)
    #expect(shared.handlers == ["ehci0", "mpi0"])
    // D17: only the raising device claims; both count.
    let counts = m.interruptsSnapshot().evcounts.filter { $0.name == "ehci0" || $0.name == "mpi0" }
    #expect(counts.allSatisfy { $0.count > 100 })
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  @Test func timedSleepsAreWokenThroughSoftclock() throws {
    let s = TestMachine.running(
      cpus: 1, [[.sleep(.fixed(25 * Nanos.ms)), .compute(.fixed(Nanos.ms))]])
    var m = try Machine(scenario: s, seed: 1)
    let p = try #require(m.proc(named: "p0"))
    m.run(until: 40 * Nanos.ms)
    let softclock = m.interruptsSnapshot().evcounts.first { $0.name == "softclock" }
    #expect((softclock?.count ?? 0) >= 1)
    let wake = try #require(m.records(.setrunnable).first { $0.a == p })
    // Woken by the softclock ithread, after the 30 ms tick (3 ticks, rounded up).
    #expect(wake.time > 30 * Nanos.ms)
    let sc = m.sources[Int(m.softQueues[0].source)].ithread
    #expect(m.records(.mi_switch).contains { $0.b == sc && $0.time < wake.time })
  }

  @Test func clockAndIPINeverRunInAThread() throws {
    var m = try TestMachine.quiet(cpus: 1)
    m.checksInvariants = true
    m.clockWork(0)  // not in interrupt context
    #expect(m.violations.contains { $0.invariant == 16 })
  }
}
