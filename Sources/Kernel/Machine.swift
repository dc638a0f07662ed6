/// The simulated SMP machine: a value type, so copying it is a checkpoint.
///
/// State is a struct of arrays addressed by typed indices; an event is one pop from `queue`.
public struct Machine: Sendable {
  /// The scenario it runs.
  public let scenario: Scenario
  /// The run's seed.
  public let seed: UInt64
  /// Simulated time of the last event popped (or of the last `run(until:)`).
  public internal(set) var now: SimTime = 0
  /// Events popped so far.
  public internal(set) var eventCount: UInt64 = 0
  /// FNV-1a hash over the canonical encoding of every event popped.
  public internal(set) var hash: UInt64 = Machine.fnvOffset
  /// Every input applied, in order.
  public internal(set) var inputLog: [Input] = []
  /// When the workload ended (every scenario process exited), if it has.
  public internal(set) var workloadEnd: SimTime?
  /// Run the invariant checker after every event and keep what it finds in `violations`.
  public var checksInvariants = false
  /// Violations found so far (the first 16).
  public internal(set) var violations: [Violation] = []
  /// The most recent trace records.
  public internal(set) var trace = TraceRing(capacity: 1 << 14)
  /// Events popped, per `EventKind.rawValue`.
  public internal(set) var eventMix = [UInt64](repeating: 0, count: EventKind.allCases.count)

  // Configuration.
  var costs: Costs
  var options: KernelOptions
  let ncpu: Int
  let tickNs: SimTime
  let bootEpoch: Int64

  // The machine.
  var queue: EventQueue
  var procs: [Proc] = []
  var info: [ProcInfo] = []
  var rng: [Xoshiro] = []
  var pidRNG: Xoshiro
  var pidInUse = [Bool](repeating: false, count: 32768)
  var freeSlots: [Int32] = []
  var serial: UInt32 = 0
  var cpus: [CPU] = []
  var rqHead: [Int32]
  var rqTail: [Int32]
  var slpHead = [Int32](repeating: -1, count: SleepQueue.tableSize)
  var slpTail = [Int32](repeating: -1, count: SleepQueue.tableSize)
  var timeouts = TimeoutQueue()
  var idleCPUs = CPUSet()
  var queuedCPUs = CPUSet()
  let allCPUs: CPUSet
  var avenrun = [0, 0, 0]
  /// `ticks`: hardclocks on the primary CPU.
  var ticks: Int64 = 0
  var schedLockFree: SimTime = 0
  var counters = SchedCounters()
  var clockCount: UInt64 = 0
  var ipiCount: UInt64 = 0
  var workloadAlive = 0

  // Interrupts.
  var sources: [Source] = []
  /// Each source's ithread name, as `ithread_forkall` made it (invariant 9 compares).
  var sourceNames: [String] = []
  var handlers: [Handler] = []
  var devices: [Device] = []
  var deviceRNG: [Xoshiro] = []
  var softQueues = [SoftQueue](repeating: SoftQueue(), count: 3)
  /// Source of each hardware slot (−1 = none).
  var slotSource = [Int32](repeating: -1, count: 64)
  /// A handler was added to an edge source that already had one (amd64 `intr_shared_edge`).
  var intrSharedEdge = false
  /// The tailq pending model's FIFOs, 64 entries per CPU.
  var pendQ: [UInt8]
  /// Running deferred interrupts (`intr_unpend`) right now.
  var unpending = false
  var dispatchLatency: [Histogram] = []
  var completionLatency: [Histogram] = []
  var interruptLatency = Histogram()
  var wakeupLatency = Histogram()
  var userWakeupLatency = Histogram()

  // Locks: giant first, then the scenario's named bmtx locks.
  var locks: [KLock] = []
  /// Lock order seen so far: bit m of `lockOrder[l]` = m was taken while holding l.
  var lockOrder: [UInt64] = []
  /// Lock pairs already reported as reversed (bit per pair, low index first).
  var reportedReversals = Set<Int>()
  /// The deadlock that stopped the run, if any.
  public internal(set) var deadlock: Finding?
  var mutexFree: [SimTime] = []
  var lockFindings: [Finding] = []

  // Scratch for the event being handled.
  /// The CPU executing the current event (`curcpu()`).
  var curcpu: Int32 = 0
  /// Kernel work the current handler added to its CPU's phase.
  var extra: SimTime = 0
  /// Of which spinning.
  var extraSpin: SimTime = 0

  // Programs.
  var code: [Op] = []
  var dists: [DurationSpec] = []
  var specEntry: [Int32] = []
  var templateEntry: [Int32] = []
  /// Each device's I/O latency distribution (an index into `dists`).
  var ioLatencyDist: [Int32] = []

  static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let fnvPrime: UInt64 = 0x100_0000_01b3

