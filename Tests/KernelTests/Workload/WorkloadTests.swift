import Testing

@testable import Kernel

/// Programs: compute, syscall, sleep, fork, wait, exit, repeat; the workload's end.
@Suite struct WorkloadTests {
  @Test func makeForksWaitsAndTheWorkloadEnds() throws {
    let s = Scenario.build(cpus: 2, jobs: 5, parallel: 2)
    var m = try Machine(scenario: s, seed: 4)
    m.checksInvariants = true
    m.trace = TraceRing(capacity: 1 << 20)  // keep every record of the run
    let make = try #require(m.proc(named: "make"))
    var maxChildren: Int32 = 0
    var forks = 0
    while m.workloadEnd == nil && m.now < 60 * Nanos.s {
      m.run(events: 1)
      if m.procs[Int(make)].alive {
        maxChildren = max(maxChildren, m.procs[Int(make)].liveChildren)
      }
      forks = max(forks, m.records(.fork).count)
    }
    #expect(m.violations.isEmpty, "\(m.violations)")
    let end = try #require(m.workloadEnd)
    // make -j2: never more than two cc jobs at once; five in all; then make exits.
    #expect(maxChildren == 2)
    #expect(m.records(.exit).count == 6)
    #expect(m.proc(named: "make") == nil)
    #expect(m.proc(named: "cc") == nil)
    // The daemon ksh is still there, asleep; the workload ended anyway.
    #expect(m.proc(named: "ksh") != nil)
    // 5 jobs × 120 × (3 ms + 0.15 ms) ≈ 1.9 s of CPU on 2 CPUs.
    #expect(end > 900 * Nanos.ms && end < 3 * Nanos.s)
  }

  @Test func sleepIsTickGranularAndInterruptible() throws {
    let s = TestMachine.running(
      cpus: 1, [[.compute(.fixed(Nanos.ms)), .sleep(.fixed(25 * Nanos.ms))]])
    var m = try Machine(scenario: s, seed: 1)
    m.run(until: 2 * Nanos.ms)
    let p = try #require(m.proc(named: "p0"))
    #expect(m.procs[Int(p)].stat == .SSLEEP)
    #expect(m.procs[Int(p)].wmesg == .nanosleep)
    #expect(m.procs[Int(p)].flags.contains(.P_SINTR))
    #expect(m.procs[Int(p)].priority == Int32(KernelConst.PWAIT))
    // Slept at tick 0 for 25 ms → 3 ticks → woken by cpu0's hardclock at 30 ms.
    m.run(until: 29 * Nanos.ms)
    #expect(m.procs[Int(p)].stat == .SSLEEP)
    m.run(until: 31 * Nanos.ms)
    #expect(m.procs[Int(p)].stat != .SSLEEP)
  }

  @Test func cpuTimeIsExactNanoseconds() throws {
    for name in Scenario.builtinNames {
      var m = try Machine(scenario: try #require(Scenario.builtin(named: name)), seed: 2)
      m.run(until: 1_234_567_891)
      for c in m.snapshot().cpus {
        #expect(c.time.reduce(0, +) == 1_234_567_891, "\(name) cpu\(c.id) \(c.time)")
      }
    }
  }

  @Test func pidsAreRandomUniqueAndStartAtZeroAndOne() throws {
    var m = try Machine(scenario: Scenario.build(cpus: 4, jobs: 50, parallel: 20), seed: 9)
    m.run(until: 2 * Nanos.s)
    let pids = m.snapshot().procs.map(\.pid)
    #expect(pids.prefix(2) == [0, 1])
    #expect(Set(pids).count == pids.count)
    #expect(pids.dropFirst(2).allSatisfy { (2...32766).contains($0) })
  }

  @Test func bootThreads() throws {
    let m = try Machine(scenario: TestMachine.empty(cpus: 3), seed: 1)
    let names = m.snapshot().procs.map(\.comm)
    // Then ithread_forkall: one ithread per source, softclock and softnet always.
    #expect(
      names == [
        "swapper", "init", "pagedaemon", "reaper", "update", "idle0", "idle1", "idle2", "softclock",
        "softnet",
      ])
    let idle = m.snapshot().procs.filter(\.isIdle)
    #expect(idle.allSatisfy { $0.flags.contains([.P_SYSTEM, .P_CPUPEG]) })
  }
}

/// The thread detail's data: the program step in words and the thread's own wakeup latency.
@Suite struct ThreadDetailTests {
  @Test func programStepAndWakeups() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "tour")), seed: 1)
    m.run(until: 2 * Nanos.s)
    let cc = try #require(m.snapshot().procs.first { $0.comm == "cc" })
    let detail = m.procSnapshot(cc.id)
    #expect(detail.step.hasSuffix("of cc's program)"), "\(detail.step)")
    let httpd = try #require(m.snapshot().procs.first { $0.comm == "httpd" })
    let h = m.procSnapshot(httpd.id)
    #expect(h.wakeups > 10 && h.wakeupMax >= h.wakeupMean && h.wakeupMean > 0)
    let em0 = try #require(m.snapshot().procs.first { $0.comm == "em0" })
    #expect(m.procSnapshot(em0.id).step.hasPrefix("ithread loop"))
    // The bulk listing leaves the step out (it is built per frame for every thread).
    #expect(cc.step == "-")
  }
}
