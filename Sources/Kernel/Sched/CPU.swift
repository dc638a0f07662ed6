/// What a CPU is doing between two of its events.
enum Phase: UInt8 {
  /// Running a thread's user or kernel segment; interrupts are taken.
  case run
  /// Kernel work inside a critical section (SCHED_LOCK held, a switch); interrupts are deferred.
  case kernel
  /// In an interrupt handler; further interrupts extend it.
  case intr
  /// The idle thread sits in `hlt`/`mwait`; no timer.
  case halted
  /// Spinning on a lock whose owner runs; no timer: the lock's release (or its owner leaving
  /// the CPU) wakes the spinner. Interrupts are taken.
  case spin
}

/// Nanoseconds per CPU state.
struct CPUTimes: Equatable {
  var user: SimTime = 0
  var sys: SimTime = 0
  var intr: SimTime = 0
  var spin: SimTime = 0
  var idle: SimTime = 0

  subscript(_ s: CPUState) -> SimTime {
    get {
      switch s {
      case .user: return user
      case .sys: return sys
      case .intr: return intr
      case .spin: return spin
      case .idle: return idle
      }
    }
    set {
      switch s {
      case .user: user = newValue
      case .sys: sys = newValue
      case .intr: intr = newValue
      case .spin: spin = newValue
      case .idle: idle = newValue
      }
    }
  }

  var array: [SimTime] { [user, sys, intr, spin, idle] }
}

/// `spc_schedflags` bits.
struct SchedFlags: OptionSet, Equatable {
  var rawValue: UInt8
  static let SPCF_SEENRR = SchedFlags(rawValue: 0x1)
  static let SPCF_SHOULDYIELD = SchedFlags(rawValue: 0x2)
  static let SPCF_SWITCHCLEAR: SchedFlags = [.SPCF_SEENRR, .SPCF_SHOULDYIELD]
}

/// IPI function bits (`X86_IPI_*`).
enum IPIFunction {
  static let NOP: UInt32 = 0x2
}

/// One CPU (`struct cpu_info` + `struct schedstate_percpu`), plain values only.
struct CPU {
  var cur: Int32
  var idleProc: Int32
  var phase: Phase = .kernel
  /// Accounting bucket of the current phase.
  var segKind: CPUState = .sys
  var segStart: SimTime = 0
  /// Spin time inside the current phase, moved to `times.spin` when it is charged.
  var phaseSpin: SimTime = 0
  var times = CPUTimes()
  // Scheduler state.
  var whichqs: UInt32 = 0
  var nrun: Int32 = 0
  var curpriority: Int32 = 0
  var schedflags: SchedFlags = []
  var rrticks: Int32 = Int32(KernelConst.hz / 10)
  var schedticks: Int32 = 0
  var ldavg: Int32 = 0
  var wantResched = false
  // Interrupts.
  var ipis: UInt32 = 0
  var ipiInFlight = false
  /// `ci_ipending`: pending slots (also the membership set of the tailq model).
  var ipending: UInt64 = 0
  /// The tailq model's FIFO (in `Machine.pendQ`): start and length.
  var pendHead: Int32 = 0
  var pendCount: Int32 = 0
  var mwaitWakePending = false
  var schedLockDepth: Int32 = 0
  /// In `mi_switch`: `cur` is the incoming thread, SRUN until `cpu_switchto` completes.
  var switching = false
  /// Priority of the thread a pending kernel preemption makes way for (D4 intended boost).
  var preemptorPriority: Int32 = Int32(KernelConst.MAXPRI)
  var preempt = PreemptionCounters()
  /// mplock ticket this CPU waits with (−1 = none).
  var mplTicket: Int64 = -1
  // Counters.
  var switches: UInt64 = 0
  var ipisReceived: UInt64 = 0
  var clockTicks: UInt64 = 0
}
