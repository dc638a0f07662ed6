import Kernel
import Reports

/// The `vmstat -i` rows (name, total, total/uptime) plus the live rate over the last second.
public enum CountersPane {
  static let header =
    Pad.left("interrupt", 16) + Pad.right("total", 14) + Pad.right("rate", 9)
    + Pad.right("now/s", 9)

  /// The pane's rows, zero counters included (new traffic shows up where it will be).
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    let ev = m.interrupts.evcounts
    let uptime = UInt64(VmstatReport.uptime(at: m.snapshot.time))
    var lines: [Line] = ev.indices.map { i in
      let row = VmstatRow(ev[i], uptime: uptime)
      let then = m.baseline.flatMap { i < $0.evcounts.count ? $0.evcounts[i] : nil }
      let live = m.rate(now: ev[i].count, then: then)
      return Line([
        Span(Pad.left(row.name, 16), row.total == 0 ? .dim : .normal),
        Span(Pad.right(String(row.total), 14)),
        Span(Pad.right(String(row.rate), 9)),
        Span(Pad.right(String(live), 9), live == 0 ? .dim : .normal),
      ])
    }
    let sum = VmstatReport.total(m.interrupts)
    lines.append(
      Line([
        Span(Pad.left("Total", 16), .columns), Span(Pad.right(String(sum), 14)),
        Span(Pad.right(String(sum / uptime), 9)),
      ]))
    return PaneBody(columns: Line(header, .columns), lines: lines)
  }
}
