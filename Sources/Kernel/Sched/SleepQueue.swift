/// Sleep queues: `TABLESIZE` buckets hashed by wait-channel address (SPEC.md §11).
enum SleepQueue {
  static let tableSize = 128
  @inline(__always) static func bucket(_ chan: UInt64) -> Int { Int((chan >> 8) & 127) }
}

/// Simulated kernel addresses: wait channels and `bmtx_dump`'s pointers.
enum KAddr {
  static let procBase: UInt64 = 0xffff_8000_1100_0000
  static let procSize: UInt64 = 0x400
  static let nanowait: UInt64 = 0xffff_ffff_8184_2a40
  static let pagedaemon: UInt64 = 0xffff_ffff_8190_1c00
  static let deadproc: UInt64 = 0xffff_ffff_8190_3e80
  static func proc(_ p: Int32) -> UInt64 { procBase + UInt64(p) * procSize }
}

/// Timed sleeps waiting for their tick: a binary heap keyed by `(tick, seq)`.
struct TimeoutQueue {
  struct Entry {
    var tick: Int64
    var seq: UInt64
    var proc: Int32
    func precedes(_ o: Entry) -> Bool { tick < o.tick || (tick == o.tick && seq < o.seq) }
  }
  private(set) var heap: [Entry] = []
  private var nextSeq: UInt64 = 1

  /// Arms a timeout; returns its sequence number (what the proc remembers).
  mutating func add(tick: Int64, proc: Int32) -> UInt64 {
    let s = nextSeq
    nextSeq += 1
    heap.append(Entry(tick: tick, seq: s, proc: proc))
    var i = heap.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard heap[i].precedes(heap[parent]) else { break }
      heap.swapAt(i, parent)
      i = parent
    }
    return s
  }

  /// Whether a timeout is due at `tick`.
  func hasDue(_ tick: Int64) -> Bool { (heap.first?.tick ?? .max) <= tick }

  /// Pops the earliest timeout if it is due at `tick`.
  mutating func popDue(_ tick: Int64) -> Entry? {
    guard let top = heap.first, top.tick <= tick else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      var i = 0
      while true {
        let l = 2 * i + 1
        guard l < heap.count else { break }
        let r = l + 1
        let c = (r < heap.count && heap[r].precedes(heap[l])) ? r : l
        guard heap[c].precedes(heap[i]) else { break }
        heap.swapAt(i, c)
        i = c
      }
    }
    return top
  }
}

/// tsleep / wakeup / setrunnable (SPEC.md §2.7, §2.8).
extension Machine {
  /// Puts `p` to sleep on `chan` (the caller switches away).
  mutating func tsleep(
    _ p: Int32, chan: UInt64, priority: Int32, catch: Bool, wmesg: Wmesg, timo: SimTime?
  ) {
    procs[Int(p)].wchan = chan
    procs[Int(p)].wmesg = wmesg
    procs[Int(p)].priority = priority
    procs[Int(p)].slptime = 0
    procs[Int(p)].stat = .SSLEEP
    if `catch` { procs[Int(p)].flags.insert(.P_SINTR) }
    let b = SleepQueue.bucket(chan)
    procs[Int(p)].next = -1
    procs[Int(p)].prev = slpTail[b]
    procs[Int(p)].onList = .sleepQueue
    if slpTail[b] >= 0 { procs[Int(slpTail[b])].next = p } else { slpHead[b] = p }
    slpTail[b] = p
    if let t = timo {
      procs[Int(p)].flags.insert(.P_TIMEOUT)
      // tvtohz: whole ticks, rounded up, at least one.
      let n = max(1, (t + tickNs - 1) / tickNs)
      procs[Int(p)].timeoutSeq = timeouts.add(tick: ticks + n, proc: p)
    }
    traceRecord(.tsleep, p)
  }

  /// `wakeup(chan)`: makes every thread sleeping on `chan` runnable.
  mutating func wakeup(_ chan: UInt64) {
    let b = SleepQueue.bucket(chan)
    var p = slpHead[b]
    var woke = false
    while p >= 0 {
      let n = procs[Int(p)].next
      if procs[Int(p)].wchan == chan {
        if !woke { schedLockOp() }
        woke = true
        setrunnable(p)
      }
      p = n
    }
  }

  /// `setrunnable`: off the sleep queue, SRUN, `sched_choosecpu`, `setrunqueue`, `updatepri` after
  /// long sleeps, `resched_proc`.
  mutating func setrunnable(_ p: Int32, ithreadWakeup: Bool = false) {
    if checksInvariants && ithreadWakeup
      && procs[Int(p)].wchan != SourceAddr.source(procs[Int(p)].ihSource)
    {
      recordViolations([
        Violation(
          invariant: 14, time: now,
          message: "ithread_run woke pid \(procs[Int(p)].pid) from a foreign wchan")
      ])
    }
    if procs[Int(p)].onList == .sleepQueue {
      let b = SleepQueue.bucket(procs[Int(p)].wchan)
      let (pr, n) = unlinkNeighbours(p)
      if pr < 0 { slpHead[b] = n }
      if n < 0 { slpTail[b] = pr }
    }
    procs[Int(p)].timeoutSeq = 0
    procs[Int(p)].wchan = 0
    procs[Int(p)].wmesg = .none
    procs[Int(p)].flags.remove([.P_SINTR, .P_TIMEOUT])
    procs[Int(p)].stat = .SRUN
    let target = choosecpu(p)
    procs[Int(p)].cpu = target
    setrunqueue(p)
    if procs[Int(p)].slptime > 1 { updatepri(p) }
    procs[Int(p)].slptime = 0
    procs[Int(p)].runnableAt = now
    traceRecord(.setrunnable, p, target)
    reschedProc(p, procs[Int(p)].priority)
    // Kernel preemption (D3, D10): an ithread wakeup with kern.preemption ≥ 1, any thread with 2,
    // when it beats what runs on its CPU.
    if options.preemption >= 2 || (options.preemption == 1 && ithreadWakeup) {
      let cur = cpus[Int(target)].cur
      if !procs[Int(cur)].isIdle && procs[Int(p)].priority < procs[Int(cur)].priority {
        requestPreempt(Int(target), for: procs[Int(p)].priority, ithread: ithreadWakeup)
      }
    }
  }

  /// softclock's work: wakes the timed sleeps that are due; returns how many it woke.
  @discardableResult
  mutating func runTimeouts() -> Int {
    var n = 0
    while let e = timeouts.popDue(ticks) {
      let p = e.proc
      guard procs[Int(p)].timeoutSeq == e.seq, procs[Int(p)].stat == .SSLEEP else { continue }
      schedLockOp()
      setrunnable(p)
      n += 1
    }
    return n
  }
}
