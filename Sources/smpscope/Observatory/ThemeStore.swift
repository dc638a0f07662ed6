import Foundation
import Views

/// Finds and loads themes: `--theme NAME|FILE`, `Themes/` beside the package (or
/// `SMPSCOPE_THEMES`), and the compiled-in copies when no directory is found.
enum ThemeStore {
  /// The themes directory: `SMPSCOPE_THEMES`, else `Themes/` in a parent of the executable, else
  /// `./Themes`; nil when none exists.
  static func directory() -> String? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["SMPSCOPE_THEMES"], !env.isEmpty {
      return env
    }
    var dir = URL(
      fileURLWithPath: (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
    ).deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = dir.appendingPathComponent("Themes")
      if fm.fileExists(atPath: candidate.appendingPathComponent("default.theme").path) {
        return candidate.path
      }
      dir = dir.deletingLastPathComponent()
    }
    let cwd = fm.currentDirectoryPath + "/Themes"
    return fm.fileExists(atPath: cwd + "/default.theme") ? cwd : nil
  }

  /// Theme names in cycling order: the shipped ones first, then others in the directory by name.
  static func names() -> [String] {
    var names = BuiltinThemes.names
    if let dir = directory(),
      let files = try? FileManager.default.contentsOfDirectory(atPath: dir)
    {
      for f in files.sorted() where f.hasSuffix(".theme") {
        let n = String(f.dropLast(6))
        if !names.contains(n) { names.append(n) }
      }
    }
    return names
  }

  /// Loads a theme by name (directory first, then compiled in) or by file path.
  static func load(_ nameOrFile: String) throws(CLIFailure) -> Theme {
    let isFile = nameOrFile.contains("/") || nameOrFile.hasSuffix(".theme")
    if isFile {
      guard let text = try? String(contentsOfFile: nameOrFile, encoding: .utf8) else {
        throw .badInput("\(nameOrFile): cannot read theme file")
      }
      let name = URL(fileURLWithPath: nameOrFile).deletingPathExtension().lastPathComponent
      return try parse(text, name: name, file: nameOrFile)
    }
    if let dir = directory() {
      let path = dir + "/" + nameOrFile + ".theme"
      if let text = try? String(contentsOfFile: path, encoding: .utf8) {
        return try parse(text, name: nameOrFile, file: path)
      }
    }
    if let text = BuiltinThemes.text(nameOrFile) {
      return try parse(text, name: nameOrFile, file: "(built-in \(nameOrFile).theme)")
    }
    throw .badInput(
      "unknown theme '\(nameOrFile)' (themes: \(names().joined(separator: ", ")); a file needs a '/' or '.theme')"
    )
  }

  private static func parse(_ text: String, name: String, file: String) throws(CLIFailure) -> Theme
  {
    do {
      return try ThemeParser.parse(text, name: name, file: file)
    } catch {
      throw .badInput(error.description)
    }
  }

  /// The monochrome theme (compiled in, so attributes-only drawing never fails).
  static func mono() -> Theme {
    (try? ThemeParser.parse(BuiltinThemes.text("mono") ?? "", name: "mono", file: "mono"))
      ?? Theme(name: "mono")
  }
}
