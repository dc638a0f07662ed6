import Foundation
import Testing

/// `lockstat`, `compare` and scenario files with locks, through the built binary.
@Suite struct LockCommandTests {
  private func expectOneLine(
    _ r: SmpscopeBinary.Outcome, _ line: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(r.status == 2, sourceLocation: sourceLocation)
    #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(r.stderrLines == [line], sourceLocation: sourceLocation)
  }

  /// The digest line and the rows of a compare's text.
  private func table(_ r: SmpscopeBinary.Outcome) -> (digest: String, rows: [[String]]) {
    let lines = r.stdout.split(separator: "\n").map(String.init)
    let rows = lines.dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    return (lines.first ?? "", rows)
  }

  @Test(arguments: [["lockstat", "--help"], ["compare", "--help"], ["help", "compare"]])
  func helpShowsUsageAndRunOptions(arguments: [String]) throws {
    let r = try SmpscopeBinary.run(arguments)
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(
      r.stdout.contains(
        "USAGE: smpscope \(arguments.contains("lockstat") ? "lockstat" : "compare")"))
    for option in ["--scenario", "--at", "--seed", "--json"] {
      #expect(r.stdout.contains("  \(option)"), "\(option)")
    }
  }

  @Test func lockstatPrintsEveryBlock() throws {
    let r = try SmpscopeBinary.run(["lockstat", "--scenario", "minimal", "--at", "2s"])
    #expect(r.status == 0 && r.stderr.isEmpty)
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "BMTX_STATS:")
    #expect(lines[1].hasPrefix("bmtx_fast_locks              "))
    #expect(lines[10].hasPrefix("bmtx_unlock_has_waiter       "))
    for block in ["identities:", "locks (ns; SPIN% of all CPU time):", "bmtx_dump:"] {
      #expect(lines.contains(block), "\(block)")
    }
    #expect(r.stdout.contains("bmtx giant (0x"))
    #expect(!r.stdout.contains("FAILED"))
    let json = try SmpscopeBinary.run(["lockstat", "--scenario", "minimal", "--at", "2s", "--json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let stats = try #require(object?["bmtx_stats"] as? [String: Int])
    #expect(stats.count == 10 && stats["bmtx_unlock_has_waiter"] != nil)
  }

  @Test func lockstatRefusesArgumentsAndUnknownLockModels() throws {
    let r = try SmpscopeBinary.run(["lockstat", "giant"])
    #expect(
      r.status == 2 && r.stderrLines.first == "smpscope: lockstat: unexpected argument 'giant'")
    for command in [["lockstat"], ["ps", "auxkl"], ["compare", "--at", "1s"]] {
      expectOneLine(
        try SmpscopeBinary.run(command + ["--scenario", "minimal", "--lock", "spin"]),
        "smpscope: --lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)")
    }
  }

