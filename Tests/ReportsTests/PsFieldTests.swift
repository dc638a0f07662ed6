import Testing

@testable import Kernel
@testable import Reports

/// TIME, STARTED, WCHAN, COMMAND, TT, %CPU and %MEM cells.
@Suite struct PsFieldTests {
  // 2014-12-10 00:00:00 UTC, a Wednesday.
  static let midnight: Int64 = 1_418_169_600

  @Test func startedTimeOfDayBelowTwelveHours() {
    let boot = Fixture.bootEpoch
    #expect(Started.format(start: boot, now: boot + 3) == " 2:01AM")
    #expect(Started.format(start: Self.midnight, now: Self.midnight + 60) == "12:00AM")
    #expect(Started.format(start: Self.midnight + 5 * 60, now: Self.midnight + 3600) == "12:05AM")
    #expect(
      Started.format(start: Self.midnight + 12 * 3600, now: Self.midnight + 13 * 3600) == "12:00PM")
    #expect(
      Started.format(start: Self.midnight + 13 * 3600 + 59, now: Self.midnight + 14 * 3600)
        == " 1:00PM")
    #expect(
      Started.format(start: Self.midnight + 86_399, now: Self.midnight + 86_400) == "11:59PM")
    // 11 h 59 min 59 s ago is still "today".
    #expect(Started.format(start: boot, now: boot + 12 * 3600 - 1) == " 2:01AM")
  }

  @Test func startedWeekdayAndHourBelowSevenDays() {
    let boot = Fixture.bootEpoch
    #expect(Started.format(start: boot, now: boot + 12 * 3600) == "Wed02AM")
    #expect(Started.format(start: Self.midnight, now: Self.midnight + 86_400) == "Wed12AM")
    #expect(
      Started.format(start: Self.midnight + 12 * 3600, now: Self.midnight + 3 * 86_400) == "Wed12PM"
    )
    #expect(Started.format(start: boot + 86_400, now: boot + 7 * 86_400 - 1) == "Thu02AM")
  }

  @Test func startedDateFromSevenDays() {
    let boot = Fixture.bootEpoch
    #expect(Started.format(start: boot, now: boot + 7 * 86_400) == "10Dec14")
    // %e pads the day with a space.
    #expect(Started.format(start: 1_417_564_800, now: 1_418_176_860) == " 3Dec14")
    #expect(Started.format(start: 946_684_800, now: 1_418_176_860) == " 1Jan00")
  }

  @Test func startedFromSnapshotClock() {
    let p = Fixture.proc(startTime: 0)
    let late = PsContext(Fixture.snapshot(procs: [], time: 13 * 3600 * Nanos.s))
    #expect(PsRow(p, late).started == "Wed02AM")
    let early = PsContext(Fixture.snapshot(procs: [], time: 59 * Nanos.s))
    #expect(PsRow(Fixture.proc(startTime: 58 * Nanos.s), early).started == " 2:01AM")
  }

  @Test func cpuTimeRoundsMicrosecondsToHundredths() {
    #expect(CPUTime.format(runtime: 0) == "  0:00.00")
    #expect(CPUTime.format(runtime: 4_970_000_000) == "  0:04.97")
    #expect(CPUTime.format(runtime: 4_974_999_000) == "  0:04.97")
    #expect(CPUTime.format(runtime: 4_975_000_000) == "  0:04.98")
    // Nanoseconds are truncated to the kernel's microseconds before rounding.
    #expect(CPUTime.format(runtime: 4_974_999_999) == "  0:04.97")
    // Rounding carries into seconds and minutes.
    #expect(CPUTime.format(runtime: 59_995_000_000) == "  1:00.00")
    #expect(CPUTime.format(runtime: 100 * Nanos.m + 7 * Nanos.s) == "100:07.00")
    #expect(CPUTime.format(runtime: 1000 * Nanos.m) == "1000:00.00")
  }

  @Test func zombieHasNoUAreaData() {
    let ctx = PsContext(Fixture.snapshot(procs: []))
    let row = PsRow(Fixture.proc(stat: .SDEAD, runtime: 9 * Nanos.s), ctx)
    #expect(row.started == "-")
    #expect(row.time == "  0:00.00")
  }

  @Test func wchanCutToSevenOrDash() {
    #expect(PsRow.wchanText("kernellock") == "kernell")
    #expect(PsRow.wchanText("intr") == "intr")
    #expect(PsRow.wchanText("giant") == "giant")
    #expect(PsRow.wchanText(nil) == "-")
    #expect(PsRow.wchanText("") == "-")
  }

  @Test func commandText() {
    #expect(Command.text(argv: nil, comm: "softclock") == "(softclock)")
    #expect(Command.text(argv: [], comm: "init") == "(init)")
    #expect(Command.text(argv: ["/bin/ksh"], comm: "ksh") == "/bin/ksh")
    #expect(Command.text(argv: ["cc", "-c", "kern_sched.c"], comm: "cc") == "cc -c kern_sched.c")
    #expect(Command.text(argv: ["-ksh"], comm: "ksh") == "-ksh (ksh)")
  }

  @Test func commandClippedAndPaddedToSixteen() {
    let column = PsColumns.all[10]
    #expect(column.header == "COMMAND")
    #expect(column.cell("(softclock)") == "(softclock)     ")
    #expect(column.cell("(ehci0,mpi0)") == "(ehci0,mpi0)    ")
    // A 16-character comm loses its closing parenthesis.
    #expect(column.cell(Command.text(argv: nil, comm: "ithread soft 100")) == "(ithread soft 10")
    #expect(column.cell("cc -c kern_sched.c") == "cc -c kern_sched")
  }

  @Test func ttyCell() {
    #expect(PsRow.ttyText(nil) == "??")
    #expect(PsRow.ttyText("p0") == "p0 ")
    #expect(PsRow.ttyText("C0") == "C0 ")
    // print.c's "%2.2s": longer names keep their first two characters, shorter are right-aligned.
    #expect(PsRow.ttyText("p10") == "p1 ")
    #expect(PsRow.ttyText("0") == " 0 ")
  }

  @Test func percentages() {
    #expect(Fixed.format(PsRow.percentCPU(0), 1) == "0.0")
    #expect(Fixed.format(PsRow.percentCPU(2048), 1) == "100.0")
    #expect(Fixed.format(PsRow.percentCPU(1024), 1) == "50.0")
    // 128/2048 = 6.25 %: a true tie, printf rounds it to even.
    #expect(Fixed.format(PsRow.percentCPU(128), 1) == "6.2")
    #expect(Fixed.format(PsRow.percentCPU(384), 1) == "18.8")
    #expect(Fixed.format(PsRow.percentMem(2048, 1_048_576), 1) == "0.2")
    #expect(Fixed.format(PsRow.percentMem(0, 0), 1) == "0.0")
  }

  @Test func systemThreadsShowNoMemory() {
    let ctx = PsContext(Fixture.snapshot(procs: [], memoryKB: 1000))
    let p = Fixture.proc(flags: [.P_SYSTEM], vszKB: 400, rssKB: 500)
    let row = PsRow(p, ctx)
    #expect(row.vsz == "0")
    #expect(row.rss == "0")
    #expect(row.pctMem == "0.0")
    let user = PsRow(Fixture.proc(vszKB: 400, rssKB: 500), ctx)
    #expect(user.vsz == "400")
    #expect(user.rss == "500")
    #expect(user.pctMem == "50.0")
  }
}
