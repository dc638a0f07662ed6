import Testing

@testable import Kernel

@Suite struct SmokeTests {
  @Test func bootsMinimal() throws {
    let s = try #require(Scenario.builtin(named: "minimal"))
    _ = try Machine(scenario: s, seed: 1)
  }
}
