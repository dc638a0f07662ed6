import Testing
@Suite struct CLISmoke { @Test func nothing() {} }
