import Kernel

/// `smpscope intr`: every interrupt source and its ithread, each CPU's pending queue in drain
/// order, per-CPU preemption counters and the IPIs sent by cause (README "Snapshot formats").
public enum IntrReport {
  /// `ITHREAD SLOT VEC TRIGGER MASKED SCHED PID CPU STATE WAIT EVCOUNT PASSES`.
  static let sourceTable = TextTable(
    columns: [
      Column("ITHREAD", width: 18, .left),
      Column("SLOT", width: 4, .right),
      Column("VEC", width: 3, .right),
      Column("TRIGGER", width: 7, .left),
      Column("MASKED", width: 6, .left),
      Column("SCHED", width: 5, .left),
      Column("PID", width: 5, .right),
      Column("CPU", width: 3, .right),
      Column("STATE", width: 6, .left),
      Column("WAIT", width: 7, .left, clip: true),
      Column("EVCOUNT", width: 10, .right),
      Column("PASSES", width: 10, .right),
    ], padLastCell: true)

  /// `CPU PREEMPT DEFERRED USERPREEMPT`.
  static let preemptionTable = TextTable(
    columns: [
      Column("CPU", width: 5, .left),
      Column("PREEMPT", width: 10, .right),
      Column("DEFERRED", width: 10, .right),
      Column("USERPREEMPT", width: 11, .right),
    ], padLastCell: true)

  /// The text: the source table, a blank line, one pending line per CPU, a blank line, the
  /// preemption table, a blank line and the `ipis sent:` line.
  public static func render(_ s: InterruptsSnapshot, procs: [ProcSnapshot]) -> String {
    var out = sourceTable.header()
    for source in s.sources {
      sourceTable.appendRow(IntrRow(source, procs: procs).cells, to: &out)
    }
    out.append("\n")
    for p in s.pending { out.append(pendingLine(p, model: s.pendingModel)) }
    out.append("\n")
    out.append(preemptionTable.header())
    for (cpu, c) in s.preemption.enumerated() {
      preemptionTable.appendRow(
        [
          "cpu\(cpu)", String(c.preemptions), String(c.deferred), String(c.userPreemptions),
        ], to: &out)
    }
    out.append("\n")
    out.append("ipis sent: unidle \(s.ipisSent.unidle), kick \(s.ipisSent.kick)\n")
    return out
  }

  /// `cpu0 pending (bitmask 0xc000000000000008): ipi clock em0`, or `(tailq): …`; `-` when empty.
  static func pendingLine(_ p: PendingSnapshot, model: PendingModel) -> String {
    let how: String
    switch model {
    case .bitmask: how = "bitmask \(hexMask(p.bits))"
    case .tailq: how = "tailq"
    }
    let entries = p.drainOrder.isEmpty ? "-" : p.drainOrder.joined(separator: " ")
    return "cpu\(p.cpu) pending (\(how)): \(entries)\n"
  }

  /// `0x` and exactly 16 lower-case hex digits.
  static func hexMask(_ bits: UInt64) -> String {
    let digits = String(bits, radix: 16)
    return "0x" + String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The same content as JSON (README "Snapshot formats").
  public static func json(_ s: InterruptsSnapshot, procs: [ProcSnapshot]) -> String {
    let sources: [JSONValue] = s.sources.map { source in
      let row = IntrRow(source, procs: procs)
      return .object([
        JSONMember("name", .string(source.name)),
        JSONMember("handlers", .array(source.handlers.map { .string($0) })),
        JSONMember("slot", .optionalInt(source.slot)),
        JSONMember("vector", .int(source.vector)),
        JSONMember("trigger", .string(row.trigger)),
        JSONMember("masked", .bool(source.masked)),
        JSONMember("scheduled", .bool(source.scheduled)),
        JSONMember("pid", .int(source.pid)),
        JSONMember("cpu", .int(source.cpu)),
        JSONMember("state", .string(row.state)),
        JSONMember("wait", .string(row.wait)),
        JSONMember("evcount", .number(row.evcount)),
        JSONMember("passes", .number(row.passes)),
      ])
    }
    let pending: [JSONValue] = s.pending.map { p in
      .object([
        JSONMember("cpu", .int(p.cpu)),
        JSONMember("bitmask", .string(hexMask(p.bits))),
        JSONMember("drain_order", .array(p.drainOrder.map { .string($0) })),
      ])
    }
    let preemption: [JSONValue] = s.preemption.enumerated().map { cpu, c in
      .object([
        JSONMember("cpu", .int(cpu)),
        JSONMember("preemptions", .number(String(c.preemptions))),
        JSONMember("deferred", .number(String(c.deferred))),
        JSONMember("user_preemptions", .number(String(c.userPreemptions))),
      ])
    }
    return JSONWriter.document(
      .object([
        JSONMember("time_ns", .int(Int(s.time))),
        JSONMember("pending_model", .string(s.pendingModel.rawValue)),
        JSONMember("sources", .array(sources)),
        JSONMember("pending", .array(pending)),
        JSONMember("preemption", .array(preemption)),
        JSONMember(
          "ipis_sent",
          .object([
            JSONMember("unidle", .number(String(s.ipisSent.unidle))),
            JSONMember("kick", .number(String(s.ipisSent.kick))),
          ])),
      ]))
  }
}
