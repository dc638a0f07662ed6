import Kernel

/// The formatted, unpadded fields of one `smpscope intr` source line.
struct IntrRow: Equatable, Sendable {
  /// `(p_comm)` of the ithread.
  var ithread: String
  /// Slot in `ci_isources[]`, `-` for soft sources.
  var slot: String
  /// IDT vector.
  var vector: String
  /// `level` / `edge`.
  var trigger: String
  /// Masked in the PIC: `yes` / `no`.
  var masked: String
  /// `is_scheduled`: `yes` / `no`.
  var scheduled: String
  /// The ithread's pid.
  var pid: String
  /// The CPU it is pinned to.
  var cpu: String
  /// The ithread's state as top names it (`sleep`, `run`, `onproc`), `-` if not in `procs`.
  var state: String
  /// Its `p_wmesg` (`intr` while waiting for work), or `-`.
  var wait: String
  /// Sum of its handlers' evcounts.
  var evcount: String
  /// Handler passes run.
  var passes: String

  /// The row for `source`, with the ithread's state looked up in `procs`.
  init(_ source: SourceSnapshot, procs: [ProcSnapshot]) {
    ithread = "(\(source.name))"
    slot = source.slot.map { String($0) } ?? "-"
    vector = String(source.vector)
    trigger = source.trigger.rawValue
    masked = source.masked ? "yes" : "no"
    scheduled = source.scheduled ? "yes" : "no"
    pid = String(source.pid)
    cpu = String(source.cpu)
    let proc = procs.first { $0.id == source.ithread }
    state = proc.map { TopRow.stateNames[Int($0.stat.rawValue)] } ?? "-"
    wait = proc?.wmesg.flatMap { $0.isEmpty ? nil : $0 } ?? "-"
    evcount = String(source.count)
    passes = String(source.passes)
  }

  /// The cells in `IntrReport.sourceTable` column order.
  var cells: [String] {
    [
      ithread, slot, vector, trigger, masked, scheduled, pid, cpu, state, wait, evcount, passes,
    ]
  }
}
