import Kernel
import Reports

/// Everything a frame draws, collected from the machine once per frame (data apart from drawing).
public struct FrameModel: Sendable {
  /// Processes, CPUs and run queues.
  public var snapshot: Snapshot
  /// Sources, evcounts and pending queues.
  public var interrupts: InterruptsSnapshot
  /// Every lock.
  public var locks: [LockSnapshot]
  /// The sample a second back, for meters and live rates (nil: fractions since boot).
  public var baseline: Sample?
  /// The retained trace records, oldest first.
  public var records: [TraceRecord]
  /// Trace records written since boot (including overwritten ones).
  public var recordsWritten: UInt64
  /// Device names of the scenario, in declaration order.
  public var devices: [String]
  /// Violations the per-event checker recorded.
  public var violations: [Violation]
  /// Proc-table index → position in `snapshot.procs`.
  public var procIndex: [Int]

  /// Collects the model of `machine`, with meters against `samples`.
  public init(_ machine: Machine, samples: SampleRing) {
    snapshot = machine.snapshot()
    interrupts = machine.interruptsSnapshot()
    locks = machine.lockSnapshots()
    baseline = samples.baseline(at: machine.now)
    records = machine.trace.records
    recordsWritten = machine.trace.written
    devices = machine.scenario.devices.map(\.name)
    violations = machine.violations
    // Index loops, not `for p in procs`: reading fields in place copies no thread.
    let procs = snapshot.procs
    var n = 0
    for i in procs.indices where Int(procs[i].id.index) >= n { n = Int(procs[i].id.index) + 1 }
    var index = [Int](repeating: -1, count: n)
    for i in procs.indices where procs[i].id.index >= 0 { index[Int(procs[i].id.index)] = i }
    procIndex = index
  }

  /// The thread at proc-table index `id`, if it exists.
  public func proc(_ id: ProcID) -> ProcSnapshot? {
    let i = Int(id.index)
    guard i >= 0, i < procIndex.count, procIndex[i] >= 0 else { return nil }
    return snapshot.procs[procIndex[i]]
  }

  /// `cc[1234]` / `(em0)` for a thread, `-` for none.
  public func name(_ id: ProcID?) -> String {
    guard let id, let p = proc(id) else { return "-" }
    return p.argv == nil ? "(\(p.comm))" : "\(p.comm)[\(p.pid)]"
  }

  /// The narration context of this frame.
  public var narration: NarrationContext {
    NarrationContext(snapshot: snapshot, interrupts: interrupts, locks: locks.map(\.name))
  }

  /// Seconds covered by the live rates.
  public var rateWindow: SimTime {
    guard let b = baseline else { return snapshot.time }
    return snapshot.time - b.time
  }

  /// Live per-second rate of a counter, from its value now and at the baseline.
  public func rate(now: UInt64, then: UInt64?) -> UInt64 {
    let window = rateWindow
    guard window > 0 else { return 0 }
    let delta = now &- (then ?? 0)
    return UInt64(Double(delta) * Double(Nanos.s) / Double(window))
  }
}
