import Kernel

/// `smpscope lockstat`: the BMTX_STATS counters as the branch log printed them, the SPEC.md §6.4
/// identities checked, one lockstat row per lock and a `bmtx_dump` of every bmtx (README
/// "Snapshot formats").
public enum LockstatReport {
  /// The identities of `input`'s counters; the command exits 3 when one fails.
  public static func identities(_ input: LockstatInput) -> [BmtxIdentity] {
    let held = input.locks.filter { $0.kind == .bmtx && $0.owner != nil }.count
    return BmtxIdentity.check(input.stats, held: UInt64(held))
  }

  /// Four blocks separated by blank lines: `BMTX_STATS:`, `identities:`, `locks:` (times in
  /// ns), `bmtx_dump:`.
  public static func render(_ input: LockstatInput) -> String {
    var out = "BMTX_STATS:\n" + BmtxCounters.render(input.stats)
    out += "\nidentities:\n"
    for identity in identities(input) { out += identity.line + "\n" }
    out += "\nlocks (ns; SPIN% of all CPU time):\n" + LockTable.render(input)
    out += "\nbmtx_dump:\n"
    let bmtx = input.locks.filter { $0.kind == .bmtx }
    if bmtx.isEmpty { out += "(no bmtx)\n" }
    for lock in bmtx { out += BmtxDump.render(lock, input) }
    if !input.findings.isEmpty {
      out += "\nfindings:\n"
      for f in input.findings { out += "\(f)\n" }
    }
    return out
  }

  /// The same as JSON: `{time_ns, bmtx_stats: {<kernel counter name>: n, …}, identities:
  /// [{name, numbers, holds}], locks: [{name, kind, address, acquisitions, contended,
  /// avg_wait_ns, max_wait_ns, avg_hold_ns, spin_ns, spin_pct, max_waiters, top_caller, owner,
  /// flags, recurse, waiters}]}`; `owner` and each waiter are `{pid, comm, proc}` (null when
  /// free), `flags` is the lock word's low bits.
  public static func json(_ input: LockstatInput) -> String {
    let counters = BmtxCounters.named(input.stats).map {
      JSONMember($0.name, .int(Int(clamping: $0.value)))
    }
    let identities: [JSONValue] = identities(input).map {
      .object([
        JSONMember("name", .string($0.name)), JSONMember("numbers", .string($0.numbers)),
        JSONMember("holds", .bool($0.holds)),
      ])
    }
    return JSONWriter.document(
      .object([
        JSONMember("time_ns", .int(Int(input.time))),
        JSONMember("bmtx_stats", .object(counters)),
        JSONMember("identities", .array(identities)),
        JSONMember("locks", .array(input.locks.map { lockJSON($0, input) })),
        JSONMember(
          "findings",
          .array(
            input.findings.map {
              .object([
                JSONMember("kind", .string($0.kind.rawValue)),
                JSONMember("time_ns", .int(Int($0.time))),
                JSONMember("message", .string($0.message)),
              ])
            })),
      ]))
  }

  private static func lockJSON(_ lock: LockSnapshot, _ input: LockstatInput) -> JSONValue {
    let r = LockTable.row(lock, cpuNs: input.cpuNs)
    func thread(_ id: ProcID, pid: Int?, comm: String?) -> JSONValue {
      let t = input.thread(id)
      return .object([
        JSONMember("pid", .int(pid ?? t?.pid ?? 0)),
        JSONMember("comm", .string(comm ?? t?.comm ?? "?")),
        JSONMember("proc", .string(ProcAddress.text(ProcAddress.of(id)))),
      ])
    }
    let owner = lock.owner.map { thread($0, pid: lock.ownerPid, comm: lock.ownerComm) } ?? .null
    let flags = (lock.waitersFlag ? 0x1 : 0) | (lock.recursedFlag ? 0x2 : 0)
    return .object([
      JSONMember("name", .string(r.name)), JSONMember("kind", .string(r.kind)),
      JSONMember("address", .string(ProcAddress.text(lock.address))),
      JSONMember("acquisitions", .int(Int(clamping: r.acquisitions))),
      JSONMember("contended", .int(Int(clamping: r.contended))),
      JSONMember("avg_wait_ns", .int(Int(r.avgWaitNs))),
      JSONMember("max_wait_ns", .int(Int(r.maxWaitNs))),
      JSONMember("avg_hold_ns", .int(Int(r.avgHoldNs))),
      JSONMember("spin_ns", .int(Int(r.spinNs))), JSONMember("spin_pct", .number(r.spinPct)),
      JSONMember("max_waiters", .int(r.maxWaiters)),
      JSONMember("top_caller", .string(r.topCaller)),
      JSONMember("owner", owner), JSONMember("owner_cpu", .optionalInt(lock.ownerCPU)),
      JSONMember("flags", .int(flags)), JSONMember("recurse", .int(lock.recurse)),
      JSONMember(
        "waiters", .array(lock.waiters.map { thread($0, pid: nil, comm: nil) })),
      JSONMember("spinners", .array(lock.spinners.map { .int($0) })),
    ])
  }
}
