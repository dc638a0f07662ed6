/// A kernel lock: the kernel lock "giant" in one of three models (SPEC.md D2), or a named bmtx.
/// Only the files in `Sync/` look at `model`.
struct KLock {
  var name: String
  var model: LockModel
  /// Owning thread, −1 when free (bmtx and rrwlock owner bits; for mplock the thread that took it
  /// on `ownerCPU`).
  var owner: Int32 = -1
  /// mplock: the owning CPU.
  var ownerCPU: Int32 = -1
  /// Holds beyond the first: `bmtx_recurse`, `rrwl_wcnt` − 1, mplock depth − 1.
  var recurse: Int32 = 0
  /// `BMTX_WAITERS` / `RWLOCK_WAIT`, kept as the kernel keeps it (invariant 28 compares).
  var waitersFlag = false
  /// `BMTX_RECURSED`.
  var recursedFlag = false
  /// bmtx: FIFO of blocked waiters, linked through `p_runq`.
  var head: Int32 = -1
  var tail: Int32 = -1
  var queued: Int32 = 0
  /// rrwlock: threads asleep on it (in the sleep queue, wchan = the lock).
  var sleepers: Int32 = 0
  /// CPUs whose thread spins on it.
  var spinners = CPUSet()
  /// mplock tickets: next to hand out, now serving.
  var nextTicket: Int64 = 0
  var serving: Int64 = 0
  /// BMTX_STATS for this lock (the global table sums every bmtx).
  var stats = BmtxStats()
  /// `bmtx_lock` / `bmtx_unlock` calls, for the identities (invariant 37).
  var lockCalls: UInt64 = 0
  var unlockCalls: UInt64 = 0
  var acct = LockStats()
  var heldSince: SimTime = 0
  var callers: [LockCaller] = []

  init(name: String, model: LockModel) {
    self.name = name
    self.model = model
  }

  /// The wmesg its sleepers show.
  var sleepWmesg: Wmesg { model == .rrwlock ? .kernellock : .giant }
}

/// How often one program step took a lock.
struct LockCaller: Equatable {
  /// Scenario spec (high bits) and pc, or −1 − source for an ithread.
  var key: Int64
  var count: UInt64
}

/// The BMTX_STATS counters (SPEC.md §6.4), plus the branch log's `bmtx_unlock_has_waiter`.
public struct BmtxStats: Sendable, Equatable {
  /// `bmtx_fast_locks`.
  public var fastLocks: UInt64 = 0
  /// `bmtx_fast_unlocks`.
  public var fastUnlocks: UInt64 = 0
  /// `bmtx_recursed_locks`.
  public var recursedLocks: UInt64 = 0
  /// `bmtx_recursed_unlocks`.
  public var recursedUnlocks: UInt64 = 0
  /// `bmtx_lock_blocks`.
  public var lockBlocks: UInt64 = 0
  /// `bmtx_lock_blocks_cancelled`.
  public var lockBlocksCancelled: UInt64 = 0
  /// `bmtx_lock_blocks_slept`.
  public var lockBlocksSlept: UInt64 = 0
  /// `bmtx_spun_locks`.
  public var spunLocks: UInt64 = 0
  /// `bmtx_blocked_unlocks`.
  public var blockedUnlocks: UInt64 = 0
  /// `bmtx_unlock_has_waiter`: unlocks that found `BMTX_WAITERS` set.
  public var unlockHasWaiter: UInt64 = 0
  /// Zero counters.
  public init() {}
}
