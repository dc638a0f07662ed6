/// The simulated SMP machine: a value type; copying it is a checkpoint.
///
/// CONTRACT STUB — the engine lands in the next commit; the API below is stable.
public struct Machine: Sendable {
  /// The scenario it runs.
  public let scenario: Scenario
  /// The run's seed.
  public let seed: UInt64
  /// Simulated time of the last event popped.
  public private(set) var now: SimTime = 0
  /// Events popped so far.
  public private(set) var eventCount: UInt64 = 0
  /// FNV-1a hash over the canonical encoding of every event popped.
  public private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  /// Every input applied, in order.
  public private(set) var inputLog: [Input] = []
  /// When the workload ended (every scenario process exited), if it has.
  public private(set) var workloadEnd: SimTime?
  /// Run the invariant checker after every event and keep what it finds in `violations`.
  public var checksInvariants = false
  /// Violations found so far (first few only).
  public private(set) var violations: [Violation] = []

  /// Boots the machine; throws the first problem `Scenario.validate()` finds.
  public init(scenario: Scenario, seed: UInt64) throws(ScenarioError) {
    if let e = scenario.validate() { throw e }
    self.scenario = scenario
    self.seed = seed
  }

  /// Pops and handles one event; false when nothing is left to happen.
  public mutating func step() -> Bool { false }

  /// Time and kind of the next event, without running it.
  public func peek() -> (time: SimTime, kind: String, cpu: Int)? { nil }

  /// Runs every event with time ≤ `t` (SPEC.md D14), then sets the clock to `t`.
  public mutating func run(until t: SimTime) { now = max(now, t) }

  /// Runs `n` events (fewer if the queue empties).
  public mutating func run(events n: Int) {}

  /// Applies an input now and records it in the input log.
  public mutating func apply(_ input: Input) throws(InputError) {
    switch input.kind {
    case .sysctl(let name, let value):
      guard name == "kern.preemption" else { throw InputError("unknown sysctl '\(name)'") }
      guard (0...2).contains(value) else { throw InputError("kern.preemption: must be 0, 1 or 2") }
    }
    inputLog.append(input)
  }

  /// Runs the invariant checker now.
  public func checkInvariants() -> [Violation] { [] }

  /// A picture of the machine now.
  public func snapshot() -> Snapshot {
    Snapshot(
      scenario: scenario.name, seed: seed, time: now, events: eventCount, bootEpoch: 1_418_176_860,
      memoryKB: scenario.memoryKB, preemption: scenario.kernel.preemption,
      lock: scenario.kernel.lock, loadAverage: [0, 0, 0], procs: [], cpus: [],
      workloadEnd: workloadEnd, sched: SchedCounters())
  }
}
