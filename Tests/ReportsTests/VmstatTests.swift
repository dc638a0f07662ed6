import Testing

@testable import Kernel
@testable import Reports

/// `vmstat -i` (SPEC.md §7) and invariant 41.
@Suite struct VmstatTests {
  @Test func golden() {
    let s = SampleInterrupts.snapshot()
    let uptime = VmstatReport.uptime(at: s.time)
    Golden.check(VmstatReport.render(s, uptime: uptime, showZero: false), "vmstat-i-sample.txt")
    Golden.check(VmstatReport.render(s, uptime: uptime, showZero: true), "vmstat-iz-sample.txt")
    Golden.check(VmstatReport.json(s, uptime: uptime, showZero: false), "vmstat-i-sample.json")
  }

  @Test func headerIsVmstatsPrintf() {
    #expect(VmstatReport.header == "interrupt                       total     rate\n")
  }

  @Test func linesAreNamedIrqVectorSlashName() {
    let s = SampleInterrupts.snapshot()
    let text = VmstatReport.render(s, uptime: 12, showZero: false)
    #expect(text.contains("\nirq0/clock                       2500      208\n"))
    #expect(text.contains("\nirq0/ipi                          311       25\n"))
    #expect(text.contains("\nirq0/softnet                    97310     8109\n"))
    #expect(text.contains("\nirq112/em0                     100004     8333\n"))
    #expect(text.contains("\nirq144/mpi0                        12        1\n"))
    // Cut to 16 characters by %-16.16s.
    #expect(text.contains("\nirq255/averyvery                    7        0\n"))
    #expect(!text.contains("averyverylong"))
  }

  /// Invariant 41: rate = total / uptime (integer division), zero rows hidden unless -z,
  /// Total = the sum of every counter, hidden ones included.
  @Test(arguments: [1, 2, 7, 12, 13, 1000] as [Int64])
  func invariant41(uptime: Int64) {
    let s = SampleInterrupts.snapshot()
    let sum = s.evcounts.reduce(UInt64(0)) { $0 + $1.count }
    for showZero in [false, true] {
      let lines = VmstatReport.render(s, uptime: uptime, showZero: showZero)
        .split(separator: "\n").map(String.init)
      let rows = lines.dropFirst().dropLast()
      let shown = s.evcounts.filter { showZero || $0.count > 0 }
      #expect(rows.count == shown.count)
      for (line, c) in zip(rows, shown) {
        let fields = line.split(separator: " ")
        #expect(fields.count == 3)
        #expect(fields[1] == Substring(String(c.count)))
        #expect(fields[2] == Substring(String(c.count / UInt64(uptime))))
      }
      #expect(lines.last == VmstatRow.line("Total", sum, sum / UInt64(uptime)).dropLast() + "")
      #expect(showZero || !rows.contains { $0.split(separator: " ")[1] == "0" })
    }
    #expect(sum == 200_144)
  }

  @Test func zeroRowsAppearOnlyWithDashZ() {
    let s = SampleInterrupts.snapshot()
    let plain = VmstatReport.render(s, uptime: 12, showZero: false)
    let all = VmstatReport.render(s, uptime: 12, showZero: true)
    #expect(!plain.contains("softclock") && !plain.contains("ehci0"))
    #expect(all.contains("\nirq0/softclock                      0        0\n"))
    #expect(all.contains("\nirq144/ehci0                        0        0\n"))
    // The totals are the same either way.
    #expect(plain.split(separator: "\n").last == all.split(separator: "\n").last)
  }

  @Test func uptimeIsWholeSecondsAtLeastOne() {
    #expect(VmstatReport.uptime(at: 0) == 1)
    #expect(VmstatReport.uptime(at: 999_999_999) == 1)
    #expect(VmstatReport.uptime(at: 2_999_999_999) == 2)
    #expect(VmstatReport.uptime(at: 12_500 * Nanos.ms) == 12)
    // A non-positive uptime passed in is still divided as one second.
    let s = SampleInterrupts.snapshot()
    #expect(
      VmstatReport.render(s, uptime: 0, showZero: false)
        == VmstatReport.render(s, uptime: 1, showZero: false))
  }

  @Test func emptyCounterListPrintsHeaderAndZeroTotal() {
    var s = SampleInterrupts.snapshot()
    s.evcounts = []
    #expect(
      VmstatReport.render(s, uptime: 5, showZero: true)
        == VmstatReport.header + "Total                               0        0\n")
  }

  @Test func hugeCountsFitTheirColumns() {
    var s = SampleInterrupts.snapshot()
    s.evcounts = [EvCountSnapshot(name: "em0", vector: 112, count: UInt64.max)]
    let text = VmstatReport.render(s, uptime: 1, showZero: false)
    #expect(text.contains("\nirq112/em0       18446744073709551615 18446744073709551615\n"))
  }
}
