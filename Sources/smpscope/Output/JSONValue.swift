/// A JSON value whose objects keep their fields in the order they were written.
indirect enum JSONValue: Equatable {
  case null
  case bool(Bool)
  /// A number, already in its JSON text.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Fields in writing order.
  case object([(String, JSONValue)])

  static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)), (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }
}
