import Foundation
import Testing

/// Compares text with a golden file in `Tests/ViewsTests/Golden/`.
///
/// With `SMPSCOPE_UPDATE_GOLDEN=1` the file in the source tree is (re)written instead and the
/// test passes; commit the result after reading the diff.
enum Golden {
  /// The source directory of the golden files, found from this file's path.
  static func sourceDirectory(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Golden")
  }

  /// Checks `actual` against golden file `name`, recording a readable diff on mismatch.
  static func check(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    if ProcessInfo.processInfo.environment["SMPSCOPE_UPDATE_GOLDEN"] == "1" {
      let url = sourceDirectory().appendingPathComponent(name)
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard
      let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
      let expected = try? String(contentsOf: url, encoding: .utf8)
    else {
      Issue.record(
        "missing golden file Golden/\(name); run with SMPSCOPE_UPDATE_GOLDEN=1 to create it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let message: String =
        "output differs from Golden/\(name) (- expected, + actual):\n" + diff(expected, actual)
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// A line diff: every differing line as `-` expected / `+` actual, with its number; spaces
  /// shown as `·` so trailing padding is visible.
  static func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out = ""
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : nil
      let al = i < a.count ? String(a[i]) : nil
      if el == al { continue }
      if let el { out += "\(i + 1)- " + visible(el) + "\n" }
      if let al { out += "\(i + 1)+ " + visible(al) + "\n" }
    }
    return out
  }

  private static func visible(_ s: String) -> String {
    s.replacingOccurrences(of: " ", with: "·")
  }
}
