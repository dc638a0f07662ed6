/// A scenario that cannot run: the field path (`processes[2].program[0].duration`) and why.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Dotted field path from the scenario root, with `[i]` for array elements.
  public var path: String
  /// What is wrong, in a few words (`negative duration`).
  public var message: String
  /// Makes an error.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
  /// `path: message`.
  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
