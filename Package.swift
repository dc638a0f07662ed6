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
    // ncurses, wide-character build: the only place curses.h is seen (module map + shim.h).
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    // Panes, layout, themes and the key table, drawn into an in-memory cell grid (no ncurses).
    .target(name: "Views", dependencies: ["Kernel", "Reports"]),
    // The ncurses driver: cell grid to screen, keys, resize and mouse to input events.
    .target(name: "Terminal", dependencies: ["CNcursesw", "Views"]),
    // The command-line interface and the observatory's loop.
    .executableTarget(name: "smpscope", dependencies: ["Kernel", "Reports", "Views", "Terminal"]),
    // Golden-file comparison shared by the test targets (not shipped: only tests depend on it).
    .target(name: "GoldenSupport", path: "Tests/GoldenSupport"),
    .testTarget(name: "KernelTests", dependencies: ["Kernel"]),
    .testTarget(
      name: "ReportsTests", dependencies: ["Kernel", "Reports", "GoldenSupport"],
      resources: [.copy("Golden")]),
    .testTarget(name: "CLITests", dependencies: ["smpscope"]),
    .testTarget(
      name: "ViewsTests", dependencies: ["Kernel", "Reports", "Views", "GoldenSupport"],
      resources: [.copy("Golden")]),
  ],
  swiftLanguageModes: [.v6]
)
