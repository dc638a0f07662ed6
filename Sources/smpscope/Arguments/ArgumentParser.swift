/// Splits a command's words into options and positionals against its option table.
///
/// Accepts `--name value`, `--name=value` and `--` (everything after it is positional). A word
/// starting with `-` that names no option is a usage error, unless the command takes it as a
/// positional word (`ps -auxkl`).
struct ArgumentParser {
  /// The command whose options are parsed (for messages and usage).
  var command: CommandSpec

  /// Parses `words` (the words after the command's name).
  func parse(_ words: [String]) throws(CLIFailure) -> ParsedArguments {
    var result = ParsedArguments()
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      if word == "--" {
        result.positionals.append(contentsOf: words[index...])
        break
      }
      guard word.hasPrefix("-"), word != "-" else {
        result.positionals.append(word)
        continue
      }
      let (name, inlineValue) = split(word)
      guard let option = command.allOptions.first(where: { $0.names.contains(name) }) else {
        if command.acceptsDashedWord(word) {
          result.positionals.append(word)
          continue
        }
        throw .usage("\(command.path): unknown option '\(name)'", of: command)
      }
      guard option.valueName != nil else {
        if inlineValue != nil {
          throw .usage("\(command.path): option '\(name)' takes no value", of: command)
        }
        result.flags.insert(option.key)
        continue
      }
      if let inlineValue {
        result.values[option.key] = inlineValue
      } else if index < words.count {
        result.values[option.key] = words[index]
        index += 1
      } else {
        throw .usage("\(command.path): option '\(name)' needs a value", of: command)
      }
    }
    return result
  }

  /// `--at=3s` → (`--at`, `3s`); `--at` → (`--at`, nil).
  private func split(_ word: String) -> (String, String?) {
    guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
    return (String(word[..<equals]), String(word[word.index(after: equals)...]))
  }
}
