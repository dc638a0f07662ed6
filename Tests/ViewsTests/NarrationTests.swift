import Reports
import Testing

@testable import Kernel

/// One test per trace kind: the line names the kernel function it models and the cause.
@Suite struct NarrationTests {
  static func context() -> NarrationContext {
    var m = try! Machine(scenario: Scenario.builtin(named: "tour")!, seed: 1)
    m.run(until: Nanos.s)
    return NarrationContext(
      snapshot: m.snapshot(), interrupts: m.interruptsSnapshot(),
      locks: m.lockSnapshots().map(\.name))
  }

  /// kind, a, b → function, words the cause must contain.
  static let cases: [(TraceKind, Int32, Int32, String, String)] = [
    (.mi_switch, 1, 2, "mi_switch", "gave up the CPU"),
    (.tsleep, 1, 0, "tsleep", "sleeps"),
    (.setrunnable, 1, 2, "setrunnable", "made runnable on cpu2"),
    (.ipiSend, 3, 0, "cpu_unidle", "NOP IPI to cpu3 (wake the idle CPU"),
    (.ipiSend, 3, 1, "cpu_kick", "NOP IPI to cpu3 (need_resched"),
    (.fork, 1, 2, "fork1", "forks"),
    (.exit, 1, 0, "exit1", "exits"),
    (.preempt, 1, 1, "preempt", "higher-priority thread (kern.preemption"),
    (.preempt, 1, 0, "preempt", "return to user mode (AST: need_resched)"),
    (.steal, 1, 2, "sched_steal_proc", "from cpu2's run queue"),
    (
      .deferred, 62, 0, "intr_deferred",
      "clock interrupt deferred on cpu1: the CPU is in a critical section"
    ),
    (.ithread_run, 1, 1, "ithread_run", "woken from its ithread sleep (is_scheduled set)"),
    (.ithread_run, 1, 0, "ithread_run", "is_scheduled makes it loop once more"),
    (
      .crit_unpend, 2, 0, "crit_unpend",
      "crit_leave runs 2 deferred interrupt(s) through intr_unpend"
    ),
    (.bmtx_lock_block, 1, 3, "bmtx_lock_block", "cancels its block on vnode_lock"),
    (.bmtx_lock_block, 1, 0, "bmtx_lock_block", "sleeps on giant at PVM: its owner is off CPU"),
    (.lock_spin, 1, 1, "bmtx_lock", "spins for vnode_lock: its owner is running"),
  ]

  @Test(arguments: TraceKind.allCases)
  func everyKindIsNarrated(_ kind: TraceKind) {
    let c = Self.context()
    let mine = Self.cases.filter { $0.0 == kind }
    #expect(!mine.isEmpty, "no narration case for \(kind)")
    for (k, a, b, function, cause) in mine {
      let r = TraceRecord(time: 1_234_567_000, cpu: 1, kind: k, a: a, b: b)
      let line = Narration.line(r, c)
      #expect(line.function == function)
      #expect(line.line.contains(function + ": "))
      #expect(line.text.contains(cause), "\(line.line)")
      #expect(line.line.hasPrefix("   1.234567s cpu1  "))
    }
  }

  @Test func switchCauseComesFromThePreviousRecord() {
    let c = Self.context()
    let sleep = TraceRecord(time: 5, cpu: 0, kind: .tsleep, a: 1, b: 0)
    let sw = TraceRecord(time: 5, cpu: 0, kind: .mi_switch, a: 1, b: 2)
    #expect(Narration.lines([sleep, sw], c)[1].text.contains("went to sleep"))
    let pre = TraceRecord(time: 5, cpu: 0, kind: .preempt, a: 1, b: 1)
    #expect(Narration.lines([pre, sw], c)[1].text.contains("was preempted"))
  }

  @Test func threadsAreNamedAsPsNamesThem() {
    var m = try! Machine(scenario: Scenario.builtin(named: "tour")!, seed: 1)
    m.run(until: Nanos.s)
    let snap = m.snapshot()
    let c = NarrationContext(snapshot: snap, interrupts: m.interruptsSnapshot())
    for p in snap.procs {
      #expect(c.thread(p.id.index) == (p.argv == nil ? "(\(p.comm))" : "\(p.comm)[\(p.pid)]"))
    }
    #expect(c.thread(99_999) == "thread#99999")
  }
}

/// `smpscope log`'s window and JSON, and the log pane showing the same lines.
@Suite struct LogWindowTests {
  @Test func windowKeepsFromToInclusiveAndThePaneAgrees() {
    var obs = ViewFixture.observatory()
    let m = obs.machine
    let c = NarrationContext(snapshot: m.snapshot(), interrupts: m.interruptsSnapshot())
    let records = m.trace.records
    let from = m.now - 1_000_000
    let lines = Narration.window(records, from: from, to: m.now, c)
    #expect(!lines.isEmpty && lines.allSatisfy { $0.time >= from && $0.time <= m.now })
    let json = Narration.json(lines, from: from, to: m.now, retained: records.count)
    #expect(json.contains("\"function\": \"\(lines[0].function)\""))
    let pane = ViewFixture.pane(.log, &obs, width: 200, height: 12)
    let last = Narration.lines(records, c).last!
    #expect(pane.contains(last.function + ": " + last.text))
  }
}
