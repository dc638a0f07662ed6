import Testing

@testable import Kernel
@testable import Reports

/// A hand-made interrupts snapshot of a 2-CPU machine 12.5 s after boot: em0 and a shared
/// ehci0+mpi0 source, softclock and softnet, one pending queue busy, latencies recorded.
enum SampleInterrupts {
  /// The ithreads, as the proc table has them.
  static let procs: [ProcSnapshot] = [
    Fixture.kthread(index: 7, pid: 41_107, comm: "em0"),
    Fixture.kthread(index: 8, pid: 5_512, comm: "ehci0,mpi0", stat: .SRUN, wmesg: nil),
    Fixture.kthread(index: 9, pid: 27_340, comm: "softclock"),
    Fixture.kthread(index: 10, pid: 913, comm: "softnet", stat: .SONPROC, wmesg: nil),
  ]

  /// Histogram with `samples` recorded.
  static func histogram(_ samples: [Int64]) -> Histogram {
    var h = Histogram()
    for v in samples { h.record(v) }
    return h
  }

  /// Dispatch latencies: most near 2 µs, a tail near 40 µs and one 1.2 ms outlier.
  static let em0Dispatch = histogram(
    Array(repeating: 2_100, count: 60) + Array(repeating: 2_300, count: 25)
      + Array(repeating: 3_000, count: 10) + Array(repeating: 41_000, count: 4) + [1_200_000])

  static func source(
    _ name: String, handlers: [String], slot: Int?, vector: Int, trigger: Trigger = .level,
    masked: Bool = false, scheduled: Bool = false, ithread: Int, pid: Int, count: UInt64,
    passes: UInt64, dispatch: Histogram = Histogram(), completion: Histogram = Histogram()
  ) -> SourceSnapshot {
    SourceSnapshot(
      name: name, handlers: handlers, slot: slot, vector: vector, trigger: trigger,
      masked: masked, scheduled: scheduled, ithread: ProcID(ithread), pid: pid, cpu: 0,
      count: count, passes: passes, dispatchLatency: dispatch, completionLatency: completion)
  }

  /// The snapshot.
  static func snapshot(model: PendingModel = .bitmask) -> InterruptsSnapshot {
    var preempt0 = PreemptionCounters()
    preempt0.preemptions = 17
    preempt0.deferred = 5
    preempt0.userPreemptions = 230
    var preempt1 = PreemptionCounters()
    preempt1.userPreemptions = 198
    return InterruptsSnapshot(
      time: 12_500 * Nanos.ms,
      evcounts: [
        EvCountSnapshot(name: "clock", vector: 0, count: 2_500),
        EvCountSnapshot(name: "ipi", vector: 0, count: 311),
        EvCountSnapshot(name: "softclock", vector: 0, count: 0),
        EvCountSnapshot(name: "softnet", vector: 0, count: 97_310),
        EvCountSnapshot(name: "em0", vector: 112, count: 100_004),
        EvCountSnapshot(name: "ehci0", vector: 144, count: 0),
        EvCountSnapshot(name: "mpi0", vector: 144, count: 12),
        EvCountSnapshot(name: "averyverylongname", vector: 255, count: 7),
      ],
      sources: [
        source(
          "em0", handlers: ["em0"], slot: 3, vector: 112, masked: true, scheduled: true,
          ithread: 7, pid: 41_107, count: 100_004, passes: 99_871, dispatch: em0Dispatch,
          completion: histogram([14_000, 15_500, 16_000, 90_000])),
        source(
          "ehci0,mpi0", handlers: ["ehci0", "mpi0"], slot: 5, vector: 144, trigger: .edge,
          scheduled: true, ithread: 8, pid: 5_512, count: 12, passes: 12),
        source(
          "softclock", handlers: ["softclock"], slot: nil, vector: 0, ithread: 9, pid: 27_340,
          count: 0, passes: 0),
        source(
          "softnet", handlers: ["softnet"], slot: nil, vector: 0, ithread: 10, pid: 913,
          count: 97_310, passes: 97_310),
      ],
      pending: [
        PendingSnapshot(
          cpu: 0, bits: 1 << 63 | 1 << 62 | 1 << 3,
          drainOrder: model == .bitmask ? ["ipi", "clock", "em0"] : ["em0", "ipi", "clock"]),
        PendingSnapshot(cpu: 1, bits: 0, drainOrder: []),
      ],
      pendingModel: model, preemption: [preempt0, preempt1],
      interruptLatency: histogram([2_048, 2_100, 41_000, 1_200_000]),
      wakeupLatency: histogram([800, 900, 1_000, 1_500, 2_000, 5_000, 250_000]),
      userWakeupLatency: Histogram(), ipisSent: (unidle: 140, kick: 23))
  }
}

