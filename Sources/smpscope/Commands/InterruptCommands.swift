import Kernel
import Reports

/// The interrupt snapshot commands: `vmstat -i`, `intr` and `latency` (SPEC.md §7, D14).
enum InterruptCommands {
  /// `vmstat -i [-z]`: `-i` is required (`-iz` and `-zi` spell both flags at once).
  static func vmstat(_ args: ParsedArguments) throws(CLIFailure) {
    var interrupts = args.has("-i")
    var showZero = args.has("-z")
    for word in args.positionals {
      guard word == "-iz" || word == "-zi" else {
        throw .usage("vmstat: unexpected argument '\(word)'", of: CommandTable.vmstat)
      }
      interrupts = true
      showZero = true
    }
    guard interrupts else {
      throw .usage(
        "vmstat: only interrupt statistics are supported; use 'vmstat -i'",
        of: CommandTable.vmstat)
    }
    let machine = try RunSession.run(RunOptions(args))
    let snapshot = machine.interruptsSnapshot()
    let uptime = VmstatReport.uptime(at: snapshot.time)
    Output.out(
      args.has("--json")
        ? VmstatReport.json(snapshot, uptime: uptime, showZero: showZero)
        : VmstatReport.render(snapshot, uptime: uptime, showZero: showZero))
  }

  /// `intr`: sources, pending queues, preemption counters.
  static func intr(_ args: ParsedArguments) throws(CLIFailure) {
    try noPositionals(args, CommandTable.intr)
    let machine = try RunSession.run(RunOptions(args))
    let snapshot = machine.interruptsSnapshot()
    let procs = machine.snapshot().procs
    Output.out(
      args.has("--json")
        ? IntrReport.json(snapshot, procs: procs) : IntrReport.render(snapshot, procs: procs))
  }

  /// `latency`: the histograms.
  static func latency(_ args: ParsedArguments) throws(CLIFailure) {
    try noPositionals(args, CommandTable.latency)
    let snapshot = try RunSession.run(RunOptions(args)).interruptsSnapshot()
    Output.out(
      args.has("--json") ? LatencyReport.json(snapshot) : LatencyReport.render(snapshot))
  }

  private static func noPositionals(_ args: ParsedArguments, _ command: CommandSpec)
    throws(CLIFailure)
  {
    if let extra = args.positionals.first {
      throw .usage("\(command.path): unexpected argument '\(extra)'", of: command)
    }
  }
}
