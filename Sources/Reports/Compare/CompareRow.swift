import Kernel

/// One combination of a `compare` run: its lock model and `kern.preemption`, and what it measured.
public struct CompareRow: Sendable, Equatable {
  /// The kernel-lock model.
  public var lock: LockModel
  /// `kern.preemption`.
  public var preemption: Int
  /// When the workload ended; nil when the run stopped at `--at`.
  public var makespan: SimTime?
  /// The time rates are over: the makespan, or `--at`.
  public var interval: SimTime
  /// Context switches (`uvmexp.swtch`).
  public var switches: UInt64
  /// Hardware IPIs sent (`cpu_unidle` + `cpu_kick` NOP IPIs).
  public var ipis: UInt64
  /// Nanoseconds CPUs spent spinning.
  public var spinNs: SimTime
  /// Nanoseconds of CPU time, every state of every CPU.
  public var cpuNs: SimTime
  /// BMTX_STATS `lock_blocks` with bmtx; the kernel lock's contended acquisitions otherwise.
  public var lockBlocks: UInt64
  /// Median wake-up latency (made runnable → on CPU), ns.
  public var wakeupP50: Int64
  /// 99th-percentile wake-up latency, ns.
  public var wakeupP99: Int64
  /// 99th-percentile device-interrupt dispatch latency, ns.
  public var interruptP99: Int64

  /// Makes a row from its values.
  public init(
    lock: LockModel, preemption: Int, makespan: SimTime?, interval: SimTime, switches: UInt64,
    ipis: UInt64, spinNs: SimTime, cpuNs: SimTime, lockBlocks: UInt64, wakeupP50: Int64,
    wakeupP99: Int64, interruptP99: Int64
  ) {
    self.lock = lock
    self.preemption = preemption
    self.makespan = makespan
    self.interval = interval
    self.switches = switches
    self.ipis = ipis
    self.spinNs = spinNs
    self.cpuNs = cpuNs
    self.lockBlocks = lockBlocks
    self.wakeupP50 = wakeupP50
    self.wakeupP99 = wakeupP99
    self.interruptP99 = interruptP99
  }

  /// The row of a machine that has run: to its workload's end (`makespan` set), or to `--at`.
  public init(_ m: Machine, makespan: SimTime?, interval: SimTime) {
    let s = m.snapshot()
    let intr = m.interruptsSnapshot()
    let spin = s.cpus.reduce(0) { $0 + $1.time[CPUState.spin.rawValue] }
    let blocks =
      s.lock == .bmtx ? m.bmtxStats.lockBlocks : (m.lockSnapshots().first?.stats.contended ?? 0)
    self.init(
      lock: s.lock, preemption: s.preemption, makespan: makespan, interval: interval,
      switches: s.sched.swtch, ipis: s.sched.ipiUnidle &+ s.sched.ipiKick, spinNs: spin,
      cpuNs: s.cpus.reduce(0) { $0 + $1.time.reduce(0, +) }, lockBlocks: blocks,
      wakeupP50: intr.wakeupLatency.quantile(0.5), wakeupP99: intr.wakeupLatency.quantile(0.99),
      interruptP99: intr.interruptLatency.quantile(0.99))
  }

  /// `count` per second of `interval`, one decimal.
  func rate(_ count: UInt64) -> String {
    interval > 0 ? Fixed.format(Double(count) * 1e9 / Double(interval), 1) : "0.0"
  }

  /// Spin time over all CPU time, percent, one decimal.
  var spinPct: String { Fixed.format(cpuNs > 0 ? Double(spinNs) * 100 / Double(cpuNs) : 0, 1) }
}
