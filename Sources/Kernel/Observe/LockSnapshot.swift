/// One lock as the locks pane, `lockstat` and `bmtx_dump` show it.
public struct LockSnapshot: Sendable {
  /// `bmtx_name` (`giant` for the kernel lock as bmtx, `kernellock` as rrwlock, `kernel_lock`
  /// as mplock).
  public var name: String
  /// Which implementation.
  public var kind: LockModel
  /// Simulated kernel address (`bmtx_dump`'s `(<addr>)`).
  public var address: UInt64
  /// Owning thread (bmtx, rrwlock), nil when free or owned by a CPU.
  public var owner: ProcID?
  /// Owner's pid and comm, for display.
  public var ownerPid: Int?
  /// Owner's comm.
  public var ownerComm: String?
  /// Owning CPU (mplock).
  public var ownerCPU: Int?
  /// `BMTX_WAITERS` / `RWLOCK_WAIT`: someone sleeps on it.
  public var waitersFlag: Bool
  /// `BMTX_RECURSED`.
  public var recursedFlag: Bool
  /// `bmtx_recurse` / `rrwl_wcnt − 1` / mplock depth − 1.
  public var recurse: Int
  /// Sleeping waiters in FIFO order (bmtx), or every sleeper (rrwlock).
  public var waiters: [ProcID]
  /// CPUs spinning on it, ascending.
  public var spinners: [Int]
  /// Accounting since boot.
  public var stats: LockStats
}

/// Per-lock accounting (issue 5 item 4).
public struct LockStats: Sendable, Equatable {
  /// Successful acquisitions (first holds, not recursion).
  public var acquisitions: UInt64 = 0
  /// Acquisitions that had to spin or sleep first.
  public var contended: UInt64 = 0
  /// Nanoseconds CPUs spent spinning on it.
  public var spinNs: Int64 = 0
  /// Nanoseconds threads spent asleep on it.
  public var blockNs: Int64 = 0
  /// Nanoseconds it was held (first acquisition to final release).
  public var holdNs: Int64 = 0
  /// Most threads waiting (spinning or asleep) at once.
  public var maxWaiters: Int = 0
  /// Wait per contended acquisition (spin + sleep), ns.
  public var wait = Histogram()
  /// Hold time per acquisition, ns.
  public var hold = Histogram()
  /// The program step that took it most often: "comm: op (step N)".
  public var topCaller: String = "-"
  /// Zero stats.
  public init() {}
}

/// One link of a wait chain: thread → lock → owner → … ("why isn't X running?").
public struct WaitLink: Sendable, Equatable {
  /// The thread.
  public var thread: ProcID
  /// What it is doing or waiting for, in words ("spinning on giant", "asleep on bmtx vnode_lock",
  /// "running on cpu2", "preempted on cpu0's run queue (keeps giant)").
  public var state: String
  /// The lock it waits for, if any (the next link is that lock's owner).
  public var lock: String?
}

/// Something the lock-order checker or the deadlock detector found.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
  /// What kind.
  public enum Kind: String, Sendable {
    /// Two locks taken in both orders (reported once per pair).
    case lockOrderReversal = "lock order reversal"
    /// A cycle of threads waiting for each other's locks; the run stops.
    case deadlock
  }
  /// The kind.
  public var kind: Kind
  /// When it was found.
  public var time: SimTime
  /// The cycle or the two orders, in words.
  public var message: String
  /// `kind: message`.
  public var description: String { "\(kind.rawValue): \(message)" }
}
