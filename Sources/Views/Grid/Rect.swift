/// A rectangle of cells: origin and size, in columns and rows.
public struct Rect: Equatable, Sendable {
  /// Left column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Makes a rectangle.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether the point is inside.
  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < x + width && py >= y && py < y + height
  }

  /// The rectangle without its first `n` rows.
  public func dropTop(_ n: Int) -> Rect {
    Rect(x: x, y: y + n, width: width, height: height - n)
  }
}
