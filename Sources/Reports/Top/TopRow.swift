import Kernel

/// The formatted, unpadded fields of one `top` process line.
struct TopRow: Equatable, Sendable {
  /// PID.
  var pid: String
  /// USERNAME (clipped to 8 by the column).
  var username: String
  /// PRI: `p_priority − PZERO`.
  var pri: String
  /// NICE: `nice − NZERO`.
  var nice: String
  /// SIZE: `format_k` of the virtual size.
  var size: String
  /// RES: `format_k` of the resident size.
  var res: String
  /// STATE: `sleep`, `onproc/1`, … or `idle`.
  var state: String
  /// WAIT: `p_wmesg` (clipped to 7 by the column) or `-`.
  var wait: String
  /// TIME: `format_time` of the run time rounded to seconds.
  var time: String
  /// CPU: `%5.2f%%` of pctcpu, without the padding.
  var cpu: String
  /// COMMAND: `p_comm`, non-printable bytes as `?`.
  var command: String

  /// top's state names, indexed by `p_stat` (machine.c `state_abbrev`).
  static let stateNames = ["", "start", "run", "sleep", "stop", "zomb", "dead", "onproc"]

  /// The row for `p` on a machine with `ncpu` CPUs.
  init(_ p: ProcSnapshot, ncpu: Int) {
    pid = String(p.pid)
    username = p.user
    pri = String(p.priority - KernelConst.PZERO)
    nice = String(p.nice - KernelConst.NZERO)
    size = TopUnits.k(p.vszKB)
    res = TopUnits.k(p.rssKB)
    state = TopRow.stateText(p, ncpu: ncpu)
    wait = p.wmesg.flatMap { $0.isEmpty ? nil : $0 } ?? "-"
    time = TopUnits.time(seconds: TopRow.roundedSeconds(p.runtime))
    cpu = Fixed.format(100.0 * (Double(p.pctcpu) / Double(KernelConst.FSCALE)), 2) + "%"
    command = TopRow.printable(p.comm)
  }

  /// The cells in `TopColumns.all` order.
  var cells: [String] { [pid, username, pri, nice, size, res, state, wait, time, cpu, command] }

  /// `idle` for a sleep longer than maxslp (20 s), else the state name, with `/cpu` when the
  /// machine has more than one CPU and the thread has one (`state_abbr`).
  static func stateText(_ p: ProcSnapshot, ncpu: Int) -> String {
    if p.stat == .SSLEEP && p.slptime > KernelConst.MAXSLP { return "idle" }
    let name = stateNames[Int(p.stat.rawValue)]
    if ncpu > 1, let cpu = p.cpu { return name + "/" + String(cpu) }
    return name
  }

  /// `p_rtime_sec + (p_rtime_usec + 500000) / 1000000`: run time rounded to whole seconds.
  static func roundedSeconds(_ runtime: SimTime) -> Int64 {
    let micros = max(runtime, 0) / 1_000
    return micros / 1_000_000 + (micros % 1_000_000 + 500_000) / 1_000_000
  }

  /// display.c `printable`: every byte that is not printable ASCII becomes `?`.
  static func printable(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
    return String(
      decoding: s.utf8.map { $0 >= 0x20 && $0 < 0x7F ? $0 : UInt8(ascii: "?") },
      as: UTF8.self)
  }
}
