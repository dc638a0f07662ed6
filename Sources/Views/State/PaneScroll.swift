/// A pane's selected row and first visible row.
public struct PaneScroll: Sendable, Equatable {
  /// The selected row.
  public var selected = 0
  /// The first row shown.
  public var top = 0
  /// Keep the last row selected as rows are added (the event log, until scrolled).
  public var follow = false

  /// Makes a scroll position.
  public init(follow: Bool = false) { self.follow = follow }

  /// Clamps to `count` rows and scrolls so the selection is inside `visible` rows.
  public mutating func fit(count: Int, visible: Int) {
    if follow { selected = count - 1 }
    selected = max(0, min(selected, count - 1))
    let v = max(1, visible)
    if selected < top { top = selected }
    if selected >= top + v { top = selected - v + 1 }
    top = max(0, min(top, max(0, count - v)))
  }

  /// Moves the selection by `delta` rows.
  public mutating func move(_ delta: Int, count: Int) {
    follow = false
    selected = max(0, min(selected + delta, count - 1))
  }
}
