import Kernel
import Views

/// The machine a headless view (`pane`, `bench --ui`) draws: run to a second before `--at`,
/// sampled there so meters and live rates cover the last simulated second, then run to `--at`.
enum ViewSession {
  /// The observatory at `--at`, paused.
  static func observatory(_ options: RunOptions, speed: Speed = Speed()) throws(CLIFailure)
    -> Observatory
  {
    let at = options.at
    var early = options
    early.at = max(0, at - Nanos.s)
    var machine = try RunSession.run(early)
    if let inputFile = options.inputFile {
      let log = try JSONFile.decode(InputLog.self, from: inputFile)
      for (i, input) in log.inputs.enumerated() where input.time > early.at && input.time <= at {
        machine.run(until: input.time)
        do { try machine.apply(input) } catch {
          throw .badInput("\(inputFile): inputs[\(i)]: \(error.message)")
        }
      }
    }
    var obs = Observatory(machine: machine, speed: speed, paused: true)
    obs.runPaused(until: at)
    return obs
  }
}
