import Kernel

/// Cumulative counters at one simulated instant: CPU time per state and interrupt counts.
public struct Sample: Sendable {
  /// When.
  public var time: SimTime
  /// Per CPU, nanoseconds per `CPUState` since boot.
  public var cpuTime: [[SimTime]]
  /// Event counters in attach order.
  public var evcounts: [UInt64]
  /// Per source, the sum of its handlers' counts.
  public var sourceCounts: [UInt64]

  /// Takes the sample of `snapshot` and `interrupts`.
  public init(_ snapshot: Snapshot, _ interrupts: InterruptsSnapshot) {
    time = snapshot.time
    cpuTime = snapshot.cpus.map(\.time)
    evcounts = interrupts.evcounts.map(\.count)
    sourceCounts = interrupts.sources.map(\.count)
  }
}

/// A ring of samples over the last simulated second or more, for meters and live rates.
public struct SampleRing: Sendable {
  /// Samples oldest first.
  public private(set) var samples: [Sample] = []
  /// How far apart samples are kept: 1/32 of a second.
  static let spacing: SimTime = Nanos.s / 32
  /// The window meters and rates look back over.
  public static let window: SimTime = Nanos.s

  /// An empty ring.
  public init() {}

  /// Adds `s` if it is far enough from the last one; drops samples older than the window needs.
  public mutating func add(_ s: Sample) {
    if let last = samples.last {
      if s.time < last.time {
        samples.removeAll()
      } else if s.time - last.time < SampleRing.spacing {
        return
      }
    }
    samples.append(s)
    while samples.count > 2, samples[1].time <= s.time - SampleRing.window { samples.removeFirst() }
  }

  /// The sample to diff against at `now`: the oldest kept one at most a window back.
  public func baseline(at now: SimTime) -> Sample? {
    samples.first { $0.time >= now - SampleRing.window && $0.time < now }
      ?? samples.last { $0.time < now }
  }

  /// Forgets everything (a restart).
  public mutating func reset() { samples.removeAll() }
}
