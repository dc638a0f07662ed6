import Kernel
import Reports

/// The snapshot commands: run the machine to `--at` (RunSession), then print one report.
enum SnapshotCommands {
  /// `ps auxkl`: the `auxkl` word is required, with or without a leading dash.
  static func ps(_ args: ParsedArguments) throws(CLIFailure) {
    let words = args.positionals
    guard let word = words.first else {
      throw .usage(
        "ps: missing 'auxkl' (the only keyword set smpscope prints)", of: CommandTable.ps)
    }
    guard words.count == 1, word == "auxkl" || word == "-auxkl" else {
      let bad = words.first { $0 != "auxkl" && $0 != "-auxkl" } ?? words[1]
      throw .usage(
        "ps: unsupported argument '\(bad)' (only 'auxkl' is supported)", of: CommandTable.ps)
    }
    let snapshot = try RunSession.run(RunOptions(args)).snapshot()
    Output.out(args.has("--json") ? PsReport.json(snapshot) : PsReport.render(snapshot))
  }

  /// `top -b`: batch mode is required (the interactive view is the observatory).
  static func top(_ args: ParsedArguments) throws(CLIFailure) {
    if let extra = args.positionals.first {
      throw .usage("top: unexpected argument '\(extra)'", of: CommandTable.top)
    }
    guard args.has("-b") else {
      throw .usage("top: only batch mode is supported; use 'top -b'", of: CommandTable.top)
    }
    let snapshot = try RunSession.run(RunOptions(args)).snapshot()
    Output.out(args.has("--json") ? TopReport.json(snapshot) : TopReport.render(snapshot))
  }

  /// `hash`: `<16 hex digits> events=<N> t=<time>`.
  static func hash(_ args: ParsedArguments) throws(CLIFailure) {
    if let extra = args.positionals.first {
      throw .usage("hash: unexpected argument '\(extra)'", of: CommandTable.hash)
    }
    let machine = try RunSession.run(RunOptions(args))
    Output.out(
      "\(hex16(machine.hash)) events=\(machine.eventCount) t=\(formatDuration(machine.now))\n")
  }

  /// `n` as exactly 16 lower-case hex digits.
  static func hex16(_ n: UInt64) -> String {
    let digits = String(n, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
