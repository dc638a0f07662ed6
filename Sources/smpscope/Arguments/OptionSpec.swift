/// One option a command accepts: its spellings, whether it takes a value, and its help line.
struct OptionSpec: Sendable {
  /// Every spelling, the canonical one first (`--seed`; `-h`, `--help`).
  var names: [String]
  /// The value's placeholder in help (`N`, `TIME`), or nil for a flag.
  var valueName: String?
  /// One line of help.
  var help: String

  /// An option taking a value.
  static func value(_ name: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(names: [name], valueName: valueName, help: help)
  }

  /// A flag, with optional extra spellings.
  static func flag(_ names: String..., help: String) -> OptionSpec {
    OptionSpec(names: names, valueName: nil, help: help)
  }

  /// The canonical spelling, the key values are stored under.
  var key: String { names[0] }

  /// `--seed N` or `-b, --batch`, as help shows it.
  var synopsis: String {
    let spelled = names.joined(separator: ", ")
    return valueName.map { "\(spelled) \($0)" } ?? spelled
  }

  /// The help flag every command has.
  static let help = OptionSpec.flag("-h", "--help", help: "Show help for this command.")
}
