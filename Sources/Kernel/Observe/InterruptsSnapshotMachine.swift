extension Machine {
  /// Interrupt sources, event counters, pending queues and latencies now.
  public func interruptsSnapshot() -> InterruptsSnapshot {
    var evcounts = [
      EvCountSnapshot(name: "clock", vector: 0, count: clockCount),
      EvCountSnapshot(name: "ipi", vector: 0, count: ipiCount),
    ]
    // Attach order: softintrs (established before autoconf), then devices.
    for h in handlers {
      evcounts.append(
        EvCountSnapshot(name: h.name, vector: Int(sources[Int(h.source)].vector), count: h.count))
    }
    let srcs = sources.indices.map { i -> SourceSnapshot in
      let s = sources[i]
      let t = Int(s.ithread)
      return SourceSnapshot(
        name: info[t].comm, handlers: s.handlers.map { handlers[Int($0)].name },
        slot: s.slot >= 0 ? Int(s.slot) : nil, vector: Int(s.vector), trigger: s.trigger,
        masked: s.masked, scheduled: s.scheduled, ithread: ProcID(s.ithread),
        pid: Int(procs[t].pid), cpu: Int(procs[t].pinnedCPU),
        count: s.handlers.reduce(0) { $0 + handlers[Int($1)].count }, passes: s.passes,
        dispatchLatency: dispatchLatency[i], completionLatency: completionLatency[i])
    }
    let pending = (0..<ncpu).map { c in
      PendingSnapshot(cpu: c, bits: cpus[c].ipending, drainOrder: drainOrder(c).map(slotName))
    }
    return InterruptsSnapshot(
      time: now, evcounts: evcounts, sources: srcs, pending: pending,
      pendingModel: options.pending, preemption: cpus.map(\.preempt),
      interruptLatency: interruptLatency, wakeupLatency: wakeupLatency,
      userWakeupLatency: userWakeupLatency,
      ipisSent: (counters.ipiUnidle, counters.ipiKick))
  }

  /// "ipi", "clock", or the name of the source in a hardware slot.
  func slotName(_ slot: Int) -> String {
    switch slot {
    case 63: return "ipi"
    case 62: return "clock"
    default:
      let s = slotSource[slot]
      return s >= 0 ? info[Int(sources[Int(s)].ithread)].comm : "slot\(slot)"
    }
  }
}
