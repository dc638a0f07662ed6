import Kernel
import Reports

/// Per CPU: current thread, its state and priority, crit depth, giant/spin marks, the pending
/// count and a user/sys/intr/spin/idle meter over the last simulated second.
public enum CPUsPane {
  static let fixed = "CPU  THREAD           STATE   PRI CRIT MK PEND "
  /// Narrow panes: shorter thread names and headings, so marks, pending and a meter still fit.
  static let narrowFixed = "CPU  THREAD       STATE   PRI CR MK PD "

  /// The pane's rows for a pane `width` columns wide.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    let narrow = width < 60
    let fixed = narrow ? narrowFixed : fixed
    let meterWidth = max(0, width - fixed.count - 2)
    let columns = Line(
      [
        Span(fixed, .columns),
        Span(
          Pad.left(
            meterWidth >= 30 ? "user sys intr spin idle, last 1s" : "u/s/i/x", meterWidth + 2),
          .columns),
      ],
      fill: .columns)
    return PaneBody(columns: columns, count: m.snapshot.cpus.count) { i in
      row(m, s, cpu: i, meterWidth: meterWidth, narrow: narrow)
    }
  }

  static func row(_ m: FrameModel, _ s: ViewState, cpu c: Int, meterWidth: Int, narrow: Bool)
    -> Line
  {
    let cpu = m.snapshot.cpus[c]
    let p = m.proc(cpu.curproc)
    let idle = cpu.idle || (p?.isIdle ?? false)
    let threadRole: Role = idle ? .dim : .normal
    var spans: [Span] = [Span(Pad.left("cpu\(c)", 5))]
    let nameWidth = narrow ? 12 : 16
    spans.append(
      Span(Pad.left(Pad.clip(m.name(cpu.curproc), nameWidth), nameWidth + 1), threadRole))
    spans.append(Span(Pad.left(p.map { "\($0.stat)" } ?? "-", 7), threadRole))
    spans.append(Span(Pad.right(String(p?.priority ?? cpu.curpriority), 4)))
    let crit = p?.crit ?? 0
    spans.append(Span(Pad.right(String(crit), narrow ? 3 : 5), crit > 0 ? .warn : .normal))
    var mark = ""
    if let g = m.locks.first, g.owner == cpu.curproc || g.ownerCPU == c { mark += s.glyphs.giant }
    if m.locks.contains(where: { $0.spinners.contains(c) }) { mark += s.glyphs.spin }
    spans.append(Span(" " + Pad.left(mark, 2), mark.isEmpty ? .normal : .warn))
    let pend = c < m.interrupts.pending.count ? m.interrupts.pending[c].drainOrder.count : 0
    spans.append(Span(Pad.right(String(pend), narrow ? 2 : 4) + " ", pend > 0 ? .warn : .normal))
    spans.append(Span("["))
    spans += meter(m, s, cpu: c, width: meterWidth)
    spans.append(Span("]"))
    return Line(spans)
  }

  /// The CPU's time by state over the window, in `CPUState` order.
  public static func shares(_ m: FrameModel, cpu c: Int) -> [SimTime] {
    let now = m.snapshot.cpus[c].time
    guard let b = m.baseline, c < b.cpuTime.count else { return now }
    return zip(now, b.cpuTime[c]).map { $0 - $1 }
  }

  static func meter(_ m: FrameModel, _ s: ViewState, cpu c: Int, width: Int) -> [Span] {
    let t = shares(m, cpu: c)
    let total = max(1, t.reduce(0, +))
    let pct = t.map { Int(($0 * 100 + total / 2) / total) }
    let label =
      "u\(pct[0]) s\(pct[1]) i\(pct[2]) x\(pct[3])"
    let labelled = width >= label.count + 10
    let barWidth = labelled ? width - label.count - 1 : width
    let g = s.glyphs.meter
    let chars = [g.user, g.sys, g.intr, g.spin]
    let roles: [Role] = [.meterUser, .meterSys, .meterIntr, .meterSpin]
    var spans: [Span] = []
    var used = 0
    var acc: SimTime = 0
    for k in 0..<4 {
      acc += t[k]
      let upTo = Int((acc * SimTime(barWidth) + total / 2) / total)
      let n = max(0, min(barWidth, upTo) - used)
      if n > 0 { spans.append(Span(String(repeating: chars[k], count: n), roles[k])) }
      used += n
    }
    spans.append(Span(String(repeating: " ", count: max(0, barWidth - used)), .meterIdle))
    if labelled { spans.append(Span(" " + label, .dim)) }
    return spans
  }
}
