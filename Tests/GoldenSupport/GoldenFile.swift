import Foundation
import Testing

/// Golden-file comparison shared by the test suites: the text a test produced against a file
/// in its `Golden/` directory.
///
/// With `SMPSCOPE_UPDATE_GOLDEN=1` the file in the source tree is (re)written instead and the
/// test passes; commit the result after reading the diff.
public struct GoldenFile: Sendable {
  /// The test target's bundle, holding the checked-in copies (`resources: [.copy("Golden")]`).
  public var bundle: Bundle
  /// The `Golden/` directory in the source tree, for updates.
  public var sourceDirectory: URL

  /// Goldens of the target whose `Golden/` directory sits next to the `Support/` directory of
  /// `filePath`.
  public init(bundle: Bundle, filePath: String) {
    self.bundle = bundle
    sourceDirectory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Golden")
  }

  /// Checks `actual` against golden file `name`, recording a readable diff on mismatch.
  public func check(_ actual: String, _ name: String, sourceLocation: SourceLocation) {
    if ProcessInfo.processInfo.environment["SMPSCOPE_UPDATE_GOLDEN"] == "1" {
      let url = sourceDirectory.appendingPathComponent(name)
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard
      let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
      let expected = try? String(contentsOf: url, encoding: .utf8)
    else {
      Issue.record(
        "missing golden file Golden/\(name); run with SMPSCOPE_UPDATE_GOLDEN=1 to create it",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let message: String =
        "output differs from Golden/\(name) (- expected, + actual):\n"
        + GoldenFile.diff(expected, actual)
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// A line diff: every differing line as `-` expected / `+` actual, with its number; spaces
  /// shown as `·` so trailing padding is visible.
  public static func diff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out = ""
    for i in 0..<max(e.count, a.count) {
      let el = i < e.count ? String(e[i]) : nil
      let al = i < a.count ? String(a[i]) : nil
      if el == al { continue }
      if let el { out += "\(i + 1)- " + el.replacingOccurrences(of: " ", with: "·") + "\n" }
      if let al { out += "\(i + 1)+ " + al.replacingOccurrences(of: " ", with: "·") + "\n" }
    }
    return out
  }
}
