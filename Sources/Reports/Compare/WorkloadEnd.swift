import Kernel

/// Whether a scenario's workload can end on its own, which `compare` needs unless `--at` is given.
public enum WorkloadEnd {
  /// Why the workload never ends, or nil when it may: no process that is not a daemon, or one
  /// (or a template it forks, at any depth) that reaches a `repeat` without a count and without
  /// an `exit` in its body. A workload can still wait forever for other reasons (a `read` no
  /// device feeds), which the run's cap catches.
  public static func neverEnds(_ s: Scenario) -> String? {
    let workload = s.processes.indices.filter { !s.processes[$0].daemon }
    guard !workload.isEmpty else { return "it has no process that is not a daemon" }
    for i in workload {
      var visiting: [String] = []
      if runsForever(s.processes[i].program, s, &visiting) {
        return "processes[\(i)] (\(s.processes[i].comm)) runs forever"
      }
    }
    return nil
  }

  /// Whether `steps`, run from the top, never finish (an exit finishes them).
  private static func runsForever(_ steps: [Step], _ s: Scenario, _ visiting: inout [String])
    -> Bool
  {
    exits(steps, s, &visiting) == .forever
  }

  private enum Outcome { case falls, exits, forever }

  private static func exits(_ steps: [Step], _ s: Scenario, _ visiting: inout [String])
    -> Outcome
  {
    for step in steps {
      switch step {
      case .exit:
        return .exits
      case .fork(let name, _):
        guard !visiting.contains(name) else { return .forever }
        guard let t = s.templates.first(where: { $0.name == name }) else { continue }
        visiting.append(name)
        let child = exits(t.program, s, &visiting)
        visiting.removeLast()
        if child == .forever { return .forever }
      case .repeat(let count, let body):
        if count == 0 { continue }
        let inner = exits(body, s, &visiting)
        if inner != .falls { return inner }
        if count == nil { return .forever }
      default:
        continue
      }
    }
    return .falls
  }
}
