import Testing

@testable import Kernel

@Suite struct SmokeTests {
  @Test func bootsMinimal() throws {
    let s = try #require(Scenario.builtin(named: "minimal"))
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    m.run(until: 3 * Nanos.s)
    #expect(m.violations.isEmpty, "\(m.violations)")
    let snap = m.snapshot()
    for p in snap.procs {
      print(p.pid, p.comm, p.stat, p.priority, p.wmesg ?? "-", p.runtime, p.pctcpu, p.estcpu)
    }
    for c in snap.cpus { print(c.id, c.time, c.switches) }
    print(m.eventCount, m.eventMix)
  }
}
