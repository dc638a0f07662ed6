import Kernel

/// ps's TIME column (print.c `cputime()`).
enum CPUTime {
  /// `%3ld:%02ld.%02ld` of `runtime` nanoseconds: minutes, seconds, hundredths.
  ///
  /// As in ps, the kernel's microseconds (`p_rtime_usec`, nanoseconds truncated) are *rounded*
  /// to hundredths, carrying into the seconds: 4.974999 s prints `0:04.97`, 4.975 s `0:04.98`.
  static func format(runtime: SimTime) -> String {
    let micros = max(runtime, 0) / 1_000
    var secs = micros / 1_000_000
    var hundredths = (micros % 1_000_000 + 5_000) / 10_000
    secs += hundredths / 100
    hundredths %= 100
    return Pad.right(String(secs / 60), 3) + ":" + Pad.zero(Int(secs % 60), 2) + "."
      + Pad.zero(Int(hundredths), 2)
  }

  /// The TIME of a thread that has no u-area data (a zombie): always `0:00.00`.
  static let zero = "  0:00.00"
}
