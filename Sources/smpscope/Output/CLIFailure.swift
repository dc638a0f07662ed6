/// Why a command stopped, with the exit code it maps to (README "Exit codes").
struct CLIFailure: Error {
  /// How the process exits.
  enum Code: Int32 {
    /// Something in smpscope itself went wrong.
    case internalFailure = 1
    /// Bad usage or bad input (a file, a field, an option value).
    case badInput = 2
    /// The simulated kernel failed (an invariant violation, later a deadlock).
    case kernelFailure = 3
  }

  /// The exit code.
  var code: Code
  /// One line, without the `smpscope: ` prefix.
  var message: String
  /// When set, the usage of this command follows the message on stderr.
  var usageOf: CommandSpec?

  /// Bad input: exit 2.
  static func badInput(_ message: String) -> CLIFailure {
    CLIFailure(code: .badInput, message: message)
  }

  /// Bad input whose lines are already on stderr: exit 2, print nothing more.
  static let alreadyReported = CLIFailure(code: .badInput, message: "")

  /// Bad usage: exit 2, followed by the command's usage.
  static func usage(_ message: String, of command: CommandSpec) -> CLIFailure {
    CLIFailure(code: .badInput, message: message, usageOf: command)
  }
}
