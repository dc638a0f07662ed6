import Kernel
import Reports

/// `lockstat` and `compare`: the kernel locks' statistics, and the same workload under several
/// lock models and preemption modes.
enum LockCommands {
  /// `smpscope lockstat`.
  static let lockstatSpec = CommandSpec(
    id: .lockstat, path: "lockstat",
    abstract: "Print BMTX_STATS, its identities, per-lock statistics and bmtx_dump, at --at.",
    usage: ["lockstat [--json] [run options]"],
    options: [.flag("--json", help: "Print the same data as JSON.")],
    takesRunOptions: true,
    discussion: """
      The BMTX_STATS counters in the branch log's layout, the SPEC.md 6.4 identities each
      marked 'ok' or 'FAILED' (a failure exits 3), one row per lock (acquisitions, contended,
      average and maximum wait, average hold, spin % of all CPU time, most waiters, top
      caller) and bmtx_dump of every bmtx as kern_bmtx.c prints it.
      """)

  /// `smpscope compare`.
  static let compareSpec = CommandSpec(
    id: .compare, path: "compare",
    abstract: "Run one workload under several lock models x preemption modes; one table.",
    usage: ["compare [--lock L,L,...] [--preemption P,P,...] [--json] [run options]"],
    options: [
      .value("--lock", "LIST", "Lock models, comma-separated (default mplock,rrwlock,bmtx)."),
      .value(
        "--preemption", "LIST", "kern.preemption values, comma-separated (default: the scenario's)."
      ),
      .flag("--json", help: "Print the same table as JSON."),
    ],
    takesRunOptions: true,
    discussion: """
      Every combination of the listed values, in the listed order, each on its own machine with
      the same scenario, seed and input log, run until the workload ends (at most 1h simulated),
      or to --at when given (makespan '-', rates over --at); a workload that never ends needs
      --at. The first line is a digest of the inputs, the same for every row. Here --lock and
      --preemption take the lists above instead of one value, and --at has no default.
      """)

  /// Both, in the order help lists them.
  static let specs = [lockstatSpec, compareSpec]

  /// `lockstat`: the report, then exit 3 if an identity failed.
  static func lockstat(_ args: ParsedArguments) throws(CLIFailure) {
    if let extra = args.positionals.first {
      throw .usage("lockstat: unexpected argument '\(extra)'", of: lockstatSpec)
    }
    let input = LockstatInput(try RunSession.run(RunOptions(args)))
    Output.out(args.has("--json") ? LockstatReport.json(input) : LockstatReport.render(input))
    if let failed = LockstatReport.identities(input).first(where: { !$0.holds }) {
      throw CLIFailure(code: .kernelFailure, message: "BMTX_STATS identity failed: \(failed.line)")
    }
  }

  /// `compare`: the cross product of `--lock` × `--preemption`.
  static func compare(_ args: ParsedArguments) throws(CLIFailure) {
    if let extra = args.positionals.first {
      throw .usage("compare: unexpected argument '\(extra)'", of: compareSpec)
    }
    let locks = try lockList(args.value("--lock") ?? "mplock,rrwlock,bmtx")
    let preemptions = try args.value("--preemption").map(preemptionList)
    var common = args
    common.values["--lock"] = nil
    common.values["--preemption"] = nil
    let options = try RunOptions(common)
    let plan = try ComparePlan(
      options: options, at: args.value("--at") != nil ? options.at : nil)
    let combos = locks.flatMap { lock in
      (preemptions ?? [plan.scenario.kernel.preemption]).map { (lock, $0) }
    }
    let rows = try plan.runAll(combos)
    Output.out(
      args.has("--json")
        ? CompareReport.json(plan.digest, rows) : CompareReport.render(plan.digest, rows))
  }

  /// `mplock,bmtx` → the models, each known and listed once.
  static func lockList(_ text: String) throws(CLIFailure) -> [LockModel] {
    var out: [LockModel] = []
    for word in try items("--lock", text) {
      guard let model = LockModel(rawValue: word) else {
        let allowed = LockModel.allCases.map(\.rawValue).joined(separator: ", ")
        throw .badInput("--lock: unknown value '\(word)' (one of: \(allowed))")
      }
      if out.contains(model) { throw .badInput("--lock: '\(word)' is listed twice") }
      out.append(model)
    }
    return out
  }

  /// `0,2` → the values, each 0, 1 or 2 and listed once.
  static func preemptionList(_ text: String) throws(CLIFailure) -> [Int] {
    var out: [Int] = []
    for word in try items("--preemption", text) {
      guard let n = Int(word), (0...2).contains(n) else {
        throw .badInput("--preemption: must be 0, 1 or 2 (got '\(word)')")
      }
      if out.contains(n) { throw .badInput("--preemption: '\(word)' is listed twice") }
      out.append(n)
    }
    return out
  }

  private static func items(_ key: String, _ text: String) throws(CLIFailure) -> [String] {
    let words = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    if words.contains(where: \.isEmpty) { throw .badInput("\(key): empty item in '\(text)'") }
    return words
  }
}
