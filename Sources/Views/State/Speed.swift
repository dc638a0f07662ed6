/// Simulated seconds per wall second: ×0.000001 up to "as fast as the frame budget allows".
public struct Speed: Sendable, Equatable {
  /// The steps `+` and `-` move through; the last one means unlimited.
  public static let steps: [Double] = [
    0.000001, 0.00001, 0.0001, 0.001, 0.01, 0.1, 1, 10, 100, .infinity,
  ]
  /// The step `--speed` picks when none is given: ×0.01.
  public static let defaultIndex = 4

  /// Index into `steps`.
  public private(set) var index: Int

  /// The default speed.
  public init() { index = Speed.defaultIndex }

  /// The step nearest to `factor` (at least ×0.000001).
  public init(factor: Double) {
    var best = 0
    for (i, s) in Speed.steps.enumerated() where s <= factor * 1.000001 { best = i }
    index = best
  }

  /// The factor.
  public var factor: Double { Speed.steps[index] }

  /// Whether time runs as fast as the budget allows.
  public var unlimited: Bool { factor.isInfinite }

  /// One step faster.
  public mutating func faster() { index = min(index + 1, Speed.steps.count - 1) }

  /// One step slower.
  public mutating func slower() { index = max(index - 1, 0) }

  /// `0.01`, `1`, `100`, `max`.
  public var text: String {
    if unlimited { return "max" }
    var s = ""
    let f = factor
    if f >= 1 {
      s = String(Int(f))
    } else {
      var digits = 0
      var x = f
      while x < 0.999 {
        x *= 10
        digits += 1
      }
      s = "0." + String(repeating: "0", count: digits - 1) + "1"
    }
    return s
  }
}
