/// The shipped themes, compiled in: a fresh `swift run` works without `Themes/` on disk.
///
/// Generated from `Themes/*.theme`; `ThemeTests` checks that they stay equal.
public enum BuiltinThemes {
  /// Names, in the order `t` cycles through them.
  public static let names = ["default", "light", "mono", "projector"]

  /// The text of a shipped theme file.
  public static func text(_ name: String) -> String? {
    switch name {
    case "default": return defaultText
    case "light": return lightText
    case "mono": return monoText
    case "projector": return projectorText
    default: return nil
    }
  }

  static let defaultText = """
    # smpscope default theme: light text on a dark terminal.
    # One role per line:  role = fg [on bg] [bold] [reverse] [underline]
    # Colours: default, black red green yellow blue magenta cyan white, bright<name>,
    # color0…color255 (256-colour terminals; 16- and 8-colour terminals get the nearest).
    normal       = default on default
    dim          = color244
    title        = black on color67
    focus        = black on color214 bold
    selection    = black on color110
    warn         = color214 bold
    crit         = brightwhite on color160 bold
    columns      = color110 bold
    meter.user   = color76
    meter.sys    = color167
    meter.intr   = color214
    meter.spin   = color135
    meter.idle   = color238
    badge.run    = black on color76 bold
    badge.paused = black on color214 bold
    badge.step   = black on color81 bold
    header       = brightwhite on color236
    keybar       = black on color67
    keybar.key   = brightwhite on default bold
    """ + "\n"

  static let lightText = """
    # smpscope light theme: dark text on a light terminal.
    normal       = default on default
    dim          = color245
    title        = white on color25
    focus        = white on color166 bold
    selection    = black on color153
    warn         = color166 bold
    crit         = white on color124 bold
    columns      = color25 bold
    meter.user   = color28
    meter.sys    = color124
    meter.intr   = color130
    meter.spin   = color90
    meter.idle   = color250
    badge.run    = white on color28 bold
    badge.paused = black on color220 bold
    badge.step   = white on color25 bold
    header       = black on color252
    keybar       = white on color25
    keybar.key   = black on default bold
    """ + "\n"

  static let monoText = """
    # smpscope monochrome theme: attributes only (also what NO_COLOR and --no-color use).
    normal       = default
    dim          = default
    title        = default reverse
    focus        = default reverse bold
    selection    = default reverse
    warn         = default bold
    crit         = default reverse bold
    columns      = default underline
    meter.user   = default bold
    meter.sys    = default
    meter.intr   = default bold
    meter.spin   = default underline
    meter.idle   = default
    badge.run    = default reverse bold
    badge.paused = default reverse bold
    badge.step   = default reverse bold
    header       = default bold
    keybar       = default reverse
    keybar.key   = default bold
    """ + "\n"

  static let projectorText = """
    # smpscope projector theme: high contrast, no greys, readable from the back of a classroom.
    normal       = brightwhite on black
    dim          = white on black
    title        = black on brightcyan bold
    focus        = black on brightyellow bold
    selection    = black on brightwhite bold
    warn         = brightyellow on black bold
    crit         = brightwhite on red bold
    columns      = brightcyan on black bold
    meter.user   = brightgreen on black bold
    meter.sys    = brightred on black bold
    meter.intr   = brightyellow on black bold
    meter.spin   = brightmagenta on black bold
    meter.idle   = white on black
    badge.run    = black on brightgreen bold
    badge.paused = black on brightyellow bold
    badge.step   = black on brightcyan bold
    header       = brightwhite on blue bold
    keybar       = black on brightcyan bold
    keybar.key   = brightwhite on black bold
    """ + "\n"
}
