/// A colour as a theme names it: the terminal default or one of the 256 xterm colours.
public enum ThemeColor: Equatable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// xterm colour 0…255 (0–7 normal, 8–15 bright, 16–231 cube, 232–255 greys).
  case index(Int)

  /// Names a theme file may use for the first sixteen colours.
  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightblack", "brightred", "brightgreen", "brightyellow", "brightblue", "brightmagenta",
    "brightcyan", "brightwhite",
  ]

  /// Parses `default`, a colour name, `grey` aliases, or `color0`…`color255` / a bare number.
  public init?(parsing word: String) {
    let w = word.lowercased()
    if w == "default" {
      self = .terminalDefault
      return
    }
    if let i = ThemeColor.names.firstIndex(of: w) {
      self = .index(i)
      return
    }
    if w == "gray" || w == "grey" {
      self = .index(8)
      return
    }
    let digits = w.hasPrefix("color") ? String(w.dropFirst(5)) : w
    if let n = Int(digits), (0...255).contains(n) {
      self = .index(n)
      return
    }
    return nil
  }

  /// The nearest colour a terminal with `colors` colours has (256 → 16 → 8).
  public func degraded(toColors colors: Int) -> ThemeColor {
    guard case .index(let n) = self else { return self }
    if colors >= 256 { return self }
    let sixteen = n < 16 ? n : ThemeColor.nearest16(n)
    if colors >= 16 { return .index(sixteen) }
    return .index(sixteen % 8)
  }

  /// The nearest of the first sixteen colours to xterm colour `n` (16…255).
  static func nearest16(_ n: Int) -> Int {
    let (r, g, b) = rgb(n)
    var best = 0
    var bestDistance = Int.max
    for i in 0..<16 {
      let (cr, cg, cb) = rgb(i)
      let d = (r - cr) * (r - cr) + (g - cg) * (g - cg) + (b - cb) * (b - cb)
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  /// xterm's RGB for colour `n`.
  static func rgb(_ n: Int) -> (Int, Int, Int) {
    let base: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
      (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    if n < 16 { return base[n] }
    if n >= 232 {
      let v = 8 + (n - 232) * 10
      return (v, v, v)
    }
    let c = n - 16
    let level = { (x: Int) in x == 0 ? 0 : 55 + x * 40 }
    return (level(c / 36), level((c / 6) % 6), level(c % 6))
  }
}
