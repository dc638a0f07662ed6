extension Machine {
  /// Interrupt sources, event counters, pending queues and latencies now.
  public func interruptsSnapshot() -> InterruptsSnapshot {
    InterruptsSnapshot(
      time: now,
      evcounts: [
        EvCountSnapshot(name: "clock", vector: 0, count: clockCount),
        EvCountSnapshot(name: "ipi", vector: 0, count: ipiCount),
      ], sources: [], pending: [], pendingModel: options.pending,
      preemption: [PreemptionCounters](repeating: PreemptionCounters(), count: ncpu),
      wakeupLatency: Histogram(), userWakeupLatency: Histogram(),
      ipisSent: (counters.ipiUnidle, counters.ipiKick))
  }
}
