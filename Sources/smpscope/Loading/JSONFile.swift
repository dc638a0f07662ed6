import Foundation

/// Reads and decodes a JSON file, turning every failure into one `file: path: message` line.
enum JSONFile {
  /// Decodes `T` from the file at `path`; syntax errors carry line and column.
  static func decode<T: Decodable>(_ type: T.Type, from path: String) throws(CLIFailure) -> T {
    let bytes = try contents(of: path)
    if let syntax = JSONSyntax.firstError(in: bytes) {
      throw .badInput("\(path): line \(syntax.line), column \(syntax.column): \(syntax.message)")
    }
    do {
      return try JSONDecoder().decode(T.self, from: Data(bytes))
    } catch let error as DecodingError {
      throw .badInput("\(path): \(DecodingErrorText.describe(error))")
    } catch {
      throw .badInput("\(path): \(error)")
    }
  }

  /// The file's bytes; a missing or unreadable file names the system's reason.
  static func contents(of path: String) throws(CLIFailure) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .badInput("\(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n == 0 { break }
      if n < 0 {
        if errno == EINTR { continue }
        throw .badInput("\(path): \(String(cString: strerror(errno)))")
      }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }
}
