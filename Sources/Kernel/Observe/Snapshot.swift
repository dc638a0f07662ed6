/// An immutable picture of the machine at one instant, made on demand for reports and views.
public struct Snapshot: Sendable {
  /// Scenario name.
  public var scenario: String
  /// The run's seed.
  public var seed: UInt64
  /// Simulated time of the picture.
  public var time: SimTime
  /// Events popped so far.
  public var events: UInt64
  /// Boot clock as seconds since the Unix epoch, UTC.
  public var bootEpoch: Int64
  /// Physical memory in KB.
  public var memoryKB: Int
  /// `kern.preemption`.
  public var preemption: Int
  /// Kernel-lock model.
  public var lock: LockModel
  /// `avenrun[0…2]`, fixed point (divide by `KernelConst.FSCALE`).
  public var loadAverage: [Int]
  /// Every thread in the proc table, in allproc (creation) order.
  public var procs: [ProcSnapshot]
  /// Every CPU.
  public var cpus: [CPUSnapshot]
  /// When the workload ended, if it has.
  public var workloadEnd: SimTime?
  /// Global scheduler counters.
  public var sched: SchedCounters
}

/// One thread, with what ps and top show of it.
public struct ProcSnapshot: Sendable {
  /// Proc-table index.
  public var id: ProcID
  /// Process id.
  public var pid: Int
  /// Parent's pid.
  public var ppid: Int
  /// Owner's uid.
  public var uid: Int
  /// Owner's login name.
  public var user: String
  /// `p_comm`.
  public var comm: String
  /// argv, or nil for kernel threads (ps prints `(comm)`).
  public var argv: [String]?
  /// `p_stat`.
  public var stat: ProcStat
  /// `p_flag`.
  public var flags: ProcFlags
  /// `p_priority`.
  public var priority: Int
  /// `p_usrpri`.
  public var usrpri: Int
  /// `p_nice` (NZERO-based: 20 = nice 0).
  public var nice: Int
  /// `p_estcpu`.
  public var estcpu: Int
  /// `p_pctcpu`, fixed point (FSCALE = 100 %).
  public var pctcpu: Int
  /// `p_slptime`, seconds.
  public var slptime: Int
  /// `p_wmesg`, nil when not sleeping.
  public var wmesg: String?
  /// `p_cpu`: the CPU it runs on or whose queue holds it (nil before it first ran).
  public var cpu: Int?
  /// Critical-section depth `p_crit`.
  public var crit: Int
  /// Virtual size, KB (0 for kernel threads).
  public var vszKB: Int
  /// Resident size, KB (0 for kernel threads).
  public var rssKB: Int
  /// Terminal name without "tty", nil = `??`.
  public var tty: String?
  /// Session leader.
  public var sessionLeader: Bool
  /// In its terminal's foreground process group.
  public var foreground: Bool
  /// Creation time, simulated.
  public var startTime: SimTime
  /// Time spent on a CPU so far (ps TIME), nanoseconds.
  public var runtime: SimTime
  /// Whether this is a CPU's idle thread.
  public var isIdle: Bool
  /// What its program is doing: "syscall under giant (step 3 of cc)", "ithread loop", ….
  public var step: String = "-"
  /// Times it was made runnable and then got a CPU, and the worst and mean wait, ns.
  public var wakeups: Int = 0
  /// Longest made-runnable → on-CPU wait, ns.
  public var wakeupMax: SimTime = 0
  /// Mean made-runnable → on-CPU wait, ns.
  public var wakeupMean: SimTime = 0
}

/// CPU time categories (OpenBSD `CP_*` minus nice, plus spin as systat shows it).
public enum CPUState: Int, Sendable, CaseIterable {
  /// User mode.
  case user = 0
  /// Kernel, not interrupt.
  case sys = 1
  /// Interrupt context.
  case intr = 2
  /// Spinning on a lock.
  case spin = 3
  /// Idle (halted).
  case idle = 4
}

/// One CPU.
public struct CPUSnapshot: Sendable {
  /// CPU number.
  public var id: Int
  /// Thread on the CPU (its idle thread when idle).
  public var curproc: ProcID
  /// Whether the CPU is in `sched_idle_cpus`.
  public var idle: Bool
  /// `spc_curpriority`.
  public var curpriority: Int
  /// `spc_nrun`.
  public var nrun: Int
  /// `spc_whichqs`.
  public var whichqs: UInt32
  /// Queued threads per queue index (32 entries), FIFO order.
  public var queues: [[ProcID]]
  /// Nanoseconds spent in each `CPUState` since boot, indexed by `CPUState.rawValue`.
  public var time: [SimTime]
  /// NOP IPIs this CPU received.
  public var ipisReceived: UInt64
  /// Context switches on this CPU.
  public var switches: UInt64
}

/// Global scheduler counters (kern_sched.c) and switch/IPI totals.
public struct SchedCounters: Sendable, Equatable {
  /// `sched_nmigrations`.
  public var nmigrations: UInt64 = 0
  /// `sched_nomigrations`.
  public var nomigrations: UInt64 = 0
  /// `sched_noidle`.
  public var noidle: UInt64 = 0
  /// `sched_stolen`.
  public var stolen: UInt64 = 0
  /// `sched_choose`.
  public var choose: UInt64 = 0
  /// `sched_wasidle`.
  public var wasidle: UInt64 = 0
  /// `uvmexp.swtch`: real context switches.
  public var swtch: UInt64 = 0
  /// NOP IPIs sent by `cpu_unidle`.
  public var ipiUnidle: UInt64 = 0
  /// NOP IPIs sent by `cpu_kick`.
  public var ipiKick: UInt64 = 0
  /// Makes zeroed counters.
  public init() {}
}
