import Kernel
import Reports
import Views

/// The fixed instant the view goldens show: `tour`, seed 1, sampled a second before `at`.
enum ViewFixture {
  static let s = Nanos.s

  /// The observatory paused at `at` (default 2 s), meters over the second before.
  static func observatory(
    scenario: Scenario = Scenario.builtin(named: "tour")!, seed: UInt64 = 1, at: SimTime = 2 * s
  ) -> Observatory {
    var machine = try! Machine(scenario: scenario, seed: seed)
    machine.run(until: max(0, at - s))
    var obs = Observatory(machine: machine, paused: true)
    obs.runPaused(until: at)
    return obs
  }

  /// One pane drawn alone into a `width` × `height` grid (as `smpscope pane` prints it).
  static func pane(_ kind: PaneKind, _ obs: inout Observatory, width: Int, height: Int) -> String {
    let model = obs.model()
    var view = obs.view
    view.width = width
    view.height = height
    view.focus = kind
    var grid = Grid(width: width, height: height)
    PaneFrame.draw(
      kind, in: Rect(x: 0, y: 0, width: width, height: height), model, &view, into: &grid)
    return grid.text
  }

  /// The whole screen at `width` × `height`.
  static func screen(_ obs: inout Observatory, width: Int, height: Int, help: Bool = false)
    -> String
  {
    _ = obs.handle(.resize(width: width, height: height))
    if help { obs.view.overlay = .help }
    var grid = Grid(width: width, height: height)
    obs.render(into: &grid)
    return grid.text
  }

  /// The rows of a pane's text below its title bar.
  static func rows(_ text: String) -> [Substring] {
    Array(text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst())
  }
}
