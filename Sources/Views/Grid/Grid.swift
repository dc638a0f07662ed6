/// The screen as an array of cells: what views draw into and what the terminal writes out.
public struct Grid: Equatable, Sendable {
  /// Columns.
  public private(set) var width: Int
  /// Rows.
  public private(set) var height: Int
  /// Cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank grid.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = [Cell](repeating: .blank, count: self.width * self.height)
  }

  /// The cell at (x, y).
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Blanks every cell.
  public mutating func clear() {
    for i in cells.indices { cells[i] = .blank }
  }

  /// Fills a rectangle with blanks in `role`.
  public mutating func fill(_ r: Rect, _ role: Role) {
    let x0 = max(0, r.x)
    let x1 = min(width, r.x + r.width)
    guard x0 < x1 else { return }
    for y in max(0, r.y)..<min(height, r.y + r.height) {
      for x in x0..<x1 { cells[y * width + x] = Cell(" ", role) }
    }
  }

  /// Writes `text` at (x, y) in `role`, clipped to `limit` columns and the grid; returns the
  /// column after the last character written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, role: Role, limit: Int = .max) -> Int {
    guard y >= 0, y < height else { return x }
    let end = limit >= width ? width : min(width, x + limit)
    var cx = x
    for s in text.unicodeScalars {
      if cx >= end { break }
      if cx >= 0 { cells[y * width + cx] = Cell(s, role) }
      cx += 1
    }
    return cx
  }

  /// Draws a line into row `y` of `r`: spans, then the fill role to the right edge.
  public mutating func draw(_ line: Line, in r: Rect, row y: Int) {
    guard y >= 0, y < r.height else { return }
    var x = r.x
    let end = r.x + r.width
    for span in line.spans {
      if x >= end { break }
      x = put(span.text, x: x, y: r.y + y, role: span.role, limit: end - x)
    }
    if x < end { fill(Rect(x: x, y: r.y + y, width: end - x, height: 1), line.fill) }
  }

  /// The grid as text, one line per row, trailing blanks removed (goldens, `smpscope pane`).
  public var text: String {
    var out = ""
    out.reserveCapacity((width + 1) * height)
    for y in 0..<height {
      var row = String.UnicodeScalarView()
      var last = 0
      for x in 0..<width {
        let s = cells[y * width + x].scalar
        row.append(s)
        if s != " " { last = x + 1 }
      }
      out.append(String(String(row).unicodeScalars.prefix(last)))
      out.append("\n")
    }
    return out
  }

  /// A rectangle of the grid as text (the pane command prints one pane).
  public func text(of r: Rect) -> String {
    var g = Grid(width: r.width, height: r.height)
    for y in 0..<r.height {
      for x in 0..<r.width where r.x + x < width && r.y + y < height {
        g[x, y] = self[r.x + x, r.y + y]
      }
    }
    return g.text
  }
}
