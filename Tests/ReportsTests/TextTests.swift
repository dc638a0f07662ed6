import Testing

@testable import Reports

/// Decimal formatting, the UTC calendar and the JSON writer.
@Suite struct TextTests {
  @Test func fixedMatchesPrintf() {
    #expect(Fixed.format(0, 1) == "0.0")
    #expect(Fixed.format(0.05, 1) == "0.1")  // 0.05 is slightly above the tie in binary
    #expect(Fixed.format(0.25, 1) == "0.2")  // exact tie: to even
    #expect(Fixed.format(0.35, 1) == "0.3")  // 0.35 is slightly below the tie in binary
    #expect(Fixed.format(0.75, 1) == "0.8")
    #expect(Fixed.format(2.675, 2) == "2.67")
    #expect(Fixed.format(99.95, 1) == "100.0")
    #expect(Fixed.format(1065.0 / 2048.0, 2) == "0.52")
    #expect(Fixed.format(123_456.5, 0) == "123456")
    #expect(Fixed.format(-1.25, 1) == "-1.2")
    #expect(Fixed.format(1e-300, 2) == "0.00")
    #expect(Fixed.format(Double.leastNonzeroMagnitude, 1) == "0.0")
    #expect(Fixed.format(0x1p51, 1) == "2251799813685248.0")
  }

  @Test func civilTime() {
    let t = CivilTime(epoch: 1_418_176_860)
    #expect(t == CivilTime(epoch: 1_418_176_860))
    #expect((t.year, t.month, t.day, t.hour, t.minute, t.second) == (2014, 12, 10, 2, 1, 0))
    #expect(t.weekdayName == "Wed")
    #expect(t.monthName == "Dec")
    #expect(t.clock == "02:01:00")
    let epoch = CivilTime(epoch: 0)
    #expect((epoch.year, epoch.month, epoch.day, epoch.weekdayName) == (1970, 1, 1, "Thu"))
    let leap = CivilTime(epoch: 951_782_400)  // 2000-02-29
    #expect((leap.year, leap.month, leap.day, leap.weekdayName) == (2000, 2, 29, "Tue"))
    let before = CivilTime(epoch: -1)
    #expect((before.year, before.month, before.day, before.hour) == (1969, 12, 31, 23))
    #expect(before.weekdayName == "Wed")
  }

  @Test func jsonWriterKeepsInsertionOrderAndEscapes() {
    let doc = JSONValue.object([
      JSONMember("zeta", .int(1)),
      JSONMember("alpha", .string("a\"b\\c\nd\u{1}")),
      JSONMember("list", .array([.number("0.5"), .bool(true), .null])),
      JSONMember("empty", .object([])),
      JSONMember("none", .array([])),
    ])
    let expected = """
      {
        "zeta": 1,
        "alpha": "a\\"b\\\\c\\nd\\u0001",
        "list": [
          0.5,
          true,
          null
        ],
        "empty": {},
        "none": []
      }

      """
    #expect(JSONWriter.document(doc) == expected)
  }

  @Test func columnHeaderWidthWins() {
    #expect(Column("STARTED", width: 5, .left).width == 7)
    #expect(Column("PID", width: 5, .right).cell("12345678") == "12345678")
    #expect(Column("WAIT", width: 7, .left, clip: true).cell("kernellock") == "kernell")
  }
}
