/// `p_stat` (sys/sys/proc.h), with the kernel's numeric values.
public enum ProcStat: UInt8, Sendable, Codable {
  /// Being created by fork.
  case SIDL = 1
  /// Runnable, on a run queue.
  case SRUN = 2
  /// Sleeping on a wait channel, or blocked on a bmtx.
  case SSLEEP = 3
  /// Stopped.
  case SSTOP = 4
  /// Zombie (2014 headers).
  case SZOMB = 5
  /// Almost gone: exited, waiting for its parent.
  case SDEAD = 6
  /// Running on a CPU.
  case SONPROC = 7
}

/// Kernel constants from sys/sys/param.h, proc.h and sched.h.
public enum KernelConst {
  /// Swapper priority.
  public static let PSWP = 0
  /// VM priority: ithreads and bmtx waiters.
  public static let PVM = 4
  /// Block-I/O priority.
  public static let PRIBIO = 16
  /// Below this a sleep is not interruptible by signals and counts in the load average.
  public static let PZERO = 22
  /// Socket sleep priority.
  public static let PSOCK = 24
  /// `wait` priority.
  public static let PWAIT = 32
  /// Lock priority; rrwlock waiters sleep at PLOCK − 4.
  public static let PLOCK = 36
  /// Pause priority (the syncer).
  public static let PPAUSE = 40
  /// Base user priority.
  public static let PUSER = 50
  /// Worst priority.
  public static let MAXPRI = 127
  /// Nice origin.
  public static let NZERO = 20
  /// `p_comm` length.
  public static let MAXCOMLEN = 16
  /// Seconds of sleep after which ps shows `I`.
  public static let MAXSLP = 20
  /// Number of run queues per CPU.
  public static let SCHED_NQS = 32
  /// estcpu ceiling.
  public static let ESTCPULIM = 36
  /// Nice weight in the user priority.
  public static let NICE_WEIGHT = 2
  /// Fixed-point shift of load averages and pctcpu.
  public static let FSHIFT = 11
  /// 1 << FSHIFT.
  public static let FSCALE = 2048
  /// exp(−1/20) · FSCALE, pctcpu decay per second.
  public static let ccpu = 1948
  /// exp(−1/12), exp(−1/60), exp(−1/180) · FSCALE: load average decay.
  public static let cexp = [1884, 2014, 2036]
  /// Clock ticks per second (SPEC.md D9).
  public static let hz = 100
}

/// `p_flag` bits (sys/sys/proc.h).
public struct ProcFlags: OptionSet, Sendable, Codable, Hashable {
  public var rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }
  /// Interruptible sleep (PCATCH).
  public static let P_SINTR = ProcFlags(rawValue: 0x80)
  /// Kernel thread.
  public static let P_SYSTEM = ProcFlags(rawValue: 0x200)
  /// Timed sleep.
  public static let P_TIMEOUT = ProcFlags(rawValue: 0x400)
  /// Exiting.
  public static let P_WEXIT = ProcFlags(rawValue: 0x2000)
  /// Pinned to its CPU (`sched_pin`).
  public static let P_CPUPEG = ProcFlags(rawValue: 0x4000_0000)
}
