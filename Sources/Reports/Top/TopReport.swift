import Kernel

/// `top -b -S -H`: one batch display of the machine, every thread listed (SZOMB excepted).
public enum TopReport {
  /// `top -b` one-shot text.
  public static func render(_ snapshot: Snapshot) -> String {
    let summary = TopSummary(snapshot)
    let table = TopColumns.table
    let ncpu = snapshot.cpus.count
    var out = summary.lines()
    out.append("\n")
    out.append(table.header())
    for p in listed(snapshot) {
      table.appendRow(TopRow(p, ncpu: ncpu).cells, to: &out)
    }
    // u_endscreen on a dumb terminal: room before the next display.
    out.append("\n\n")
    return out
  }

  /// The same content as JSON.
  public static func json(_ snapshot: Snapshot) -> String {
    let summary = TopSummary(snapshot)
    let ncpu = snapshot.cpus.count
    var counts: [JSONMember] = [JSONMember("total", .int(summary.total))]
    for stat in 1..<summary.stateCounts.count {
      let key = TopReport.stateCountKeys[stat]
      counts.append(JSONMember(key, .int(summary.stateCounts[stat])))
    }
    let cpus: [JSONValue] = summary.cpuTenths.enumerated().map { cpu, tenths in
      var members = [JSONMember("cpu", .int(cpu))]
      for (i, t) in tenths.enumerated() {
        members.append(JSONMember(TopSummary.cpuStateNames[i], .number(tenthsJSON(t))))
      }
      return .object(members)
    }
    let threads: [JSONValue] = listed(snapshot).map { p in
      let row = TopRow(p, ncpu: ncpu)
      return .object([
        JSONMember("pid", .number(row.pid)),
        JSONMember("username", .string(row.username)),
        JSONMember("pri", .number(row.pri)),
        JSONMember("nice", .number(row.nice)),
        JSONMember("size", .string(row.size)),
        JSONMember("res", .string(row.res)),
        JSONMember("state", .string(row.state)),
        JSONMember("cpu_id", .optionalInt(p.cpu)),
        JSONMember("wait", .string(row.wait)),
        JSONMember("time", .string(row.time)),
        JSONMember("pct_cpu", .number(String(row.cpu.dropLast()))),
        JSONMember("command", .string(row.command)),
        JSONMember("size_kb", .int(p.vszKB)),
        JSONMember("res_kb", .int(p.rssKB)),
        JSONMember("runtime_ns", .int(Int(p.runtime))),
      ])
    }
    let doc = JSONValue.object([
      JSONMember("scenario", .string(snapshot.scenario)),
      JSONMember("seed", .number(String(snapshot.seed))),
      JSONMember("time_ns", .int(Int(snapshot.time))),
      JSONMember("clock", .string(summary.clock)),
      JSONMember(
        "load_averages", .array(summary.loadAverages.map { .number(Fixed.format($0, 2)) })),
      JSONMember("thread_counts", .object(counts)),
      JSONMember("cpus", .array(cpus)),
      JSONMember(
        "memory",
        .object([
          JSONMember("real_kb", .int(summary.realKB)),
          JSONMember("free_kb", .int(summary.freeKB)),
          JSONMember("physical_kb", .int(snapshot.memoryKB)),
        ])),
      JSONMember("threads", .array(threads)),
    ])
    return JSONWriter.document(doc)
  }

  /// JSON keys of the thread counts by `p_stat` (text says `idle` for sleeping, as top does).
  static let stateCountKeys = [
    "", "starting", "running", "sleeping", "stopped", "zombie", "dead", "on_processor",
  ]

  /// The listed threads in display order: top counts SZOMB threads but never lists them.
  static func listed(_ snapshot: Snapshot) -> [ProcSnapshot] {
    let procs = snapshot.procs
    return procs.indices.filter { procs[$0].stat != .SZOMB }
      .sorted { TopSort.precedes(procs[$0], procs[$1]) }.map { procs[$0] }
  }

  /// Tenths of a percent as a JSON number with one decimal.
  static func tenthsJSON(_ t: Int) -> String {
    String(t / 10) + "." + String(t % 10)
  }
}
