import Foundation
import Kernel
import Views

/// `smpscope bench --ui`: frame times of the observatory drawn headless at 200×60 from the scaled
/// build (64 CPUs, 10,000 processes): frames after the model moved, and frames where nothing did.
enum BenchUICommand {
  /// Renders the frames and prints p50/p99 of each kind.
  static func run(_ args: ParsedArguments) throws(CLIFailure) {
    let cpus = try intValue(args, "--cpus", 64, 1...256)
    let jobs = try intValue(args, "--jobs", 10_000, 1...100_000)
    let frames = 300
    var machine: Machine
    do {
      machine = try Machine(
        scenario: Scenario.build(cpus: cpus, jobs: jobs, parallel: jobs), seed: 1)
    } catch {
      throw CLIFailure(code: .internalFailure, message: "bench scenario: \(error)")
    }
    machine.run(until: Nanos.s)
    var obs = Observatory(machine: machine, speed: Speed(factor: 0.01), paused: true)
    obs.runPaused(until: Nanos.s + 200 * Nanos.ms)
    _ = obs.handle(.resize(width: 200, height: 60))
    var grid = Grid(width: 200, height: 60)
    obs.render(into: &grid)
    _ = obs.handle(.char(" "))
    let clock = ContinuousClock()
    var changed: [Double] = []
    var advance: [Double] = []
    var collect: [Double] = []
    var cells = 0
    for _ in 0..<frames {
      let a = clock.now
      obs.advance(wallNanos: 100_000_000, budgetNanos: 1_000_000_000)
      let b = clock.now
      let before = grid
      _ = obs.model()
      let m = clock.now
      obs.render(into: &grid)
      let c = clock.now
      advance.append(ms(b - a))
      collect.append(ms(m - b))
      changed.append(ms(c - b))
      cells += zip(before.cells, grid.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }
    _ = obs.handle(.char(" "))
    obs.render(into: &grid)
    var idle: [Double] = []
    for _ in 0..<frames {
      let a = clock.now
      let drew = obs.render(into: &grid)
      idle.append(ms(clock.now - a))
      if drew { throw CLIFailure(code: .internalFailure, message: "an unchanged frame redrew") }
    }
    var out = "smpscope bench --ui: 200x60, build, \(cpus) CPUs, \(jobs) processes, "
    out += "\(frames) frames at x0.01 (1 ms simulated per 100 ms frame)\n"
    out += row("frame, model moved", changed)
    out += row("  of which model collection", collect)
    out += row("frame, nothing changed", idle)
    out += row("advance (simulation)", advance)
    let model = obs.model()
    for kind in PaneKind.allCases {
      var view = obs.view
      var g = Grid(width: 200, height: 60)
      var t: [Double] = []
      for _ in 0..<30 {
        let a = clock.now
        PaneFrame.draw(kind, in: Rect(x: 0, y: 0, width: 200, height: 20), model, &view, into: &g)
        t.append(ms(clock.now - a))
      }
      out += row("  pane \(kind.commandName) (200x20)", t)
    }
    out += "cells changed per frame     \(cells / frames) of \(200 * 60)\n"
    out += "threads at the end          \(obs.model().snapshot.procs.count)\n"
    Output.out(out)
  }

  private static func row(_ label: String, _ v: [Double]) -> String {
    let s = v.sorted()
    let p50 = s[s.count / 2]
    let p99 = s[min(s.count - 1, s.count * 99 / 100)]
    return label.padding(toLength: 28, withPad: " ", startingAt: 0)
      + String(format: "p50 %.3f ms  p99 %.3f ms  max %.3f ms\n", p50, p99, s.last ?? 0)
  }

  private static func ms(_ d: Duration) -> Double {
    let c = d.components
    return Double(c.seconds) * 1e3 + Double(c.attoseconds) / 1e15
  }

  private static func intValue(
    _ args: ParsedArguments, _ key: String, _ d: Int, _ range: ClosedRange<Int>
  ) throws(CLIFailure) -> Int {
    guard let text = args.value(key) else { return d }
    guard let v = Int(text), range.contains(v) else {
      throw .badInput("\(key): must be \(range.lowerBound)…\(range.upperBound) (got '\(text)')")
    }
    return v
  }
}
