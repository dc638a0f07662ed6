import Kernel
import Reports
import Testing
import Views

/// The panes agree with the headless commands at the same instant.
@Suite struct AgreementTests {
  /// The ithreads pane's counts are the sums of the `vmstat -i` rows of each source's handlers.
  @Test func ithreadsAgreeWithVmstat() {
    var obs = ViewFixture.observatory()
    let m = obs.machine
    let intr = m.interruptsSnapshot()
    let vmstat = VmstatReport.render(intr, uptime: VmstatReport.uptime(at: m.now), showZero: true)
    var totals: [(String, UInt64)] = []
    for line in vmstat.split(separator: "\n").dropFirst() {
      let f = line.split(separator: " ")
      guard f.count == 3, let n = UInt64(f[1]) else { continue }
      totals.append((String(f[0].split(separator: "/").last ?? ""), n))
    }
    let pane = ViewFixture.rows(ViewFixture.pane(.ithreads, &obs, width: 120, height: 40))
    for src in intr.sources {
      let expected = src.handlers.map { h in totals.first { $0.0 == h }?.1 ?? 0 }.reduce(0, +)
      let row = pane.first { $0.hasPrefix("(\(src.name))") }
      #expect(row != nil, "no row for \(src.name)")
      let fields = row.map { $0.split(separator: " ").map(String.init) } ?? []
      #expect(fields.count >= 7 && fields[fields.count - 2] == String(expected), "\(src.name)")
    }
    let counters = ViewFixture.pane(.counters, &obs, width: 120, height: 40)
    for line in vmstat.split(separator: "\n").dropFirst() {
      let f = line.split(separator: " ")
      #expect(counters.contains(f[0] + String(repeating: " ", count: 0)), "\(f[0])")
    }
  }

  /// The processes pane at full width shows exactly the `ps auxkl` lines, in ps order.
  @Test func processesAgreeWithPs() {
    var obs = ViewFixture.observatory()
    let ps = PsReport.render(obs.machine.snapshot()).split(separator: "\n")
    let pane = ViewFixture.rows(ViewFixture.pane(.processes, &obs, width: 120, height: 60))
    let trim = { (s: Substring) in String(s.reversed().drop { $0 == " " }.reversed()) }
    #expect(trim(pane[0]) == trim(ps[0]))
    for (i, line) in ps.dropFirst().enumerated() { #expect(trim(pane[i + 1]) == trim(line)) }
  }

  /// The locks pane names every lock, its owner and its waiters, as `lockSnapshots` has them.
  @Test func locksAgreeWithLockSnapshots() {
    var obs = ViewFixture.observatory(at: 2 * Nanos.s + 500_000)
    let locks = obs.machine.lockSnapshots()
    let model = obs.model()
    let pane = ViewFixture.pane(.locks, &obs, width: 120, height: 40)
    for l in locks {
      let row = pane.split(separator: "\n").first { $0.hasPrefix(l.name + " ") }
      #expect(row != nil, "no row for \(l.name)")
      if let owner = l.owner { #expect(row?.contains(model.name(owner)) == true) }
      if l.waitersFlag { #expect(row?.contains("WAITERS") == true) }
      for w in l.waiters { #expect(pane.contains(model.name(w))) }
    }
    #expect(LocksPane.text(model).contains(locks[0].name))
  }
}