  /// Boots the machine; throws the first problem `Scenario.validate()` finds.
  public init(scenario: Scenario, seed: UInt64) throws(ScenarioError) {
    if let e = scenario.validate() { throw e }
    self.scenario = scenario
    self.seed = seed
    costs = scenario.costs
    options = scenario.kernel
    ncpu = scenario.cpus
    tickNs = Nanos.s / SimTime(KernelConst.hz)
    guard let epoch = BootClock.epochSeconds(scenario.boot) else {
      throw ScenarioError(path: "boot", message: "not an ISO 8601 UTC time '\(scenario.boot)'")
    }
    bootEpoch = epoch
    queue = EventQueue(cpus: scenario.cpus)
    pidRNG = Xoshiro(seed: seed, stream: 1)
    rqHead = [Int32](repeating: -1, count: scenario.cpus * KernelConst.SCHED_NQS)
    rqTail = rqHead
    allCPUs = CPUSet.all(scenario.cpus)
    let giantName: String
    switch scenario.kernel.lock {
    case .bmtx: giantName = "giant"
    case .rrwlock: giantName = "kernellock"
    case .mplock: giantName = "kernel_lock"
    }
    locks = [KLock(name: giantName, model: scenario.kernel.lock)]
    locks += scenario.locks.map { KLock(name: $0, model: .bmtx) }
    lockOrder = [UInt64](repeating: 0, count: locks.count)
    pendQ = [UInt8](repeating: 0, count: 64 * scenario.cpus)
    try boot()
  }

  /// Pops and handles one event; false when nothing is left to happen.
  @discardableResult
  public mutating func step() -> Bool {
    guard deadlock == nil, let e = queue.pop() else { return false }
    now = e.time
    eventCount &+= 1
    eventMix[Int(e.kind.rawValue)] &+= 1
    mixHash(e)
    curcpu = e.cpu
    extra = 0
    extraSpin = 0
    let c = Int(e.cpu)
    switch e.kind {
    case .cpuTimer: cpuTimer(c)
    case .hardclock: hardclockEvent(c)
    case .ipi: ipiEvent(c)
    case .procStart:
      // Started from outside any CPU's flow (init's fork is not modelled): wake targets by IPI.
      curcpu = -1
      startProcess(spec: Int(e.arg))
    case .mwaitWake: mwaitWakeEvent(c)
    case .deviceArrival: deviceArrivalEvent(e.arg, at: e.time)
    case .ioComplete: ioCompleteEvent(e.arg)
    case .lineReassert: lineReassertEvent(e.arg)
    }
    if checksInvariants { recordViolations(checkInvariants()) }
    return true
  }

  /// Time, kind and CPU of the next event, without running it.
  public func peek() -> (time: SimTime, kind: EventKind, cpu: Int)? {
    guard let e = queue.first else { return nil }
    return (e.time, e.kind, Int(e.cpu))
  }

  /// Runs every event with time ≤ `t` (SPEC.md D14), then sets the clock to `t`.
  public mutating func run(until t: SimTime) {
    while let e = queue.first, e.time <= t, step() {}
    if t > now { now = t }
  }

  /// Runs `n` events (fewer if the queue empties).
  public mutating func run(events n: Int) {
    var left = n
    while left > 0, step() { left -= 1 }
  }

  /// Applies an input now and records it in the input log.
  public mutating func apply(_ input: Input) throws(InputError) {
    switch input.kind {
    case .sysctl(let name, let value):
      guard name == "kern.preemption" else { throw InputError("unknown sysctl '\(name)'") }
      guard (0...2).contains(value) else {
        throw InputError("kern.preemption: must be 0, 1 or 2, not \(value)")
      }
      options.preemption = value
    case .inject(let name):
      guard let d = deviceIndex(name) else { throw InputError("unknown device '\(name)'") }
      injectInterrupt(device: d)
    case .rate(let name, let perSecond):
      guard let d = deviceIndex(name) else { throw InputError("unknown device '\(name)'") }
      guard perSecond >= 0 else { throw InputError("rate: negative (\(perSecond))") }
      setRate(device: d, perSecond: perSecond)
    }
    inputLog.append(Input(time: now, kind: input.kind))
  }

  func deviceIndex(_ name: String) -> Int? { scenario.devices.firstIndex { $0.name == name } }

  /// Current `kern.preemption`.
  public var preemption: Int { options.preemption }

  private mutating func mixHash(_ e: Event) {
    var h = hash
    var t = UInt64(bitPattern: e.time)
    for _ in 0..<8 {
      h = (h ^ (t & 0xff)) &* Machine.fnvPrime
      t >>= 8
    }
    h = (h ^ UInt64(e.kind.rawValue)) &* Machine.fnvPrime
    var a = UInt64(UInt32(bitPattern: e.cpu)) | UInt64(UInt32(bitPattern: e.arg)) << 32
    for _ in 0..<8 {
      h = (h ^ (a & 0xff)) &* Machine.fnvPrime
      a >>= 8
    }
    hash = h
  }

  mutating func recordViolations(_ found: [Violation]) {
    for v in found where violations.count < 16 { violations.append(v) }
  }

  @inline(__always) mutating func traceRecord(_ kind: TraceKind, _ a: Int32, _ b: Int32 = 0) {
    trace.append(TraceRecord(time: now, cpu: curcpu, kind: kind, a: a, b: b))
  }
}

/// What does not change while a thread lives: names, owner, terminal, sizes.
struct ProcInfo {
  var comm: String
  var argv: [String]?
  var uid: Int
  var user: String
  var tty: String?
  var sessionLeader = false
  var foreground = false
  var vszKB = 0
  var rssKB = 0
}

extension Machine: CustomStringConvertible {
  /// One line: scenario, seed, time and events (the full state is far too big to print).
  public var description: String {
    "Machine(\(scenario.name), seed \(seed), t=\(now)ns, \(eventCount) events)"
  }
}
