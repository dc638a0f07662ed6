import Testing

@testable import Kernel
@testable import Reports

/// `top -b`: summary lines, columns and order.
@Suite struct TopTests {
  static let header =
    "  PID USERNAME PRI NICE  SIZE   RES STATE     WAIT      TIME    CPU COMMAND\n"

  @Test func headerMatchesOpenBSDTop() {
    #expect(TopColumns.table.header() == Self.header)
  }

  @Test func rowLayout() {
    let p = Fixture.kthread(
      index: 0, pid: 6034, comm: "softclock", cpu: 0, runtime: 4_970 * Nanos.ms)
    var line = ""
    TopColumns.table.appendRow(TopRow(p, ncpu: 2).cells, to: &line)
    #expect(
      line == " 6034 root     -18    0    0K    0K sleep/0   intr      0:05  0.00% softclock\n")
  }

  @Test func stateNames() {
    #expect(TopRow.stateText(Fixture.proc(stat: .SONPROC, cpu: 1), ncpu: 2) == "onproc/1")
    #expect(TopRow.stateText(Fixture.proc(stat: .SRUN, cpu: 0), ncpu: 4) == "run/0")
    #expect(TopRow.stateText(Fixture.proc(stat: .SIDL, cpu: nil), ncpu: 4) == "start")
    #expect(TopRow.stateText(Fixture.proc(stat: .SSTOP, cpu: 1), ncpu: 2) == "stop/1")
    #expect(TopRow.stateText(Fixture.proc(stat: .SDEAD), ncpu: 2) == "dead")
    // One CPU: no suffix.
    #expect(TopRow.stateText(Fixture.proc(stat: .SONPROC, cpu: 0), ncpu: 1) == "onproc")
    // Sleeping longer than maxslp (strictly) shows "idle".
    #expect(
      TopRow.stateText(Fixture.proc(stat: .SSLEEP, slptime: 20, cpu: 0), ncpu: 2) == "sleep/0")
    #expect(TopRow.stateText(Fixture.proc(stat: .SSLEEP, slptime: 21, cpu: 0), ncpu: 2) == "idle")
  }

  @Test func units() {
    #expect(TopUnits.k(0) == "0K")
    #expect(TopUnits.k(9_999) == "9999K")
    #expect(TopUnits.k(10_000) == "10M")
    #expect(TopUnits.k(1_048_576) == "1024M")
    #expect(TopUnits.k(10_240_000) == "10G")
    #expect(TopUnits.time(seconds: 0) == "0:00")
    #expect(TopUnits.time(seconds: 65) == "1:05")
    #expect(TopUnits.time(seconds: 59_999) == "999:59")
    #expect(TopUnits.time(seconds: 60_000) == " 16.7H")
    #expect(TopUnits.time(seconds: -1) == "???")
    #expect(TopRow.roundedSeconds(4_499_999_999) == 4)
    #expect(TopRow.roundedSeconds(4_500_000_000) == 5)
  }

  @Test func cpuPercentTwoDecimals() {
    let p = Fixture.proc(pctcpu: 1_612)
    #expect(TopRow(p, ncpu: 2).cpu == "78.71%")
    #expect(TopRow(Fixture.proc(pctcpu: 2_048), ncpu: 2).cpu == "100.00%")
  }

  @Test func cpuStateTenthsRoundHalfUp() {
    #expect(TopSummary.tenths([1, 0, 0, 0, 7]) == [125, 0, 0, 0, 875])
    // 1/3 = 33.33 %, 2/3 = 66.67 %.
    #expect(TopSummary.tenths([1, 0, 0, 0, 2]) == [333, 0, 0, 0, 667])
    #expect(TopSummary.tenths([0, 0, 0, 0, 0]) == [0, 0, 0, 0, 0])
    // Order is user, sys, spin, intr, idle; input is indexed by CPUState (intr = 2, spin = 3).
    #expect(TopSummary.tenths([0, 0, 1, 3, 0]) == [0, 0, 750, 250, 0])
    // Ten days of nanoseconds do not overflow.
    let day: SimTime = 86_400 * Nanos.s
    #expect(TopSummary.tenths([10 * day, 0, 0, 0, 10 * day]) == [500, 0, 0, 0, 500])
  }

  @Test func cpuLineFormat() {
    #expect(
      TopSummary.cpuLine([125, 32, 0, 4, 839])
        == "12.5% user,  3.2% sys,  0.0% spin,  0.4% intr, 83.9% idle")
    #expect(
      TopSummary.cpuLine([0, 0, 0, 0, 1000])
        == " 0.0% user,  0.0% sys,  0.0% spin,  0.0% intr,  100% idle")
  }

  @Test func summaryLines() {
    let procs = [
      Fixture.proc(index: 0, pid: 1, stat: .SONPROC, cpu: 0, rssKB: 100),
      Fixture.proc(index: 1, pid: 2, stat: .SRUN, cpu: 1, rssKB: 50),
      Fixture.proc(index: 2, pid: 3, stat: .SSLEEP),
      Fixture.proc(index: 3, pid: 4, stat: .SZOMB),
      Fixture.kthread(index: 4, pid: 5, comm: "idle0"),
    ]
    let snap = Fixture.snapshot(
      procs: procs,
      cpus: [Fixture.cpu(0, time: [1, 0, 0, 0, 7]), Fixture.cpu(1, time: [0, 0, 0, 0, 0])],
      time: 3 * Nanos.s + 1_500, memoryKB: 1_000, loadAverage: [1065, 634, 24])
    let lines = TopSummary(snap).lines().split(separator: "\n").map(String.init)
    #expect(
      lines[0] == "load averages:  0.52,  0.31,  0.01    smpscope test seed 1 t=3.000001s 02:01:03")
    #expect(lines[1] == "5 threads: 1 running, 2 idle, 1 zombie, 1 on processor")
    #expect(lines[2] == "CPU0 states: 12.5% user,  0.0% sys,  0.0% spin,  0.0% intr, 87.5% idle")
    #expect(lines[3] == "CPU1 states:  0.0% user,  0.0% sys,  0.0% spin,  0.0% intr,  0.0% idle")
    #expect(lines[4] == "Memory: Real: 150K/150K act/tot Free: 850K Cache: 0K Swap: 0K/0K")
    // The zombie is counted above but not listed.
    #expect(!TopReport.render(snap).contains("    4 root"))
  }

  @Test func cpuTagsPadToTheWidestNumberAndOneCPUHasNone() {
    let twelve = Fixture.snapshot(procs: [], cpus: (0..<12).map { Fixture.cpu($0) })
    let text = TopSummary(twelve).lines()
    #expect(text.contains("\nCPU00 states: "))
    #expect(text.contains("\nCPU11 states: "))
    let one = Fixture.snapshot(procs: [], cpus: [Fixture.cpu(0)])
    #expect(TopSummary(one).lines().contains("\nCPU states: "))
  }

  @Test func orderIsPctcpuThenRuntimeThenStateThenPriority() {
    let procs = [
      Fixture.proc(index: 0, pid: 10, stat: .SSLEEP, pctcpu: 5, runtime: 100),
      Fixture.proc(index: 1, pid: 11, stat: .SSLEEP, pctcpu: 5, runtime: 200),
      Fixture.proc(index: 2, pid: 12, stat: .SSLEEP, pctcpu: 9),
      Fixture.proc(index: 3, pid: 13, stat: .SONPROC, pctcpu: 5, runtime: 100),
      Fixture.proc(index: 4, pid: 14, stat: .SSLEEP, priority: 50, pctcpu: 5, runtime: 100),
      Fixture.proc(index: 5, pid: 9, stat: .SSLEEP, priority: 50, pctcpu: 5, runtime: 100),
    ]
    let order = TopReport.listed(Fixture.snapshot(procs: procs)).map(\.pid)
    #expect(order == [12, 11, 13, 9, 14, 10])
  }

  @Test func endsLikeADumbTerminalDisplay() {
    let text = TopReport.render(SampleMachine.snapshot())
    #expect(text.hasSuffix("% pagedaemon\n\n\n"))
    #expect(text.contains("\n\n" + Self.header))
  }

  @Test func printableCommand() {
    #expect(TopRow.printable("softclock") == "softclock")
    #expect(TopRow.printable("a\tb") == "a?b")
  }
}
