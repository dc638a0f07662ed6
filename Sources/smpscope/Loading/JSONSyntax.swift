/// A strict RFC 8259 syntax check that says where a file goes wrong.
///
/// Foundation's `JSONDecoder` on this toolchain reports only "The given data was not valid JSON."
/// (no position, no underlying error), so files are checked here first: the message names the
/// line and column (1-based, counted in characters) and what was expected. It also refuses
/// duplicate fields, which the decoder would silently resolve to the last one.
struct JSONSyntax {
  /// Where and why a file is not JSON.
  struct Failure: Error, Equatable {
    /// 1-based line.
    var line: Int
    /// 1-based column, in characters.
    var column: Int
    /// What was expected.
    var message: String
  }

  /// The first syntax error in `bytes`, or nil when they are one valid JSON value.
  static func firstError(in bytes: [UInt8]) -> Failure? {
    var checker = JSONSyntax(bytes: bytes)
    do {
      try checker.document()
      return nil
    } catch {
      return error
    }
  }

  private let bytes: [UInt8]
  private var offset = 0
  private var depth = 0

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

  private mutating func document() throws(Failure) {
    // A UTF-8 byte-order mark is tolerated, as JSONDecoder does.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    skipSpace()
    try value()
    skipSpace()
    if current != nil { throw fail("unexpected \(describeCurrent()) after the JSON value") }
  }

  private mutating func value() throws(Failure) {
    guard let byte = current else { throw fail("unexpected end of file, expected a value") }
    switch byte {
    case UInt8(ascii: "{"): try object()
    case UInt8(ascii: "["): try array()
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw fail("expected a value, found \(describeCurrent())")
    }
  }

  private mutating func object() throws(Failure) {
    try enter()
    offset += 1
    skipSpace()
    var seen: [[UInt8]] = []
    if current == UInt8(ascii: "}") {
      offset += 1
      depth -= 1
      return
    }
    while true {
      guard current == UInt8(ascii: "\"") else {
        throw fail("expected a field name in double quotes, found \(describeCurrent())")
      }
      let keyStart = offset
      let key = try string()
      if seen.contains(key) {
        offset = keyStart
        throw fail("duplicate field '\(String(decoding: key, as: UTF8.self))'")
      }
      seen.append(key)
      skipSpace()
      guard current == UInt8(ascii: ":") else {
        throw fail("expected ':' after a field name, found \(describeCurrent())")
      }
      offset += 1
      skipSpace()
      try value()
      skipSpace()
      if current == UInt8(ascii: "}") { break }
      guard current == UInt8(ascii: ",") else {
        throw fail("expected ',' or '}' in an object, found \(describeCurrent())")
      }
      offset += 1
      skipSpace()
      if current == UInt8(ascii: "}") { throw fail("trailing comma before '}'") }
    }
    offset += 1
    depth -= 1
  }

  private mutating func array() throws(Failure) {
    try enter()
    offset += 1
    skipSpace()
    if current == UInt8(ascii: "]") {
      offset += 1
      depth -= 1
      return
    }
    while true {
      try value()
      skipSpace()
      if current == UInt8(ascii: "]") { break }
      guard current == UInt8(ascii: ",") else {
        throw fail("expected ',' or ']' in an array, found \(describeCurrent())")
      }
      offset += 1
      skipSpace()
      if current == UInt8(ascii: "]") { throw fail("trailing comma before ']'") }
    }
    offset += 1
    depth -= 1
  }

  /// Checks a string and returns its raw bytes between the quotes (escapes not decoded).
  private mutating func string() throws(Failure) -> [UInt8] {
    offset += 1
    let start = offset
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return Array(bytes[start..<(offset - 1)])
      case UInt8(ascii: "\\"):
        offset += 1
        guard let escaped = current else { break }
        if Array("\"\\/bfnrt".utf8).contains(escaped) {
          offset += 1
        } else if escaped == UInt8(ascii: "u") {
          offset += 1
          for _ in 0..<4 {
            guard let hex = current, isHexDigit(hex) else {
              throw fail("expected four hex digits after \\u")
            }
            offset += 1
          }
        } else {
          throw fail("invalid escape '\\\(String(decoding: [escaped], as: UTF8.self))'")
        }
      case 0..<0x20:
        throw fail("control character in a string (newlines must be written \\n)")
      default:
        offset += 1
      }
    }
    throw fail("unexpected end of file inside a string")
  }

  private mutating func number() throws(Failure) {
    let start = offset
    if current == UInt8(ascii: "-") { offset += 1 }
    if current == UInt8(ascii: "0") {
      offset += 1
    } else if !digits() {
      throw fail("invalid number")
    }
    if current == UInt8(ascii: ".") {
      offset += 1
      guard digits() else { throw fail("expected digits after '.'") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      offset += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
      guard digits() else { throw fail("expected digits in the exponent") }
    }
    if let byte = current, isWordByte(byte) {
      offset = start
      throw fail("invalid number")
    }
  }

  /// Skips a run of digits; false when there was none.
  private mutating func digits() -> Bool {
    let start = offset
    while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { offset += 1 }
    return offset > start
  }

  private mutating func literal(_ word: String) throws(Failure) {
    let expected = Array(word.utf8)
    let start = offset
    var end = offset
    while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
    guard Array(bytes[start..<end]) == expected else {
      let found = String(decoding: bytes[start..<end], as: UTF8.self)
      throw fail("expected a value, found '\(found)' (strings need double quotes)")
    }
    offset = end
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > 512 { throw fail("nested too deeply") }
  }

  private mutating func skipSpace() {
    while let byte = current, [0x20, 0x09, 0x0A, 0x0D].contains(byte) { offset += 1 }
  }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  private func describeCurrent() -> String {
    guard let byte = current else { return "end of file" }
    if byte < 0x80 && byte >= 0x20 { return "'\(String(decoding: [byte], as: UTF8.self))'" }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return byte < 0x20
      ? "control character" : "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
  }

  /// A failure at the current offset.
  private func fail(_ message: String) -> Failure {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return Failure(line: line, column: column, message: message)
  }
}
