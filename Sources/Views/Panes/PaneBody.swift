/// What a pane shows: column headings and rows, built lazily so only visible rows are made.
public struct PaneBody {
  /// Column headings, if the pane has them.
  public var columns: Line?
  /// Number of rows.
  public var count: Int
  /// Row `i` (0 ≤ i < count).
  public var row: (Int) -> Line
  /// A short note after the title (`12 of 1024`, `filter: cc`).
  public var note: String = ""

  /// Makes a body.
  public init(columns: Line?, count: Int, note: String = "", row: @escaping (Int) -> Line) {
    self.columns = columns
    self.count = count
    self.note = note
    self.row = row
  }

  /// A body of prepared lines.
  public init(columns: Line?, lines: [Line], note: String = "") {
    self.init(columns: columns, count: lines.count, note: note) { lines[$0] }
  }
}
