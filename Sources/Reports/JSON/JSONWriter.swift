/// Writes `JSONValue`s as deterministic, pretty-printed UTF-8 text (two-space indent).
///
/// Keys are written in insertion order, never sorted or hashed, so the same value always gives
/// the same bytes. Only `"`, `\` and control characters are escaped; other text is written as is.
enum JSONWriter {
  /// The document followed by a newline.
  static func document(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, to: &out)
    out.append("\n")
    return out
  }

  /// Appends `value` at nesting depth `indent`.
  static func write(_ value: JSONValue, indent: Int, to out: inout String) {
    switch value {
    case .null:
      out.append("null")
    case .bool(let b):
      out.append(b ? "true" : "false")
    case .int(let i):
      out.append(String(i))
    case .number(let literal):
      out.append(literal)
    case .string(let s):
      writeString(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out.append("[]")
        return
      }
      out.append("[\n")
      for (n, item) in items.enumerated() {
        appendIndent(indent + 1, to: &out)
        write(item, indent: indent + 1, to: &out)
        out.append(n + 1 < items.count ? ",\n" : "\n")
      }
      appendIndent(indent, to: &out)
      out.append("]")
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      out.append("{\n")
      for (n, member) in members.enumerated() {
        appendIndent(indent + 1, to: &out)
        writeString(member.key, to: &out)
        out.append(": ")
        write(member.value, indent: indent + 1, to: &out)
        out.append(n + 1 < members.count ? ",\n" : "\n")
      }
      appendIndent(indent, to: &out)
      out.append("}")
    }
  }

  /// Appends `s` as a quoted, escaped JSON string.
  static func writeString(_ s: String, to out: inout String) {
    out.append("\"")
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      default:
        if scalar.value < 0x20 {
          out.append("\\u00")
          out.append(hexDigit(scalar.value >> 4))
          out.append(hexDigit(scalar.value & 0xF))
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append("\"")
  }

  private static func hexDigit(_ v: UInt32) -> String {
    String(v, radix: 16)
  }

  private static func appendIndent(_ depth: Int, to out: inout String) {
    for _ in 0..<depth { out.append("  ") }
  }
}
