#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way smpscope writes to stdout and stderr: raw `write(2)`, with Unix pipe manners.
///
/// SIGPIPE is ignored, so a reader that goes away (`smpscope ps auxkl | head -1`) turns into EPIPE
/// on the next write, and smpscope then exits 0 quietly: the reader had all it wanted.
enum Output {
  /// Call once, before the first write.
  static func installPipeManners() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` to stdout; exits 0 on a closed pipe, 1 on any other write error.
  static func out(_ text: String) {
    if let errorNumber = writeAll(text, to: 1) {
      if errorNumber == EPIPE { exit(0) }
      err("smpscope: cannot write to stdout: \(String(cString: strerror(errorNumber)))\n")
      exit(CLIFailure.Code.internalFailure.rawValue)
    }
  }

  /// Writes `text` to stderr; errors writing the error stream have nowhere to go.
  static func err(_ text: String) {
    _ = writeAll(text, to: 2)
  }

  /// Whether stdout is a terminal.
  static var stdoutIsTerminal: Bool { isatty(1) == 1 }

  /// Writes every byte, retrying short writes and EINTR; returns errno on failure.
  private static func writeAll(_ text: String, to fd: Int32) -> Int32? {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return nil
  }
}
