import Kernel

/// Everything `lockstat` prints, taken from one machine at one instant (or made by hand in tests).
public struct LockstatInput: Sendable {
  /// When the snapshot was taken.
  public var time: SimTime
  /// The global BMTX_STATS counters.
  public var stats: BmtxStats
  /// Every lock, the kernel lock first (`Machine.lockSnapshots()`).
  public var locks: [LockSnapshot]
  /// Live threads, to name a lock's owner and waiters (`Machine.snapshot().procs`).
  public var threads: [ProcSnapshot]
  /// Nanoseconds of CPU time since boot, all CPUs and states together (spin % is of this).
  public var cpuNs: SimTime
  /// Lock-order reversals and deadlocks found so far.
  public var findings: [Finding]

  /// Makes an input from its parts.
  public init(
    time: SimTime, stats: BmtxStats, locks: [LockSnapshot], threads: [ProcSnapshot],
    cpuNs: SimTime, findings: [Finding] = []
  ) {
    self.time = time
    self.stats = stats
    self.locks = locks
    self.threads = threads
    self.cpuNs = cpuNs
    self.findings = findings
  }

  /// The machine's locks, counters and threads now.
  public init(_ machine: Machine) {
    let snapshot = machine.snapshot()
    self.init(
      time: snapshot.time, stats: machine.bmtxStats, locks: machine.lockSnapshots(),
      threads: snapshot.procs, cpuNs: snapshot.cpus.reduce(0) { $0 + $1.time.reduce(0, +) },
      findings: machine.findings)
  }

  /// The thread with proc-table index `id`, if it is alive.
  func thread(_ id: ProcID) -> ProcSnapshot? { threads.first { $0.id == id } }
}

/// Simulated `struct proc *` values, as the Kernel derives them (`KAddr.proc` in
/// `Sched/SleepQueue.swift`): proc-table index × 0x400 above 0xffff800011000000.
enum ProcAddress {
  /// Base of the simulated proc table.
  static let base: UInt64 = 0xffff_8000_1100_0000
  /// Size of one simulated `struct proc`.
  static let size: UInt64 = 0x400

  /// The address of thread `id`.
  static func of(_ id: ProcID) -> UInt64 { base &+ UInt64(max(0, id.index)) &* size }

  /// `%p` on amd64: `0x` and 16 lower-case hex digits.
  static func text(_ address: UInt64) -> String {
    let digits = String(address, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 16 - digits.utf8.count)) + digits
  }
}
