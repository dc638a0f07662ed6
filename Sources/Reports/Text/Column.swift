/// Which side of its field a column's text sits on.
public enum Justify: Sendable {
  /// Text first, then padding (`%-*s`).
  case left
  /// Padding first, then text (`%*s`).
  case right
}

/// One column of a BSD-style listing: header, field width and justification.
public struct Column: Sendable {
  /// Header text.
  public let header: String
  /// Field width: the declared width or the header's length, whichever is larger (ps `scanvars`).
  public let width: Int
  /// Justification of header and cells.
  public let justify: Justify
  /// Whether cells are cut to `width` (`%-*.*s`) instead of overflowing.
  let clip: Bool

  /// Makes a column; `width` is widened to fit the header.
  public init(_ header: String, width: Int, _ justify: Justify, clip: Bool = false) {
    self.header = header
    self.width = max(width, header.count)
    self.justify = justify
    self.clip = clip
  }

  /// The cell text laid out in this column's field.
  public func cell(_ text: String, padded: Bool = true) -> String {
    var out = ""
    append(text, padded: padded, to: &out)
    return out
  }

  /// Appends the cell text laid out in this column's field to `out`.
  func append(_ text: String, padded: Bool = true, to out: inout String) {
    var t = text
    var length = Pad.length(text)
    if clip && length > width {
      t = String(text.prefix(width))
      length = width
    }
    let pad = padded ? width - length : 0
    switch justify {
    case .left:
      out.append(t)
      Pad.appendSpaces(pad, to: &out)
    case .right:
      Pad.appendSpaces(pad, to: &out)
      out.append(t)
    }
  }
}

/// A list of columns separated by single spaces, laid out the way ps and top print them.
public struct TextTable: Sendable {
  /// The columns, left to right.
  let columns: [Column]
  /// Whether data rows pad the last column (ps does; top's `%s` COMMAND does not).
  let padLastCell: Bool

  /// The header line with its newline: a left-justified last header is printed unpadded.
  public func header() -> String {
    var out = ""
    for (i, column) in columns.enumerated() {
      let last = i == columns.count - 1
      switch column.justify {
      case .left: out.append(last ? column.header : Pad.left(column.header, column.width))
      case .right: out.append(Pad.right(column.header, column.width))
      }
      if !last { out.append(" ") }
    }
    out.append("\n")
    return out
  }

  /// Appends one data row (cells in column order) and its newline to `out`.
  public func appendRow(_ cells: [String], to out: inout String) {
    let n = min(cells.count, columns.count)
    for i in 0..<n {
      let last = i == columns.count - 1
      columns[i].append(cells[i], padded: !last || padLastCell, to: &out)
      if !last { out.append(" ") }
    }
    out.append("\n")
  }
}
