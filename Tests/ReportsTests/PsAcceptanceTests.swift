import Testing

@testable import Kernel
@testable import Reports

/// SPEC.md §8.5: the softclock ithread's row, byte for byte, under its header.
@Suite struct PsAcceptanceTests {
  static let header =
    "USER       PID %CPU %MEM    VSZ    RSS TT  STAT  STARTED       TIME COMMAND            UID  PPID CPU PRI  NI WCHAN"
  static let row =
    "root      6034  0.0  0.0      0      0 ??  DK     2:01AM    0:04.97 (softclock)          0     0   0 -18   0 intr   "

  static func softclock() -> ProcSnapshot {
    Fixture.proc(
      pid: 6034, ppid: 0, uid: 0, user: "root", comm: "softclock", argv: nil, stat: .SSLEEP,
      flags: [.P_SYSTEM], priority: 4, nice: 20, estcpu: 0, pctcpu: 0, wmesg: "intr", cpu: 0,
      vszKB: 0, rssKB: 0, startTime: 0, runtime: 4_970_000_000)
  }

  @Test func spec85RowAndHeader() {
    let text = PsReport.render(Fixture.snapshot(procs: [Self.softclock()], time: 5 * Nanos.s))
    #expect(text == Self.header + "\n" + Self.row + "\n")
  }

  @Test func headerLastColumnUnpaddedButRowWchanPadded() {
    let text = PsReport.render(Fixture.snapshot(procs: [Self.softclock()]))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 3)
    #expect(lines[0].hasSuffix(" WCHAN"))
    #expect(lines[1].hasSuffix(" intr   "))
    #expect(lines[2].isEmpty)
  }

  @Test func rowFields() {
    let row = PsRow(Self.softclock(), PsContext(Fixture.snapshot(procs: [], time: 5 * Nanos.s)))
    #expect(row.stat == "DK")
    #expect(row.started == " 2:01AM")
    #expect(row.time == "  0:04.97")
    #expect(row.command == "(softclock)")
    #expect(row.pri == "-18")
    #expect(row.ni == "0")
    #expect(row.wchan == "intr")
    #expect(row.tt == "??")
  }

  @Test func emptyMachineIsHeaderOnly() {
    #expect(PsReport.render(Fixture.snapshot(procs: [])) == Self.header + "\n")
  }
}
