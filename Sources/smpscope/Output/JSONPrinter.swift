/// Prints a `JSONValue` for people: two-space indentation, fields in schema order, and any array
/// or object that fits on one line (within 100 columns) kept on one line, so programs read as
/// lists of `{"op": "compute", "duration": "1ms"}` steps.
enum JSONPrinter {
  private static let width = 100

  /// The value's text, ending in a newline.
  static func pretty(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, lead: 0, into: &out, root: true)
    return out + "\n"
  }

  /// The value on one line, with a space after `:` and `,`.
  static func compact(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n
    case .string(let s): return quote(s)
    case .array(let items): return "[" + items.map(compact).joined(separator: ", ") + "]"
    case .object(let fields):
      return "{" + fields.map { "\(quote($0.0)): \(compact($0.1))" }.joined(separator: ", ") + "}"
    }
  }

  /// `lead` is how many characters precede the value on its line (indent, key).
  private static func write(
    _ value: JSONValue, indent: Int, lead: Int, into out: inout String, root: Bool = false
  ) {
    let inline = compact(value)
    let isEmptyOrScalar: Bool
    switch value {
    case .array(let items): isEmptyOrScalar = items.isEmpty
    case .object(let fields): isEmptyOrScalar = fields.isEmpty
    default: isEmptyOrScalar = true
    }
    if isEmptyOrScalar || (!root && lead + inline.count <= width) {
      out += inline
      return
    }
    let pad = String(repeating: " ", count: indent + 2)
    switch value {
    case .array(let items):
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        write(item, indent: indent + 2, lead: indent + 2, into: &out)
        out += i + 1 < items.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let fields):
      out += "{\n"
      for (i, (key, item)) in fields.enumerated() {
        let head = "\(pad)\(quote(key)): "
        out += head
        write(item, indent: indent + 2, lead: head.count, into: &out)
        out += i + 1 < fields.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    default:
      out += inline
    }
  }

  /// A JSON string literal; non-ASCII text stays as UTF-8.
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