/// `smpscope intr`: sources, pending queues in drain order, preemption counters.
@Suite struct IntrTests {
  @Test func golden() {
    let s = SampleInterrupts.snapshot()
    Golden.check(IntrReport.render(s, procs: SampleInterrupts.procs), "intr-sample.txt")
    Golden.check(IntrReport.json(s, procs: SampleInterrupts.procs), "intr-sample.json")
  }

  @Test func sourceRows() {
    let text = IntrReport.render(SampleInterrupts.snapshot(), procs: SampleInterrupts.procs)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      lines[0]
        == "ITHREAD            SLOT VEC TRIGGER MASKED SCHED   PID CPU STATE  WAIT       EVCOUNT     PASSES"
    )
    #expect(
      lines[1]
        == "(em0)                 3 112 level   yes    yes   41107   0 sleep  intr        100004      99871"
    )
    #expect(
      lines[2].hasPrefix("(ehci0,mpi0)          5 144 edge    no     yes    5512   0 run    -  "))
    #expect(
      lines[3].hasPrefix("(softclock)           -   0 level   no     no    27340   0 sleep  intr"))
    #expect(
      lines[4].hasPrefix("(softnet)             -   0 level   no     no      913   0 onproc -"))
    #expect(lines.allSatisfy { $0.utf8.count == lines[0].utf8.count || !$0.hasPrefix("(") })
  }

  @Test func ithreadMissingFromProcsShowsDashes() {
    let text = IntrReport.render(SampleInterrupts.snapshot(), procs: [])
    #expect(text.contains("(em0)                 3 112 level   yes    yes   41107   0 -      -   "))
  }

  @Test func pendingLinesInDrainOrder() {
    let bitmask = SampleInterrupts.snapshot(model: .bitmask)
    #expect(
      IntrReport.pendingLine(bitmask.pending[0], model: .bitmask)
        == "cpu0 pending (bitmask 0xc000000000000008): ipi clock em0\n")
    #expect(
      IntrReport.pendingLine(bitmask.pending[1], model: .bitmask)
        == "cpu1 pending (bitmask 0x0000000000000000): -\n")
    let tailq = SampleInterrupts.snapshot(model: .tailq)
    #expect(
      IntrReport.pendingLine(tailq.pending[0], model: .tailq)
        == "cpu0 pending (tailq): em0 ipi clock\n")
    #expect(IntrReport.pendingLine(tailq.pending[1], model: .tailq) == "cpu1 pending (tailq): -\n")
  }

  @Test func preemptionAndIPILines() {
    let text = IntrReport.render(SampleInterrupts.snapshot(), procs: SampleInterrupts.procs)
    #expect(text.contains("\nCPU      PREEMPT   DEFERRED USERPREEMPT\n"))
    #expect(text.contains("\ncpu0          17          5         230\n"))
    #expect(text.contains("\ncpu1           0          0         198\n"))
    #expect(text.hasSuffix("\n\nipis sent: unidle 140, kick 23\n"))
  }

  @Test func emptyMachineStillPrintsEverySection() {
    var s = SampleInterrupts.snapshot()
    s.sources = []
    s.pending = []
    s.preemption = []
    let text = IntrReport.render(s, procs: [])
    #expect(
      text
        == IntrReport.sourceTable.header() + "\n\n" + IntrReport.preemptionTable.header()
        + "\nipis sent: unidle 140, kick 23\n")
  }
}
