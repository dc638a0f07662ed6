import Kernel
import Testing
import Views

/// Every pane at 120×40 and 80×24, the whole screen, the help screen, compact and too small.
@Suite struct PaneGoldenTests {
  static let sizes = [(120, 40), (80, 24)]

  @Test(arguments: PaneKind.allCases)
  func paneGolden(_ kind: PaneKind) {
    var obs = ViewFixture.observatory()
    for (w, h) in Self.sizes {
      let text = ViewFixture.pane(kind, &obs, width: w, height: h)
      Golden.check(text, "pane-\(kind.commandName)-\(w)x\(h).txt")
    }
  }

  @Test func screenGoldens() {
    var obs = ViewFixture.observatory()
    for (w, h) in Self.sizes + [(40, 10)] {
      Golden.check(ViewFixture.screen(&obs, width: w, height: h), "screen-\(w)x\(h).txt")
    }
  }

  @Test func helpGoldens() {
    var obs = ViewFixture.observatory()
    for (w, h) in Self.sizes {
      Golden.check(ViewFixture.screen(&obs, width: w, height: h, help: true), "help-\(w)x\(h).txt")
    }
  }

  @Test func tooSmallShowsTheNotice() {
    var obs = ViewFixture.observatory()
    let text = ViewFixture.screen(&obs, width: 30, height: 3)
    #expect(text.hasPrefix("terminal too small (30x3)"))
    #expect(ViewFixture.screen(&obs, width: 1, height: 1) == "t\n")
  }

  /// A pane at a later instant differs from its golden in its own rows, not only in the header:
  /// each pane is live. Panes that show transient state (pending, locks) are stepped until it
  /// changes, within a simulated second.
  @Test(arguments: PaneKind.allCases)
  func paneChangesLater(_ kind: PaneKind) {
    var obs = ViewFixture.observatory()
    let first = ViewFixture.rows(ViewFixture.pane(kind, &obs, width: 120, height: 40))
    var changed = false
    let limit = obs.machine.now + Nanos.s
    while !changed && obs.machine.now < limit {
      _ = obs.perform(.step)
      changed = ViewFixture.rows(ViewFixture.pane(kind, &obs, width: 120, height: 40)) != first
    }
    #expect(changed, "\(kind.title) never changed within a simulated second")
  }
}
