import Kernel

/// One narrated trace record: when, where, which kernel function, and what happened in words.
public struct NarrationLine: Sendable, Equatable {
  /// Simulated time of the record.
  public var time: SimTime
  /// The CPU it happened on (−1: outside any CPU's flow).
  public var cpu: Int
  /// The kernel function it models (`mi_switch`, `tsleep`, …).
  public var function: String
  /// What happened and why, in plain words, after the function name.
  public var text: String

  /// `  2.000123s cpu1 mi_switch: cc[1234] → (em0) (cc[1234] slept)`.
  public var line: String {
    let where_ = cpu < 0 ? "  -  " : "cpu\(cpu)"
    return Narration.timeText(time) + " " + Pad.left(where_, 5) + " " + function + ": " + text
  }
}
