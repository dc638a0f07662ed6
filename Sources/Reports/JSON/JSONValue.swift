/// A JSON document as a value; objects keep their keys in insertion order so output is stable.
enum JSONValue: Equatable, Sendable {
  /// `null`.
  case null
  /// `true` / `false`.
  case bool(Bool)
  /// An integer.
  case int(Int)
  /// A number already spelled as a JSON literal (e.g. `"12.5"`), written verbatim.
  case number(String)
  /// A string, escaped on output.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; members keep the order they were given in.
  case object([JSONMember])
}

/// One `"key": value` pair of a JSON object.
struct JSONMember: Equatable, Sendable {
  /// The key.
  var key: String
  /// The value.
  var value: JSONValue

  /// Makes a member.
  init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}

extension JSONValue {
  /// A string, or `null` when `nil`.
  static func optionalString(_ s: String?) -> JSONValue {
    s.map { .string($0) } ?? .null
  }

  /// An integer, or `null` when `nil`.
  static func optionalInt(_ i: Int?) -> JSONValue {
    i.map { .int($0) } ?? .null
  }
}
