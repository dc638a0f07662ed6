import Kernel
import Testing
import Views

/// Keys drive the machine only through its API and inputs, and the view follows.
@Suite struct ObservatoryTests {
  @Test func stepPopsExactlyOneEventPerKey() {
    var obs = ViewFixture.observatory()
    let before = obs.machine.eventCount
    for _ in 0..<10 { _ = obs.handle(.char(".")) }
    #expect(obs.machine.eventCount == before + 10)
    #expect(obs.mode == .step)
  }

  @Test func pauseStopsSimulatedTime() {
    var obs = ViewFixture.observatory()
    let t = obs.machine.now
    obs.advance(wallNanos: 1_000_000_000, budgetNanos: 50_000_000)
    #expect(obs.machine.now == t)
    _ = obs.handle(.char(" "))
    #expect(obs.mode == .run)
    obs.advance(wallNanos: 100_000_000, budgetNanos: 1_000_000_000)
    #expect(obs.machine.now == t + 1_000_000)  // ×0.01 of 100 ms
  }

  @Test func preemptionCycleIsALoggedInput() {
    var obs = ViewFixture.observatory()
    let p = obs.machine.preemption
    _ = obs.handle(.char("P"))
    #expect(obs.machine.preemption == (p + 1) % 3)
    #expect(obs.machine.inputLog.last?.kind == .sysctl(name: "kern.preemption", value: (p + 1) % 3))
    var grid = Grid(width: 120, height: 40)
    obs.render(into: &grid)
    #expect(grid.text.contains("kern.preemption=\((p + 1) % 3)"))
  }

  @Test func injectGoesToTheSelectedDeviceAndIntoTheLog() {
    var obs = ViewFixture.observatory()
    let sources = obs.machine.interruptsSnapshot().sources
    let em0 = sources.firstIndex { $0.handlers.contains("em0") }!
    obs.view.focus = .ithreads
    obs.view[scroll: .ithreads].selected = em0
    _ = obs.handle(.char("i"))
    #expect(obs.machine.inputLog.last?.kind == .inject(device: "em0"))
    _ = obs.handle(.char("]"))
    let d = obs.machine.scenario.devices.firstIndex { $0.name == "em0" }!
    #expect(obs.machine.inputLog.last?.kind == .rate(device: "em0", perSecond: obs.rates[d]))
  }

  @Test func unchangedFramesAreSkipped() {
    var obs = ViewFixture.observatory()
    var grid = Grid(width: 120, height: 40)
    let first = obs.render(into: &grid)
    let again = obs.render(into: &grid)
    _ = obs.handle(.char("."))
    let afterStep = obs.render(into: &grid)
    #expect(first && !again && afterStep)
  }

  @Test func helpAndEscape() {
    var obs = ViewFixture.observatory()
    _ = obs.handle(.f(1))
    #expect(obs.view.overlay == .help)
    _ = obs.handle(.escape)
    #expect(obs.view.overlay == .none)
    #expect(obs.handle(.char("q")) == .quit)
    #expect(obs.handle(.f(10)) == .quit)
  }

  @Test func filterAndSearch() {
    var obs = ViewFixture.observatory()
    _ = obs.handle(.char("\\"))
    for c in "httpd|dd" { _ = obs.handle(.char(c)) }
    _ = obs.handle(.enter)
    #expect(obs.view.filter == "httpd|dd")
    let shown = ProcessesPane.shown(obs.model(), obs.view)
    #expect(!shown.isEmpty && shown.count < obs.model().snapshot.procs.count)
    _ = obs.handle(.char("K"))
    #expect(!obs.view.showKernel)
    _ = obs.handle(.char(">"))
    #expect(obs.view.sort == .pid)
  }

  @Test func everyFKeyInTheBarIsBound() {
    let bar = KeyBar.line().text
    #expect(bar.hasPrefix("F1Help"))
    for (n, label) in KeyTable.fkeys {
      #expect(bar.contains("F\(n)\(label)"))
      #expect(KeyTable.action(for: .f(n)) != nil)
    }
    let help = HelpView.lines(themeName: "default").map(\.text).joined(separator: "\n")
    for b in KeyTable.bindings { #expect(help.contains(b.help)) }
  }

  @Test func layoutsFitTheScreen() {
    var view = ViewState()
    for (w, h) in [(120, 40), (80, 24), (200, 60)] {
      view.width = w
      view.height = h
      for preset in 1...9 {
        view.preset = preset
        for (_, r) in Layout.panes(view, cpus: 4) {
          #expect(r.x >= 0 && r.y >= 1 && r.x + r.width <= w && r.y + r.height <= h - 1)
        }
      }
    }
    view.preset = 1
    view.width = 120
    view.height = 40
    #expect(Set(Layout.panes(view, cpus: 4).map(\.0)) == Set(PaneKind.allCases))
    #expect(Layout.compact(width: 79, height: 24) && !Layout.compact(width: 80, height: 24))
  }

  @Test func narrowProcessesDropLowWeightColumns() {
    #expect(ProcessesPane.columns(width: 120).count == 17)
    let narrow = ProcessesPane.columns(width: 60)
    #expect(narrow.contains(1) && narrow.contains(10) && !narrow.contains(8))
  }
}

/// The remaining controls: ticks, switches, the lock-model restart, ASCII glyphs.
@Suite struct ControlTests {
  @Test func nextTickStopsAfterAHardclock() {
    var obs = ViewFixture.observatory()
    var peeked = obs.machine.peek()
    _ = obs.handle(.char("n"))
    // Every event popped before the stop was not a hardclock; the last one was.
    #expect(obs.mode == .step)
    peeked = obs.machine.peek()
    #expect(peeked != nil)
    let records = obs.machine.trace.written
    _ = obs.handle(.char("N"))
    let added = Int(obs.machine.trace.written - records)
    #expect(obs.machine.trace.records.suffix(added).contains { $0.kind == .mi_switch })
  }

