import Kernel
import Reports

/// Per CPU: `ci_ipending` bits by name (bitmask model) or the tailq in drain order.
public enum PendingPane {
  /// The pane's rows.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    let tailq = m.interrupts.pendingModel == .tailq
    let lines: [Line] = m.interrupts.pending.map { p in
      let label = Pad.left("cpu\(p.cpu)", 6)
      let bits = "0x" + String(p.bits, radix: 16)
      let names =
        p.drainOrder.isEmpty
        ? "-" : p.drainOrder.joined(separator: tailq ? " \(s.glyphs.arrow) " : " ")
      return Line([
        Span(label), Span(Pad.left(bits, 17), p.bits == 0 ? .dim : .warn),
        Span(tailq ? "tailq " : "", .dim), Span(names, p.drainOrder.isEmpty ? .dim : .warn),
      ])
    }
    return PaneBody(
      columns: Line(
        tailq ? "CPU   ci_ipending      tailq, drain order" : "CPU   ci_ipending      by name",
        .columns),
      lines: lines, note: m.interrupts.pendingModel.rawValue)
  }
}
