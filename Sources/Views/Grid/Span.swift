/// A run of text in one role; a line of a pane is a list of spans.
public struct Span: Sendable, Equatable {
  /// The text.
  public var text: String
  /// Its role.
  public var role: Role

  /// Makes a span.
  public init(_ text: String, _ role: Role = .normal) {
    self.text = text
    self.role = role
  }
}

/// One line of a pane: spans left to right, and a role for the whole row's background.
public struct Line: Sendable, Equatable {
  /// The spans.
  public var spans: [Span]
  /// Fills the rest of the row (selection bars reach the right edge).
  public var fill: Role

  /// Makes a line.
  public init(_ spans: [Span], fill: Role = .normal) {
    self.spans = spans
    self.fill = fill
  }

  /// A line of one span.
  public init(_ text: String, _ role: Role = .normal) {
    self.init([Span(text, role)], fill: .normal)
  }

  /// The text without roles.
  public var text: String { spans.map(\.text).joined() }

  /// The same line drawn as the selected row.
  public func selected() -> Line {
    Line(spans.map { Span($0.text, .selection) }, fill: .selection)
  }
}
