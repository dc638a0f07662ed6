import CNcursesw
import Views

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ncurses screen: the only code that calls ncurses. Roles become colour pairs from the
/// theme; a frame writes only the cells that changed since the last one.
public final class TerminalScreen {
  private var previous: Grid?
  private var attrs: [attr_t] = []
  private var pairs: [Int16] = []
  private var mode: ColorMode
  private var started = false
  private var buffer: [wchar_t] = []

  /// Whether the locale's character set is UTF-8 (else views use ASCII glyphs).
  public private(set) var utf8 = false

  /// A screen not yet started.
  public init(mode: ColorMode) { self.mode = mode }

  /// Enters curses mode: raw keys, no echo, keypad, mouse clicks, hidden cursor.
  public func start() {
    setlocale(LC_ALL, "")
    if let codeset = nl_langinfo(nl_item(CODESET)) {
      let name = String(cString: codeset).uppercased()
      utf8 = name == "UTF-8" || name == "UTF8"
    }
    setenv("ESCDELAY", "25", 0)
    _ = initscr()
    started = true
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(smp_stdscr(), true)
    _ = curs_set(0)
    _ = mousemask(smp_button1_clicked(), nil)
    _ = mouseinterval(0)
    if mode == .color && has_colors() {
      _ = start_color()
      _ = use_default_colors()
    } else {
      mode = .monochrome
    }
  }

  /// Leaves curses mode and restores the terminal (safe to call twice).
  public func stop() {
    guard started else { return }
    started = false
    _ = curs_set(1)
    _ = endwin()
  }

  /// The terminal's size now.
  public func size() -> (width: Int, height: Int) {
    var rows: Int32 = 0
    var cols: Int32 = 0
    smp_getmaxyx(&rows, &cols)
    return (Int(cols), Int(rows))
  }

  /// Colours the terminal has (0 in monochrome).
  public var colors: Int { mode == .color ? Int(smp_colors()) : 0 }

  /// Makes a colour pair and attributes per role from `theme` (or `mono` without colours).
  public func apply(theme: Theme, mono: Theme) {
    let n = Int(smp_colors())
    attrs = []
    pairs = []
    for role in Role.allCases {
      let style = mode == .color ? theme[role] : mono[role]
      var a = smp_a_normal()
      if style.bold { a |= smp_a_bold() }
      if style.reverse { a |= smp_a_reverse() }
      if style.underline { a |= smp_a_underline() }
      var pair: Int16 = 0
      if mode == .color {
        pair = Int16(role.rawValue) + 1
        if Int(pair) < Int(smp_color_pairs()) {
          _ = init_pair(pair, code(style.fg, n), code(style.bg, n))
        } else {
          pair = 0
        }
      }
      attrs.append(a)
      pairs.append(pair)
    }
    previous = nil
  }

  private func code(_ c: ThemeColor, _ colors: Int) -> Int16 {
    switch c.degraded(toColors: colors) {
    case .terminalDefault: return -1
    case .index(let i): return Int16(i)
    }
  }

  /// Writes the cells of `grid` that differ from the last frame, then refreshes.
  public func draw(_ grid: Grid) {
    if let p = previous, p.width == grid.width, p.height == grid.height {
      write(grid, changedFrom: p)
    } else {
      _ = clear()
      write(grid, changedFrom: nil)
    }
    previous = grid
    _ = refresh()
  }

  /// Forgets the last frame (after a resize the whole screen is written again).
  public func invalidate() { previous = nil }

  private func write(_ g: Grid, changedFrom p: Grid?) {
    for y in 0..<g.height {
      var x = 0
      while x < g.width {
        if let p, p[x, y] == g[x, y] {
          x += 1
          continue
        }
        let role = g[x, y].role
        let start = x
        buffer.removeAll(keepingCapacity: true)
        while x < g.width, g[x, y].role == role, p.map({ $0[x, y] != g[x, y] }) ?? true {
          buffer.append(wchar_t(bitPattern: g[x, y].scalar.value))
          x += 1
        }
        // The bottom-right cell cannot be written without scrolling: leave it.
        if y == g.height - 1 && x == g.width { buffer.removeLast() }
        if buffer.isEmpty { continue }
        let r = Int(role.rawValue)
        buffer.withUnsafeBufferPointer { b in
          smp_put(Int32(y), Int32(start), b.baseAddress, Int32(b.count), attrs[r], pairs[r])
        }
      }
    }
  }

  /// Waits up to `milliseconds` for a key; nil on timeout.
  public func readKey(milliseconds: Int) -> Key? {
    timeout(Int32(max(0, milliseconds)))
    var code: Int32 = 0
    let r = smp_get_wch(&code)
    if r == ERR { return nil }
    if r == smp_key_code_yes() {
      if code == smp_key_resize() {
        let (w, h) = size()
        previous = nil
        return .resize(width: w, height: h)
      }
      if code == smp_key_mouse() {
        var x: Int32 = 0
        var y: Int32 = 0
        return smp_getmouse(&x, &y) == 1 ? .click(x: Int(x), y: Int(y)) : nil
      }
      return KeyDecoder.function(code)
    }
    return KeyDecoder.character(code)
  }
}
