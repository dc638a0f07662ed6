import Kernel
import Reports

/// Per CPU: `whichqs`, `nrun`, and every non-empty queue's threads in FIFO order.
public enum RunQueuesPane {
  /// The pane's rows.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    var lines: [Line] = []
    for cpu in m.snapshot.cpus {
      lines.append(
        Line([
          Span(Pad.left("cpu\(cpu.id)", 6)),
          Span("whichqs=" + hex(cpu.whichqs), cpu.whichqs == 0 ? .dim : .normal),
          Span(" nrun=\(cpu.nrun)", cpu.nrun > 0 ? .warn : .dim),
        ]))
      for (q, queue) in cpu.queues.enumerated() where !queue.isEmpty {
        let names = queue.map { m.name($0) }.joined(separator: " ")
        lines.append(Line([Span("  q" + Pad.left(String(q), 3), .dim), Span(names)]))
      }
    }
    return PaneBody(columns: nil, lines: lines)
  }

  /// `0x00001000`.
  static func hex(_ v: UInt32) -> String {
    let d = String(v, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - d.count)) + d
  }
}
