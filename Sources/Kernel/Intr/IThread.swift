/// The ithread loop (SPEC.md §4.4, E5): per handler clear `is_scheduled`, KERNEL_LOCK unless
/// MPSAFE, run it, count it when it claims; then unmask and sleep on "intr" unless rescheduled.
extension Machine {
  mutating func ithreadLoop(_ c: Int) {
    let t = cpus[c].cur
    let s = procs[Int(t)].ihSource
    while true {
      switch procs[Int(t)].ihStage {
      case .begin:
        if sources[Int(s)].raisedAt >= 0 {
          let waited = now - sources[Int(s)].raisedAt
          dispatchLatency[Int(s)].record(waited)
          if sources[Int(s)].slot >= 0 { interruptLatency.record(waited) }
        }
        sources[Int(s)].passRaisedAt = sources[Int(s)].raisedAt
        sources[Int(s)].raisedAt = -1
        sources[Int(s)].passes += 1
        procs[Int(t)].ihIndex = 0
        procs[Int(t)].ihStage = .handler
      case .handler:
        let i = Int(procs[Int(t)].ihIndex)
        guard i < sources[Int(s)].handlers.count else {
          endPass(c, t, s)
          return
        }
        sources[Int(s)].scheduled = false
        procs[Int(t)].ihStage = .run
        let h = sources[Int(s)].handlers[i]
        if !handlers[Int(h)].mpsafe && !lockAcquire(c, Machine.giant, then: .ithread) { return }
      case .run:
        let h = sources[Int(s)].handlers[Int(procs[Int(t)].ihIndex)]
        procs[Int(t)].ihStage = .returned
        if let work = runHandler(h) {
          procs[Int(t)].ihClaimed = true
          let lockCost = handlers[Int(h)].mpsafe ? 0 : 2 * costs.lockFastPath
          startSegment(c, t, mode: .intr, length: max(1, work + lockCost), then: .ithread)
          return
        }
        procs[Int(t)].ihClaimed = false
      case .returned:
        let h = sources[Int(s)].handlers[Int(procs[Int(t)].ihIndex)]
        if !handlers[Int(h)].mpsafe { lockRelease(c, Machine.giant) }
        procs[Int(t)].ihIndex += 1
        if procs[Int(t)].ihClaimed {
          handlers[Int(h)].count += 1
          if sources[Int(s)].passRaisedAt >= 0 {
            completionLatency[Int(s)].record(now - sources[Int(s)].passRaisedAt)
            sources[Int(s)].passRaisedAt = -1
          }
          // amd64: stop at the first claiming handler unless intr_shared_edge.
          if !intrSharedEdge { procs[Int(t)].ihIndex = Int32(sources[Int(s)].handlers.count) }
        }
        procs[Int(t)].ihClaimed = false
        procs[Int(t)].ihStage = .handler
      }
    }
  }

  /// End of a pass: unmask (a still-asserted level line interrupts again), then sleep unless
  /// `is_scheduled` was set meanwhile (the check and the sleep are atomic under SCHED_LOCK).
  private mutating func endPass(_ c: Int, _ t: Int32, _ s: Int32) {
    procs[Int(t)].ihStage = .begin
    if sources[Int(s)].masked {
      sources[Int(s)].masked = false
      if lineAsserted(s) { queue.push(now + extra + extraSpin, .lineReassert, cpu: 0, arg: s) }
    }
    if sources[Int(s)].scheduled {
      ithreadLoop(c)
      return
    }
    schedLockOp()
    tsleep(
      t, chan: SourceAddr.source(s), priority: Int32(KernelConst.PVM), catch: false, wmesg: .intr,
      timo: nil)
    procs[Int(t)].cont = .ithread
    miSwitch(c)
  }

  /// Runs one handler's effects; returns its service time when it claims, nil when it does not.
  private mutating func runHandler(_ h: Int32) -> SimTime? {
    switch handlers[Int(h)].kind {
    case .device(let d):
      // D17: the device that raised the interrupt claims; the others on the line return 0.
      guard devices[Int(d)].asserted else { return nil }
      let n = devices[Int(d)].backlog
      devices[Int(d)].asserted = false
      devices[Int(d)].backlog = 0
      // Swap the list out (no copy-on-write allocation per pass), wake, swap it back empty.
      var done: [Int32] = []
      swap(&done, &devices[Int(d)].completed)
      for p in done where procs[Int(p)].stat == .SSLEEP && procs[Int(p)].wchan == SourceAddr.buf(p)
      {
        schedLockOp()
        setrunnable(p)
        procs[Int(p)].ioDevice = -1
      }
      done.removeAll(keepingCapacity: true)
      swap(&done, &devices[Int(d)].completed)
      if let soft = scenario.devices[Int(d)].schedules {
        softQueues[softIndex(soft)].backlog += n
        softintrSchedule(soft)
      }
      return deviceRNG[Int(d)].draw(scenario.devices[Int(d)].service)
    case .soft(let soft):
      let n: Int32
      switch soft {
      case .softclock:
        n = Int32(runTimeouts())
      case .softnet, .softtty:
        let q = softIndex(soft)
        n = softQueues[q].backlog
        softQueues[q].backlog = 0
        softQueues[q].available += n
        if n > 0 { wakeup(SourceAddr.softRead(soft)) }
      }
      // Soft handlers always return 1 (netintr does; softclock and softtty did work).
      return costs.softintrPass + SimTime(n) * costs.softintrItem
    }
  }
}
