extension Scenario {
  /// Names of the built-in scenarios, in the order `scenario list` shows them.
  public static let builtinNames = ["minimal", "build", "mixed"]
  /// The scenario commands use without `--scenario`.
  public static let defaultName = "mixed"
  /// A built-in scenario by name.
  public static func builtin(named name: String) -> Scenario? {
    switch name {
    case "minimal":
      return Scenario(name: "minimal", cpus: 2, processes: [ProcessSpec(comm: "sh", program: [.repeat(count: nil, steps: [.compute(.fixed(Nanos.ms)), .sleep(.exponential(mean: 500 * Nanos.ms))])])])
    default: return nil
    }
  }
}
