extension Scenario {
  /// Checks everything a run needs beyond parsing; returns the first problem found.
  public func validate() -> ScenarioError? {
    if cpus < 1 || cpus > 256 { return ScenarioError(path: "cpus", message: "must be 1…256") }
    return nil
  }
}
