import Kernel
import Reports

/// What every row of a `compare` shares: the scenario (without the varied options), the seed, the
/// input log, where to stop, and the digest proving all three are the same for every row.
struct ComparePlan {
  /// Longest simulated run when waiting for the workload to end (a safety net).
  static let cap: SimTime = 3_600 * Nanos.s

  /// The scenario with the command line's other overrides applied.
  let scenario: Scenario
  /// Where it came from, for messages.
  let label: String
  /// The run's seed.
  let seed: UInt64
  /// The input log, and its file for messages.
  let inputs: [Input]
  let inputFile: String?
  /// `--at`, or nil to run until the workload ends.
  let at: SimTime?
  /// Run the invariant checker after every event.
  let checkInvariants: Bool
  /// The digest of scenario, seed and input log.
  let digest: CompareDigest

  /// Loads the scenario and input log; refuses a workload that never ends when `at` is nil.
  init(options: RunOptions, at: SimTime?) throws(CLIFailure) {
    let source = try ScenarioSource.load(options.scenario)
    scenario = options.applyOverrides(to: source.scenario)
    label = source.label ?? options.scenario
    seed = options.seed
    inputFile = options.inputFile
    let log = try options.inputFile.map { (file) throws(CLIFailure) in
      try JSONFile.decode(InputLog.self, from: file)
    }
    inputs = log?.inputs ?? []
    self.at = at
    checkInvariants = options.checkInvariants
    if let problem = scenario.validate() { throw .badInput("\(label): \(problem)") }
    if at == nil, let why = WorkloadEnd.neverEnds(scenario) {
      throw .badInput(
        "compare: the workload of '\(scenario.name)' never ends (\(why)); give --at")
    }
    digest = try Self.digest(scenario, seed: seed, log: log ?? InputLog())
  }

  /// FNV-1a of the compact canonical scenario JSON without `kernel.lock` and
  /// `kernel.preemption`, the seed and the compact input-log JSON.
  static func digest(_ s: Scenario, seed: UInt64, log: InputLog) throws(CLIFailure)
    -> CompareDigest
  {
    let scenarioJSON: JSONValue
    let logJSON: JSONValue
    do {
      scenarioJSON = try OrderedJSONEncoder.encode(s)
      logJSON = try OrderedJSONEncoder.encode(log)
    } catch {
      throw CLIFailure(code: .internalFailure, message: "cannot encode the scenario: \(error)")
    }
    return CompareDigest(
      scenario: s.name, scenarioJSON: JSONPrinter.compact(withoutVariedOptions(scenarioJSON)),
      seed: seed, inputs: log.inputs.count, inputLogJSON: JSONPrinter.compact(logJSON))
  }

  /// The scenario's JSON with `kernel.lock` and `kernel.preemption` left out.
  static func withoutVariedOptions(_ v: JSONValue) -> JSONValue {
    guard case .object(let fields) = v else { return v }
    return .object(
      fields.map { key, value in
        guard key == "kernel", case .object(let kernel) = value else { return (key, value) }
        return (key, .object(kernel.filter { $0.0 != "lock" && $0.0 != "preemption" }))
      })
  }

  /// Every combination's row, in the order given, each on its own machine. One after the other:
  /// running them concurrently with Dispatch was not measurably faster on the two shared cores.
  func runAll(_ combos: [(LockModel, Int)]) throws(CLIFailure) -> [CompareRow] {
    var rows: [CompareRow] = []
    for (lock, preemption) in combos { rows.append(try run(lock: lock, preemption: preemption)) }
    return rows
  }

  /// One row: boots a machine with `lock` and `preemption`, replays the inputs, runs it.
  func run(lock: LockModel, preemption: Int) throws(CLIFailure) -> CompareRow {
    var s = scenario
    s.kernel.lock = lock
    s.kernel.preemption = preemption
    var m: Machine
    do {
      m = try Machine(scenario: s, seed: seed)
    } catch {
      throw .badInput("\(label): \(error)")
    }
    m.checksInvariants = checkInvariants
    let stop = at ?? Self.cap
    for (i, input) in inputs.enumerated() where input.time <= stop {
      advance(&m, to: input.time)
      if at == nil && m.workloadEnd != nil { break }
      do {
        try m.apply(input)
      } catch {
        throw .badInput("\(inputFile ?? "input"): inputs[\(i)]: \(error.message)")
      }
    }
    advance(&m, to: stop)
    if let violation = m.violations.first {
      throw CLIFailure(code: .kernelFailure, message: "kernel invariant violated: \(violation)")
    }
    if let at { return CompareRow(m, makespan: nil, interval: at) }
    guard let end = m.workloadEnd else {
      throw .badInput(
        "compare: the workload of '\(s.name)' had not ended after \(formatDuration(Self.cap))"
          + " (lock \(lock.rawValue), kern.preemption \(preemption)); give --at")
    }
    return CompareRow(m, makespan: end, interval: end)
  }

  /// Runs events up to `t`; without `--at`, stops right after the event that ended the workload.
  private func advance(_ m: inout Machine, to t: SimTime) {
    guard at == nil else { return m.run(until: t) }
    while m.workloadEnd == nil, let next = m.peek(), next.time <= t { m.step() }
    if m.workloadEnd == nil { m.run(until: t) }
  }
}
