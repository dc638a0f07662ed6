import Kernel

/// What ps needs to know about the machine as a whole to format one row.
public struct PsContext: Sendable {
  /// Boot clock, Unix seconds UTC.
  var bootEpoch: Int64
  /// The snapshot instant, Unix seconds (ps's `time(&now)`).
  var now: Int64
  /// Physical memory in KB, the %MEM denominator.
  var memoryKB: Int

  /// The context of `snapshot`.
  public init(_ snapshot: Snapshot) {
    bootEpoch = snapshot.bootEpoch
    now = snapshot.bootEpoch + snapshot.time / Nanos.s
    memoryKB = snapshot.memoryKB
  }

  /// Unix seconds at simulated time `t` (truncated).
  func epoch(_ t: SimTime) -> Int64 { bootEpoch + t / Nanos.s }
}

/// The formatted, unpadded fields of one `ps auxkl` line, in column order.
public struct PsRow: Equatable, Sendable {
  /// USER.
  var user: String
  /// PID.
  var pid: String
  /// %CPU, `%.1f`.
  var pctCPU: String
  /// %MEM, `%.1f`.
  var pctMem: String
  /// VSZ, KB.
  var vsz: String
  /// RSS, KB.
  var rss: String
  /// TT: `??`, or the tty name (two characters, right-justified) and a space.
  var tt: String
  /// STAT.
  var stat: String
  /// STARTED.
  var started: String
  /// TIME.
  var time: String
  /// COMMAND, not yet clipped to its column.
  var command: String
  /// UID.
  var uid: String
  /// PPID.
  var ppid: String
  /// CPU (`p_estcpu`).
  var cpu: String
  /// PRI (`p_priority − PZERO`).
  var pri: String
  /// NI (`nice − NZERO`).
  var ni: String
  /// WCHAN: `p_wmesg` cut to 7, or `-`.
  var wchan: String

  /// The row for `p`.
  public init(_ p: ProcSnapshot, _ context: PsContext) {
    let system = p.flags.contains(.P_SYSTEM)
    // SZOMB/SDEAD: the kernel fills no u-area data (p_uvalid = 0).
    let zombie = p.stat == .SZOMB || p.stat == .SDEAD
    user = p.user
    pid = String(p.pid)
    pctCPU = Fixed.format(PsRow.percentCPU(p.pctcpu), 1)
    pctMem = system ? "0.0" : Fixed.format(PsRow.percentMem(p.rssKB, context.memoryKB), 1)
    vsz = String(system ? 0 : p.vszKB)
    rss = String(system ? 0 : p.rssKB)
    tt = PsRow.ttyText(p.tty)
    stat = PsState.letters(p)
    started = zombie ? "-" : Started.format(start: context.epoch(p.startTime), now: context.now)
    time = zombie ? CPUTime.zero : CPUTime.format(runtime: p.runtime)
    command = Command.text(argv: p.argv, comm: p.comm)
    uid = String(p.uid)
    ppid = String(p.ppid)
    cpu = String(p.estcpu)
    pri = String(p.priority - KernelConst.PZERO)
    ni = String(p.nice - KernelConst.NZERO)
    wchan = PsRow.wchanText(p.wmesg)
  }

  /// The cells in `PsColumns.all` order.
  public var cells: [String] {
    [
      user, pid, pctCPU, pctMem, vsz, rss, tt, stat, started, time, command, uid, ppid, cpu, pri,
      ni, wchan,
    ]
  }

  /// `100 · pctcpu / FSCALE` as ps computes it (exact in a double).
  static func percentCPU(_ pctcpu: Int) -> Double {
    100.0 * (Double(pctcpu) / Double(KernelConst.FSCALE))
  }

  /// `100 · rss / memory` as ps computes it (the fraction in single precision, print.c).
  static func percentMem(_ rssKB: Int, _ memoryKB: Int) -> Double {
    guard memoryKB > 0 else { return 0 }
    return 100.0 * Double(Float(rssKB) / Float(memoryKB))
  }

  /// print.c `tname()`: `??`, or `%2.2s` of the name plus ' ' (it is the controlling tty).
  static func ttyText(_ tty: String?) -> String {
    guard let tty, !tty.isEmpty else { return "??" }
    return Pad.right(Pad.clip(tty, 2), 2) + " "
  }

  /// `p_wmesg` as kinfo_proc carries it (7 characters), or `-`.
  static func wchanText(_ wmesg: String?) -> String {
    guard let wmesg, !wmesg.isEmpty else { return "-" }
    return Pad.clip(wmesg, 7)
  }
}
