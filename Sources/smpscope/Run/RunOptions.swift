import Kernel

/// The options every snapshot command shares (UX.md "Snapshots"), parsed and range-checked.
struct RunOptions {
  /// A built-in name or a file path.
  var scenario = Scenario.defaultName
  /// The run's seed.
  var seed: UInt64 = 1
  /// Overrides the scenario's CPU count.
  var cpus: Int?
  /// When the snapshot is taken (SPEC.md D14: after every event with time ≤ `at`).
  var at: SimTime = 10 * Nanos.s
  /// An input log to replay.
  var inputFile: String?
  /// Overrides `kernel.preemption`.
  var preemption: Int?
  /// Overrides the kernel-lock model.
  var lock: LockModel?
  /// Overrides the pending-interrupt model.
  var pending: PendingModel?
  /// Overrides the idle instruction.
  var idle: IdleMode?
  /// Run the invariant checker after every event.
  var checkInvariants = false

  /// The option table, in the order help lists it.
  static let specs: [OptionSpec] = [
    .value(
      "--scenario", "NAME|FILE", "Built-in scenario or JSON file (default \(Scenario.defaultName))."
    ),
    .value("--seed", "N", "Seed of the run, 0…2^64-1 (default 1)."),
    .value("--cpus", "N", "Number of CPUs, 1…256 (default: the scenario's)."),
    .value("--at", "TIME", "Snapshot time: 10s, 1.5s, 250ms, 2m; bare number = s (default 10s)."),
    .value("--input", "FILE", "Input log (JSON) to replay at its times."),
    .value("--preemption", "0|1|2", "kern.preemption (default: the scenario's)."),
    .value("--lock", "mplock|rrwlock|bmtx", "Kernel-lock model (default: the scenario's)."),
    .value("--pending", "bitmask|tailq", "Pending-interrupt model (default: the scenario's)."),
    .value("--idle", "hlt|mwait", "Idle instruction (default: the scenario's)."),
    .flag(
      "--check-invariants", help: "Check kernel invariants after every event (exit 3 if broken)."),
  ]

  /// Reads the run options out of parsed arguments, refusing out-of-range values.
  init(_ args: ParsedArguments) throws(CLIFailure) {
    if let v = args.value("--scenario") { scenario = v }
    if let v = args.value("--seed") {
      guard let n = UInt64(v) else { throw .badInput("--seed: expected 0…2^64-1, got '\(v)'") }
      seed = n
    }
    if let v = args.value("--cpus") {
      guard let n = Int(v), (1...256).contains(n) else {
        throw .badInput("--cpus: must be 1…256 (got '\(v)')")
      }
      cpus = n
    }
    if let v = args.value("--at") {
      switch parseDuration(v) {
      case .success(let t): at = t
      case .failure(let e): throw .badInput("--at: \(e.message)")
      }
    }
    inputFile = args.value("--input")
    if let v = args.value("--preemption") {
      guard let n = Int(v), (0...2).contains(n) else {
        throw .badInput("--preemption: must be 0, 1 or 2 (got '\(v)')")
      }
      preemption = n
    }
    lock = try Self.choice(args, "--lock", LockModel.self)
    pending = try Self.choice(args, "--pending", PendingModel.self)
    idle = try Self.choice(args, "--idle", IdleMode.self)
    checkInvariants = args.has("--check-invariants")
  }

  private static func choice<T: RawRepresentable & CaseIterable>(
    _ args: ParsedArguments, _ key: String, _ type: T.Type
  ) throws(CLIFailure) -> T? where T.RawValue == String {
    guard let v = args.value(key) else { return nil }
    if let value = T(rawValue: v) { return value }
    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
    throw .badInput("\(key): unknown value '\(v)' (one of: \(allowed))")
  }

  /// The scenario with the command line's overrides applied.
  func applyOverrides(to scenario: Scenario) -> Scenario {
    var s = scenario
    if let cpus { s.cpus = cpus }
    if let preemption { s.kernel.preemption = preemption }
    if let lock { s.kernel.lock = lock }
    if let pending { s.kernel.pending = pending }
    if let idle { s.kernel.idle = idle }
    return s
  }
}
