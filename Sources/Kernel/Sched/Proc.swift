/// What a thread does next when it gets a CPU.
enum Continuation: UInt8 {
  /// Fetch and run the next program instruction.
  case next
  /// Finish the interrupted segment (`remaining` nanoseconds of `segMode`).
  case segment
  /// Return to user mode (after a system call or a sleep): userret's AST checks, then `next`.
  case userret
  /// The idle loop.
  case idle
  /// The ithread loop (`ithread()`), at stage `ihStage`.
  case ithread
  /// Try the lock in `waitLock` again (after spinning, an interrupt, or a wakeup), then `lockThen`.
  case lockRetry
  /// `bmtx_lock_block` holds SCHED_LOCK now: re-test, then sleep or cancel.
  case lockBlock
  /// End of a system call under the kernel lock: KERNEL_UNLOCK, then userret.
  case syscallRelease
  /// Finished; never runs again.
  case dead
}

/// One thread's scheduling and execution state. Only plain values: copying the proc table is a
/// checkpoint, and the hot path causes no reference counting.
struct Proc {
  var pid: Int32 = 0
  /// Parent's proc-table index (−1 for proc0).
  var parent: Int32 = -1
  var stat: ProcStat = .SIDL
  var flags: ProcFlags = []
  var priority: Int32 = Int32(KernelConst.PUSER)
  var usrpri: Int32 = Int32(KernelConst.PUSER)
  /// NZERO-based nice.
  var nice: Int32 = Int32(KernelConst.NZERO)
  var estcpu: Int32 = 0
  var pctcpu: Int32 = 0
  var cpticks: Int32 = 0
  var slptime: Int32 = 0
  /// Wait channel: a simulated kernel address, 0 when not asleep.
  var wchan: UInt64 = 0
  var wmesg: Wmesg = .none
  /// `p_cpu`, −1 before the thread first got one.
  var cpu: Int32 = -1
  /// Pinned CPU for `P_CPUPEG` threads.
  var pinnedCPU: Int32 = -1
  var crit: Int32 = 0
  var preempt: Bool = false
  /// `p_runq` link, shared by run queues and sleep queues (a thread is on at most one).
  var next: Int32 = -1
  var prev: Int32 = -1
  /// Which list the thread is linked on.
  var onList: ListKind = .none
  var startTime: SimTime = 0
  var runtime: SimTime = 0
  var switchedIn: SimTime = 0
  // Execution.
  var pc: Int32 = 0
  var loops: SIMD4<Int32> = .zero
  var cont: Continuation = .next
  /// What follows the current segment.
  var afterSeg: Continuation = .next
  var segMode: CPUState = .user
  var remaining: SimTime = 0
  /// Sequence of the armed timeout, 0 when none (stale timeouts are skipped).
  var timeoutSeq: UInt64 = 0
  var liveChildren: Int32 = 0
  var zombieChildren: Int32 = 0
  /// Part of the scenario's workload (not a kernel thread, not init).
  var isWorkload: Bool = false
  var isIdle: Bool = false
  /// Freed as soon as it has switched away (children of init are reaped at once).
  var autoReap: Bool = false
  /// Head of this thread's list of zombie children (linked through `next`).
  var zombies: Int32 = -1
  /// Creation order: allproc order for snapshots.
  var serial: UInt32 = 0
  // Interrupt threads.
  /// Source this ithread serves (−1 for other threads).
  var ihSource: Int32 = -1
  var ihIndex: Int32 = 0
  var ihStage: IThreadStage = .begin
  var ihClaimed: Bool = false
  // Locks and preemption.
  /// Locks held, as a bitmask of lock indices (giant is bit 0).
  var heldMask: UInt64 = 0
  /// Named locks held, in acquisition order (the lock-order checker's stack).
  var heldOrder: SIMD8<Int8> = .zero
  var heldCount: Int8 = 0
  /// Kernel-lock depth dropped by KERNEL_UNLOCK_ALL around a voluntary switch, to re-take.
  var giantSaved: Int32 = 0
  /// When the current lock wait began (−1 = not waiting), and when it went to sleep on it.
  var lockWaitStart: SimTime = -1
  var lockSleepStart: SimTime = -1
  /// bmtx_lock_block: the owner it saw before taking SCHED_LOCK.
  var blockSeen: Int32 = -1
  /// Lock being acquired (−1 none) and what follows once it is held.
  var waitLock: Int32 = -1
  var lockThen: Continuation = .next
  /// When it was last made runnable (−1 = not waiting for a CPU).
  var runnableAt: SimTime = -1
  /// Its own made-runnable → on-CPU waits: count, sum, max.
  var wakeCount: Int32 = 0
  var wakeSum: SimTime = 0
  var wakeMax: SimTime = 0
  /// `preempt()` saved this priority and pinned the thread; restored when it runs again.
  var savedPriority: Int32 = -1
  var pinnedByPreempt: Bool = false
  /// Device of an outstanding I/O request.
  var ioDevice: Int32 = -1
  /// Slot in use.
  var alive: Bool = false
  /// Index of the scenario or template spec it was made from (−1 for built-in threads).
  var spec: Int32 = -1
  var isTemplate: Bool = false
}

/// Which intrusive list a thread is on.
enum ListKind: UInt8 {
  case none
  case runQueue
  case sleepQueue
  case lockWaiters
}

/// Where an ithread is in its loop (SPEC.md §4.4).
enum IThreadStage: UInt8 {
  /// Top of a pass.
  case begin
  /// About to run handler `ihIndex` (clear `is_scheduled`, KERNEL_LOCK if not MPSAFE).
  case handler
  /// Handler `ihIndex` may run now (the kernel lock is held if needed).
  case run
  /// Handler `ihIndex` returned: evcount, KERNEL_UNLOCK, next handler.
  case returned
}

/// `p_wmesg` values, as a small index so the proc table holds no strings.
enum Wmesg: UInt8, CaseIterable {
  case none
  case nanosleep
  case wait
  case schedul
  case pgdaemon
  case reaper
  case syncer
  case intr
  case netio
  case ttyin
  case giant
  case kernellock
  case device

  var text: String? {
    switch self {
    case .none: return nil
    case .nanosleep: return "nanosleep"
    case .wait: return "wait"
    case .schedul: return "schedul"
    case .pgdaemon: return "pgdaemon"
    case .reaper: return "reaper"
    case .syncer: return "syncer"
    case .intr: return "intr"
    case .netio: return "netio"
    case .ttyin: return "ttyin"
    case .giant: return "giant"
    case .kernellock: return "kernellock"
    case .device: return nil
    }
  }
}
