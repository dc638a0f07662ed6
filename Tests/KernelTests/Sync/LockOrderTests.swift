import Testing

@testable import Kernel

/// The lock-order checker, the deadlock detector and wait chains (issue 5 item 3).
@Suite struct LockOrderTests {
  @Test func contentionReportsTheABBAPairAndTheCycle() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "contention")), seed: 1)
    m.checksInvariants = true
    m.run(until: 2 * Nanos.s)
    #expect(m.violations.isEmpty, "\(m.violations)")
    #expect(m.deadlock == nil)
    let reversals = m.findings.filter { $0.kind == .lockOrderReversal }.map(\.message)
    #expect(reversals.contains { $0.contains("took vnode_lock while holding inode_lock") })
    #expect(reversals.contains { $0.contains("vnode_lock -> inode_lock -> buf_lock") })
    // Each pair once, however often it recurs.
    m.run(until: 4 * Nanos.s)
    #expect(m.findings.count == reversals.count)
  }

  static func deadlocking() -> Scenario {
    func taker(_ comm: String, _ a: String, _ b: String) -> ProcessSpec {
      ProcessSpec(
        comm: comm,
        program: [
          .lock(name: a), .compute(.fixed(Nanos.ms)), .lock(name: b), .unlock(name: b),
          .unlock(name: a),
        ])
    }
    return Scenario(
      name: "abba", cpus: 2, processes: [taker("left", "A", "B"), taker("right", "B", "A")],
      locks: ["A", "B"])
  }

  @Test func aDeadlockStopsTheRunAndNamesTheCycle() throws {
    var m = try Machine(scenario: Self.deadlocking(), seed: 1)
    m.run(until: Nanos.s)
    let d = try #require(m.deadlock)
    #expect(d.kind == .deadlock)
    #expect(d.message.contains("waits for A") && d.message.contains("waits for B"))
    #expect(m.now == Nanos.s && !m.step())
  }

  /// A waits for L1 held by B, B waits for L2 held by C, C is preempted (by a 1 ms ithread).
  @Test func threeLinkWaitChain() throws {
    let s = Scenario(
      name: "chain", cpus: 3, kernel: KernelOptions(preemption: 1),
      processes: [
        ProcessSpec(
          comm: "C",
          program: [.lock(name: "L2"), .compute(.fixed(5 * Nanos.ms)), .unlock(name: "L2")]),
        ProcessSpec(
          comm: "B",
          program: [
            .lock(name: "L1"), .compute(.fixed(Nanos.ms)), .lock(name: "L2"), .unlock(name: "L2"),
            .unlock(name: "L1"),
          ]),
        ProcessSpec(
          comm: "A",
          program: [.compute(.fixed(1500 * Nanos.us)), .lock(name: "L1"), .unlock(name: "L1")]),
      ],
      devices: [DeviceSpec(name: "d", slot: 3, vector: 99, service: .fixed(Nanos.ms))],
      locks: ["L1", "L2"])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    m.pin(comm: "C", to: 0)
    m.pin(comm: "B", to: 1)
    m.pin(comm: "A", to: 2)
    m.run(until: 2 * Nanos.ms)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 2300 * Nanos.us)
    let a = try #require(m.proc(named: "A"))
    let chain = m.waitChain(ProcID(a))
    #expect(chain.map { m.info[Int($0.thread.index)].comm } == ["A", "B", "C"])
    #expect(chain[0].lock == "L1" && chain[1].lock == "L2" && chain[2].lock == nil)
    #expect(chain[2].state.contains("preempted") && chain[2].state.contains("holds L2"))
    m.run(until: 30 * Nanos.ms)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }
}
