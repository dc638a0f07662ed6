import Foundation
import Testing

@Suite struct CommandOutputTests {
  @Test func scenarioListNamesEveryBuiltin() throws {
    let r = try SmpscopeBinary.run(["scenario", "list"])
    #expect(r.status == 0 && r.stderr.isEmpty)
    let names = r.stdout.split(separator: "\n").map {
      $0.split(separator: " ").first.map(String.init)
    }
    #expect(names.first == "tour")
    #expect(names.count == 9)
  }

  @Test func scenarioShowLoadsBackThroughCheck() throws {
    let shown = try SmpscopeBinary.run(["scenario", "show", "minimal"])
    #expect(shown.status == 0 && shown.stderr.isEmpty)
    #expect(shown.stdout.hasPrefix("{\n  \"name\": \"minimal\",\n  \"description\": "))
    // Every default is written out, in schema order.
    for key in [
      "cpus", "boot", "memory_kb", "kernel", "preemption", "costs", "context_switch",
      "users", "processes", "session_leader", "vsz_kb", "templates",
    ] {
      #expect(shown.stdout.contains("\"\(key)\": "), "\(key)")
    }
    let dir = try temporaryDirectory(files: [("minimal.json", shown.stdout)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let checked = try SmpscopeBinary.run(["scenario", "check", "minimal.json"], in: dir)
    #expect(checked.status == 0 && checked.stderr.isEmpty)
    #expect(checked.stdout == "minimal.json: ok\n")
    // Showing the file again prints the same bytes: the round trip is exact.
    let again = try SmpscopeBinary.run(["scenario", "show", "minimal.json"], in: dir)
    #expect(again.stdout == shown.stdout)
  }

  @Test func scenarioShowIsStableAcrossRuns() throws {
    let a = try SmpscopeBinary.run(["scenario", "show", "minimal"])
    let b = try SmpscopeBinary.run(["scenario", "show", "minimal"])
    #expect(a.stdout == b.stdout)
  }

  @Test func scenarioCheckReportsEveryFile() throws {
    let dir = try temporaryDirectory(files: [
      ("good.json", #"{"name":"g"}"#), ("bad.json", #"{"name":"b","cpus":0}"#),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try SmpscopeBinary.run(["scenario", "check", "good.json", "bad.json"], in: dir)
    #expect(r.status == 2)
    #expect(r.stdout == "good.json: ok\n")
    #expect(r.stderrLines == ["smpscope: bad.json: cpus: must be 1…256 (got 0)"])
  }

  @Test func hashPrintsSixteenHexDigitsEventsAndTime() throws {
    let r = try SmpscopeBinary.run(["hash", "--scenario", "minimal", "--at", "1.5s", "--seed", "7"])
    #expect(r.status == 0 && r.stderr.isEmpty)
    let fields = r.stdout.split(separator: " ")
    #expect(fields.count == 3)
    #expect(fields[0].count == 16 && fields[0].allSatisfy(\.isHexDigit))
    #expect(fields[1].hasPrefix("events="))
    #expect(fields[2] == "t=1500ms\n")
    let again = try SmpscopeBinary.run([
      "hash", "--scenario", "minimal", "--at", "1.5s", "--seed", "7",
    ])
    #expect(again.stdout == r.stdout)
  }

  @Test func psAcceptsAuxklWithOrWithoutDash() throws {
    let plain = try SmpscopeBinary.run(["ps", "auxkl", "--scenario", "minimal", "--at", "3s"])
    let dashed = try SmpscopeBinary.run(["ps", "-auxkl", "--scenario=minimal", "--at", "3s"])
    #expect(plain.status == 0 && dashed.status == 0)
    #expect(plain.stdout.hasPrefix("USER "))
    #expect(plain.stdout == dashed.stdout)
  }

  @Test func inputLogIsReplayed() throws {
    let log = #"{"inputs":[{"at":"1s","sysctl":"kern.preemption","value":2}]}"#
    let dir = try temporaryDirectory(files: [("in.json", log)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try SmpscopeBinary.run(
      ["hash", "--scenario", "minimal", "--input", "in.json"], in: dir)
    #expect(r.status == 0 && r.stderr.isEmpty)
  }

  @Test func closedPipeEndsQuietly() throws {
    let head = try SmpscopeBinary.shell(
      #"("$SMPSCOPE" ps auxkl --scenario minimal; echo "rc=$?" >&2) | head -1"#)
    #expect(head.stdout.hasPrefix("USER "))
    #expect(head.stdout.split(separator: "\n").count == 1)
    #expect(head.stderr == "rc=0\n")
    // The reader is gone before smpscope writes: the write gets EPIPE, not a SIGPIPE death.
    let gone = try SmpscopeBinary.shell(
      #"(sleep 0.3; "$SMPSCOPE" scenario show minimal; echo "rc=$?" >&2) | true"#)
    #expect(gone.stderr == "rc=0\n")
  }
}
