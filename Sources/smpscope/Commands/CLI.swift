import Kernel

/// The command line: finds the command, parses its options, runs it, and maps failures to
/// one line on stderr and an exit code.
enum CLI {
  /// The version `--version` prints.
  static let version = "0.1.0"

  /// Runs `smpscope` with `arguments` (without the program name); returns the exit code.
  static func main(_ arguments: [String]) -> Int32 {
    do {
      try dispatch(arguments)
      return 0
    } catch {
      if !error.message.isEmpty { Output.err("smpscope: \(error.message)\n") }
      if let command = error.usageOf { Output.err(HelpText.usage(for: command)) }
      return error.code.rawValue
    }
  }

  private static func dispatch(_ arguments: [String]) throws(CLIFailure) {
    guard let first = arguments.first else {
      return try ObservatoryCommand.run(ParsedArguments())
    }
    switch first {
    case "-h", "--help":
      Output.out(HelpText.help(for: CommandTable.root))
      return
    case "--version":
      Output.out("smpscope \(version)\n")
      return
    case "help":
      let rest = Array(arguments.dropFirst())
      guard !rest.isEmpty else { return Output.out(HelpText.help(for: CommandTable.root)) }
      guard let (command, used) = CommandTable.lookup(rest), used == rest.count else {
        throw .usage(
          "help: unknown subcommand '\(rest.joined(separator: " "))'", of: CommandTable.root)
      }
      return Output.out(HelpText.help(for: command))
    default:
      break
    }
    guard let (command, used) = CommandTable.lookup(arguments) else {
      let what = first.hasPrefix("-") ? "unknown option" : "unknown subcommand"
      throw .usage("\(what) '\(first)'", of: CommandTable.root)
    }
    let args = try ArgumentParser(command: command).parse(Array(arguments.dropFirst(used)))
    if args.has("-h") { return Output.out(HelpText.help(for: command)) }
    try run(command, args)
  }

  private static func run(_ command: CommandSpec, _ args: ParsedArguments) throws(CLIFailure) {
    switch command.id {
    case .root: Output.out(HelpText.help(for: command))
    case .scenario:
      let what = args.positionals.first.map { "unknown subcommand 'scenario \($0)'" }
      throw .usage(what ?? "scenario: missing subcommand", of: command)
    case .scenarioList: try ScenarioCommands.list(args)
    case .scenarioShow: try ScenarioCommands.show(args)
    case .scenarioCheck: try ScenarioCommands.check(args)
    case .ps: try SnapshotCommands.ps(args)
    case .top: try SnapshotCommands.top(args)
    case .vmstat: try InterruptCommands.vmstat(args)
    case .intr: try InterruptCommands.intr(args)
    case .latency: try InterruptCommands.latency(args)
    case .hash: try SnapshotCommands.hash(args)
    case .bench: try BenchCommand.run(args)
    case .lockstat: try LockCommands.lockstat(args)
    case .compare: try LockCommands.compare(args)
    case .run: try ObservatoryCommand.run(args)
    case .pane: try PaneCommand.run(args)
    case .log: try LogCommand.run(args)
    }
  }
}
