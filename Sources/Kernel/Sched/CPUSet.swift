/// A set of CPUs (`struct cpuset`), up to 256, iterated in ascending CPU order.
struct CPUSet: Equatable {
  private var w0: UInt64 = 0
  private var w1: UInt64 = 0
  private var w2: UInt64 = 0
  private var w3: UInt64 = 0

  @inline(__always) private func word(_ i: Int) -> UInt64 {
    switch i >> 6 {
    case 0: return w0
    case 1: return w1
    case 2: return w2
    default: return w3
    }
  }

  @inline(__always) private mutating func setWord(_ i: Int, _ v: UInt64) {
    switch i >> 6 {
    case 0: w0 = v
    case 1: w1 = v
    case 2: w2 = v
    default: w3 = v
    }
  }

  @inline(__always) func contains(_ cpu: Int) -> Bool { word(cpu) & (1 << UInt64(cpu & 63)) != 0 }
  @inline(__always) mutating func insert(_ cpu: Int) {
    setWord(cpu, word(cpu) | (1 << UInt64(cpu & 63)))
  }
  @inline(__always) mutating func remove(_ cpu: Int) {
    setWord(cpu, word(cpu) & ~(1 << UInt64(cpu & 63)))
  }
  var isEmpty: Bool { (w0 | w1 | w2 | w3) == 0 }

  /// Number of members.
  var count: Int {
    w0.nonzeroBitCount + w1.nonzeroBitCount + w2.nonzeroBitCount + w3.nonzeroBitCount
  }

  /// Calls `body` with every member, ascending.
  @inline(__always) func forEachMember(_ body: (Int) -> Void) {
    var w = w0
    while w != 0 {
      body(w.trailingZeroBitCount)
      w &= w - 1
    }
    w = w1
    while w != 0 {
      body(64 + w.trailingZeroBitCount)
      w &= w - 1
    }
    w = w2
    while w != 0 {
      body(128 + w.trailingZeroBitCount)
      w &= w - 1
    }
    w = w3
    while w != 0 {
      body(192 + w.trailingZeroBitCount)
      w &= w - 1
    }
  }

  /// Members minus those of `other`.
  func subtracting(_ other: CPUSet) -> CPUSet {
    var r = self
    r.w0 &= ~other.w0
    r.w1 &= ~other.w1
    r.w2 &= ~other.w2
    r.w3 &= ~other.w3
    return r
  }

  /// The lowest member at or after `from`, or nil.
  func next(from: Int) -> Int? {
    var i = from
    while i < 256 {
      let bits = word(i) >> UInt64(i & 63)
      if bits != 0 { return i + bits.trailingZeroBitCount }
      i = (i | 63) + 1
    }
    return nil
  }

  /// All CPUs 0..<n.
  static func all(_ n: Int) -> CPUSet {
    var s = CPUSet()
    for i in 0..<n { s.insert(i) }
    return s
  }
}
