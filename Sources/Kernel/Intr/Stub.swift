/// Devices raising interrupts, the amd64 stub, `ithread_run` and `softintr_schedule`
/// (SPEC.md §3.2, §4.3, D17).
extension Machine {
  /// Schedules the device's next arrival of its own, `after` the given time.
  mutating func scheduleArrival(_ d: Int32, after t: SimTime) {
    let spec = scenario.devices[Int(d)]
    var next: SimTime
    switch spec.arrival {
    case .none:
      return
    case .poisson:
      let rate = devices[Int(d)].rate
      guard rate > 0 else {
        devices[Int(d)].nextArrival = -1
        return
      }
      next = t + max(1, deviceRNG[Int(d)].draw(.exponential(mean: Nanos.s / SimTime(rate))))
    case .periodic(let period):
      next = t + period
    case .bursts(let count, let gap, let every):
      // `count` interrupts `gap` apart at the start of every `every`.
      if t == 0 {
        devices[Int(d)].burstStart = every
        devices[Int(d)].burstPos = 0
        next = every
      } else if devices[Int(d)].burstPos + 1 < count {
        devices[Int(d)].burstPos += 1
        next = t + gap
      } else {
        devices[Int(d)].burstStart += every
        devices[Int(d)].burstPos = 0
        next = max(t + 1, devices[Int(d)].burstStart)
      }
    }
    devices[Int(d)].nextArrival = next
    queue.push(next, .deviceArrival, cpu: 0, arg: d)
  }

  /// The device's own interrupt arrives.
  mutating func deviceArrivalEvent(_ d: Int32, at t: SimTime) {
    guard devices[Int(d)].nextArrival == t else { return }  // superseded by a rate change
    scheduleArrival(d, after: t)
    raise(d)
  }

  /// The device asserts its line: counted as work, then delivered to cpu0 unless masked (D17).
  mutating func raise(_ d: Int32) {
    devices[Int(d)].asserted = true
    devices[Int(d)].backlog += 1
    let s = devices[Int(d)].source
    if sources[Int(s)].raisedAt < 0 { sources[Int(s)].raisedAt = now }
    if sources[Int(s)].trigger == .level && sources[Int(s)].masked { return }
    stub(s)
  }

  /// The interrupt stub on cpu0 (device interrupts are delivered there): mask a level source;
  /// defer if the interrupted thread is in a critical section, else `ithread_run` now.
  mutating func stub(_ s: Int32) {
    let c = 0
    let saved = curcpu
    curcpu = 0
    defer { curcpu = saved }
    if sources[Int(s)].trigger == .level { sources[Int(s)].masked = true }
    if procs[Int(cpus[c].cur)].crit > 0 {
      pend(c, slot: Int(sources[Int(s)].slot))
      return
    }
    enterInterrupt(c)
    ithreadRun(s)
    finishInterrupt(c)
  }

  /// `ithread_run`: SCHED_LOCK, set `is_scheduled`, wake the ithread only from its own sleep
  /// (SPEC.md §4.3); raise the kernel-preemption request of D10.
  mutating func ithreadRun(_ s: Int32) {
    schedLockOp()
    sources[Int(s)].scheduled = true
    let t = sources[Int(s)].ithread
    guard procs[Int(t)].stat == .SSLEEP, procs[Int(t)].wchan == SourceAddr.source(s) else {
      traceRecord(.ithread_run, t, 0)
      return
    }
    traceRecord(.ithread_run, t, 1)
    setrunnable(t, ithreadWakeup: true)
  }

  /// `softintr_schedule`: the same call as `ithread_run`.
  mutating func softintrSchedule(_ soft: SoftIntr) {
    let s = softQueues[softIndex(soft)].source
    guard s >= 0 else { return }
    if sources[Int(s)].raisedAt < 0 { sources[Int(s)].raisedAt = now }
    ithreadRun(s)
  }

  /// A level line still asserted when its source was unmasked interrupts again.
  mutating func lineReassertEvent(_ s: Int32) {
    if !sources[Int(s)].masked && lineAsserted(s) { stub(s) }
  }

  /// Whether a device on the source still has work (a level line stays asserted, D17).
  func lineAsserted(_ s: Int32) -> Bool {
    sources[Int(s)].handlers.contains { h in
      if case .device(let d) = handlers[Int(h)].kind { return devices[Int(d)].asserted }
      return false
    }
  }

  /// Injects one interrupt on a device (an input).
  mutating func injectInterrupt(device d: Int) {
    curcpu = -1
    extra = 0
    extraSpin = 0
    raise(Int32(d))
  }

  /// Changes a Poisson device's rate (an input); other arrival kinds keep their schedule.
  mutating func setRate(device d: Int, perSecond: Int) {
    devices[d].rate = perSecond
    if case .poisson = scenario.devices[d].arrival { scheduleArrival(Int32(d), after: now) }
  }
}

extension Machine {
  /// A device finished a thread's request: queue the thread for the handler and raise.
  mutating func ioCompleteEvent(_ p: Int32) {
    let d = procs[Int(p)].ioDevice
    guard d >= 0 else { return }
    devices[Int(d)].completed.append(p)
    raise(d)
  }
}
