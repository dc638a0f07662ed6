import Testing

@testable import Kernel

/// SPEC.md §9 and D12: cpu_unidle, cpu_kick, NOP IPIs.
@Suite struct IPITests {
  @Test func nopIPIWakesAHaltedCPU() throws {
    var m = try TestMachine.quiet(cpus: 2)
    #expect(m.cpus[1].phase == .halted)
    let p = m.testProc(priority: 50, cpu: 1)
    m.procs[Int(p)].stat = .SSLEEP
    m.curcpu = 0
    m.setrunnable(p)
    // setrunqueue on idle cpu1 → cpu_unidle; resched_proc (50 < idle's 127) → cpu_kick.
    #expect(m.counters.ipiUnidle == 1)
    #expect(m.counters.ipiKick == 1)
    #expect(m.peek()?.kind == .ipi)
    #expect(m.peek()?.cpu == 1)
    // Delivered 5 µs later, then 20 µs out of hlt, then the interrupt, then the switch.
    m.run(until: Nanos.ms + 100 * Nanos.us)
    #expect(m.cpus[1].cur == p)
    #expect(m.ipiCount == 1)  // one NOP bit, counted once
    #expect(m.cpus[1].ipisReceived == 1)
  }

  @Test func mwaitNeedsNoIPI() throws {
    var m = try TestMachine.quiet(cpus: 2, idle: .mwait)
    let p = m.testProc(priority: 50, cpu: 1)
    m.procs[Int(p)].stat = .SSLEEP
    m.curcpu = 0
    m.setrunnable(p)
    #expect(m.counters.ipiUnidle == 0)
    #expect(m.counters.ipiKick == 0)
    m.run(until: Nanos.ms + 100 * Nanos.us)
    #expect(m.cpus[1].cur == p)
    #expect(m.ipiCount == 0)
  }

  @Test func noIPIToTheCPUItself() throws {
    var m = try TestMachine.quiet(cpus: 2)
    let p = m.testProc(priority: 50, cpu: 0)
    m.procs[Int(p)].stat = .SSLEEP
    m.curcpu = 0
    m.setrunnable(p)
    #expect(m.counters.ipiUnidle + m.counters.ipiKick == 0)
  }

  @Test func kickABusyCPUToPreemptUserMode() throws {
    // cpu0 runs a hog at priority 50; a better-priority thread queued there gets a kick.
    var m = try Machine(scenario: TestMachine.running(cpus: 2, [TestMachine.hog]), seed: 1)
    m.run(until: 5 * Nanos.ms)
    let hog = try #require(m.proc(named: "p0"))
    let c = m.procs[Int(hog)].cpu
    let other = Int32(1 - c)
    let p = m.testProc(priority: 30, cpu: c, pinned: true)
    m.procs[Int(p)].stat = .SSLEEP
    m.curcpu = other
    m.setrunnable(p)
    #expect(m.counters.ipiKick >= 1)
    m.run(until: 5 * Nanos.ms + 50 * Nanos.us)
    #expect(m.cpus[Int(c)].cur == p)
    #expect(m.procs[Int(hog)].stat != .SONPROC || m.procs[Int(hog)].cpu == other)
  }
}
