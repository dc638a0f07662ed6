/// One event counter, as `sysctl kern.intrcnt` gives it: attach order, name, vector, count.
public struct EvCountSnapshot: Sendable, Equatable {
  /// `ec_name`.
  public var name: String
  /// `*ec_data`: the IDT vector for devices, 0 for clock, ipi and softintrs.
  public var vector: Int
  /// `ec_count`.
  public var count: UInt64
}

/// One interrupt source (hardware or soft) and its ithread.
public struct SourceSnapshot: Sendable, Equatable {
  /// The ithread's `p_comm`: handler names joined by ",", cut to 16 (`ehci0,mpi0`).
  public var name: String
  /// Handler (device or softintr) names in chain order.
  public var handlers: [String]
  /// Slot in `ci_isources[]`, nil for soft sources.
  public var slot: Int?
  /// IDT vector (0 for soft sources).
  public var vector: Int
  /// `level` or `edge` (soft sources are level with a no-op PIC).
  public var trigger: Trigger
  /// Masked in the PIC now.
  public var masked: Bool
  /// `is_scheduled`.
  public var scheduled: Bool
  /// The ithread.
  public var ithread: ProcID
  /// The ithread's pid.
  public var pid: Int
  /// CPU the ithread is pinned to.
  public var cpu: Int
  /// Sum of its handlers' evcounts.
  public var count: UInt64
  /// Handler passes run.
  public var passes: UInt64
  /// Interrupt raised → its ithread starts the handler pass (before any KERNEL_LOCK).
  public var dispatchLatency: Histogram
  /// Interrupt raised → the claiming handler returns.
  public var completionLatency: Histogram
}

/// A CPU's deferred interrupts, in the order `intr_unpend` will run them.
public struct PendingSnapshot: Sendable, Equatable {
  /// The CPU.
  public var cpu: Int
  /// `ci_ipending` (bitmask model; for tailq, the membership bits).
  public var bits: UInt64
  /// Pending entries in drain order: "ipi", "clock" or a source name.
  public var drainOrder: [String]
}

/// Per-CPU preemption counters.
public struct PreemptionCounters: Sendable, Equatable {
  /// Kernel preemptions taken (`preempt()` from the outermost `crit_leave`).
  public var preemptions: UInt64 = 0
  /// Requests raised while the thread was inside a critical section (taken later).
  public var deferred: UInt64 = 0
  /// User-mode preemptions (AST on return to user).
  public var userPreemptions: UInt64 = 0
  /// Zero counters.
  public init() {}
}

/// Everything about interrupts at one instant: `vmstat -i`, `smpscope intr`, `smpscope latency`.
public struct InterruptsSnapshot: Sendable {
  /// Simulated time.
  public var time: SimTime
  /// Event counters in attach order (clock, ipi, softintrs, devices).
  public var evcounts: [EvCountSnapshot]
  /// Interrupt sources in ithread-registration order.
  public var sources: [SourceSnapshot]
  /// Per-CPU pending queues.
  public var pending: [PendingSnapshot]
  /// The pending model.
  public var pendingModel: PendingModel
  /// Per-CPU preemption counters.
  public var preemption: [PreemptionCounters]
  /// Dispatch latency of every device interrupt (all hardware sources together): the branch
  /// log's "interrupt latency".
  public var interruptLatency: Histogram
  /// Made runnable → on CPU, every thread.
  public var wakeupLatency: Histogram
  /// Made runnable → on CPU, user threads only.
  public var userWakeupLatency: Histogram
  /// Hardware IPIs sent, by cause: unidle, kick.
  public var ipisSent: (unidle: UInt64, kick: UInt64)
}
