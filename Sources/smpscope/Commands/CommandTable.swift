import Kernel

/// Every command smpscope has, with its help: the single source help, usage and dispatch read.
enum CommandTable {
  /// `smpscope scenario list`.
  static let scenarioList = CommandSpec(
    id: .scenarioList, path: "scenario list",
    abstract: "List the built-in scenarios, one per line: name and description.",
    usage: ["scenario list"])

  /// `smpscope scenario show NAME`.
  static let scenarioShow = CommandSpec(
    id: .scenarioShow, path: "scenario show",
    abstract: "Print a scenario as JSON with every default written out (it loads back).",
    usage: ["scenario show <name|file>"],
    arguments: [("<name|file>", "A built-in scenario name, or a scenario file to normalise.")])

  /// `smpscope scenario check FILE…`.
  static let scenarioCheck = CommandSpec(
    id: .scenarioCheck, path: "scenario check",
    abstract: "Validate scenario files as a run does; print 'FILE: ok' or the problem.",
    usage: ["scenario check <file>..."],
    arguments: [("<file>...", "Scenario JSON files (a built-in name works too).")])

  /// `smpscope scenario`.
  static let scenario = CommandSpec(
    id: .scenario, path: "scenario", abstract: "List, show and check scenarios.",
    usage: ["scenario list", "scenario show <name|file>", "scenario check <file>..."],
    subcommands: [scenarioList, scenarioShow, scenarioCheck])

  /// `smpscope ps auxkl`.
  static let ps = CommandSpec(
    id: .ps, path: "ps",
    abstract: "Print the run's processes as OpenBSD 'ps auxkl' does, at --at.",
    usage: ["ps auxkl [--json] [run options]"],
    arguments: [("auxkl", "The ps keywords (required; '-auxkl' works too).")],
    options: [.flag("--json", help: "Print the same rows as JSON.")],
    takesRunOptions: true, dashedWords: ["-auxkl"])

  /// `smpscope top -b`.
  static let top = CommandSpec(
    id: .top, path: "top",
    abstract: "Print one batch-mode 'top' screen (CPU lines and threads), at --at.",
    usage: ["top -b [--json] [run options]"],
    options: [
      .flag("-b", "--batch", help: "Batch mode: print one screen and exit (required)."),
      .flag("--json", help: "Print the same data as JSON."),
    ],
    takesRunOptions: true)

  /// `smpscope vmstat -i`.
  static let vmstat = CommandSpec(
    id: .vmstat, path: "vmstat",
    abstract: "Print the event counters as OpenBSD 'vmstat -i' does, at --at.",
    usage: ["vmstat -i [-z] [--json] [run options]"],
    options: [
      .flag("-i", help: "Interrupt statistics (required: the only report smpscope prints)."),
      .flag("-z", help: "Also list counters that are still zero."),
      .flag("--json", help: "Print the same lines as JSON."),
    ],
    takesRunOptions: true,
    discussion: """
      One line per event counter in attach order (clock, ipi, softintrs, devices): name
      'irq<vector>/<name>' cut to 16, total, and total / uptime in whole seconds (at least 1);
      then 'Total', the sum of every counter, hidden ones included. '-iz' works too.
      """,
    dashedWords: ["-iz", "-zi"])

  /// `smpscope intr`.
  static let intr = CommandSpec(
    id: .intr, path: "intr",
    abstract: "Print interrupt sources and ithreads, pending queues and preemptions, at --at.",
    usage: ["intr [--json] [run options]"],
    options: [.flag("--json", help: "Print the same data as JSON.")],
    takesRunOptions: true,
    discussion: """
      Sources in registration order (slot '-' for soft interrupts), then each CPU's pending
      queue in the order intr_unpend will drain it, the per-CPU preemption counters and the IPIs
      sent by cause. The format is in the README ("Snapshot formats").
      """)

  /// `smpscope latency`.
  static let latency = CommandSpec(
    id: .latency, path: "latency",
    abstract: "Print interrupt dispatch/completion and wakeup latency histograms, at --at.",
    usage: ["latency [--json] [run options]"],
    options: [.flag("--json", help: "Print the same histograms as JSON.")],
    takesRunOptions: true,
    discussion: """
      Per source: interrupt raised -> its ithread starts the handler pass, and -> the handler
      returns; then made runnable -> on CPU for all threads and for user threads. Each as
      DTrace's quantize draws it: bucket lower bound, a bar of '@' out of 40, the count.
      """)

  /// `smpscope hash`.
  static let hash = CommandSpec(
    id: .hash, path: "hash",
    abstract: "Print the run's determinism hash (16 hex digits), its events and time.",
    usage: ["hash [run options]"], takesRunOptions: true,
    discussion: """
      Two machines that print the same hash for the same scenario, seed, input log and --at ran
      the same events in the same order. Output: '<hash> events=<N> t=<time>'.
      """)

