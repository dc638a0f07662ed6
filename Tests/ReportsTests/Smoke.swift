import Testing
@Suite struct ReportsSmoke { @Test func nothing() {} }