  @Test func lockModelSwitchAsksThenRestartsWithTheSameSeed() {
    var obs = ViewFixture.observatory()
    let seed = obs.machine.seed
    let before = obs.machine.scenario.kernel.lock
    _ = obs.handle(.char("L"))
    guard case .confirmLock(let model) = obs.view.overlay else {
      Issue.record("no confirmation")
      return
    }
    #expect(model != before)
    _ = obs.handle(.char("n"))
    #expect(obs.machine.scenario.kernel.lock == before)
    _ = obs.handle(.char("L"))
    _ = obs.handle(.char("y"))
    #expect(obs.machine.scenario.kernel.lock == model)
    #expect(obs.machine.seed == seed && obs.machine.eventCount == 0)
  }

  @Test func asciiGlyphsDrawOnlyASCII() {
    var obs = ViewFixture.observatory()
    obs.view.glyphs = .ascii
    let text = ViewFixture.screen(&obs, width: 120, height: 40)
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
  }

  @Test func compactLayoutShowsTheFocusedPane() {
    var obs = ViewFixture.observatory()
    obs.view.focus = .locks
    let text = ViewFixture.screen(&obs, width: 60, height: 20)
    #expect(text.contains("─ Locks "))
    #expect(!text.contains("─ Processes "))
    _ = obs.handle(.tab)
    #expect(obs.view.focus != .locks)
  }

  @Test func detailViewsOpen() {
    var obs = ViewFixture.observatory()
    obs.view.focus = .processes
    _ = obs.handle(.enter)
    guard case .thread = obs.view.overlay else {
      Issue.record("no thread detail")
      return
    }
    #expect(ViewFixture.screen(&obs, width: 120, height: 40).contains("wait chain"))
    _ = obs.handle(.escape)
    obs.view.focus = .ithreads
    _ = obs.handle(.enter)
    #expect(ViewFixture.screen(&obs, width: 120, height: 40).contains("Interrupt source ("))
    _ = obs.handle(.escape)
    obs.view.focus = .locks
    _ = obs.handle(.enter)
    #expect(ViewFixture.screen(&obs, width: 120, height: 40).contains("Lock giant"))
  }

  @Test func invariantCheckerShowsItsResult() {
    var obs = ViewFixture.observatory()
    _ = obs.handle(.char("!"))
    #expect(ViewFixture.screen(&obs, width: 120, height: 40).contains("every invariant holds"))
  }

  @Test func clickFocusesAndSelects() {
    var obs = ViewFixture.observatory()
    _ = ViewFixture.screen(&obs, width: 120, height: 40)
    let (kind, r) = Layout.panes(obs.view, cpus: 4).first { $0.0 == .processes }!
    _ = obs.handle(.click(x: r.x + 3, y: r.y + 4))
    #expect(obs.view.focus == kind)
    #expect(obs.view[scroll: .processes].selected == 2)
  }
}

/// A replayed input log lands where the snapshot commands' replay puts it.
@Suite struct ReplayTests {
  @Test func scheduledInputsReplayExactly() throws {
    let tour = Scenario.builtin(named: "tour")!
    let inputs = [
      Input(time: 1_500_000_000, kind: .inject(device: "em0")),
      Input(time: 1_700_000_000, kind: .sysctl(name: "kern.preemption", value: 2)),
    ]
    var reference = try Machine(scenario: tour, seed: 1)
    for input in inputs {
      reference.run(until: input.time)
      try reference.apply(input)
    }
    reference.run(until: 2 * Nanos.s)
    var machine = try Machine(scenario: tour, seed: 1)
    machine.run(until: Nanos.s)
    var obs = Observatory(machine: machine, paused: true)
    obs.schedule(inputs)
    for _ in 0..<100 { _ = obs.perform(.step) }
    obs.runPaused(until: 2 * Nanos.s)
    #expect(obs.machine.hash == reference.hash)
    #expect(obs.machine.inputLog == reference.inputLog)
  }
}

/// The header says so when the model cannot keep up with the speed within the frame budget.
@Suite struct BudgetTests {
  @Test func fallingBehindIsMarked() {
    var obs = ViewFixture.observatory()
    for _ in 0..<4 { _ = obs.handle(.char("+")) }  // ×100
    _ = obs.handle(.char(" "))
    obs.advance(wallNanos: 1_000_000_000, budgetNanos: 0)
    #expect(obs.view.behind)
    #expect(ViewFixture.screen(&obs, width: 120, height: 40).contains("can't keep up"))
    obs.advance(wallNanos: 1, budgetNanos: 1_000_000_000)
    #expect(!obs.view.behind)
  }
}
