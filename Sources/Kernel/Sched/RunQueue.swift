/// Per-CPU run queues: `SCHED_NQS` FIFO tail queues linked through `p_runq`, `spc_whichqs` and
/// `spc_nrun` (SPEC.md §2.1–2.3).
extension Machine {
  @inline(__always) func rqIndex(_ cpu: Int, _ q: Int) -> Int { cpu &* KernelConst.SCHED_NQS &+ q }

  /// `setrunqueue`: append to the tail of the queue for `p_priority >> 2` on `p_cpu`.
  mutating func setrunqueue(_ p: Int32) {
    let c = Int(procs[Int(p)].cpu)
    let q = Int(procs[Int(p)].priority >> 2)
    let i = rqIndex(c, q)
    procs[Int(p)].next = -1
    procs[Int(p)].prev = rqTail[i]
    procs[Int(p)].onList = .runQueue
    if rqTail[i] >= 0 { procs[Int(rqTail[i])].next = p } else { rqHead[i] = p }
    rqTail[i] = p
    cpus[c].nrun += 1
    cpus[c].whichqs |= 1 << UInt32(q)
    queuedCPUs.insert(c)
    if idleCPUs.contains(c) { cpuUnidle(c) }
  }

  /// `remrunqueue`: unlink from its queue; clear `whichqs` and `sched_queued_cpus` as they empty.
  mutating func remrunqueue(_ p: Int32) {
    let c = Int(procs[Int(p)].cpu)
    let q = Int(procs[Int(p)].priority >> 2)
    let i = rqIndex(c, q)
    let (pr, n) = unlinkNeighbours(p)
    if pr < 0 { rqHead[i] = n }
    if n < 0 { rqTail[i] = pr }
    cpus[c].nrun -= 1
    if rqHead[i] < 0 {
      cpus[c].whichqs &= ~(1 << UInt32(q))
      if cpus[c].whichqs == 0 { queuedCPUs.remove(c) }
    }
  }

  /// Unlinks `p` from its list's neighbours; returns them so the caller can fix head and tail.
  @inline(__always) mutating func unlinkNeighbours(_ p: Int32) -> (prev: Int32, next: Int32) {
    let n = procs[Int(p)].next
    let pr = procs[Int(p)].prev
    if pr >= 0 { procs[Int(pr)].next = n }
    if n >= 0 { procs[Int(n)].prev = pr }
    procs[Int(p)].next = -1
    procs[Int(p)].prev = -1
    procs[Int(p)].onList = .none
    return (pr, n)
  }

  /// `sched_chooseproc`: the head of the lowest non-empty local queue, else a stolen thread,
  /// else the idle thread.
  mutating func chooseproc(_ c: Int) -> Int32 {
    let wq = cpus[c].whichqs
    if wq != 0 {
      let q = wq.trailingZeroBitCount
      let p = rqHead[rqIndex(c, q)]
      if checksInvariants { checkChooseHead(c, chosen: p) }
      remrunqueue(p)
      counters.noidle += 1
      return p
    }
    if let p = steal(c) { return p }
    let idle = cpus[c].idleProc
    procs[Int(idle)].stat = .SRUN
    return idle
  }

  /// `sched_steal_proc`: the cheapest unpinned thread in the highest-priority non-empty queue of
  /// each CPU with queued work.
  mutating func steal(_ c: Int) -> Int32? {
    var best: Int32 = -1
    var bestCost = 0
    var from = 0
    var ci = queuedCPUs.next(from: 0)
    while let other = ci {
      let q = cpus[other].whichqs.trailingZeroBitCount
      var p = rqHead[rqIndex(other, q)]
      while p >= 0 {
        if !procs[Int(p)].flags.contains(.P_CPUPEG) {
          let cost = costToCPU(c, p)
          if best < 0 || cost < bestCost {
            best = p
            bestCost = cost
            from = other
          }
        }
        p = procs[Int(p)].next
      }
      ci = queuedCPUs.next(from: other + 1)
    }
    guard best >= 0 else { return nil }
    remrunqueue(best)
    procs[Int(best)].cpu = Int32(c)
    counters.stolen += 1
    traceRecord(.steal, best, Int32(from))
    return best
  }

  /// Invariant 22, checked where it applies: the choice is the head of the lowest non-empty queue.
  private mutating func checkChooseHead(_ c: Int, chosen: Int32) {
    for q in 0..<KernelConst.SCHED_NQS where rqHead[rqIndex(c, q)] >= 0 {
      if rqHead[rqIndex(c, q)] != chosen {
        recordViolations([
          Violation(
            invariant: 22, time: now,
            message: "cpu\(c): sched_chooseproc took pid \(procs[Int(chosen)].pid), "
              + "not the head of queue \(q)")
        ])
      }
      return
    }
  }
}
