/// Help and usage text in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS,
/// OPTIONS, RUN OPTIONS, SUBCOMMANDS.
enum HelpText {
  /// The column help text starts in.
  private static let column = 26

  /// Full help for `command`.
  static func help(for command: CommandSpec) -> String {
    var sections = ["OVERVIEW: \(command.abstract)", usageSection(command)]
    if !command.arguments.isEmpty {
      sections.append(table("ARGUMENTS", command.arguments.map { ($0.name, $0.help) }))
    }
    let own = command.options + [OptionSpec.help]
    sections.append(table("OPTIONS", own.map { ($0.synopsis, $0.help) }))
    if command.takesRunOptions {
      sections.append(table("RUN OPTIONS", RunOptions.specs.map { ($0.synopsis, $0.help) }))
    }
    if !command.subcommands.isEmpty {
      let leaves = command.subcommands.flatMap { $0.subcommands.isEmpty ? [$0] : $0.subcommands }
      let prefix = command.path.isEmpty ? "" : "\(command.path) "
      let rows = leaves.map { leaf in
        (String(leaf.usage.first.map(verb) ?? leaf.path).dropping(prefix: prefix), leaf.abstract)
      }
      sections.append(table("SUBCOMMANDS", rows))
      sections.append("  See 'smpscope help <subcommand>' for detailed help.")
    }
    if let discussion = command.discussion { sections.append(discussion) }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// The short usage shown after a usage error.
  static func usage(for command: CommandSpec) -> String {
    let helpWord = command.path.isEmpty ? "--help" : "\(command.path) --help"
    return usageSection(command) + "\n  See 'smpscope \(helpWord)'.\n"
  }

  private static func usageSection(_ command: CommandSpec) -> String {
    let lines = command.usage.map { "smpscope \($0)" }
    return "USAGE: " + lines.joined(separator: "\n       ")
  }

  /// `ps auxkl [run options] [--json]` → `ps auxkl`: the words before the first option.
  private static func verb(_ usage: String) -> String {
    usage.split(separator: " ").prefix { !$0.hasPrefix("[") && !$0.hasPrefix("<") }
      .joined(separator: " ")
  }

  private static func table(_ title: String, _ rows: [(String, String)]) -> String {
    let lines = rows.map { left, right in
      let lead = "  \(left)"
      if lead.count >= column { return lead + "\n" + String(repeating: " ", count: column) + right }
      return lead + String(repeating: " ", count: column - lead.count) + right
    }
    return "\(title):\n" + lines.joined(separator: "\n")
  }
}

extension String {
  /// The string without `prefix` when it starts with it.
  fileprivate func dropping(prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
