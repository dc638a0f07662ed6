import Kernel

/// The event log in plain words: one line per trace record, naming the kernel function it models
/// and its cause. The log pane and `smpscope log` both print these lines.
public enum Narration {
  /// Narrates `records` (oldest first); a switch's cause is read from the record before it on the
  /// same CPU at the same instant.
  public static func lines(_ records: [TraceRecord], _ context: NarrationContext)
    -> [NarrationLine]
  {
    var out: [NarrationLine] = []
    out.reserveCapacity(records.count)
    var previous: TraceRecord?
    for r in records {
      out.append(line(r, previous: previous, context))
      previous = r
    }
    return out
  }

  /// Narrates one record; `previous` is the record just before it, if known.
  public static func line(
    _ r: TraceRecord, previous: TraceRecord? = nil, _ context: NarrationContext
  ) -> NarrationLine {
    let (function, text) = words(r, previous: previous, context)
    return NarrationLine(time: r.time, cpu: Int(r.cpu), function: function, text: text)
  }

  /// The function name and the words for each kind: an exhaustive switch, so a new kind cannot
  /// be added without its narration.
  static func words(_ r: TraceRecord, previous: TraceRecord?, _ c: NarrationContext)
    -> (String, String)
  {
    switch r.kind {
    case .mi_switch:
      let old = c.thread(r.a)
      return ("mi_switch", "\(old) → \(c.thread(r.b)) (\(switchCause(r, previous, c)))")
    case .tsleep:
      let on =
        c.wmesg(r.a).map { "sleeps on \($0)" }
        ?? "sleeps (awake again now: its wait channel is no longer known)"
      return ("tsleep", "\(c.thread(r.a)) \(on): gives up the CPU until a wakeup")
    case .setrunnable:
      return (
        "setrunnable",
        "\(c.thread(r.a)) made runnable on cpu\(r.b)'s run queue (wakeup or sleep timeout)"
      )
    case .ipiSend:
      if r.b == 0 {
        return ("cpu_unidle", "NOP IPI to cpu\(r.a) (wake the idle CPU: work was queued for it)")
      }
      return ("cpu_kick", "NOP IPI to cpu\(r.a) (need_resched: a better thread is runnable there)")
    case .fork:
      return ("fork1", "\(c.thread(r.a)) forks \(c.thread(r.b)) (program step fork)")
    case .exit:
      return ("exit1", "\(c.thread(r.a)) exits (its program ended)")
    case .preempt:
      if r.b == 1 {
        return (
          "preempt",
          "\(c.thread(r.a)) preempted in the kernel by a higher-priority thread "
            + "(kern.preemption, taken at crit_leave)"
        )
      }
      return (
        "preempt",
        "\(c.thread(r.a)) preempted on return to user mode (AST: need_resched)"
      )
    case .steal:
      return (
        "sched_steal_proc",
        "takes \(c.thread(r.a)) from cpu\(r.b)'s run queue (this CPU had nothing to run)"
      )
    case .deferred:
      let name = c.slot(r.a)
      return (
        "intr_deferred",
        "\(name) interrupt deferred on cpu\(r.cpu): the CPU is in a critical section "
          + "(ci_ipending; crit_leave runs it through intr_unpend)"
      )
    case .ithread_run:
      if r.b == 1 {
        return ("ithread_run", "\(c.thread(r.a)) woken from its ithread sleep (is_scheduled set)")
      }
      return (
        "ithread_run",
        "\(c.thread(r.a)) is already runnable or running: is_scheduled makes it loop once more"
      )
    case .crit_unpend:
      return (
        "crit_unpend",
        "the outermost crit_leave runs \(r.a) deferred interrupt(s) through intr_unpend"
      )
    case .bmtx_lock_block:
      let lock = c.lock(r.b / 2)
      if r.b % 2 == 1 {
        return (
          "bmtx_lock_block",
          "\(c.thread(r.a)) cancels its block on \(lock): under SCHED_LOCK the owner is back "
            + "on a CPU (or gone); it spins again"
        )
      }
      return (
        "bmtx_lock_block",
        "\(c.thread(r.a)) sleeps on \(lock) at PVM: its owner is off CPU (FIFO waiter)"
      )
    case .lock_spin:
      return (
        "bmtx_lock", "\(c.thread(r.a)) spins for \(c.lock(r.b)): its owner is running on a CPU"
      )
    }
  }

  /// Why the thread that left the CPU left it, from the record before the switch.
  static func switchCause(_ r: TraceRecord, _ previous: TraceRecord?, _ c: NarrationContext)
    -> String
  {
    let old = c.thread(r.a)
    guard let p = previous, p.cpu == r.cpu, p.time == r.time, p.a == r.a else {
      return "\(old) gave up the CPU"
    }
    switch p.kind {
    case .tsleep: return "\(old) went to sleep"
    case .preempt: return "\(old) was preempted"
    case .exit: return "\(old) exited"
    case .bmtx_lock_block: return "\(old) blocked on a lock"
    case .mi_switch, .setrunnable, .ipiSend, .fork, .steal, .deferred, .ithread_run, .crit_unpend,
      .lock_spin:
      return "\(old) gave up the CPU"
    }
  }

  /// `%4d.%06ds` of simulated time: `   2.000123s`.
  public static func timeText(_ t: SimTime) -> String {
    let s = t / Nanos.s
    let us = (t % Nanos.s) / 1000
    return Pad.right(String(s), 4) + "." + Pad.zero(Int(us), 6) + "s"
  }

  /// The retained records with `from ≤ time ≤ to`, narrated.
  public static func window(
    _ records: [TraceRecord], from: SimTime, to: SimTime, _ context: NarrationContext
  ) -> [NarrationLine] {
    var previous: TraceRecord?
    var out: [NarrationLine] = []
    for r in records {
      if r.time >= from && r.time <= to { out.append(line(r, previous: previous, context)) }
      previous = r
    }
    return out
  }

  /// The lines as JSON: `{from_ns, to_ns, retained, lines: [{time_ns, cpu, function, text}]}`.
  public static func json(_ lines: [NarrationLine], from: SimTime, to: SimTime, retained: Int)
    -> String
  {
    let rows: [JSONValue] = lines.map { l in
      .object([
        JSONMember("time_ns", .int(Int(l.time))),
        JSONMember("cpu", .int(l.cpu)),
        JSONMember("function", .string(l.function)),
        JSONMember("text", .string(l.text)),
      ])
    }
    return JSONWriter.document(
      .object([
        JSONMember("from_ns", .int(Int(from))),
        JSONMember("to_ns", .int(Int(to))),
        JSONMember("retained", .int(retained)),
        JSONMember("lines", .array(rows)),
      ]))
  }
}
