import Testing

@Suite struct HelpAndUsageTests {
  @Test func versionPrintsTheVersion() throws {
    let r = try SmpscopeBinary.run(["--version"])
    #expect(r.status == 0)
    #expect(r.stdout == "smpscope 0.1.0\n")
    #expect(r.stderr.isEmpty)
  }

  @Test func helpListsEverySubcommand() throws {
    let r = try SmpscopeBinary.run(["--help"])
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(r.stdout.hasPrefix("OVERVIEW: "))
    for command in [
      "scenario list", "scenario show", "scenario check", "ps auxkl", "top -b", "vmstat -i",
      "intr", "latency", "hash",
    ] {
      #expect(r.stdout.contains("\n  \(command) "), "\(command)")
    }
  }

  @Test(arguments: [
    ["ps", "--help"], ["top", "-h"], ["hash", "--help"], ["scenario", "show", "--help"],
    ["scenario", "check", "--help"], ["scenario", "list", "--help"], ["help", "ps"],
  ])
  func everySubcommandHasHelp(arguments: [String]) throws {
    let r = try SmpscopeBinary.run(arguments)
    #expect(r.status == 0 && r.stderr.isEmpty)
    #expect(r.stdout.contains("USAGE: smpscope "))
  }

  @Test func snapshotHelpShowsTheRunOptions() throws {
    let r = try SmpscopeBinary.run(["ps", "--help"])
    for option in [
      "--scenario", "--seed", "--cpus", "--at", "--input", "--preemption", "--lock",
      "--pending", "--idle", "--check-invariants", "--json",
    ] {
      #expect(r.stdout.contains("  \(option)"), "\(option)")
    }
  }

  @Test func unknownSubcommandPrintsUsage() throws {
    let r = try SmpscopeBinary.run(["frobnicate"])
    #expect(r.status == 2 && r.stdout.isEmpty)
    #expect(r.stderrLines.first == "smpscope: unknown subcommand 'frobnicate'")
    #expect(r.stderr.contains("USAGE: smpscope <subcommand>"))
  }

  @Test func unknownOptionPrintsTheCommandsUsage() throws {
    let r = try SmpscopeBinary.run(["ps", "auxkl", "--frob"])
    #expect(r.status == 2 && r.stdout.isEmpty)
    #expect(r.stderrLines.first == "smpscope: ps: unknown option '--frob'")
    #expect(r.stderr.contains("USAGE: smpscope ps auxkl"))
    let top = try SmpscopeBinary.run(["--frob"])
    #expect(top.status == 2 && top.stderrLines.first == "smpscope: unknown option '--frob'")
  }

  @Test func psNeedsAuxkl() throws {
    let missing = try SmpscopeBinary.run(["ps", "--scenario", "minimal"])
    #expect(missing.status == 2 && missing.stderr.contains("missing 'auxkl'"))
    let other = try SmpscopeBinary.run(["ps", "aux", "--scenario", "minimal"])
    #expect(other.status == 2)
    #expect(
      other.stderrLines.first
        == "smpscope: ps: unsupported argument 'aux' (only 'auxkl' is supported)")
  }

  @Test func topNeedsBatchMode() throws {
    let r = try SmpscopeBinary.run(["top", "--scenario", "minimal"])
    #expect(
      r.status == 2
        && r.stderrLines.first == "smpscope: top: only batch mode is supported; use 'top -b'")
  }

  @Test func noArgumentsPointsToTheSnapshotCommands() throws {
    let r = try SmpscopeBinary.run([])
    #expect(r.status == 2 && r.stdout.isEmpty)
    #expect(r.stderrLines.count == 1)
    #expect(
      r.stderrLines.first?.hasPrefix("smpscope: stdout is not a terminal; try 'smpscope ps auxkl'")
        == true)
  }
}
