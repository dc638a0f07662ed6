// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "smpscope",
  targets: [
    // The simulated machine: standard library only (DESIGN.md principle 1). Optimised in debug
    // builds too: the tests run the invariant checker after every event of long runs, and
    // unoptimised code copies whole structs on every array access (35x slower here).
    .target(name: "Kernel", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // Plain-text and JSON renderings of the machine's state (ps, top, vmstat, lockstat).
    .target(name: "Reports", dependencies: ["Kernel"]),
    // The command-line interface.
    .executableTarget(name: "smpscope", dependencies: ["Kernel", "Reports"]),
    .testTarget(name: "KernelTests", dependencies: ["Kernel"]),
    .testTarget(
      name: "ReportsTests", dependencies: ["Kernel", "Reports"], resources: [.copy("Golden")]),
    .testTarget(name: "CLITests", dependencies: ["smpscope"]),
  ],
  swiftLanguageModes: [.v6]
)
