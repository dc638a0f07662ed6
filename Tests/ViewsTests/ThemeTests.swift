import Foundation
import Testing
import Views

/// Theme files parse, match the compiled-in copies, degrade, and report bad lines precisely.
@Suite struct ThemeTests {
  static func themesDirectory() -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Themes")
  }

  @Test(arguments: BuiltinThemes.names)
  func fileMatchesBuiltinAndParses(_ name: String) throws {
    let url = Self.themesDirectory().appendingPathComponent("\(name).theme")
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text == BuiltinThemes.text(name), "Themes/\(name).theme differs from BuiltinThemes")
    let theme = try ThemeParser.parse(text, name: name, file: url.path)
    #expect(theme.name == name)
  }

  @Test func badLinesNameFileLineAndReason() {
    let cases = [
      ("normal = default\nfoo = red\n", 2, "unknown role 'foo'"),
      ("title = red on\n", 1, "missing colour after 'on'"),
      ("title = purple\n", 1, "unknown colour 'purple'"),
      ("# comment\n\ntitle red\n", 3, "expected 'role = fg on bg [bold]'"),
      ("title = red blink\n", 1, "unknown attribute 'blink'"),
    ]
    for (text, line, reason) in cases {
      #expect {
        _ = try ThemeParser.parse(text, name: "x", file: "x.theme")
      } throws: { error in
        guard let e = error as? ThemeError else { return false }
        return e.file == "x.theme" && e.line == line && e.reason.hasPrefix(reason)
          && e.description.hasPrefix("x.theme:\(line): ")
      }
    }
  }

  @Test func colorsDegrade() {
    #expect(ThemeColor.index(214).degraded(toColors: 256) == .index(214))
    #expect(ThemeColor.index(196).degraded(toColors: 16) == .index(9))
    #expect(ThemeColor.index(9).degraded(toColors: 8) == .index(1))
    #expect(ThemeColor.index(232).degraded(toColors: 8) == .index(0))
    #expect(ThemeColor.terminalDefault.degraded(toColors: 8) == .terminalDefault)
    #expect(ThemeColor(parsing: "color300") == nil)
    #expect(ThemeColor(parsing: "brightcyan") == .index(14))
  }
}
