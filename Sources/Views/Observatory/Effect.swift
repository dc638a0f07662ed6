/// What the observatory asks its driver to do after a key (things that need the outside world).
public enum Effect: Sendable, Equatable {
  /// Nothing.
  case none
  /// Quit and restore the terminal.
  case quit
  /// Write the snapshots and the input log to files.
  case write
  /// Switch to the next theme.
  case nextTheme
}