  @Test func compareRunsTheCrossProductInTheListedOrder() throws {
    let r = try SmpscopeBinary.run([
      "compare", "--scenario", "minimal", "--at", "1s", "--lock", "rrwlock,bmtx",
      "--preemption", "2,0",
    ])
    #expect(r.status == 0 && r.stderr.isEmpty)
    let (digest, rows) = table(r)
    #expect(digest.hasPrefix("workload ") && digest.contains(" seed 1 (scenario minimal"))
    #expect(
      rows.map { "\($0[0]) \($0[1]) \($0[2])" } == [
        "rrwlock 2 -", "rrwlock 0 -", "bmtx 2 -", "bmtx 0 -",
      ])
    #expect(r.stdout.split(separator: "\n")[1].hasPrefix("LOCK    PREEMPT  MAKESPAN"))
  }

  @Test func theDigestFollowsTheSeedNotTheLockModelOrPreemption() throws {
    func digest(_ extra: [String]) throws -> String {
      let r = try SmpscopeBinary.run(["compare", "--scenario", "minimal", "--at", "500ms"] + extra)
      #expect(r.status == 0, "\(extra): \(r.stderr)")
      return table(r).digest
    }
    let base = try digest(["--lock", "mplock"])
    #expect(try digest(["--lock", "bmtx", "--preemption", "2"]) == base)
    #expect(try digest(["--lock", "mplock,rrwlock,bmtx"]) == base)
    let other = try digest(["--lock", "mplock", "--seed", "2"])
    #expect(other != base && other.contains(" seed 2 "))
    #expect(try digest(["--lock", "mplock", "--cpus", "3"]) != base)
  }

  @Test func compareRunsToTheWorkloadsEndWithoutAt() throws {
    let dir = try temporaryDirectory(files: [
      (
        "short.json",
        #"""
        {"name":"short","cpus":2,"processes":[
          {"comm":"a","program":[{"op":"compute","duration":"30ms"},{"op":"syscall","duration":"1ms","giant":true}]},
          {"comm":"b","program":[{"op":"sleep","duration":"20ms"},{"op":"compute","duration":"40ms"}]}]}
        """#
      )
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try SmpscopeBinary.run(
      ["compare", "--scenario", "short.json", "--lock", "bmtx,mplock", "--json"], in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let rows = try #require(object?["rows"] as? [[String: Any]])
    #expect(rows.map { $0["lock"] as? String } == ["bmtx", "mplock"])
    for row in rows {
      let makespan = try #require(row["makespan_ns"] as? Int)
      #expect(makespan >= 60_000_000 && makespan < 200_000_000)
      #expect(row["interval_ns"] as? Int == makespan)
    }
    let text = try SmpscopeBinary.run(
      ["compare", "--scenario", "short.json", "--lock", "bmtx"], in: dir)
    #expect(table(text).rows.first?[2].hasPrefix("0m00.") == true)
  }

  @Test func aWorkloadThatNeverEndsNeedsAt() throws {
    let dir = try temporaryDirectory(files: [
      (
        "loop.json",
        #"{"name":"loop","processes":[{"comm":"spin","program":[{"op":"repeat","steps":[{"op":"compute","duration":"1ms"}]}]}]}"#
      )
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    expectOneLine(
      try SmpscopeBinary.run(["compare", "--scenario", "loop.json"], in: dir),
      "smpscope: compare: the workload of 'loop' never ends (processes[0] (spin) runs forever); give --at"
    )
    let r = try SmpscopeBinary.run(
      ["compare", "--scenario", "loop.json", "--at", "200ms", "--lock", "bmtx"], in: dir)
    #expect(r.status == 0 && table(r).rows.count == 1)
  }

  @Test(arguments: [
    (
      ["--lock", "bmtx,spin"],
      "smpscope: --lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)"
    ),
    (["--lock", "bmtx,bmtx"], "smpscope: --lock: 'bmtx' is listed twice"),
    (["--lock", "bmtx,"], "smpscope: --lock: empty item in 'bmtx,'"),
    (["--lock", ""], "smpscope: --lock: empty item in ''"),
    (["--preemption", "0,3"], "smpscope: --preemption: must be 0, 1 or 2 (got '3')"),
    (["--preemption", "1,1"], "smpscope: --preemption: '1' is listed twice"),
    (["--at", "soon"], "smpscope: --at: unparsable duration 'soon'"),
  ])
  func badCompareListsAreOneLine(extra: [String], line: String) throws {
    expectOneLine(try SmpscopeBinary.run(["compare", "--scenario", "minimal"] + extra), line)
  }

  @Test func compareUsageErrors() throws {
    let r = try SmpscopeBinary.run(["compare", "bmtx"])
    #expect(r.status == 2 && r.stderrLines.first == "smpscope: compare: unexpected argument 'bmtx'")
    #expect(r.stderr.contains("USAGE: smpscope compare"))
    let o = try SmpscopeBinary.run(["compare", "--locks", "bmtx"])
    #expect(o.status == 2 && o.stderrLines.first == "smpscope: compare: unknown option '--locks'")
  }

  @Test func badLockStepsInAFileAreOneLineNamingTheField() throws {
    let dir = try temporaryDirectory(files: [
      (
        "unknown.json",
        #"{"name":"u","locks":["a"],"processes":[{"comm":"p","program":[{"op":"compute","duration":"1ms"},{"op":"exit"},{"op":"lock","name":"foo"}]}]}"#
      ),
      (
        "unheld.json",
        #"{"name":"h","locks":["a","b"],"processes":[{"comm":"p","program":[]},{"comm":"q","program":[{"op":"lock","name":"a"},{"op":"lock","name":"b"},{"op":"unlock","name":"a"},{"op":"unlock","name":"a"}]}]}"#
      ),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    expectOneLine(
      try SmpscopeBinary.run(["lockstat", "--scenario", "unknown.json"], in: dir),
      "smpscope: unknown.json: processes[0].program[2].name: unknown lock 'foo'")
    expectOneLine(
      try SmpscopeBinary.run(["compare", "--scenario", "unheld.json", "--at", "1s"], in: dir),
      "smpscope: unheld.json: processes[1].program[3]: unlock of 'a', which is not held")
    let check = try SmpscopeBinary.run(["scenario", "check", "unheld.json"], in: dir)
    #expect(check.status == 2)
  }
}
