/// The invariant checker: SPEC.md §10, the rules that can be read off the state.
/// (Invariants 20 and 22 are about operations and are checked where they happen.)
extension Machine {
  /// Runs every state check now.
  public func checkInvariants() -> [Violation] {
    var out: [Violation] = []
    func fail(_ n: Int, _ msg: String) {
      out.append(Violation(invariant: n, time: now, message: msg))
    }
    var seen = [UInt8](repeating: 0, count: procs.count)
    for c in 0..<ncpu {
      var total: Int32 = 0
      for q in 0..<KernelConst.SCHED_NQS {
        var p = rqHead[rqIndex(c, q)]
        let bit = cpus[c].whichqs & (1 << UInt32(q)) != 0
        if bit != (p >= 0) {
          fail(
            17,
            "cpu\(c): whichqs bit \(q) is \(bit ? "set" : "clear") but queue \(q) is "
              + (p >= 0 ? "non-empty" : "empty"))
        }
        var guardCount = 0
        while p >= 0 && guardCount <= procs.count {
          guardCount += 1
          total += 1
          let pr = procs[Int(p)]
          seen[Int(p)] += 1
          if pr.stat != .SRUN { fail(18, "pid \(pr.pid) on cpu\(c) queue \(q) is \(pr.stat)") }
          if Int(pr.priority >> 2) != q {
            fail(18, "pid \(pr.pid) has priority \(pr.priority) but sits on queue \(q)")
          }
          if pr.cpu != Int32(c) { fail(18, "pid \(pr.pid) on cpu\(c)'s queue has p_cpu \(pr.cpu)") }
          p = pr.next
        }
      }
      if total != cpus[c].nrun { fail(17, "cpu\(c): spc_nrun \(cpus[c].nrun) but \(total) queued") }
      if queuedCPUs.contains(c) != (cpus[c].whichqs != 0) {
        fail(17, "cpu\(c): sched_queued_cpus membership disagrees with whichqs")
      }
      let cur = cpus[c].cur
      if procs[Int(cur)].stat != .SONPROC {
        fail(19, "cpu\(c): curproc pid \(procs[Int(cur)].pid) is \(procs[Int(cur)].stat)")
      }
      if seen[Int(cur)] > 0 { fail(19, "cpu\(c): curproc pid \(procs[Int(cur)].pid) is queued") }
      seen[Int(cur)] += 1
    }
    for b in 0..<SleepQueue.tableSize {
      var p = slpHead[b]
      var guardCount = 0
      while p >= 0 && guardCount <= procs.count {
        guardCount += 1
        seen[Int(p)] += 1
        p = procs[Int(p)].next
      }
    }
    for i in procs.indices where procs[i].alive {
      let pr = procs[i]
      if pr.crit < 0 { fail(1, "pid \(pr.pid) has p_crit \(pr.crit)") }
      if seen[i] > 1 { fail(19, "pid \(pr.pid) is on \(seen[i]) of run queue, sleep queue, CPU") }
      if pr.stat == .SONPROC {
        let onCPU = pr.cpu >= 0 && Int(pr.cpu) < ncpu && cpus[Int(pr.cpu)].cur == Int32(i)
        if !onCPU { fail(19, "pid \(pr.pid) is SONPROC but no CPU runs it") }
      }
      if pr.flags.contains(.P_CPUPEG) && pr.cpu != pr.pinnedCPU {
        fail(21, "pinned pid \(pr.pid) has p_cpu \(pr.cpu), pinned to cpu\(pr.pinnedCPU)")
      }
    }
    return out
  }
}
