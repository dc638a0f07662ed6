/// The proof that every row of a `compare` ran the same workload: FNV-1a 64 of the canonical
/// scenario JSON without the varied options, the seed and the input log.
public struct CompareDigest: Sendable, Equatable {
  /// The scenario's name.
  public var scenario: String
  /// The seed every row ran with.
  public var seed: UInt64
  /// How many inputs the input log has.
  public var inputs: Int
  /// The digest.
  public var value: UInt64

  /// Makes a digest of the three texts: the bytes of `scenarioJSON`, a newline, the seed in
  /// decimal, a newline, the bytes of `inputLogJSON`.
  public init(
    scenario: String, scenarioJSON: String, seed: UInt64, inputs: Int, inputLogJSON: String
  ) {
    self.scenario = scenario
    self.seed = seed
    self.inputs = inputs
    value = Self.fnv1a(
      Array(scenarioJSON.utf8) + Array("\n\(seed)\n".utf8) + Array(inputLogJSON.utf8))
  }

  /// FNV-1a, 64 bits.
  public static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// 16 lower-case hex digits.
  public var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.utf8.count) + digits
  }

  /// `workload <hex> seed <n> (scenario <name> minus kernel.lock and kernel.preemption, <k>
  /// inputs)`.
  public var line: String {
    let what = inputs == 1 ? "1 input" : "\(inputs) inputs"
    return "workload \(hex) seed \(seed) (scenario \(scenario) minus kernel.lock and"
      + " kernel.preemption, \(what))"
  }
}
