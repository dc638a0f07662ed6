#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signal that asked the loop to stop (SIGINT, SIGTERM), or 0; set by the handler only.
nonisolated(unsafe) private var stopSignal: Int32 = 0
/// The terminal modes before ncurses changed them, for the fatal-signal handler.
nonisolated(unsafe) private var savedModes = termios()
nonisolated(unsafe) private var haveSavedModes = false

/// Signal handling for the loop: SIGINT and SIGTERM set a flag the loop checks; fatal signals
/// restore the terminal before the process dies (the handler only does async-signal-safe work).
public enum Signals {
  /// Saves the terminal modes and installs the handlers; call before `initscr`.
  public static func install() {
    if tcgetattr(0, &savedModes) == 0 { haveSavedModes = true }
    signal(SIGINT) { sig in stopSignal = sig }
    signal(SIGTERM) { sig in stopSignal = sig }
    signal(SIGHUP) { sig in stopSignal = sig }
    for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
      signal(sig) { sig in
        Signals.restoreModes()
        signal(sig, SIG_DFL)
        raise(sig)
      }
    }
  }

  /// The signal that asked to stop, if one did.
  public static var pending: Int32? { stopSignal == 0 ? nil : stopSignal }

  /// Puts the saved terminal modes back and leaves the alternate screen with the cursor shown.
  public static func restoreModes() {
    if haveSavedModes { _ = tcsetattr(0, TCSANOW, &savedModes) }
    let reset: [UInt8] = Array("\u{1b}[0m\u{1b}[?1049l\u{1b}[?25h\u{1b}[?1000l\r\n".utf8)
    _ = reset.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
  }

  /// Default handlers again (after the terminal is restored).
  public static func uninstall() {
    for sig in [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
      signal(sig, SIG_DFL)
    }
  }
}
