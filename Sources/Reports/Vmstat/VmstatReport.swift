import Kernel

/// `vmstat -i`: one line per event counter and a `Total` line (SPEC.md §7, invariant 41).
public enum VmstatReport {
  /// `printf("%-16s %20s %8s\n", "interrupt", "total", "rate")`.
  static let header =
    Pad.left("interrupt", 16) + " " + Pad.right("total", 20) + " "
    + Pad.right("rate", 8) + "\n"

  /// `vmstat -i` text: counters in attach order, zero counts hidden unless `showZero` (`-z`),
  /// then `Total` over every counter, hidden ones included. `uptime` is whole seconds (≥ 1).
  public static func render(_ s: InterruptsSnapshot, uptime: Int64, showZero: Bool) -> String {
    let u = wholeSeconds(uptime)
    var out = header
    for row in rows(s, uptime: u, showZero: showZero) {
      out.append(VmstatRow.line(row.name, row.total, row.rate))
    }
    let sum = total(s)
    out.append(VmstatRow.line("Total", sum, sum / u))
    return out
  }

  /// The same lines as JSON: `{time_ns, uptime_s, interrupts: [{name, counter, vector, total,
  /// rate}], total, total_rate}`; `name` is uncut.
  public static func json(_ s: InterruptsSnapshot, uptime: Int64, showZero: Bool) -> String {
    let u = wholeSeconds(uptime)
    let visible = s.evcounts.filter { showZero || $0.count > 0 }
    let rows: [JSONValue] = visible.map { c in
      let row = VmstatRow(c, uptime: u)
      return .object([
        JSONMember("name", .string(row.fullName)),
        JSONMember("counter", .string(c.name)),
        JSONMember("vector", .int(c.vector)),
        JSONMember("total", .number(String(row.total))),
        JSONMember("rate", .number(String(row.rate))),
      ])
    }
    let sum = total(s)
    return JSONWriter.document(
      .object([
        JSONMember("time_ns", .int(Int(s.time))),
        JSONMember("uptime_s", .number(String(u))),
        JSONMember("interrupts", .array(rows)),
        JSONMember("total", .number(String(sum))),
        JSONMember("total_rate", .number(String(sum / u))),
      ]))
  }

  /// The shown rows, in attach order.
  public static func rows(_ s: InterruptsSnapshot, uptime: UInt64, showZero: Bool) -> [VmstatRow] {
    s.evcounts.filter { showZero || $0.count > 0 }.map { VmstatRow($0, uptime: uptime) }
  }

  /// The sum of every counter (wrapping, as the C `u_int64_t` sum does).
  public static func total(_ s: InterruptsSnapshot) -> UInt64 {
    s.evcounts.reduce(0) { $0 &+ $1.count }
  }

  /// Uptime as the divisor: at least one second (SPEC.md D14).
  static func wholeSeconds(_ uptime: Int64) -> UInt64 { UInt64(max(1, uptime)) }

  /// The uptime a snapshot at `time` reports: whole seconds since boot, at least 1.
  public static func uptime(at time: SimTime) -> Int64 { max(1, time / Nanos.s) }
}
