import Kernel

/// Where a `--scenario` value points: a built-in by name, or a JSON file.
struct ScenarioSource {
  /// The scenario, decoded but not yet validated.
  var scenario: Scenario
  /// The file it came from (messages start with it), nil for a built-in.
  var label: String?

  /// A value containing `/` or ending in `.json` is a file; anything else is a built-in name.
  static func isFile(_ value: String) -> Bool {
    value.contains("/") || value.hasSuffix(".json")
  }

  /// Resolves and loads `value`.
  static func load(_ value: String) throws(CLIFailure) -> ScenarioSource {
    if isFile(value) {
      return ScenarioSource(scenario: try JSONFile.decode(Scenario.self, from: value), label: value)
    }
    guard let builtin = Scenario.builtin(named: value) else {
      let names = Scenario.builtinNames.joined(separator: ", ")
      throw .badInput(
        "unknown scenario '\(value)' (built-ins: \(names); a file needs a '/' or '.json')")
    }
    return ScenarioSource(scenario: builtin, label: nil)
  }
}
