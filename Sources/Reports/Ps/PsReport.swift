import Kernel

/// `ps auxkl`: every thread, kernel threads included, sorted by %CPU (SPEC.md §8).
public enum PsReport {
  /// `ps auxkl` text: header + one line per thread, each line ending in "\n".
  public static func render(_ snapshot: Snapshot) -> String {
    let table = PsColumns.table
    let context = PsContext(snapshot)
    var out = table.header()
    out.reserveCapacity(out.utf8.count * (snapshot.procs.count + 1) + 64)
    for p in PsSort.sorted(snapshot.procs) {
      table.appendRow(PsRow(p, context).cells, to: &out)
    }
    return out
  }

  /// The same rows as JSON (documented snake_case keys, stable order, trailing newline).
  public static func json(_ snapshot: Snapshot) -> String {
    let context = PsContext(snapshot)
    let rows = PsSort.sorted(snapshot.procs).map { p in rowJSON(PsRow(p, context), p, context) }
    let doc = JSONValue.object([
      JSONMember("scenario", .string(snapshot.scenario)),
      JSONMember("seed", .number(String(snapshot.seed))),
      JSONMember("time_ns", .int(Int(snapshot.time))),
      JSONMember("threads", .array(rows)),
    ])
    return JSONWriter.document(doc)
  }

  /// One row: the text columns' values, unpadded and unclipped, plus two raw values.
  static func rowJSON(_ row: PsRow, _ p: ProcSnapshot, _ context: PsContext) -> JSONValue {
    .object([
      JSONMember("user", .string(row.user)),
      JSONMember("pid", .number(row.pid)),
      JSONMember("pct_cpu", .number(row.pctCPU)),
      JSONMember("pct_mem", .number(row.pctMem)),
      JSONMember("vsz", .number(row.vsz)),
      JSONMember("rss", .number(row.rss)),
      JSONMember("tt", .string(row.tt.trimmingSpaces())),
      JSONMember("stat", .string(row.stat)),
      JSONMember("started", .string(row.started.trimmingSpaces())),
      JSONMember("time", .string(row.time.trimmingSpaces())),
      JSONMember("command", .string(row.command)),
      JSONMember("uid", .number(row.uid)),
      JSONMember("ppid", .number(row.ppid)),
      JSONMember("cpu", .number(row.cpu)),
      JSONMember("pri", .number(row.pri)),
      JSONMember("ni", .number(row.ni)),
      JSONMember("wchan", .string(row.wchan)),
      JSONMember("start_epoch", .int(Int(context.epoch(p.startTime)))),
      JSONMember("runtime_ns", .int(Int(p.runtime))),
    ])
  }
}

extension String {
  /// The string without leading and trailing spaces (ASCII space only).
  func trimmingSpaces() -> String {
    guard let first = firstIndex(where: { $0 != " " }),
      let last = lastIndex(where: { $0 != " " })
    else { return "" }
    return String(self[first...last])
  }
}
