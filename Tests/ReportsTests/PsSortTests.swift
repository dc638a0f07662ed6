import Testing

@testable import Kernel
@testable import Reports

/// The `ps -u` order: %CPU by whole percent, then tty, start time, pid (SPEC.md §8.2, D15).
@Suite struct PsSortTests {
  func pids(_ procs: [ProcSnapshot]) -> [Int] { PsSort.sorted(procs).map(\.pid) }

  @Test func bucketIsFloorOfPercent() {
    #expect(PsSort.cpuBucket(0) == 0)
    #expect(PsSort.cpuBucket(20) == 0)  // 0.98 %
    #expect(PsSort.cpuBucket(21) == 1)  // 1.03 %
    #expect(PsSort.cpuBucket(2048) == 100)
  }

  @Test func higherPercentFirst() {
    let procs = [
      Fixture.proc(index: 0, pid: 10, pctcpu: 0),
      Fixture.proc(index: 1, pid: 11, pctcpu: 1024),
      Fixture.proc(index: 2, pid: 12, pctcpu: 205),
    ]
    #expect(pids(procs) == [11, 12, 10])
  }

  @Test func differencesUnderOnePercentTie() {
    // 1.22 % and 1.81 % share a bucket, so pid decides; 0.49 % is a whole percent below.
    let procs = [
      Fixture.proc(index: 0, pid: 30, pctcpu: 37),
      Fixture.proc(index: 1, pid: 20, pctcpu: 25),
      Fixture.proc(index: 2, pid: 10, pctcpu: 10),
    ]
    #expect(pids(procs) == [20, 30, 10])
  }

  @Test func noTtyFirstThenTtyNameBytes() {
    let procs = [
      Fixture.proc(index: 0, pid: 1, tty: "p0"),
      Fixture.proc(index: 1, pid: 2, tty: "C0"),
      Fixture.proc(index: 2, pid: 3, tty: nil),
      Fixture.proc(index: 3, pid: 4, tty: "00"),
    ]
    #expect(pids(procs) == [3, 4, 2, 1])
  }

  @Test func thenStartTimeThenPid() {
    let procs = [
      Fixture.proc(index: 0, pid: 5, startTime: 2 * Nanos.s),
      Fixture.proc(index: 1, pid: 9, startTime: 1 * Nanos.s),
      Fixture.proc(index: 2, pid: 7, startTime: 1 * Nanos.s),
      Fixture.proc(index: 3, pid: 3, startTime: 1 * Nanos.s + 1),
    ]
    #expect(pids(procs) == [7, 9, 3, 5])
  }

  @Test func sameSnapshotSameBytesWhateverTheInputOrder() {
    var procs: [ProcSnapshot] = []
    for i in 0..<200 {
      procs.append(
        Fixture.proc(
          index: i, pid: 1000 + (i * 7919) % 500, pctcpu: (i * 37) % 64,
          tty: i % 3 == 0 ? nil : "p\(i % 5)", startTime: SimTime(i % 4) * Nanos.s))
    }
    let a = PsReport.render(Fixture.snapshot(procs: procs))
    let b = PsReport.render(Fixture.snapshot(procs: procs.reversed()))
    #expect(a == b)
  }
}
