/// A key or terminal event, as the terminal layer decodes it.
public enum Key: Sendable, Equatable {
  /// A printable character.
  case char(Character)
  /// Function key F1…F12.
  case f(Int)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter / Return.
  case enter
  /// Escape.
  case escape
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// The terminal was resized.
  case resize(width: Int, height: Int)
  /// Button-1 click at a cell.
  case click(x: Int, y: Int)
}
