/// The characters drawing uses, in a UTF-8 and an ASCII set (non-UTF-8 locales).
public struct Glyphs: Sendable, Equatable {
  /// Title bar filler.
  public var rule: String
  /// Meter segments: user, sys, intr, spin; idle is a blank.
  public var meter: (user: String, sys: String, intr: String, spin: String)
  /// Arrow between FIFO entries and in the narration's switches.
  public var arrow: String
  /// The multiplication sign in `×0.01`.
  public var times: String
  /// Marks the current CPU thread that holds giant.
  public var giant: String
  /// Marks a CPU spinning on a lock.
  public var spin: String

  /// Box drawing and block elements.
  public static let unicode = Glyphs(
    rule: "─", meter: ("█", "▓", "▒", "░"), arrow: "→", times: "×", giant: "G", spin: "~")

  /// Plain ASCII.
  public static let ascii = Glyphs(
    rule: "-", meter: ("#", "=", "!", "~"), arrow: "->", times: "x", giant: "G", spin: "~")

  /// Equal when every glyph is.
  public static func == (a: Glyphs, b: Glyphs) -> Bool {
    a.rule == b.rule && a.meter == b.meter && a.arrow == b.arrow && a.times == b.times
  }
}
