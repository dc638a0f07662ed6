import Kernel

/// `scenario list`, `scenario show`, `scenario check`.
enum ScenarioCommands {
  /// Prints each built-in's name and description, aligned.
  static func list(_ args: ParsedArguments) throws(CLIFailure) {
    try expectPositionals(args, count: 0, CommandTable.scenarioList)
    let names = Scenario.builtinNames
    let width = (names.map(\.count).max() ?? 0) + 2
    var text = ""
    for name in names {
      let description = Scenario.builtin(named: name)?.description ?? ""
      text += name + String(repeating: " ", count: width - name.count) + description + "\n"
    }
    Output.out(text)
  }

  /// Prints a scenario as JSON in schema order, every field written.
  static func show(_ args: ParsedArguments) throws(CLIFailure) {
    try expectPositionals(args, count: 1, CommandTable.scenarioShow)
    let source = try ScenarioSource.load(args.positionals[0])
    do {
      Output.out(JSONPrinter.pretty(try OrderedJSONEncoder.encode(source.scenario)))
    } catch {
      throw CLIFailure(code: .internalFailure, message: "cannot encode scenario: \(error)")
    }
  }

  /// Validates each file as a run would (decoding, then `Scenario.validate()`).
  static func check(_ args: ParsedArguments) throws(CLIFailure) {
    guard !args.positionals.isEmpty else {
      throw .usage("scenario check: missing file", of: CommandTable.scenarioCheck)
    }
    var failed = false
    for value in args.positionals {
      do throws(CLIFailure) {
        let source = try ScenarioSource.load(value)
        if let problem = source.scenario.validate() {
          throw CLIFailure.badInput("\(value): \(problem)")
        }
        Output.out("\(value): ok\n")
      } catch {
        Output.err("smpscope: \(error.message)\n")
        failed = true
      }
    }
    if failed { throw .alreadyReported }
  }

  private static func expectPositionals(
    _ args: ParsedArguments, count: Int, _ command: CommandSpec
  ) throws(CLIFailure) {
    if args.positionals.count > count {
      throw .usage("\(command.path): unexpected argument '\(args.positionals[count])'", of: command)
    }
    if args.positionals.count < count {
      throw .usage(
        "\(command.path): missing \(command.arguments.first?.name ?? "argument")", of: command)
    }
  }
}
