import Kernel
import Reports

/// Every lock: owner, WAITERS/RECURSED, recursion, FIFO waiters, spinners and key statistics.
public enum LocksPane {
  static let header = "LOCK         OWNER            FLAGS            REC ACQ/CONT"

  /// The pane's rows: a line per lock, then its waiters and spinners if any.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int) -> PaneBody {
    var lines: [Line] = []
    for l in m.locks {
      lines.append(row(m, l))
      if !l.waiters.isEmpty {
        let fifo = l.waiters.map { m.name($0) }.joined(separator: " \(s.glyphs.arrow) ")
        lines.append(Line([Span("  waiters ", .dim), Span(fifo, .warn)]))
      }
      if !l.spinners.isEmpty {
        let cpus = l.spinners.map { "cpu\($0)" }.joined(separator: " ")
        lines.append(Line([Span("  spinning ", .dim), Span(cpus, .warn)]))
      }
    }
    return PaneBody(columns: Line(header, .columns), lines: lines)
  }

  /// The lock's own line.
  static func row(_ m: FrameModel, _ l: LockSnapshot) -> Line {
    var owner = "-"
    if let pid = l.ownerPid, let comm = l.ownerComm {
      owner = m.proc(l.owner ?? .none)?.argv == nil ? "(\(comm))" : "\(comm)[\(pid)]"
    } else if let c = l.ownerCPU {
      owner = "cpu\(c)"
    }
    var flags: [String] = []
    if l.waitersFlag { flags.append("WAITERS") }
    if l.recursedFlag { flags.append("RECURSED") }
    let flagText = flags.isEmpty ? "-" : flags.joined(separator: "|")
    return Line([
      Span(Pad.left(Pad.clip(l.name, 12), 13)),
      Span(Pad.left(Pad.clip(owner, 16), 17), owner == "-" ? .dim : .normal),
      Span(Pad.left(flagText, 16), flags.isEmpty ? .dim : .warn),
      Span(Pad.right(String(l.recurse), 4)),
      Span(" \(l.stats.acquisitions)/\(l.stats.contended)"),
      Span(l.kind == .bmtx ? "" : " " + l.kind.rawValue, .dim),
    ])
  }

  /// The pane as plain text (what `w` writes when no lockstat report exists).
  public static func text(_ m: FrameModel) -> String {
    var s = ViewState()
    s.glyphs = .ascii
    let b = body(m, s, width: 120)
    var out = (b.columns?.text ?? "") + "\n"
    for i in 0..<b.count { out += b.row(i).text + "\n" }
    return out
  }
}
