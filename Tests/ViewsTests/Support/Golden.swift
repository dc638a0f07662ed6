import Foundation
import GoldenSupport
import Testing

/// Compares text with a golden file in `Tests/ViewsTests/Golden/` (see `GoldenFile`).
enum Golden {
  static let files = GoldenFile(bundle: .module, filePath: #filePath)

  /// Checks `actual` against golden file `name`, recording a readable diff on mismatch.
  static func check(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    files.check(actual, name, sourceLocation: sourceLocation)
  }
}
