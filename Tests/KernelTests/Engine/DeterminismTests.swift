import Testing

@testable import Kernel

/// Same scenario + seed + inputs ⇒ the same event stream, on any machine, in any process.
@Suite struct DeterminismTests {
  func hash(_ name: String, seed: UInt64, until t: SimTime) throws -> (UInt64, UInt64) {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: name)), seed: seed)
    m.run(until: t)
    return (m.hash, m.eventCount)
  }

  /// Checked in: a change here means the model's behaviour changed (or order leaked from a
  /// Dictionary or Set, whose hashing differs per process). Update it only on purpose.
  @Test func buildSeed1HashIsCheckedIn() throws {
    let (h, n) = try hash("build", seed: 1, until: 3 * Nanos.s)
    #expect(String(h, radix: 16) == DeterminismTests.buildSeed1At3s, "events \(n)")
  }

  static let buildSeed1At3s = "5f2ad4dcbc2e9ba9"

  @Test func anotherSeedGivesAnotherRun() throws {
    let (a, _) = try hash("mixed", seed: 1, until: 2 * Nanos.s)
    let (b, _) = try hash("mixed", seed: 2, until: 2 * Nanos.s)
    #expect(a != b)
  }

  @Test func twoRunsAgree() throws {
    let (a, n) = try hash("minimal", seed: 7, until: 2 * Nanos.s)
    let (b, k) = try hash("minimal", seed: 7, until: 2 * Nanos.s)
    #expect(a == b && n == k)
  }

  /// A copy is a checkpoint: running the copy on does not disturb the original.
  @Test func copyIsACheckpoint() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "mixed")), seed: 3)
    m.run(until: Nanos.s)
    var copy = m
    copy.run(until: 2 * Nanos.s)
    m.run(until: 2 * Nanos.s)
    #expect(m.hash == copy.hash)
    #expect(m.eventCount == copy.eventCount)
  }

  @Test func inputsAreLoggedAndChangeTheRun() throws {
    let s = try #require(Scenario.builtin(named: "minimal"))
    var m = try Machine(scenario: s, seed: 1)
    m.run(until: 500 * Nanos.ms)
    try m.apply(Input(time: 500 * Nanos.ms, kind: .sysctl(name: "kern.preemption", value: 2)))
    #expect(m.preemption == 2)
    #expect(
      m.inputLog == [Input(time: 500 * Nanos.ms, kind: .sysctl(name: "kern.preemption", value: 2))])
    #expect(throws: InputError.self) {
      try m.apply(Input(time: 0, kind: .sysctl(name: "kern.preemption", value: 3)))
    }
    #expect(throws: InputError.self) {
      try m.apply(Input(time: 0, kind: .sysctl(name: "kern.nosuch", value: 1)))
    }
    #expect(m.inputLog.count == 1)
  }

  @Test func stepAndPeek() throws {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: "minimal")), seed: 1)
    let next = try #require(m.peek())
    let stepped = m.step()
    #expect(stepped)
    #expect(m.now == next.time)
    #expect(m.eventCount == 1)
    m.run(events: 10)
    #expect(m.eventCount == 11)
  }

  /// D14: `run(until:)` runs events at exactly T and none after.
  @Test func runUntilIncludesT() throws {
    var m = try Machine(scenario: TestMachine.empty(cpus: 1), seed: 1)
    m.run(until: 10 * Nanos.ms)
    #expect(m.cpus[0].clockTicks == 1)
    #expect(m.now == 10 * Nanos.ms)
    #expect((m.peek()?.time ?? 0) > 10 * Nanos.ms)
  }
}
