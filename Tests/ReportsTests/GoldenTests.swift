import GoldenSupport
import Testing

@testable import Kernel
@testable import Reports

/// The sample machine's listings, locked by golden files.
@Suite struct GoldenTests {
  @Test func psAuxkl() {
    Golden.check(PsReport.render(SampleMachine.snapshot()), "ps-auxkl-sample.txt")
  }

  @Test func psJSON() {
    Golden.check(PsReport.json(SampleMachine.snapshot()), "ps-auxkl-sample.json")
  }

  @Test func topBatch() {
    Golden.check(TopReport.render(SampleMachine.snapshot()), "top-b-sample.txt")
  }

  @Test func topJSON() {
    Golden.check(TopReport.json(SampleMachine.snapshot()), "top-b-sample.json")
  }

  @Test func kernelThreadsAppearInParentheses() {
    let text = PsReport.render(SampleMachine.snapshot())
    for name in ["(swapper)", "(idle0)", "(idle1)", "(softclock)", "(ehci0,mpi0)"] {
      #expect(text.contains(name + " "), "missing \(name)")
    }
    #expect(text.contains("(ithread soft 10 "))
    #expect(!text.contains("(ithread soft 100)"))
  }

  @Test func diffShowsChangedLines() {
    let d = GoldenFile.diff("a\nb c\n", "a\nb  c\n")
    #expect(d == "2- b·c\n2+ b··c\n")
  }
}
