/// Which command runs; the dispatcher switches on it (no closures in the command table).
enum CommandID: Sendable {
  case root, scenario, scenarioList, scenarioShow, scenarioCheck, ps, top, vmstat, intr, latency,
    hash
  case bench
  case lockstat, compare
  case run, pane, log
}

/// A command's name, help and options: everything help, usage and the parser need.
struct CommandSpec: Sendable {
  /// What runs.
  var id: CommandID
  /// Words after `smpscope` that select it (`scenario show`; empty for the root).
  var path: String
  /// One sentence: what it does.
  var abstract: String
  /// Usage lines, each after `smpscope `.
  var usage: [String]
  /// Positional arguments and their help.
  var arguments: [(name: String, help: String)] = []
  /// The command's own options (help is added automatically).
  var options: [OptionSpec] = []
  /// Whether it takes the shared run options (README "Run options").
  var takesRunOptions = false
  /// Subcommands, in the order help lists them.
  var subcommands: [CommandSpec] = []
  /// Extra paragraphs after the options.
  var discussion: String?
  /// Dash-led words taken as positionals rather than options (`-auxkl`).
  var dashedWords: [String] = []

  /// Every option the parser accepts, in the order help shows them.
  var allOptions: [OptionSpec] {
    options + (takesRunOptions ? RunOptions.specs : []) + [OptionSpec.help]
  }

  /// Whether `word` is one of `dashedWords`.
  func acceptsDashedWord(_ word: String) -> Bool { dashedWords.contains(word) }
}
