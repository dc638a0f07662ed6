/// Index of a thread in the machine's proc table (not its pid).
public struct ProcID: Hashable, Comparable, Sendable, Codable {
  /// Position in `Machine`'s proc arrays.
  public var index: Int32
  /// Makes an ID from a proc-table index.
  public init(_ index: Int32) { self.index = index }
  /// Makes an ID from an `Int` proc-table index.
  public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
  /// The "no thread" value, as a NULL `struct proc *`.
  public static let none = ProcID(Int32(-1))
  /// Whether this is `none`.
  public var isNone: Bool { index < 0 }
  public static func < (a: ProcID, b: ProcID) -> Bool { a.index < b.index }
}

/// Index of a CPU (`cpu_info`), 0 is the primary CPU.
public struct CPUID: Hashable, Comparable, Sendable, Codable {
  /// The CPU number (`ci_cpuid`).
  public var index: Int32
  /// Makes an ID from a CPU number.
  public init(_ index: Int32) { self.index = index }
  /// Makes an ID from an `Int` CPU number.
  public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
  public static func < (a: CPUID, b: CPUID) -> Bool { a.index < b.index }
}
