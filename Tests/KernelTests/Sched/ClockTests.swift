import Testing

@testable import Kernel

/// SPEC.md §2.7–2.8: statclock, schedclock, schedcpu, load average, roundrobin — values worked
/// out by hand.
@Suite struct ClockTests {
  /// One CPU, one thread computing forever. It gets every tick (the syncer runs between ticks).
  /// Per second: 100 ticks → cpticks 100, 25 schedclocks.
  /// pctcpu: p = (p·1948 >> 11) + 100 → 100, 195, 285, 371, 452, 529.
  /// The load average is 0 until t = 5 s, so schedcpu's decay_cpu(0, e) = 0 zeroes estcpu each
  /// second. At t = 5 s nrun = 2 (the hog, and the syncer its timeout just woke):
  /// avenrun = (2·2048·(2048 − cexp)) >> 11 = 328, 68, 24. At t = 6 s estcpu = 25 decays to
  /// 656·25 / (656 + 2048) = 6, so p_usrpri = p_priority = 50 + 6 = 56.
  @Test func estcpuPctcpuAndLoadAverageByHand() throws {
    var m = try Machine(scenario: TestMachine.running(cpus: 1, [TestMachine.hog]), seed: 1)
    let hog = try #require(m.proc(named: "p0"))
    var expected: [Int32] = [100, 195, 285, 371, 452, 529]
    for second in 1...6 {
      m.run(until: SimTime(second) * Nanos.s)
      #expect(m.procs[Int(hog)].pctcpu == expected.removeFirst(), "t=\(second)s")
      if second < 5 { #expect(m.procs[Int(hog)].estcpu == 0) }
    }
    #expect(m.avenrun == [328, 68, 24])
    #expect(m.procs[Int(hog)].estcpu == 6)
    #expect(m.procs[Int(hog)].usrpri == 56)
    #expect(m.procs[Int(hog)].priority == 56)
    // Between schedcpu runs schedclock adds one every 4th tick: 10 ticks later, 2 more.
    m.run(until: 6 * Nanos.s + 100 * Nanos.ms)
    #expect(m.procs[Int(hog)].estcpu == 6 + 2)
    #expect(m.procs[Int(hog)].priority == 58)
  }

  @Test func niceWeighsTwicePerStep() throws {
    var m = try Machine(
      scenario: TestMachine.running(cpus: 1, [TestMachine.hog], nice: [10]), seed: 1)
    let p = try #require(m.proc(named: "p0"))
    // PUSER + estcpu + 2·(nice − NZERO) with estcpu 0.
    #expect(m.procs[Int(p)].usrpri == 50 + 20)
    m.run(until: 40 * Nanos.ms)
    #expect(m.procs[Int(p)].estcpu == 1)
    #expect(m.procs[Int(p)].usrpri == 71)
  }

  /// Two hogs at the same priority on one CPU: the first runs until the tick that ends its
  /// 100 ms quantum (rrticks = hz/10), where roundrobin sees the other queued and resched's.
  @Test func roundrobinSwitchesAfter100ms() throws {
    var m = try Machine(
      scenario: TestMachine.running(cpus: 1, [TestMachine.hog, TestMachine.hog]), seed: 1)
    let a = try #require(m.proc(named: "p0"))
    let b = try #require(m.proc(named: "p1"))
    m.run(until: 99 * Nanos.ms)
    #expect(m.cpus[0].cur == a)
    #expect(m.cpus[0].schedflags.isEmpty)
    m.run(until: 100 * Nanos.ms + 10 * Nanos.us)
    #expect(m.cpus[0].cur == b)
    let switches = m.records(.mi_switch).filter { $0.a == a && $0.b == b }
    #expect(switches.count == 1)
    // The switch happens on return from the 100 ms tick: tick + interrupt cost + SCHED_LOCK.
    let t = try #require(switches.first).time
    #expect(t > 100 * Nanos.ms && t < 100 * Nanos.ms + 5 * Nanos.us)
    // The flags were set by roundrobin and cleared by the switch.
    #expect(m.cpus[0].schedflags.isEmpty)
  }

  /// A thread alone on its CPU: SEENRR at 100 ms, SHOULDYIELD at 200 ms.
  @Test func roundrobinFlags() throws {
    var m = try Machine(scenario: TestMachine.running(cpus: 2, [TestMachine.hog]), seed: 1)
    let p = try #require(m.proc(named: "p0"))
    let c = Int(m.procs[Int(p)].cpu)
    m.run(until: 150 * Nanos.ms)
    #expect(m.cpus[c].schedflags == .SPCF_SEENRR)
    m.run(until: 250 * Nanos.ms)
    #expect(m.cpus[c].schedflags == .SPCF_SWITCHCLEAR)
    #expect(m.cpus[c].cur == p)
  }

  /// D13: CPU i ticks at k/hz + i/(hz·ncpu).
  @Test func hardclockPhase() throws {
    let m = try Machine(scenario: TestMachine.empty(cpus: 4), seed: 1)
    #expect(
      (0..<4).map { m.firstHardclock($0) } == [10_000_000, 12_500_000, 15_000_000, 17_500_000])
  }

  /// updatepri: a thread that slept long enough has its estcpu decayed per second slept.
  @Test func updatepriDecaysPerSecondSlept() throws {
    var m = try TestMachine.quiet(cpus: 1)
    m.avenrun = [2048, 0, 0]  // loadfac 4096
    let p = m.testProc(priority: 60, cpu: 0)
    m.procs[Int(p)].estcpu = 30
    m.procs[Int(p)].slptime = 4
    m.updatepri(p)
    // p_slptime −= 1 → 3; `while newcpu && --p_slptime`: 2 → decay (4096·30/6144 = 20),
    // 1 → decay (13), 0 → stop.
    #expect(m.procs[Int(p)].estcpu == 13)
    m.procs[Int(p)].estcpu = 30
    m.procs[Int(p)].slptime = 5 * 4096 + 1
    m.updatepri(p)
    #expect(m.procs[Int(p)].estcpu == 0)
  }
}
