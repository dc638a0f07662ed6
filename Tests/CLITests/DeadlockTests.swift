import Foundation
import Testing

/// A scenario that deadlocks stops headless commands with the cycle named and exit code 3.
@Suite struct DeadlockTests {
  @Test func abbaDeadlockExitsThree() throws {
    let json = """
      {"name": "abba", "cpus": 2, "locks": ["A", "B"], "processes": [
        {"comm": "left", "program": [{"op": "lock", "name": "A"}, {"op": "compute", "duration": "1ms"},
          {"op": "lock", "name": "B"}, {"op": "unlock", "name": "B"}, {"op": "unlock", "name": "A"}]},
        {"comm": "right", "program": [{"op": "lock", "name": "B"}, {"op": "compute", "duration": "1ms"},
          {"op": "lock", "name": "A"}, {"op": "unlock", "name": "A"}, {"op": "unlock", "name": "B"}]}
      ]}
      """
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("abba-\(getpid()).json")
    try json.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let r = try SmpscopeBinary.run(["ps", "auxkl", "--scenario", url.path, "--at", "1s"])
    #expect(r.status == 3)
    #expect(r.stderrLines.count == 1)
    #expect(r.stderr.hasPrefix("smpscope: deadlock: "))
    #expect(r.stderr.contains("waits for A") && r.stderr.contains("waits for B"))
  }
}
