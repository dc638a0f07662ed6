import Kernel
import Testing

@testable import Reports

/// `ps auxkl` of real runs: the minimal golden (explained row by row in
/// `Golden/ps-auxkl-minimal-3s.md`) and invariant 40 on every built-in.
@Suite struct MachineListingTests {
  static func run(_ name: String, seed: UInt64 = 1, at t: SimTime) throws -> Snapshot {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: name)), seed: seed)
    m.run(until: t)
    return m.snapshot()
  }

  @Test func minimalAt3s() throws {
    Golden.check(
      PsReport.render(try Self.run("minimal", at: 3 * Nanos.s)), "ps-auxkl-minimal-3s.txt")
  }

  /// SPEC.md §10 invariant 40: PRI == p_priority − 22; NI == nice − 20; STAT's first letter follows
  /// §8.3; kernel threads carry K and show VSZ, RSS and %MEM 0.
  @Test(arguments: Scenario.builtinNames) func invariant40(name: String) throws {
    for t in [Nanos.s, 7 * Nanos.s] + (name == "minimal" ? [23 * Nanos.s] : []) {
      let snap = try Self.run(name, at: t)
      let context = PsContext(snap)
      for p in snap.procs {
        let row = PsRow(p, context)
        #expect(row.pri == "\(p.priority - 22)")
        #expect(row.ni == "\(p.nice - 20)")
        let first: Character
        switch p.stat {
        case .SSTOP: first = "T"
        case .SSLEEP:
          first = p.flags.contains(.P_SINTR) ? (p.slptime >= 20 ? "I" : "S") : "D"
        case .SRUN, .SIDL, .SONPROC: first = "R"
        case .SDEAD: first = "Z"
        case .SZOMB: first = "?"
        }
        #expect(row.stat.first == first, "\(p.comm) \(row.stat)")
        if p.flags.contains(.P_SYSTEM) {
          #expect(row.stat.contains("K"))
          #expect(row.vsz == "0" && row.rss == "0" && row.pctMem == "0.0")
        }
        if first == "R", let cpu = p.cpu { #expect(row.stat.hasSuffix("/\(cpu)")) }
      }
    }
  }

  /// Issue 3 acceptance: one `(idleN)` line per CPU and every user process.
  @Test func buildAt3sListsIdleThreadsAndEveryUserProcess() throws {
    let snap = try Self.run("build", at: 3 * Nanos.s)
    let text = PsReport.render(snap)
    for c in 0..<4 { #expect(text.contains("(idle\(c))")) }
    let lines = text.split(separator: "\n").count
    #expect(lines == snap.procs.count + 1)
    #expect(snap.procs.filter { $0.comm == "cc" }.count >= 4)
  }
}

/// Issue 4's listings from real runs.
@Suite struct InterruptListingTests {
  static func machine(_ name: String, at t: SimTime) throws -> Machine {
    var m = try Machine(scenario: try #require(Scenario.builtin(named: name)), seed: 1)
    m.checksInvariants = true
    m.run(until: t)
    #expect(m.violations.isEmpty, "\(m.violations)")
    return m
  }

  @Test func sharedIRQListing() throws {
    let text = PsReport.render(try Self.machine("shared-irq", at: 2 * Nanos.s).snapshot())
    Golden.check(text, "ps-auxkl-shared-irq-2s.txt")
    let row = try #require(text.split(separator: "\n").first { $0.contains("(ehci0,mpi0)") })
    let fields = row.split(separator: " ")
    #expect(fields[7] == "DK" && fields[fields.count - 3] == "-18" && fields.last == "intr")
    #expect(text.contains("(softclock)"))
  }

  @Test func networkVmstat() throws {
    let m = try Self.machine("network", at: 10 * Nanos.s)
    let s = m.interruptsSnapshot()
    let text = VmstatReport.render(s, uptime: 10, showZero: false)
    Golden.check(text, "vmstat-i-network-10s.txt")
    for name in ["irq147/em0", "irq0/clock", "irq0/ipi", "irq0/softnet"] {
      #expect(text.contains(name + " "))
    }
    // Invariant 41: rate = total / uptime; Total sums every counter, hidden ones included.
    for e in s.evcounts where e.count > 0 {
      let line = try #require(
        text.split(separator: "\n").first { $0.hasPrefix("irq\(e.vector)/\(e.name) ") })
      let cols = line.split(separator: " ")
      #expect(cols[1] == "\(e.count)" && cols[2] == "\(e.count / 10)")
    }
    let total = s.evcounts.reduce(0) { $0 + $1.count }
    #expect(
      text.hasSuffix(
        "Total".padding(toLength: 16, withPad: " ", startingAt: 0) + " "
          + String(repeating: " ", count: 20 - "\(total)".count) + "\(total) "
          + String(repeating: " ", count: 8 - "\(total / 10)".count) + "\(total / 10)\n"))
  }
}
