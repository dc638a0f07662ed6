import Testing

@testable import Kernel

/// kern.preemption 0, 1, 2 (SPEC.md §2.7, D3, D4, D10).
@Suite struct PreemptionTests {
  /// One CPU, one thread in 5 ms system calls (or critical sections), a device to inject on.
  static func kernelHog(preemption: Int, boost: PreemptBoost = .intended, crit: Bool = false) throws
    -> Machine
  {
    let step: Step =
      crit ? .critical(.fixed(5 * Nanos.ms)) : .syscall(.fixed(5 * Nanos.ms), giant: false)
    let s = Scenario(
      name: "t", cpus: 1, kernel: KernelOptions(preemption: preemption, preemptBoost: boost),
      processes: [ProcessSpec(comm: "L", program: [.repeat(count: nil, steps: [step])])],
      devices: [DeviceSpec(name: "d", slot: 3, vector: 99, service: .fixed(10 * Nanos.us))])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    m.run(until: 2 * Nanos.ms)
    return m
  }

  /// Injects on `d` at 2 ms, mid-call; returns (dispatch latency, what was left of the call).
  static func injectMidCall(_ m: inout Machine) throws -> (SimTime, SimTime) {
    let l = try #require(m.proc(named: "L"))
    #expect(m.cpus[0].cur == l)
    let left = (m.queue.timer(cpu: 0) ?? 0) - m.now
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 20 * Nanos.ms)
    let s = Int(m.sources.firstIndex { m.info[Int($0.ithread)].comm == "d" } ?? 0)
    #expect(m.sources[s].passes == 1)
    #expect(m.violations.isEmpty, "\(m.violations)")
    return (m.dispatchLatency[s].max, left)
  }

  @Test func zeroNeverPreemptsKernelCode() throws {
    var m = try Self.kernelHog(preemption: 0)
    let (latency, left) = try Self.injectMidCall(&m)
    #expect(latency >= left)
    #expect(m.cpus[0].preempt.preemptions == 0)
    #expect(!m.procs.contains { $0.preempt })
  }

  @Test func oneLetsAnIthreadPreemptASystemCall() throws {
    var m = try Self.kernelHog(preemption: 1)
    let l = try #require(m.proc(named: "L"))
    let (latency, left) = try Self.injectMidCall(&m)
    #expect(left > 2 * Nanos.ms)
    #expect(latency < 30 * Nanos.us)
    #expect(m.cpus[0].preempt.preemptions == 1)
    #expect(m.cpus[0].preempt.deferred == 0)
    // The preempted thread ran next, unpinned again at its own priority.
    #expect(m.procs[Int(l)].savedPriority == -1)
    #expect(!m.procs[Int(l)].flags.contains(.P_CPUPEG))
    let switches = m.records(.mi_switch).filter { $0.time >= 2 * Nanos.ms }
    let ithread = m.sources.last.map(\.ithread) ?? -1
    #expect(switches.prefix(2).map(\.b) == [ithread, l])
  }

  @Test func oneWaitsForTheOutermostCritLeave() throws {
    var m = try Self.kernelHog(preemption: 1, crit: true)
    let (latency, left) = try Self.injectMidCall(&m)
    // Deferred: pending until the critical section ends, then preempted at once.
    #expect(latency >= left && latency < left + 30 * Nanos.us)
    #expect(m.cpus[0].preempt.preemptions == 1)
    #expect(m.cpus[0].preempt.deferred == 1)
  }

  /// SPEC.md §2.7's anomaly: boosted to PSWP, the preempted thread is chosen again and nothing
  /// switches; the ithread waits until the quantum runs out (roundrobin at 100 ms).
  @Test func literalBoostPicksThePreemptedThreadAgain() throws {
    var m = try Self.kernelHog(preemption: 1, boost: .literal)
    try m.apply(Input(time: m.now, kind: .inject(device: "d")))
    m.run(until: 50 * Nanos.ms)
    let s = Int(m.sources.firstIndex { m.info[Int($0.ithread)].comm == "d" } ?? 0)
    #expect(m.cpus[0].preempt.preemptions == 1)
    #expect(m.sources[s].passes == 0)
    m.run(until: 150 * Nanos.ms)
    #expect(m.sources[s].passes == 1)
    #expect(m.dispatchLatency[s].max > 90 * Nanos.ms)
    #expect(m.violations.isEmpty, "\(m.violations)")
  }

  /// Two CPUs: M computes pinned on cpu0 (where the softclock ithread runs), L makes 5 ms system
  /// calls pinned on cpu1, H sleeps 20 ms at a time. Woken by softclock, H still has its sleep
  /// priority PWAIT (32), better than both; the cost function sends it to cpu1 (softclock is
  /// running on cpu0), where only kernel preemption (kern.preemption=2) lets it in before L's
  /// system call ends.
  static func twoCPU(preemption: Int) throws -> Machine {
    let s = Scenario(
      name: "t", cpus: 2, kernel: KernelOptions(preemption: preemption),
      processes: [
        ProcessSpec(comm: "M", program: TestMachine.hog),
        ProcessSpec(
          comm: "L",
          program: [.repeat(count: nil, steps: [.syscall(.fixed(5 * Nanos.ms), giant: false)])]),
        ProcessSpec(
          comm: "H",
          program: [
            .repeat(
              count: nil, steps: [.sleep(.fixed(20 * Nanos.ms)), .compute(.fixed(100 * Nanos.us))])
          ]),
      ])
    var m = try Machine(scenario: s, seed: 1)
    for (name, cpu) in [("M", 0), ("L", 1)] {
      let p = try #require(m.proc(named: name))
      m.remrunqueue(p)
      m.procs[Int(p)].cpu = Int32(cpu)
      m.procs[Int(p)].flags.insert(.P_CPUPEG)
      m.procs[Int(p)].pinnedCPU = Int32(cpu)
      m.curcpu = Int32(cpu)
      m.setrunqueue(p)
    }
    m.checksInvariants = true
    m.run(until: 2 * Nanos.s)
    #expect(m.violations.isEmpty, "\(m.violations)")
    return m
  }

  @Test func twoPreemptsOnTheSameCPUOnly() throws {
    let zero = try Self.twoCPU(preemption: 0)
    let two = try Self.twoCPU(preemption: 2)
    #expect(zero.userWakeupLatency.max > Nanos.ms)
    #expect(two.userWakeupLatency.quantile(0.99) < 100 * Nanos.us)
    #expect(zero.cpus.allSatisfy { $0.preempt.preemptions == 0 })
    #expect(two.cpus.reduce(0) { $0 + $1.preempt.preemptions } > 10)
    // Every kernel preemption happened on the CPU where a thread had just been made runnable.
    let wakes = two.records(.setrunnable)
    for p in two.records(.preempt) where p.b == 1 {
      #expect(
        wakes.contains { $0.b == p.cpu && $0.time <= p.time && p.time - $0.time < 50 * Nanos.us })
    }
  }
}
