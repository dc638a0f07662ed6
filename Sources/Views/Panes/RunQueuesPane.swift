import Kernel
import Reports

/// Per CPU: `whichqs`, `nrun`, and every non-empty queue's threads in FIFO order.
public enum RunQueuesPane {
  /// The pane's rows: a line per CPU and per non-empty queue, named only when drawn.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    var rows: [(cpu: Int, queue: Int)] = []
    for cpu in m.snapshot.cpus {
      rows.append((cpu.id, -1))
      for (q, queue) in cpu.queues.enumerated() where !queue.isEmpty { rows.append((cpu.id, q)) }
    }
    return PaneBody(columns: nil, count: rows.count) { i in
      let (c, q) = rows[i]
      let cpu = m.snapshot.cpus[c]
      if q < 0 {
        return Line([
          Span(Pad.left("cpu\(cpu.id)", 6)),
          Span("whichqs=" + hex(cpu.whichqs), cpu.whichqs == 0 ? .dim : .normal),
          Span(" nrun=\(cpu.nrun)", cpu.nrun > 0 ? .warn : .dim),
        ])
      }
      return Line([
        Span("  q" + Pad.left(String(q), 3), .dim), Span(names(cpu.queues[q], m, width - 6)),
      ])
    }
  }

  /// The queue's threads in FIFO order, as many as fit in `width`, then `+N`.
  static func names(_ queue: [ProcID], _ m: FrameModel, _ width: Int) -> String {
    var out = ""
    for (n, id) in queue.enumerated() {
      let name = m.name(id)
      let more = queue.count - n
      if !out.isEmpty && out.count + name.count + 1 > width - (more > 1 ? 6 : 0) {
        return out + " +\(more)"
      }
      out += (out.isEmpty ? "" : " ") + name
    }
    return out
  }

  /// `0x00001000`.
  static func hex(_ v: UInt32) -> String {
    let d = String(v, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - d.count)) + d
  }
}
