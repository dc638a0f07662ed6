import Foundation

/// Runs the built `smpscope` executable as a subprocess and captures what it did.
struct SmpscopeBinary {
  /// What a run produced.
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
    /// stderr split into lines (without the final empty one).
    var stderrLines: [String] {
      stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
  }

  /// The executable: `SMPSCOPE_BINARY`, else beside the test bundle, else the package's
  /// `.build/debug`, found from this file's path.
  static let url: URL = {
    var candidates: [URL] = []
    if let explicit = ProcessInfo.processInfo.environment["SMPSCOPE_BINARY"] {
      candidates.append(URL(fileURLWithPath: explicit))
    }
    let bundle = Bundle.main.bundleURL
    candidates.append(bundle.appendingPathComponent("smpscope"))
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("smpscope"))
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    candidates.append(executable.appendingPathComponent("smpscope"))
    for testBundle in Bundle.allBundles where testBundle.bundleURL.pathExtension == "xctest" {
      candidates.append(
        testBundle.bundleURL.deletingLastPathComponent().appendingPathComponent("smpscope"))
    }
    let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(package.appendingPathComponent(".build/debug/smpscope"))
    let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    return found ?? candidates[candidates.count - 1]
  }()

  /// Runs `smpscope arguments…` in `directory`.
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> Outcome {
    try exec(url, arguments, in: directory)
  }

  /// Runs `/bin/sh -c script` with `$SMPSCOPE` set to the binary.
  static func shell(_ script: String, in directory: URL? = nil) throws -> Outcome {
    var environment = ProcessInfo.processInfo.environment
    environment["SMPSCOPE"] = url.path
    return try exec(
      URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: directory, environment: environment)
  }

  private static func exec(
    _ executable: URL, _ arguments: [String], in directory: URL?,
    environment: [String: String]? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    // Files, not pipes: nothing can fill up and block the child while we wait for it.
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Outcome(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: try String(contentsOf: errURL, encoding: .utf8))
  }
}

/// A fresh temporary directory with the given files.
func temporaryDirectory(files: [(String, String)] = []) throws -> URL {
  let dir = FileManager.default.temporaryDirectory
    .appendingPathComponent("smpscope-cli-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  for (name, text) in files {
    try Data(text.utf8).write(to: dir.appendingPathComponent(name))
  }
  return dir
}
