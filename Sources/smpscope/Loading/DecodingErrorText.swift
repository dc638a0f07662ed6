/// Renders a `DecodingError` as `a.b[2].c: message`, in the schema's own vocabulary.
enum DecodingErrorText {
  /// `processes[2].program[0].duration: negative duration`.
  static func describe(_ error: DecodingError) -> String {
    switch error {
    case .keyNotFound(let key, let context):
      return prefixed(context.codingPath, "missing field '\(key.stringValue)'")
    case .typeMismatch(let type, let context):
      return prefixed(context.codingPath, "expected \(jsonName(type))\(found(context))")
    case .valueNotFound(let type, let context):
      return prefixed(context.codingPath, "expected \(jsonName(type)), found null")
    case .dataCorrupted(let context):
      return prefixed(context.codingPath, lowercaseFirst(context.debugDescription))
    @unknown default:
      return "\(error)"
    }
  }

  /// `[processes, Index 2, program]` → `processes[2].program`.
  static func path(_ codingPath: [any CodingKey]) -> String {
    var text = ""
    for key in codingPath {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
    return text
  }

  private static func prefixed(_ codingPath: [any CodingKey], _ message: String) -> String {
    let p = path(codingPath)
    return p.isEmpty ? message : "\(p): \(message)"
  }

  /// The JSON kind a Swift type is read from.
  private static func jsonName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a string"
    case is Bool.Type: return "true or false"
    case is Int.Type, is Int64.Type, is UInt64.Type, is Int32.Type: return "an integer"
    case is Double.Type, is Float.Type: return "a number"
    default:
      let name = String(describing: type)
      return name.hasPrefix("Array") || name.hasPrefix("[") ? "an array" : "an object"
    }
  }

  /// `, found a number` when Foundation's message says what it found.
  private static func found(_ context: DecodingError.Context) -> String {
    let text = context.debugDescription
    guard let range = text.range(of: "but found ") else { return "" }
    var words = text[range.upperBound...].split(separator: " ").map(String.init)
    if let article = words.first, article == "a" || article == "an" { words.removeFirst() }
    guard var word = words.first else { return "" }
    if word.hasSuffix(".") { word.removeLast() }
    if word == "null" { return ", found null" }
    if word == "dictionary" { word = "object" }
    let article = "aeiou".contains(word.first ?? "x") ? "an" : "a"
    return ", found \(article) \(word)"
  }

  private static func lowercaseFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Our own messages start lower-case; Foundation's start with a capital and end with a dot.
    var t = first.lowercased() + text.dropFirst()
    if t.hasSuffix(".") { t.removeLast() }
    return t
  }
}
