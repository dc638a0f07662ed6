import Kernel
import Reports

/// `smpscope log --from T --to T`: the narrated event log, as the observatory's log pane shows it.
enum LogCommand {
  /// Runs to `--to` (default `--at`) and prints the retained records with from ≤ time ≤ to.
  static func run(_ args: ParsedArguments) throws(CLIFailure) {
    if let extra = args.positionals.first {
      throw .usage("log: unexpected argument '\(extra)'", of: CommandTable.log)
    }
    var options = try RunOptions(args)
    if let to = args.value("--to") { options.at = try time(to, "--to") }
    let from = try args.value("--from").map { (v) throws(CLIFailure) in try time(v, "--from") } ?? 0
    guard from <= options.at else { throw .badInput("--from is after --to") }
    let machine = try RunSession.run(options)
    let context = NarrationContext(
      snapshot: machine.snapshot(), interrupts: machine.interruptsSnapshot(),
      locks: machine.lockSnapshots().map(\.name))
    let records = machine.trace.records
    let lines = Narration.window(records, from: from, to: options.at, context)
    if args.has("--json") {
      return Output.out(Narration.json(lines, from: from, to: options.at, retained: records.count))
    }
    var out = ""
    if let first = records.first, first.time > from, machine.trace.written > UInt64(records.count) {
      out +=
        "# only the last \(records.count) records are kept; the earliest is at \(Narration.timeText(first.time))\n"
    }
    for l in lines { out += l.line + "\n" }
    Output.out(out)
  }

  private static func time(_ v: String, _ key: String) throws(CLIFailure) -> SimTime {
    switch parseDuration(v) {
    case .success(let t): return t
    case .failure(let e): throw .badInput("\(key): \(e.message)")
    }
  }
}
