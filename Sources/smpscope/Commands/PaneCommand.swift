import Kernel
import Views

/// `smpscope pane NAME`: one pane of the observatory as text, drawn by the same code.
enum PaneCommand {
  /// Names `pane` takes besides the panes themselves.
  static let extraNames = ["header", "keybar", "help", "screen"]

  /// Every name, for usage and errors.
  static var names: [String] { PaneKind.allCases.map(\.commandName) + extraNames }

  /// Prints the pane at `--at`.
  static func run(_ args: ParsedArguments) throws(CLIFailure) {
    guard let name = args.positionals.first, args.positionals.count == 1 else {
      throw .usage(
        "pane: expected one pane name (\(names.joined(separator: ", ")))", of: CommandTable.pane)
    }
    let width = try size(args, "--width", default: 120)
    var obs = try ViewSession.observatory(RunOptions(args))
    if let kind = PaneKind(commandName: name) {
      let model = obs.model()
      var view = obs.view
      view.width = width
      view.focus = kind
      let rows = Panes.body(kind, model, view, width: width, need: 1000).count + 2
      let height = try size(args, "--height", default: min(1000, max(3, rows)))
      view.height = height
      var grid = Grid(width: width, height: height)
      PaneFrame.draw(
        kind, in: Rect(x: 0, y: 0, width: width, height: height), model, &view, into: &grid)
      return Output.out(grid.text)
    }
    switch name {
    case "header", "keybar", "help", "screen":
      let height = try size(args, "--height", default: name == "screen" || name == "help" ? 40 : 1)
      obs.view.width = width
      obs.view.height = name == "screen" || name == "help" ? height : 40
      if name == "help" { obs.view.overlay = .help }
      var grid = Grid(width: width, height: obs.view.height)
      obs.render(into: &grid)
      let text: String
      switch name {
      case "header": text = grid.text(of: Rect(x: 0, y: 0, width: width, height: 1))
      case "keybar": text = grid.text(of: Rect(x: 0, y: grid.height - 1, width: width, height: 1))
      default: text = grid.text
      }
      Output.out(text)
    default:
      throw .usage(
        "pane: unknown pane '\(name)' (\(names.joined(separator: ", ")))", of: CommandTable.pane)
    }
  }

  static func size(_ args: ParsedArguments, _ key: String, default d: Int) throws(CLIFailure) -> Int
  {
    guard let v = args.value(key) else { return d }
    guard let n = Int(v), (1...1000).contains(n) else {
      throw .badInput("\(key): must be 1…1000 (got '\(v)')")
    }
    return n
  }
}
