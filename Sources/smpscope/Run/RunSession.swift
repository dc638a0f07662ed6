import Kernel

/// Builds the machine a snapshot command asks for and runs it to `--at`: the one place every
/// snapshot command (ps, top, hash, and later vmstat, lockstat, log, pane, compare) starts from.
enum RunSession {
  /// Loads the scenario and input log, boots, replays inputs at their times, runs to `--at`.
  ///
  /// Throws exit 2 for bad input and exit 3 when `--check-invariants` found a violation.
  static func run(_ options: RunOptions) throws(CLIFailure) -> Machine {
    let source = try ScenarioSource.load(options.scenario)
    let scenario = options.applyOverrides(to: source.scenario)
    var machine: Machine
    do {
      machine = try Machine(scenario: scenario, seed: options.seed)
    } catch {
      throw .badInput(source.label.map { "\($0): \(error)" } ?? "\(options.scenario): \(error)")
    }
    machine.checksInvariants = options.checkInvariants
    if let inputFile = options.inputFile {
      let log = try JSONFile.decode(InputLog.self, from: inputFile)
      for (i, input) in log.inputs.enumerated() where input.time <= options.at {
        machine.run(until: input.time)
        do {
          try machine.apply(input)
        } catch {
          throw .badInput("\(inputFile): inputs[\(i)]: \(error.message)")
        }
      }
    }
    machine.run(until: options.at)
    if let deadlock = machine.deadlock {
      throw CLIFailure(
        code: .kernelFailure, message: "\(deadlock) (at \(formatDuration(deadlock.time)))")
    }
    if let violation = machine.violations.first {
      throw CLIFailure(code: .kernelFailure, message: "kernel invariant violated: \(violation)")
    }
    return machine
  }
}