  /// `smpscope bench`.
  static let bench = CommandSpec(
    id: .bench, path: "bench",
    abstract: "Measure the engine on the build workload scaled up (use a release build).",
    usage: [
      "bench [--cpus N] [--jobs N] [--at TIME] [--seed N]", "bench --ui [--cpus N] [--jobs N]",
    ],
    options: [
      .flag("--ui", help: "Time observatory frames drawn headless at 200x60 instead (p50/p99)."),
      .value("--cpus", "N", "CPUs (default 64)."),
      .value("--jobs", "N", "cc jobs, all forked at once (default 10000)."),
      .value("--at", "TIME", "Simulated time to run (default 10s)."),
      .value("--seed", "N", "Seed (default 1)."),
    ],
    discussion: """
      Runs the machine with invariant checks off and prints simulated seconds per wall second,
      events per second, ns per event, the bare event queue's ns per pop+push at the same depth
      and the ratio, peak RSS and the mix of event kinds.
      """)

  /// `smpscope run`: the observatory.
  static let run = CommandSpec(
    id: .run, path: "run",
    abstract: "Open the interactive observatory (the default without a subcommand).",
    usage: [
      "run [--theme NAME|FILE] [--speed X] [--paused] [--record FILE] [--no-color] [run options]"
    ],
    options: [
      .value("--theme", "NAME|FILE", "Theme name in Themes/ or a .theme file (default: default)."),
      .value("--speed", "X", "Simulated seconds per wall second, 0.000001…100 (default 0.01)."),
      .flag("--paused", help: "Start paused."),
      .value("--record", "FILE", "Write the input log to FILE on quit (--input replays it)."),
      .flag("--no-color", help: "Attributes only, no colours (NO_COLOR does the same)."),
    ],
    takesRunOptions: true,
    discussion: """
      Without --at the run starts at t=0 and runs; --at T starts paused at T. Keys: F1 or h.
      Standard output must be a terminal; otherwise use the snapshot commands or 'pane'.
      """)

  /// `smpscope pane NAME`.
  static let pane = CommandSpec(
    id: .pane, path: "pane",
    abstract: "Print one pane of the observatory as text at --at (the code that draws it live).",
    usage: ["pane <name> [--width W] [--height H] [run options]"],
    arguments: [
      (
        "<name>",
        "cpus, runqueues, ithreads, counters, locks, pending, processes, log, header, keybar, help or screen."
      )
    ],
    options: [
      .value("--width", "W", "Columns (default 120)."),
      .value("--height", "H", "Rows (default: the whole pane; 40 for screen and help)."),
    ],
    takesRunOptions: true,
    discussion: """
      Meters and live rates cover the simulated second before --at, as on screen.
      """)

  /// `smpscope log`.
  static let log = CommandSpec(
    id: .log, path: "log",
    abstract: "Print the narrated event log between --from and --to, as the log pane shows it.",
    usage: ["log [--from TIME] [--to TIME] [--json] [run options]"],
    options: [
      .value("--from", "TIME", "First instant (default 0)."),
      .value("--to", "TIME", "Last instant; the run stops there (default --at)."),
      .flag("--json", help: "Print the same lines as JSON."),
    ],
    takesRunOptions: true,
    discussion: """
      One line per trace record: time, CPU, the kernel function it models and what happened.
      Only the last 16384 records are kept in the machine's ring, so a long run's early
      records are gone; the output says so when the window starts before the earliest kept.
      """)

  /// `smpscope` itself.
  static let root = CommandSpec(
    id: .root, path: "",
    abstract: "A terminal observatory of the Bitrig smpns SMP kernel, simulated deterministically.",
    usage: ["<subcommand> [options]", "--help | --version"],
    options: [.flag("--version", help: "Print the version.")],
    subcommands: [scenario, ps, top, vmstat, intr, latency, hash, bench, run, pane, log]
      + LockCommands.specs,
    discussion: """
      Without a subcommand smpscope opens the interactive observatory ('smpscope run').
      Exit codes: 0 ok, 1 internal failure, 2 usage or bad input, 3 simulated kernel failure.
      """)

  /// The command a top-level word names, and how many words it took.
  static func lookup(_ words: [String]) -> (CommandSpec, Int)? {
    guard let first = words.first,
      let command = root.subcommands.first(where: { $0.path == first })
    else { return nil }
    if !command.subcommands.isEmpty, words.count > 1,
      let sub = command.subcommands.first(where: { $0.path == "\(first) \(words[1])" })
    {
      return (sub, 2)
    }
    return (command, 1)
  }
}
