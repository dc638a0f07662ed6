import Testing

@testable import Kernel
@testable import Reports

/// A big listing renders quickly and completely.
@Suite struct PerformanceTests {
  static func bigSnapshot(_ n: Int) -> Snapshot {
    let procs = (0..<n).map { i in
      Fixture.proc(
        index: i, pid: 2 + i, comm: "worker", argv: ["worker", "-n", String(i)],
        stat: i % 7 == 0 ? .SRUN : .SSLEEP, pctcpu: (i * 13) % 2048, slptime: i % 30,
        wmesg: i % 7 == 0 ? nil : "nanosle", cpu: i % 4, vszKB: 1_000 + i, rssKB: 500 + i,
        tty: i % 2 == 0 ? nil : "p\(i % 10)", startTime: SimTime(i) * Nanos.ms,
        runtime: SimTime(i) * 1_234_567)
    }
    return Fixture.snapshot(procs: procs, cpus: (0..<4).map { Fixture.cpu($0) })
  }

  /// Debug builds are many times slower than release; release must stay well under 100 ms.
  #if DEBUG
    static let budget: Duration = .seconds(5)
  #else
    static let budget: Duration = .milliseconds(100)
  #endif

  @Test func tenThousandThreads() {
    let snap = Self.bigSnapshot(10_000)
    let clock = ContinuousClock()
    var ps = ""
    let psTime = clock.measure { ps = PsReport.render(snap) }
    #expect(ps.utf8.reduce(0) { $1 == 10 ? $0 + 1 : $0 } == 10_001)
    #expect(psTime < Self.budget, "ps took \(psTime)")
    var top = ""
    let topTime = clock.measure { top = TopReport.render(snap) }
    #expect(top.contains("10000 threads: "))
    #expect(topTime < Self.budget, "top took \(topTime)")
  }
}
