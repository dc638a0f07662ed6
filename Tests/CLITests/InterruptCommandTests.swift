import Foundation
import Testing

/// `vmstat -i`, `intr`, `latency`, and scenario files with devices, through the built binary.
@Suite struct InterruptCommandTests {
  private func expectOneLine(_ r: SmpscopeBinary.Outcome, _ line: String) {
    #expect(r.status == 2)
    #expect(r.stdout.isEmpty)
    #expect(r.stderrLines == [line])
  }

  @Test(arguments: [
    ["vmstat", "--help"], ["vmstat", "-h"], ["intr", "--help"], ["latency", "--help"],
    ["help", "vmstat"], ["help", "intr"], ["help", "latency"],
  ])
  func helpShowsUsageAndRunOptions(arguments: [String]) throws {
    let r = try SmpscopeBinary.run(arguments)
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(r.stdout.contains("USAGE: smpscope \(arguments.contains("vmstat") ? "vmstat -i" : "")"))
    for option in ["--scenario", "--at", "--preemption", "--pending", "--json"] {
      #expect(r.stdout.contains("  \(option)"), "\(option)")
    }
  }

  @Test func vmstatNeedsDashI() throws {
    let r = try SmpscopeBinary.run(["vmstat", "--scenario", "minimal"])
    #expect(r.status == 2 && r.stdout.isEmpty)
    #expect(
      r.stderrLines.first
        == "smpscope: vmstat: only interrupt statistics are supported; use 'vmstat -i'")
    #expect(r.stderr.contains("USAGE: smpscope vmstat -i [-z] [--json] [run options]"))
    let z = try SmpscopeBinary.run(["vmstat", "-z", "--scenario", "minimal"])
    #expect(z.status == 2 && z.stderrLines.first?.hasSuffix("use 'vmstat -i'") == true)
  }

  @Test func unexpectedArgumentsAreUsageErrors() throws {
    for (args, line) in [
      (["vmstat", "-i", "5"], "smpscope: vmstat: unexpected argument '5'"),
      (["intr", "em0"], "smpscope: intr: unexpected argument 'em0'"),
      (["latency", "x"], "smpscope: latency: unexpected argument 'x'"),
      (["vmstat", "-s"], "smpscope: vmstat: unknown option '-s'"),
      (["intr", "--frob"], "smpscope: intr: unknown option '--frob'"),
      (["latency", "--json=yes"], "smpscope: latency: option '--json' takes no value"),
    ] {
      let r = try SmpscopeBinary.run(args)
      #expect(r.status == 2 && r.stdout.isEmpty, "\(args)")
      #expect(r.stderrLines.first == line)
    }
  }

  @Test(arguments: [["vmstat", "-i"], ["intr"], ["latency"]])
  func badRunOptionsNameTheOption(command: [String]) throws {
    expectOneLine(
      try SmpscopeBinary.run(command + ["--scenario", "minimal", "--preemption", "3"]),
      "smpscope: --preemption: must be 0, 1 or 2 (got '3')")
    expectOneLine(
      try SmpscopeBinary.run(command + ["--scenario", "minimal", "--pending", "bitmsk"]),
      "smpscope: --pending: unknown value 'bitmsk' (one of: bitmask, tailq)")
    expectOneLine(
      try SmpscopeBinary.run(command + ["--scenario", "minimal", "--at", "soon"]),
      "smpscope: --at: unparsable duration 'soon'")
  }

  @Test func vmstatPrintsHeaderRowsAndTotal() throws {
    let r = try SmpscopeBinary.run(["vmstat", "-i", "--scenario", "minimal", "--at", "3s"])
    #expect(r.status == 0 && r.stderr.isEmpty)
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "interrupt                       total     rate")
    #expect(lines.last?.hasPrefix("Total ") == true)
    #expect(lines.contains { $0.hasPrefix("irq0/clock ") })
    // Rate is total / 3 s, and Total is the sum.
    var sum: UInt64 = 0
    for line in lines.dropFirst().dropLast() {
      let f = line.split(separator: " ")
      let total = try #require(UInt64(f[1]))
      #expect(UInt64(f[2]) == total / 3)
      sum += total
    }
    #expect(lines.last?.split(separator: " ").dropFirst().first == Substring(String(sum)))
    let dashZ = try SmpscopeBinary.run(["vmstat", "-iz", "--scenario", "minimal", "--at", "3s"])
    let split = try SmpscopeBinary.run([
      "vmstat", "-i", "-z", "--scenario", "minimal", "--at", "3s",
    ])
    #expect(dashZ.status == 0 && dashZ.stdout == split.stdout)
    #expect(dashZ.stdout.split(separator: "\n").last.map(String.init) == lines.last)
  }

  @Test func jsonVariantsAreJSON() throws {
    for command in [["vmstat", "-i"], ["intr"], ["latency"]] {
      let r = try SmpscopeBinary.run(command + ["--json", "--scenario", "minimal", "--at", "2s"])
      #expect(r.status == 0 && r.stderr.isEmpty, "\(command)")
      let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
      #expect(object?["time_ns"] as? Int == 2_000_000_000, "\(command)")
    }
  }

  @Test func intrAndLatencyPrintTheirSections() throws {
    let intr = try SmpscopeBinary.run(["intr", "--scenario", "minimal", "--at", "1s"])
    #expect(intr.status == 0 && intr.stderr.isEmpty)
    #expect(intr.stdout.hasPrefix("ITHREAD            SLOT VEC TRIGGER "))
    #expect(intr.stdout.contains("\nCPU      PREEMPT   DEFERRED USERPREEMPT\n"))
    #expect(intr.stdout.contains("\nipis sent: unidle "))
    let latency = try SmpscopeBinary.run(["latency", "--scenario", "minimal", "--at", "1s"])
    #expect(latency.status == 0 && latency.stderr.isEmpty)
    #expect(latency.stdout.contains("wakeup latency, all threads: made runnable -> on CPU\n"))
    #expect(latency.stdout.contains("wakeup latency, user threads: made runnable -> on CPU\n"))
  }

  static let deviceScenario = #"""
    {"name": "irq", "mutexes": ["pool_mtx"],
     "devices": [
       {"name": "em0", "slot": 3, "vector": 112, "level": "net", "service": "15us",
        "arrival": {"poisson": 8000}, "schedules": "softnet"},
       {"name": "ehci0", "slot": 5, "vector": 144, "arrival": {"periodic": "10ms"}},
       {"name": "mpi0", "shares": "ehci0", "mpsafe": false},
       {"name": "com0", "slot": 7, "vector": 160, "level": "tty",
        "arrival": {"bursts": {"count": 4, "gap": "80us", "every": "300ms"}}, "schedules": "softtty"},
       {"name": "ahci0", "slot": 9, "vector": 176, "io_latency": "150us"}],
     "processes": [{"comm": "srv", "program": [
       {"op": "io", "device": "ahci0"}, {"op": "read", "from": "softnet"},
       {"op": "critical", "duration": "20us"}, {"op": "mutex", "name": "pool_mtx", "duration": "2us"}]}]}
    """#

  @Test func deviceScenarioChecksShowsAndLoadsBack() throws {
    let dir = try temporaryDirectory(files: [("irq.json", Self.deviceScenario)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let checked = try SmpscopeBinary.run(["scenario", "check", "irq.json"], in: dir)
    #expect(checked.status == 0 && checked.stdout == "irq.json: ok\n")
    let shown = try SmpscopeBinary.run(["scenario", "show", "irq.json"], in: dir)
    #expect(shown.status == 0 && shown.stderr.isEmpty)
    for text in [
      #""arrival": {"poisson": 8000}"#, #""arrival": "none""#, #""shares": "ehci0""#,
      #""shares": null"#, #""schedules": null"#, #""io_latency": "150us""#,
      #""softintr_pass": "1us""#, #""mutexes": ["pool_mtx"]"#,
      #"{"op": "read", "from": "softnet"}"#,
      #"{"op": "mutex", "name": "pool_mtx", "duration": "2us"}"#,
    ] {
      #expect(shown.stdout.contains(text), "\(text)")
    }
    let normalised = try temporaryDirectory(files: [("n.json", shown.stdout)])
    defer { try? FileManager.default.removeItem(at: normalised) }
    let again = try SmpscopeBinary.run(["scenario", "show", "n.json"], in: normalised)
    #expect(again.status == 0 && again.stdout == shown.stdout)
    let run = try SmpscopeBinary.run(
      ["vmstat", "-i", "--scenario", "irq.json", "--at", "1s"], in: dir)
    #expect(run.status == 0 && run.stdout.hasPrefix("interrupt "))
  }

  @Test(arguments: [
    (
      #"{"name":"x","devices":[{"name":"em0","trigger":"pulse"}]}"#,
      "devices[0].trigger: unknown value 'pulse' (one of: level, edge)"
    ),
    (
      #"{"name":"x","devices":[{"name":"a","slot":1,"vector":1},{"name":"b","slot":2,"vector":2},{"name":"c","shares":"mpi9"}]}"#,
      "devices[2].shares: unknown device 'mpi9'"
    ),
    (
      #"{"name":"x","devices":[{"name":"em0","arrival":{"poisson":-5}}]}"#,
      "devices[0].arrival.poisson: negative rate"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","program":[]},{"comm":"b","program":[{"op":"io","device":"sd0"}]}]}"#,
      "processes[1].program[0].device: unknown device 'sd0'"
    ),
  ])
  func badDeviceScenarioIsOneLine(json: String, message: String) throws {
    let dir = try temporaryDirectory(files: [("d.json", json)])
    defer { try? FileManager.default.removeItem(at: dir) }
    expectOneLine(
      try SmpscopeBinary.run(["scenario", "check", "d.json"], in: dir),
      "smpscope: d.json: \(message)")
    expectOneLine(
      try SmpscopeBinary.run(["vmstat", "-i", "--scenario", "d.json"], in: dir),
      "smpscope: d.json: \(message)")
  }

  @Test func injectAndRateInputsDecode() throws {
    let dir = try temporaryDirectory(files: [
      ("irq.json", Self.deviceScenario),
      (
        "in.json",
        #"{"inputs":[{"at":"0.5s","inject":"em0"},{"at":"0.6s","rate":"em0","per_second":100}]}"#
      ),
      ("neg.json", #"{"inputs":[{"at":"0.5s","rate":"em0","per_second":-1}]}"#),
      ("nodev.json", #"{"inputs":[{"at":"0.5s","inject":"sd0"}]}"#),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let base = ["vmstat", "-i", "--scenario", "irq.json", "--at", "1s", "--input"]
    let ok = try SmpscopeBinary.run(base + ["in.json"], in: dir)
    #expect(ok.status == 0 && ok.stderr.isEmpty)
    expectOneLine(
      try SmpscopeBinary.run(base + ["neg.json"], in: dir),
      "smpscope: neg.json: inputs[0].per_second: negative rate")
    expectOneLine(
      try SmpscopeBinary.run(base + ["nodev.json"], in: dir),
      "smpscope: nodev.json: inputs[0]: unknown device 'sd0'")
  }
}
