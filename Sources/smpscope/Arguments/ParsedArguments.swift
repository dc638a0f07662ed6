/// What a command line said: option values by canonical name, flags, and positional words.
///
/// Only looked up by key, never iterated, so hashing order cannot leak into output.
struct ParsedArguments {
  /// Values of options that take one (the last occurrence wins, as Unix tools do).
  var values: [String: String] = [:]
  /// Flags that were given.
  var flags: Set<String> = []
  /// Words that are not options, in order.
  var positionals: [String] = []

  /// The value of an option, if given.
  func value(_ key: String) -> String? { values[key] }

  /// Whether a flag was given.
  func has(_ key: String) -> Bool { flags.contains(key) }
}
