/// CPU selection: `sched_choosecpu`, `sched_choosecpu_fork` and the cost function (SPEC.md §2.4).
extension Machine {
  /// `sched_proc_to_cpu_cost`.
  func costToCPU(_ c: Int, _ p: Int32) -> Int {
    let i = Int(p)
    var cost = 0
    if !idleCPUs.contains(c) {
      cost += Int(procs[i].priority - cpus[c].curpriority) + 3
    }
    if queuedCPUs.contains(c) { cost += 3 * Int(cpus[c].nrun) }
    cost += Int(cpus[c].ldavg) >> KernelConst.FSHIFT
    if procs[i].cpu == Int32(c) && procs[i].slptime == 0 {
      let pages = info[i].rssKB / 4
      if pages > 0 { cost -= Int.bitWidth - 1 - pages.leadingZeroBitCount }
    }
    return cost
  }

  /// `sched_choosecpu`: pinned threads stay; otherwise an idle CPU with nothing queued, keeping
  /// `p_cpu` when it qualifies, else the cheapest CPU (ties to the lowest index).
  mutating func choosecpu(_ p: Int32) -> Int32 {
    let i = Int(p)
    if procs[i].flags.contains(.P_CPUPEG) { return procs[i].pinnedCPU }
    counters.choose += 1
    var set = idleCPUs.subtracting(queuedCPUs)
    let pcpu = procs[i].cpu
    if pcpu >= 0 {
      let own = Int(pcpu)
      if set.contains(own)
        || (pcpu == curcpu && cpus[own].nrun == 0 && cpus[own].cur == p)
      {
        counters.wasidle += 1
        return pcpu
      }
    }
    if set.isEmpty { set = allCPUs }
    var choice = -1
    var best = 0
    var ci = set.next(from: 0)
    while let c = ci {
      let cost = costToCPU(c, p)
      if choice < 0 || cost < best {
        choice = c
        best = cost
      }
      ci = set.next(from: c + 1)
    }
    if Int32(choice) != pcpu { counters.nmigrations += 1 } else { counters.nomigrations += 1 }
    return Int32(choice)
  }

  /// `sched_choosecpu_fork`: an idle CPU with nothing queued, else the fewest queued threads, then
  /// the lowest load average.
  func choosecpuFork() -> Int32 {
    if let c = idleCPUs.subtracting(queuedCPUs).next(from: 0) { return Int32(c) }
    var choice = 0
    for c in 1..<ncpu
    where cpus[c].nrun < cpus[choice].nrun
      || (cpus[c].nrun == cpus[choice].nrun && cpus[c].ldavg < cpus[choice].ldavg)
    {
      choice = c
    }
    return Int32(choice)
  }
}
