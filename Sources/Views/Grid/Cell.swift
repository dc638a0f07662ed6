/// One character cell of the screen: a Unicode scalar and the role it is drawn in.
public struct Cell: Equatable, Sendable {
  /// The character (one column wide; wide characters are not used).
  public var scalar: Unicode.Scalar
  /// How it is drawn.
  public var role: Role

  /// Makes a cell.
  public init(_ scalar: Unicode.Scalar, _ role: Role) {
    self.scalar = scalar
    self.role = role
  }

  /// A blank in the normal role.
  public static let blank = Cell(" ", .normal)
}
