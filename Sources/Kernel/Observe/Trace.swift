/// Kinds of trace record: what the log pane and the narration tell.
public enum TraceKind: UInt8, Sendable, CaseIterable {
  /// `mi_switch`: a = old thread, b = new thread.
  case mi_switch
  /// `tsleep`: a = thread.
  case tsleep
  /// `setrunnable` after a wakeup or timeout: a = thread, b = chosen CPU.
  case setrunnable
  /// A NOP IPI was sent: a = target CPU, b = cause (0 unidle, 1 kick).
  case ipiSend
  /// `fork1`: a = parent, b = child.
  case fork
  /// `exit1`: a = thread.
  case exit
  /// User-mode `preempt`: a = thread.
  case preempt
  /// `sched_steal_proc`: a = thread, b = the CPU it came from.
  case steal
  /// An interrupt was deferred by a critical section: a = slot.
  case deferred
  /// `ithread_run`: a = the ithread, b = 1 if it was woken, 0 if it was already runnable or
  /// running (`is_scheduled` makes it loop once more).
  case ithread_run
  /// `crit_unpend` at the outermost `crit_leave`: a = deferred entries run.
  case crit_unpend
  /// `bmtx_lock_block` decided: a = thread, b = lock × 2 + (1 if cancelled, 0 if it slept).
  case bmtx_lock_block
  /// A thread starts spinning for a lock: a = thread, b = lock.
  case lock_spin
}

/// One trace record: 24 bytes, no references.
public struct TraceRecord: Sendable, Equatable {
  /// When.
  public var time: SimTime
  /// On which CPU.
  public var cpu: Int32
  /// What.
  public var kind: TraceKind
  /// First argument (see `TraceKind`).
  public var a: Int32
  /// Second argument.
  public var b: Int32
}

/// A bounded ring of the most recent trace records, preallocated.
public struct TraceRing: Sendable {
  private var storage: [TraceRecord]
  private var head = 0
  /// Records written since boot (including those overwritten).
  public private(set) var written: UInt64 = 0

  /// A ring holding the last `capacity` records.
  public init(capacity: Int) {
    storage = Array(
      repeating: TraceRecord(time: 0, cpu: 0, kind: .mi_switch, a: 0, b: 0), count: max(1, capacity)
    )
  }

  @inline(__always) mutating func append(_ r: TraceRecord) {
    storage[head] = r
    head += 1
    if head == storage.count { head = 0 }
    written &+= 1
  }

  /// The retained records, oldest first.
  public var records: [TraceRecord] {
    let n = Int(min(written, UInt64(storage.count)))
    let start = (head - n + storage.count) % storage.count
    return (0..<n).map { storage[(start + $0) % storage.count] }
  }
}
