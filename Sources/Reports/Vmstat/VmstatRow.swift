import Kernel

/// One `vmstat -i` line: an event counter's shown name, total and rate (vmstat.c `dointr`).
public struct VmstatRow: Equatable, Sendable {
  /// `irq<vector>/<name>`, cut to 16 characters as `%-16.16s` prints it.
  public var name: String
  /// The name before cutting.
  public var fullName: String
  /// `ec_count`.
  public var total: UInt64
  /// `total / uptime`, integer division.
  public var rate: UInt64

  /// The row for counter `c` after `uptime` whole seconds (at least 1).
  public init(_ c: EvCountSnapshot, uptime: UInt64) {
    fullName = "irq\(c.vector)/\(c.name)"
    name = Pad.clip(fullName, 16)
    total = c.count
    rate = c.count / uptime
  }

  /// `"%-16.16s %20llu %8llu\n"`.
  static func line(_ name: String, _ total: UInt64, _ rate: UInt64) -> String {
    Pad.left(Pad.clip(name, 16), 16) + " " + Pad.right(String(total), 20) + " "
      + Pad.right(String(rate), 8) + "\n"
  }
}
