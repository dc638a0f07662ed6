import Kernel
import Reports

/// Detail views: a thread (state, held locks, wait chain, latency), a lock, a device.
public enum DetailView {
  /// The lines of the detail overlay for `overlay`, or nil if it is not a detail view.
  public static func lines(
    _ overlay: Overlay, _ m: FrameModel, waitChain: [WaitLink], thread detail: ProcSnapshot? = nil
  ) -> [Line]? {
    switch overlay {
    case .thread(let id): return thread(id, m, waitChain, detail)
    case .lock(let i): return i < m.locks.count ? lock(m.locks[i], m) : nil
    case .device(let i): return i < m.interrupts.sources.count ? device(i, m) : nil
    case .none, .help, .confirmLock, .text: return nil
    }
  }

  /// `256.452ms`, `3.328us`: three decimals in the largest unit that fits.
  static func duration(_ ns: Int64) -> String {
    if ns >= 1_000_000_000 { return Fixed.format(Double(ns) / 1e9, 3) + "s" }
    if ns >= 1_000_000 { return Fixed.format(Double(ns) / 1e6, 3) + "ms" }
    if ns >= 1000 { return Fixed.format(Double(ns) / 1e3, 3) + "us" }
    return "\(ns)ns"
  }

  static func field(_ name: String, _ value: String, _ role: Role = .normal) -> Line {
    Line([Span("  " + Pad.left(name, 16), .columns), Span(value, role)])
  }

  static func thread(_ id: ProcID, _ m: FrameModel, _ chain: [WaitLink], _ detail: ProcSnapshot?)
    -> [Line]
  {
    guard let p = detail ?? m.proc(id) else { return [Line("thread #\(id.index) is gone", .warn)] }
    var out = [Line("Thread \(m.name(id))", .title), Line("")]
    out.append(field("pid / ppid", "\(p.pid) / \(p.ppid)"))
    out.append(field("user", "\(p.user) (uid \(p.uid))"))
    out.append(field("p_stat", "\(p.stat)"))
    out.append(field("p_wmesg", p.wmesg ?? "-"))
    out.append(field("cpu", p.cpu.map { "cpu\($0)" } ?? "-"))
    out.append(field("priority", "\(p.priority) (usrpri \(p.usrpri), nice \(p.nice - 20))"))
    out.append(field("crit depth", "\(p.crit)", p.crit > 0 ? .warn : .normal))
    out.append(field("runtime", DetailView.duration(p.runtime)))
    out.append(field("program step", p.step))
    let held = m.locks.filter { $0.owner == id }.map(\.name)
    out.append(field("holds", held.isEmpty ? "no locks" : held.joined(separator: ", ")))
    let waits = m.locks.filter { $0.waiters.contains(id) }.map(\.name)
    out.append(field("sleeps on lock", waits.isEmpty ? "-" : waits.joined(separator: ", ")))
    out.append(Line(""))
    out.append(Line("  Why isn't it running? (wait chain)", .columns))
    for (n, link) in chain.enumerated() {
      let lock = link.lock.map { " -> lock \($0)" } ?? ""
      out.append(Line("  \(n == 0 ? "" : "  ")\(m.name(link.thread)): \(link.state)\(lock)"))
    }
    if p.crit > 0 {
      out.append(
        Line("  in a critical section: preemption and interrupts wait for crit_leave", .warn))
    }
    out.append(Line(""))
    out.append(
      field(
        "wakeup latency",
        "\(p.wakeups) wakeups, mean \(DetailView.duration(p.wakeupMean)), "
          + "max \(DetailView.duration(p.wakeupMax)) (made runnable -> on CPU)"))
    return out
  }

  static func lock(_ l: LockSnapshot, _ m: FrameModel) -> [Line] {
    var out = [Line("Lock \(l.name) (\(l.kind.rawValue))", .title), Line("")]
    out.append(field("address", "0x" + String(l.address, radix: 16)))
    out.append(field("owner", l.owner.map { m.name($0) } ?? l.ownerCPU.map { "cpu\($0)" } ?? "-"))
    out.append(field("WAITERS", l.waitersFlag ? "set" : "clear", l.waitersFlag ? .warn : .normal))
    out.append(field("RECURSED", l.recursedFlag ? "set" : "clear"))
    out.append(field("recursion", "\(l.recurse)"))
    let fifo = l.waiters.map { m.name($0) }.joined(separator: " -> ")
    out.append(field("waiters (FIFO)", fifo.isEmpty ? "-" : fifo))
    out.append(
      field(
        "spinners", l.spinners.isEmpty ? "-" : l.spinners.map { "cpu\($0)" }.joined(separator: " "))
    )
    let st = l.stats
    out.append(field("acquisitions", "\(st.acquisitions) (\(st.contended) contended)"))
    out.append(
      field(
        "spin / block", "\(DetailView.duration(st.spinNs)) / \(DetailView.duration(st.blockNs))"))
    out.append(field("held", DetailView.duration(st.holdNs)))
    out.append(field("max waiters", "\(st.maxWaiters)"))
    out.append(field("top caller", st.topCaller))
    return out
  }

  static func device(_ i: Int, _ m: FrameModel) -> [Line] {
    let s = m.interrupts.sources[i]
    var out = [Line("Interrupt source (\(s.name))", .title), Line("")]
    out.append(field("handlers", s.handlers.joined(separator: ", ")))
    out.append(field("slot / vector", "\(s.slot.map(String.init) ?? "-") / \(s.vector)"))
    out.append(field("trigger", s.trigger.rawValue))
    out.append(field("masked", s.masked ? "yes" : "no", s.masked ? .warn : .normal))
    out.append(field("is_scheduled", s.scheduled ? "yes" : "no", s.scheduled ? .warn : .normal))
    out.append(field("ithread", "\(m.name(s.ithread)) pid \(s.pid) on cpu\(s.cpu)"))
    out.append(field("evcount", "\(s.count) (\(s.passes) handler passes)"))
    let d = s.dispatchLatency
    let c = s.completionLatency
    out.append(
      field(
        "dispatch",
        "p50 \(DetailView.duration(d.quantile(0.5))) p99 \(DetailView.duration(d.quantile(0.99)))"
      ))
    out.append(
      field(
        "completion",
        "p50 \(DetailView.duration(c.quantile(0.5))) p99 \(DetailView.duration(c.quantile(0.99)))"))
    return out
  }
}
