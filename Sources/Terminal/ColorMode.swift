/// How colour is used: the theme's colours, or attributes only.
public enum ColorMode: Sendable, Equatable {
  /// Colours from the theme, degraded to what the terminal has.
  case color
  /// No colours (`NO_COLOR`, `--no-color`, or a terminal without colours): attributes only.
  case monochrome
}
