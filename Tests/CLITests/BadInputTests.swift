import Foundation
import Testing

/// Every kind of bad input gets exactly one line on stderr and exit code 2.
@Suite struct BadInputTests {
  private func check(_ file: String, _ json: String) throws -> SmpscopeBinary.Outcome {
    let dir = try temporaryDirectory(files: [(file, json)])
    defer { try? FileManager.default.removeItem(at: dir) }
    return try SmpscopeBinary.run(["scenario", "check", file], in: dir)
  }

  private func expectOneLine(_ r: SmpscopeBinary.Outcome, _ line: String) {
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderrLines == [line])
  }

  @Test func missingScenarioFile() throws {
    let r = try SmpscopeBinary.run(["ps", "auxkl", "--scenario", "/nonexistent/build.json"])
    expectOneLine(r, "smpscope: /nonexistent/build.json: No such file or directory")
  }

  @Test func unknownBuiltin() throws {
    let r = try SmpscopeBinary.run(["hash", "--scenario", "nosuch"])
    #expect(r.status == 2 && r.stderrLines.count == 1)
    #expect(r.stderr.hasPrefix("smpscope: unknown scenario 'nosuch' (built-ins: tour, minimal"))
  }

  @Test func malformedJSONNamesLineAndColumn() throws {
    let r = try check("bad.json", "{\n  \"name\": \"x\",\n  cpus: 2\n}\n")
    expectOneLine(
      r, "smpscope: bad.json: line 3, column 3: expected a field name in double quotes, found 'c'")
    let eof = try check("eof.json", "{\"name\": \"x\",\n")
    expectOneLine(
      eof,
      "smpscope: eof.json: line 2, column 1: expected a field name in double quotes, found end of file"
    )
    let comma = try check("comma.json", "{\"name\": \"x\",}")
    expectOneLine(comma, "smpscope: comma.json: line 1, column 14: trailing comma before '}'")
  }

  @Test func unknownFieldAndValue() throws {
    expectOneLine(
      try check("u.json", #"{"name":"x","cpu":2}"#), "smpscope: u.json: unknown field 'cpu'")
    expectOneLine(
      try check("v.json", #"{"name":"x","kernel":{"lock":"spin"}}"#),
      "smpscope: v.json: kernel.lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)")
    expectOneLine(
      try check("t.json", #"{"name":"x","cpus":"two"}"#),
      "smpscope: t.json: cpus: expected an integer, found a string")
  }

  @Test(arguments: [0, 300])
  func cpusOutOfRange(cpus: Int) throws {
    expectOneLine(
      try check("c.json", #"{"name":"x","cpus":\#(cpus)}"#),
      "smpscope: c.json: cpus: must be 1…256 (got \(cpus))")
    expectOneLine(
      try SmpscopeBinary.run(["hash", "--scenario", "minimal", "--cpus", "\(cpus)"]),
      "smpscope: --cpus: must be 1…256 (got '\(cpus)')")
  }

  @Test func negativeDurationNamesItsPath() throws {
    let json = #"""
      {"name": "b", "processes": [
        {"comm": "a", "program": []}, {"comm": "b", "program": []},
        {"comm": "make", "program": [{"op": "compute", "duration": "-3ms"}]}]}
      """#
    expectOneLine(
      try check("build.json", json),
      "smpscope: build.json: processes[2].program[0].duration: negative duration")
  }

  @Test(arguments: [("-1", "negative duration"), ("abc", "unparsable duration 'abc'")])
  func badAt(value: String, message: String) throws {
    let r = try SmpscopeBinary.run(["ps", "auxkl", "--scenario", "minimal", "--at", value])
    expectOneLine(r, "smpscope: --at: \(message)")
    let inline = try SmpscopeBinary.run(["hash", "--scenario", "minimal", "--at=\(value)"])
    expectOneLine(inline, "smpscope: --at: \(message)")
  }

  @Test func unknownInputKind() throws {
    let dir = try temporaryDirectory(files: [("input.json", #"{"inputs":[{"at":"1s","foo":"x"}]}"#)]
    )
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try SmpscopeBinary.run(
      ["hash", "--scenario", "minimal", "--input", "input.json"], in: dir)
    expectOneLine(
      r, "smpscope: input.json: inputs[0]: unknown input 'foo' (one of: sysctl, inject, rate)")
  }

  @Test func inputTheMachineRefuses() throws {
    let log = #"{"inputs":[{"at":"1s","sysctl":"kern.preemption","value":7}]}"#
    let dir = try temporaryDirectory(files: [("in.json", log)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try SmpscopeBinary.run(
      ["hash", "--scenario", "minimal", "--input", "in.json"], in: dir)
    #expect(r.status == 2 && r.stderrLines.count == 1)
    #expect(r.stderr.hasPrefix("smpscope: in.json: inputs[0]: "))
  }

  @Test(arguments: [
    (["--seed", "-1"], "smpscope: --seed: expected 0…2^64-1, got '-1'"),
    (["--preemption", "3"], "smpscope: --preemption: must be 0, 1 or 2 (got '3')"),
    (["--lock", "spin"], "smpscope: --lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)"),
    (["--pending", "x"], "smpscope: --pending: unknown value 'x' (one of: bitmask, tailq)"),
    (["--idle", "x"], "smpscope: --idle: unknown value 'x' (one of: hlt, mwait)"),
  ])
  func badRunOptionValues(options: [String], line: String) throws {
    expectOneLine(try SmpscopeBinary.run(["hash", "--scenario", "minimal"] + options), line)
  }

  @Test func optionWithoutValue() throws {
    let r = try SmpscopeBinary.run(["hash", "--seed"])
    #expect(r.status == 2 && r.stderrLines.first == "smpscope: hash: option '--seed' needs a value")
  }
}
