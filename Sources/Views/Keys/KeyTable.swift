/// One binding: the keys, how help names them, the F-key bar label if any, and what it does.
public struct Binding: Sendable {
  /// Keys that trigger it.
  public var keys: [Key]
  /// How help shows the keys (`Space p`).
  public var label: String
  /// The F-key bar entry: the F-key number and its label.
  public var fkey: (number: Int, label: String)?
  /// What it does.
  public var action: Action
  /// One line of help.
  public var help: String
}

/// The key table: the single source of dispatch, help and the F-key bar (UX.md "Keys").
public enum KeyTable {
  private static func c(_ s: String) -> [Key] { s.map { Key.char($0) } }

  /// Every binding, in the order help lists them.
  public static let bindings: [Binding] = [
    Binding(
      keys: [.char(" "), .char("p")], label: "Space p", fkey: nil, action: .runPause,
      help: "run / pause simulated time"),
    Binding(
      keys: [.char("."), .char("s"), .f(5)], label: ". s F5", fkey: (5, "Step"), action: .step,
      help: "step one event"),
    Binding(
      keys: c("n"), label: "n", fkey: nil, action: .nextTick, help: "step to the next clock tick"),
    Binding(
      keys: c("N"), label: "N", fkey: nil, action: .nextSwitch,
      help: "step to the next context switch"),
    Binding(
      keys: [.char("+"), .char("="), .f(8)], label: "+ F8", fkey: (8, "Faster"), action: .faster,
      help: "faster (up to what the frame budget allows)"),
    Binding(
      keys: [.char("-"), .f(7)], label: "- F7", fkey: (7, "Slower"), action: .slower,
      help: "slower (down to x0.000001)"),
    Binding(
      keys: c("P"), label: "P", fkey: nil, action: .cyclePreemption,
      help: "cycle kern.preemption 0->1->2 (logged)"),
    Binding(
      keys: c("L"), label: "L", fkey: nil, action: .switchLock,
      help: "switch the lock model (restart, same seed)"),
    Binding(
      keys: [.char("i"), .f(9)], label: "i F9", fkey: (9, "Inject"), action: .inject,
      help: "inject an interrupt on the selected device"),
    Binding(
      keys: c("["), label: "[", fkey: nil, action: .rateDown,
      help: "halve the selected device's interrupt rate"),
    Binding(
      keys: c("]"), label: "]", fkey: nil, action: .rateUp,
      help: "double the selected device's interrupt rate"),
    Binding(
      keys: [.char("/"), .f(3)], label: "/ F3", fkey: (3, "Search"), action: .search,
      help: "search processes (F3 again: next match)"),
    Binding(
      keys: [.char("\\"), .f(4)], label: "\\ F4", fkey: (4, "Filter"), action: .filter,
      help: "filter processes ('|' separates terms)"),
    Binding(
      keys: [.char(">"), .f(6)], label: "> F6", fkey: (6, "Sort"), action: .sortNext,
      help: "next sort column"),
    Binding(
      keys: c("<"), label: "<", fkey: nil, action: .sortPrevious, help: "previous sort column"),
    Binding(keys: c("I"), label: "I", fkey: nil, action: .invert, help: "invert the sort"),
    Binding(
      keys: c("K"), label: "K", fkey: nil, action: .toggleKernel,
      help: "show / hide kernel threads"),
    Binding(
      keys: c("H"), label: "H", fkey: nil, action: .toggleIdle, help: "show / hide idle threads"),
    Binding(
      keys: [.enter], label: "Enter", fkey: nil, action: .detail,
      help: "detail of the selected thread, lock or device"),
    Binding(
      keys: c("w"), label: "w", fkey: nil, action: .write,
      help: "write ps, vmstat -i, lockstat, input log"),
    Binding(keys: c("t"), label: "t", fkey: nil, action: .nextTheme, help: "next theme"),
    Binding(
      keys: c("!"), label: "!", fkey: nil, action: .checkInvariants,
      help: "run the invariant checker now"),
    Binding(keys: [.tab], label: "Tab", fkey: nil, action: .focusNext, help: "focus the next pane"),
    Binding(
      keys: [.backTab], label: "S-Tab", fkey: nil, action: .focusPrevious,
      help: "focus the previous pane"),
    Binding(
      keys: [.up, .char("k")], label: "Up k", fkey: nil, action: .up, help: "move the selection up"
    ),
    Binding(
      keys: [.down, .char("j")], label: "Down j", fkey: nil, action: .down,
      help: "move the selection down"),
    Binding(keys: [.pageUp], label: "PgUp", fkey: nil, action: .pageUp, help: "a page up"),
    Binding(keys: [.pageDown], label: "PgDn", fkey: nil, action: .pageDown, help: "a page down"),
    Binding(keys: [.home], label: "Home", fkey: nil, action: .home, help: "first row"),
    Binding(
      keys: [.end], label: "End", fkey: nil, action: .end, help: "last row (the log follows again)"
    ),
    Binding(keys: c("z"), label: "z", fkey: nil, action: .zoom, help: "zoom the focused pane"),
    Binding(
      keys: (1...9).map { Key.char(Character(String($0))) }, label: "1-9", fkey: nil,
      action: .layout(1), help: "layout presets (1 all panes, 2-9 see below)"),
    Binding(
      keys: [.char("h"), .char("?"), .f(1)], label: "F1 h ?", fkey: (1, "Help"), action: .help,
      help: "this help"),
    Binding(
      keys: [.escape], label: "Esc", fkey: nil, action: .close,
      help: "close help, detail, prompt or question"),
    Binding(
      keys: [.char("q"), .f(10)], label: "q F10", fkey: (10, "Quit"), action: .quit,
      help: "quit, restoring the terminal"),
  ]

  /// The action bound to `key`, if any.
  public static func action(for key: Key) -> Action? {
    if case .char(let ch) = key, let d = ch.wholeNumberValue, (1...9).contains(d),
      ch.isASCII
    {
      return .layout(d)
    }
    return bindings.first { $0.keys.contains(key) }?.action
  }

  /// The F-key bar entries in F-key order.
  public static var fkeys: [(number: Int, label: String)] {
    bindings.compactMap(\.fkey).sorted { $0.number < $1.number }
  }
}
