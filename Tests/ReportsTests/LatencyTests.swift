import Testing

@testable import Kernel
@testable import Reports

/// `smpscope latency`: quantize-style histograms.
@Suite struct LatencyTests {
  @Test func golden() {
    let s = SampleInterrupts.snapshot()
    Golden.check(LatencyReport.render(s), "latency-sample.txt")
    Golden.check(LatencyReport.json(s), "latency-sample.json")
  }

  @Test(
    arguments: [
      (0, "0ns"), (7, "7ns"), (999, "999ns"), (1_000, "1us"), (1_088, "1.088us"),
      (10_240, "10.24us"), (102_400, "102.4us"), (1_024_000, "1.024ms"), (1_200_000, "1.2ms"),
      (1_000_000_000, "1s"), (12_345_678_901, "12.34s"), (-5, "0ns"),
    ] as [(Int64, String)])
  func unitText(nanos: Int64, text: String) {
    #expect(LatencyUnits.text(nanos) == text)
  }

  @Test func adjacentBucketsHaveDistinctLabels() {
    var labels: [String] = []
    for b in 0..<(16 + 40 * 16) { labels.append(LatencyUnits.text(Histogram.lowerBound(b))) }
    #expect(Set(labels).count == labels.count)
  }

  @Test func headerAlignsWithTheBars() {
    #expect(
      Quantize.header
        == "           value  ------------- Distribution ------------- count\n")
    let h = SampleInterrupts.histogram([5])
    let lines = Quantize.render(h).split(separator: "\n").map(String.init)
    // The bar starts where the dashes start.
    let dashes = lines[0].firstIndex(of: "-").map {
      lines[0].distance(from: lines[0].startIndex, to: $0)
    }
    let bar = lines[2].firstIndex(of: "@").map {
      lines[2].distance(from: lines[2].startIndex, to: $0)
    }
    #expect(dashes == 18 && bar == 18)
    #expect(lines[2] == "             5ns |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1")
  }

  @Test func rowsFrameTheDistributionAndMarkGaps() {
    // Buckets 3 and 4, then a gap to bucket 9.
    let h = SampleInterrupts.histogram([3, 4, 4, 9])
    let rows = Quantize.rows(h)
    #expect(rows.map(\.bucket) == [2, 3, 4, 5, 9, 10])
    #expect(rows.map(\.count) == [0, 1, 2, 0, 1, 0])
    // A sample in bucket 0 has no row below it.
    #expect(Quantize.rows(SampleInterrupts.histogram([0])).map(\.bucket) == [0, 1])
    #expect(Quantize.rows(Histogram()).isEmpty)
  }

  @Test func barsScaleToForty() {
    #expect(Quantize.barLength(1, of: 1) == 40)
    #expect(Quantize.barLength(60, of: 100) == 24)
    #expect(Quantize.barLength(1, of: 80) == 1)  // 0.5 rounds up
    #expect(Quantize.barLength(1, of: 81) == 0)
    #expect(Quantize.barLength(UInt64.max, of: UInt64.max) == 40)
    #expect(Quantize.barLength(0, of: 0) == 0)
  }

  @Test func summaryUsesQuantilesMaxAndMean() {
    let h = SampleInterrupts.em0Dispatch
    #expect(h.count == 100)
    #expect(
      Quantize.summary(h)
        == "count 100, p50 \(LatencyUnits.text(h.quantile(0.5))), p99 \(LatencyUnits.text(h.quantile(0.99))), max 1.2ms, mean \(LatencyUnits.text(h.mean))"
    )
    #expect(h.quantile(0.5) == Histogram.lowerBound(Histogram.bucket(2_100)))
  }

  @Test func emptyHistogramsSayNoSamples() {
    let text = LatencyReport.render(SampleInterrupts.snapshot())
    #expect(
      text.contains(
        "(ehci0,mpi0) dispatch latency: interrupt raised -> handler pass starts\n  (no samples)\n"))
    #expect(
      text.hasSuffix("wakeup latency, user threads: made runnable -> on CPU\n  (no samples)\n"))
    #expect(
      text.hasPrefix(
        "all device interrupts, dispatch latency: interrupt raised -> handler pass starts\n"
          + "  count 4, "))
    #expect(
      text.contains(
        "\n(em0) dispatch latency: interrupt raised -> handler pass starts\n  count 100, "))
  }

  @Test func noSourcesStillShowsTheWakeupHistograms() {
    var s = SampleInterrupts.snapshot()
    s.sources = []
    s.wakeupLatency = Histogram()
    s.interruptLatency = Histogram()
    #expect(
      LatencyReport.render(s)
        == "all device interrupts, dispatch latency: interrupt raised -> handler pass starts\n"
        + "  (no samples)\n\n"
        + "wakeup latency, all threads: made runnable -> on CPU\n  (no samples)\n\n"
        + "wakeup latency, user threads: made runnable -> on CPU\n  (no samples)\n")
  }
}
