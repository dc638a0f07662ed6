import Foundation
import Kernel
import Reports
import Terminal
import Views

/// `smpscope` / `smpscope run`: the interactive observatory, htop's loop without threads: wait
/// for a key with a timeout, advance simulated time by speed × wall time within a frame budget,
/// draw the visible rows, repeat.
enum ObservatoryCommand {
  /// Wall time between frames: 10 per second.
  static let frameNanos: Int64 = 100_000_000
  /// Wall time the model may use per frame before the header says it can't keep up.
  static let budgetNanos: Int64 = 40_000_000

  /// Opens the observatory; returns when the user quits or a signal asks to stop.
  static func run(_ args: ParsedArguments) throws(CLIFailure) {
    guard Output.stdoutIsTerminal else {
      throw .badInput(
        "stdout is not a terminal; try 'smpscope ps auxkl', 'smpscope top -b', 'smpscope vmstat -i', 'smpscope pane NAME', 'smpscope log' or 'smpscope --help' (the observatory needs a terminal)"
      )
    }
    var options = try RunOptions(args)
    let startPaused = args.has("--paused") || args.value("--at") != nil
    if args.value("--at") == nil { options.at = 0 }
    var speed = Speed()
    if let v = args.value("--speed") {
      guard let f = Double(v.hasPrefix("x") ? String(v.dropFirst()) : v), f > 0 else {
        throw .badInput("--speed: expected a factor like 0.01, 1 or 100 (got '\(v)')")
      }
      speed = Speed(factor: f)
    }
    let noColor =
      args.has("--no-color") || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    var themeNames = ThemeStore.names()
    let themeArg = args.value("--theme") ?? "default"
    var theme = try ThemeStore.load(themeArg)
    if !themeNames.contains(theme.name) { themeNames.insert(theme.name, at: 0) }
    let mono = ThemeStore.mono()
    // With --at, the same instant `smpscope pane` draws: meters over the second before it.
    var obs =
      args.value("--at") != nil
      ? try ViewSession.observatory(options, speed: speed)
      : Observatory(machine: try RunSession.run(options), speed: speed, paused: startPaused)
    if let inputFile = options.inputFile {
      obs.schedule(try JSONFile.decode(InputLog.self, from: inputFile).inputs)
    }
    obs.view.themeName = theme.name

    Signals.install()
    let screen = TerminalScreen(mode: noColor ? .monochrome : .color)
    screen.start()
    screen.apply(theme: theme, mono: mono)
    obs.view.glyphs = screen.utf8 ? .unicode : .ascii
    let (w, h) = screen.size()
    _ = obs.handle(.resize(width: w, height: h))
    var grid = Grid(width: w, height: h)
    let clock = ContinuousClock()
    var lastAdvance = clock.now
    var lastFrame = clock.now
    var quit = false
    var shownMessage = ""
    var messageSince = clock.now
    while !quit && Signals.pending == nil {
      // A message gives the F-key bar back after a few seconds.
      if obs.view.message != shownMessage {
        shownMessage = obs.view.message
        messageSince = clock.now
      } else if !shownMessage.isEmpty && clock.now - messageSince > .seconds(4) {
        obs.view.message = ""
        shownMessage = ""
      }
      obs.render(into: &grid)
      screen.draw(grid)
      let sinceFrame = nanos(clock.now - lastFrame)
      let wait = max(0, (frameNanos - sinceFrame) / 1_000_000)
      if let key = screen.readKey(milliseconds: Int(wait)) {
        if case .resize = key { screen.invalidate() }
        switch obs.handle(key) {
        case .none: break
        case .quit: quit = true
        case .write: obs.view.message = write(&obs)
        case .nextTheme:
          let i = themeNames.firstIndex(of: theme.name) ?? 0
          let name = themeNames[(i + 1) % themeNames.count]
          do {
            theme = try ThemeStore.load(name)
            screen.apply(theme: theme, mono: mono)
            obs.view.themeName = name
            obs.view.message = "theme \(name)" + (noColor ? " (colours off)" : "")
          } catch {
            obs.view.message = error.message
          }
        }
      }
      let now = clock.now
      if nanos(now - lastFrame) >= frameNanos || obs.mode != .run {
        obs.advance(wallNanos: nanos(now - lastAdvance), budgetNanos: budgetNanos)
        lastAdvance = now
        lastFrame = now
      }
    }
    screen.stop()
    Signals.uninstall()
    if let record = args.value("--record") {
      try writeInputLog(obs.machine, to: record)
    }
  }

  static func nanos(_ d: Duration) -> Int64 {
    let c = d.components
    return c.seconds * 1_000_000_000 + c.attoseconds / 1_000_000_000
  }

  /// `w`: ps auxkl, vmstat -i, lockstat and the input log, into files.
  static func write(_ obs: inout Observatory) -> String {
    let m = obs.machine
    let dir =
      ProcessInfo.processInfo.environment["SMPSCOPE_WRITE_DIR"]
      ?? FileManager.default
      .currentDirectoryPath
    let stem =
      "\(dir)/smpscope-\(m.scenario.name)-seed\(m.seed)-\(formatDuration(m.now))-\(m.eventCount)"
    let snapshot = m.snapshot()
    let intr = m.interruptsSnapshot()
    let files = [
      (stem + "-ps.txt", PsReport.render(snapshot)),
      (
        stem + "-vmstat.txt",
        VmstatReport.render(intr, uptime: VmstatReport.uptime(at: m.now), showZero: false)
      ),
      (stem + "-lockstat.txt", LockstatReport.render(LockstatInput(m))),
    ]
    do {
      for (path, text) in files { try text.write(toFile: path, atomically: true, encoding: .utf8) }
      try writeInputLog(m, to: stem + "-inputs.json")
    } catch {
      return "cannot write: \(error)"
    }
    return "wrote \(stem)-{ps,vmstat,lockstat}.txt and -inputs.json"
  }

  /// The input log as the CLI's `--input` reads it.
  static func writeInputLog(_ m: Machine, to path: String) throws(CLIFailure) {
    do {
      let json = JSONPrinter.pretty(try OrderedJSONEncoder.encode(InputLog(inputs: m.inputLog)))
      try json.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      throw CLIFailure(code: .internalFailure, message: "cannot write \(path): \(error)")
    }
  }
}
