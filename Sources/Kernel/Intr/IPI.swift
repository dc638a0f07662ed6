/// NOP IPIs from the scheduler: `need_resched`, `cpu_kick`, `cpu_unidle` (SPEC.md §9, D12).
extension Machine {
  /// Why a NOP IPI was sent.
  enum IPICause: Int32 {
    case unidle = 0
    case kick = 1
  }

  /// `need_resched(ci)`: set want_resched (an AST on its thread) and kick other CPUs.
  mutating func needResched(_ ci: Int) {
    cpus[ci].wantResched = true
    if ci != Int(curcpu) { cpuKick(ci) }
  }

  /// `cpu_kick`: with `hlt`, always a NOP IPI; with `mwait`, an IPI only if not in idle.
  mutating func cpuKick(_ ci: Int) {
    if options.idle == .mwait && cpus[ci].phase == .halted {
      mwaitWake(ci)
    } else {
      sendIPI(ci, IPIFunction.NOP, cause: .kick)
    }
  }

  /// `cpu_unidle`: wake an idle CPU that just got queued work.
  mutating func cpuUnidle(_ ci: Int) {
    guard ci != Int(curcpu) else { return }
    if options.idle == .mwait {
      mwaitWake(ci)
    } else {
      sendIPI(ci, IPIFunction.NOP, cause: .unidle)
    }
  }

  /// `x86_send_ipi`: OR the function into `ci_ipis` and send the vector; an IPI already in
  /// flight to that CPU absorbs the new one (the LAPIC holds one pending per vector).
  mutating func sendIPI(_ ci: Int, _ function: UInt32, cause: IPICause) {
    cpus[ci].ipis |= function
    switch cause {
    case .unidle: counters.ipiUnidle += 1
    case .kick: counters.ipiKick += 1
    }
    traceRecord(.ipiSend, Int32(ci), cause.rawValue)
    extra += costs.ipiSend
    if !cpus[ci].ipiInFlight {
      cpus[ci].ipiInFlight = true
      queue.push(now + extra + extraSpin + costs.ipiDelivery, .ipi, cpu: Int32(ci))
    }
  }

  /// The IPI reaches its CPU: handled now, or deferred by a critical section (`LIR_IPI`).
  mutating func ipiEvent(_ c: Int) {
    cpus[c].ipiInFlight = false
    localInterrupt(c, slot: 63)
  }

  /// `x86_ipi_handler`: swap `ci_ipis` to 0 and run each function, counting evcount `ipi` per bit.
  mutating func ipiHandler(_ c: Int) {
    if checksInvariants && cpus[c].phase != .intr {
      recordViolations([
        Violation(
          invariant: 16, time: now, message: "cpu\(c): IPI handler outside interrupt context")
      ])
    }
    let bits = cpus[c].ipis
    cpus[c].ipis = 0
    ipiCount += UInt64(bits.nonzeroBitCount)
    cpus[c].ipisReceived += 1
  }

  /// An `mwait` CPU sees its monitored line written: it wakes after `hltWake`, without an IPI.
  mutating func mwaitWake(_ ci: Int) {
    guard !cpus[ci].mwaitWakePending else { return }
    cpus[ci].mwaitWakePending = true
    queue.push(now + costs.hltWake, .mwaitWake, cpu: Int32(ci))
  }

  mutating func mwaitWakeEvent(_ c: Int) {
    cpus[c].mwaitWakePending = false
    guard cpus[c].phase == .halted else { return }
    charge(c)
    idleLoop(c)
  }
}
