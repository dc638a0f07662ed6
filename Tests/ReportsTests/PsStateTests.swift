import Testing

@testable import Kernel
@testable import Reports

/// STAT letters, print.c `state()` (SPEC.md §8.3, D19).
@Suite struct PsStateTests {
  func stat(_ p: ProcSnapshot) -> String { PsState.letters(p) }

  @Test func firstLetterFromPStat() {
    #expect(stat(Fixture.proc(stat: .SSTOP)) == "T")
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [.P_SINTR])) == "S")
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [])) == "D")
    #expect(stat(Fixture.proc(stat: .SRUN)) == "R")
    #expect(stat(Fixture.proc(stat: .SIDL)) == "R")
    #expect(stat(Fixture.proc(stat: .SONPROC)) == "R")
    #expect(stat(Fixture.proc(stat: .SDEAD)) == "Z")
    #expect(stat(Fixture.proc(stat: .SZOMB)) == "?")
  }

  @Test func idleAfterTwentySecondsOfInterruptibleSleep() {
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [.P_SINTR], slptime: 19)) == "S")
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [.P_SINTR], slptime: 20)) == "I")
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [.P_SINTR], slptime: 300)) == "I")
    // An uninterruptible sleep stays D however long it lasts.
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [], slptime: 300)) == "D")
  }

  @Test func cpuSuffixOnlyForR() {
    #expect(stat(Fixture.proc(stat: .SONPROC, cpu: 1)) == "R/1")
    #expect(stat(Fixture.proc(stat: .SRUN, cpu: 3)) == "R/3")
    #expect(stat(Fixture.proc(stat: .SRUN, flags: [.P_SYSTEM], cpu: 0)) == "RK/0")
    #expect(stat(Fixture.proc(stat: .SRUN, cpu: nil)) == "R")
    #expect(stat(Fixture.proc(stat: .SSLEEP, flags: [.P_SYSTEM], cpu: 0)) == "DK")
    #expect(stat(Fixture.proc(stat: .SSTOP, cpu: 1)) == "T")
  }

  @Test func niceLetters() {
    #expect(stat(Fixture.proc(flags: [.P_SINTR], nice: 0)) == "S<")
    #expect(stat(Fixture.proc(flags: [.P_SINTR], nice: 19)) == "S<")
    #expect(stat(Fixture.proc(flags: [.P_SINTR], nice: 20)) == "S")
    #expect(stat(Fixture.proc(flags: [.P_SINTR], nice: 24)) == "SN")
  }

  @Test func sessionLeaderAndForeground() {
    #expect(stat(Fixture.proc(flags: [.P_SINTR], tty: "p0", sessionLeader: true)) == "Ss")
    #expect(stat(Fixture.proc(flags: [.P_SINTR], tty: "p0", foreground: true)) == "S+")
    #expect(
      stat(Fixture.proc(flags: [.P_SINTR], tty: "p0", sessionLeader: true, foreground: true))
        == "Ss+")
    // No controlling terminal, no foreground process group.
    #expect(stat(Fixture.proc(flags: [.P_SINTR], tty: nil, foreground: true)) == "S")
  }

  @Test func exitingBeforeZombie() {
    #expect(stat(Fixture.proc(stat: .SONPROC, flags: [.P_WEXIT], cpu: 0)) == "RE/0")
    #expect(stat(Fixture.proc(stat: .SDEAD, flags: [.P_WEXIT])) == "Z")
  }

  @Test func letterOrderIsPrintCOrder() {
    let p = Fixture.proc(
      stat: .SRUN, flags: [.P_SYSTEM, .P_WEXIT], nice: 30, cpu: 2, tty: "C0", sessionLeader: true,
      foreground: true)
    #expect(stat(p) == "RNEKs+/2")
  }
}
