import Testing

@testable import Kernel
@testable import Reports

/// Hand-made compare rows in the branch log's proportions: three lock models, preemption 1.
enum SampleCompare {
  static let digest = CompareDigest(
    scenario: "build", scenarioJSON: #"{"name": "build"}"#, seed: 1, inputs: 0,
    inputLogJSON: #"{"inputs": []}"#)

  static func row(
    _ lock: LockModel, makespan: SimTime?, interval: SimTime, switches: UInt64, ipis: UInt64,
    spinNs: SimTime, blocks: UInt64
  ) -> CompareRow {
    CompareRow(
      lock: lock, preemption: 1, makespan: makespan, interval: interval, switches: switches,
      ipis: ipis, spinNs: spinNs, cpuNs: 4 * interval, lockBlocks: blocks, wakeupP50: 2_560,
      wakeupP99: 102_400, interruptP99: 229_300)
  }

  static let rows = [
    row(
      .mplock, makespan: 243_200 * Nanos.ms, interval: 243_200 * Nanos.ms, switches: 1_459_200,
      ipis: 170_240, spinNs: 29_184 * Nanos.ms, blocks: 0),
    row(
      .rrwlock, makespan: 325_000 * Nanos.ms, interval: 325_000 * Nanos.ms,
      switches: 3_900_000, ipis: 1_787_500, spinNs: 0, blocks: 412_345),
    row(
      .bmtx, makespan: 241_960 * Nanos.ms, interval: 241_960 * Nanos.ms, switches: 1_500_000,
      ipis: 169_372, spinNs: 9_678 * Nanos.ms, blocks: 33_174),
  ]
}

@Suite struct CompareTests {
  @Test func goldenText() {
    Golden.check(
      CompareReport.render(SampleCompare.digest, SampleCompare.rows), "compare-sample.txt")
  }

  @Test func goldenJSON() {
    Golden.check(
      CompareReport.json(SampleCompare.digest, SampleCompare.rows), "compare-sample.json")
  }

  @Test(
    arguments: [
      (243_200 * Nanos.ms, "4m03.2s"), (325 * Nanos.s, "5m25.0s"), (0, "0m00.0s"),
      (59_960 * Nanos.ms, "1m00.0s"), (12_345 * Nanos.ms, "0m12.3s"),
      (12_350 * Nanos.ms, "0m12.4s"),
      (3_600 * Nanos.s, "60m00.0s"),
    ] as [(SimTime, String)])
  func makespanIsMinutesAndTenths(t: SimTime, text: String) {
    #expect(CompareReport.makespan(t) == text)
  }

  @Test func aRunStoppedAtAtShowsNoMakespanAndRatesOverAt() {
    let r = SampleCompare.row(
      .bmtx, makespan: nil, interval: 2 * Nanos.s, switches: 301, ipis: 3, spinNs: 0, blocks: 0)
    let text = CompareReport.render(SampleCompare.digest, [r])
    let line = text.split(separator: "\n").map(String.init)[2]
    #expect(line.hasPrefix("bmtx          1         -     150.5      1.5   0.0        0"))
    #expect(CompareReport.json(SampleCompare.digest, [r]).contains(#""makespan_ns": null"#))
  }

  @Test func fnv1aMatchesTheReferenceVectors() {
    #expect(CompareDigest.fnv1a([]) == 0xcbf2_9ce4_8422_2325)
    #expect(CompareDigest.fnv1a(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
    #expect(CompareDigest.fnv1a(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
  }

  @Test func digestCoversScenarioSeedAndInputs() {
    func digest(_ json: String, seed: UInt64, log: String = #"{"inputs": []}"#) -> UInt64 {
      CompareDigest(scenario: "s", scenarioJSON: json, seed: seed, inputs: 0, inputLogJSON: log)
        .value
    }
    let base = digest(#"{"name": "s"}"#, seed: 1)
    #expect(base == CompareDigest.fnv1a(Array("{\"name\": \"s\"}\n1\n{\"inputs\": []}".utf8)))
    #expect(digest(#"{"name": "s"}"#, seed: 2) != base)
    #expect(digest(#"{"name": "t"}"#, seed: 1) != base)
    #expect(digest(#"{"name": "s"}"#, seed: 1, log: #"{"inputs": [1]}"#) != base)
    #expect(
      SampleCompare.digest.line
        == "workload \(SampleCompare.digest.hex) seed 1 (scenario build minus kernel.lock and kernel.preemption, 0 inputs)"
    )
    #expect(SampleCompare.digest.hex.utf8.count == 16)
  }

  @Test func rowFromAMachineReadsItsCounters() throws {
    var m = try Machine(scenario: #require(Scenario.builtin(named: "minimal")), seed: 1)
    m.run(until: 2 * Nanos.s)
    let s = m.snapshot()
    let r = CompareRow(m, makespan: nil, interval: 2 * Nanos.s)
    #expect(r.lock == s.lock && r.preemption == s.preemption)
    #expect(r.switches == s.sched.swtch && r.ipis == s.sched.ipiUnidle + s.sched.ipiKick)
    #expect(r.cpuNs == SimTime(s.cpus.count) * 2 * Nanos.s)
    #expect(r.lockBlocks == m.bmtxStats.lockBlocks)
  }
}

@Suite struct WorkloadEndTests {
  private func scenario(_ programs: [[Step]], daemon: Bool = false, templates: [ProcessSpec] = [])
    -> Scenario
  {
    Scenario(
      name: "w", processes: programs.map { ProcessSpec(comm: "p", daemon: daemon, program: $0) },
      templates: templates)
  }

  @Test func finiteProgramsEnd() {
    #expect(WorkloadEnd.neverEnds(scenario([[.compute(.fixed(1))]])) == nil)
    #expect(
      WorkloadEnd.neverEnds(scenario([[.repeat(count: nil, steps: [.compute(.fixed(1)), .exit])]]))
        == nil)
    #expect(
      WorkloadEnd.neverEnds(scenario([[.repeat(count: 0, steps: [.sleep(.fixed(1))])]])) == nil)
    #expect(WorkloadEnd.neverEnds(Scenario.builtin(named: "build") ?? scenario([])) == nil)
  }

  @Test func foreverLoopsAndDaemonOnlyScenariosNeverEnd() {
    #expect(
      WorkloadEnd.neverEnds(
        scenario([[.compute(.fixed(1))], [.repeat(count: nil, steps: [.sleep(.fixed(1))])]]))
        == "processes[1] (p) runs forever")
    #expect(
      WorkloadEnd.neverEnds(scenario([[.compute(.fixed(1))]], daemon: true))
        == "it has no process that is not a daemon")
    let loop = ProcessSpec(comm: "cc", program: [.repeat(count: nil, steps: [.compute(.fixed(1))])])
    #expect(
      WorkloadEnd.neverEnds(scenario([[.fork(template: "cc", count: 1)]], templates: [loop]))
        == "processes[0] (p) runs forever")
    let forkBomb = ProcessSpec(comm: "cc", program: [.fork(template: "cc", count: 1)])
    #expect(
      WorkloadEnd.neverEnds(scenario([[.fork(template: "cc", count: 1)]], templates: [forkBomb]))
        != nil)
  }
}
