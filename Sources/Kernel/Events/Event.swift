/// What an event is: one happening at one instant on one CPU (DESIGN.md "Time and events").
public enum EventKind: UInt8, Sendable, CaseIterable {
  /// A CPU's current phase (thread segment, kernel work, interrupt handler) ends.
  case cpuTimer = 0
  /// The local APIC timer fires on a CPU: hardclock.
  case hardclock = 1
  /// An IPI reaches its target CPU.
  case ipi = 2
  /// A scenario process with a start time is started by init.
  case procStart = 3
  /// An idle CPU in `mwait` sees its monitored line written and wakes without an IPI.
  case mwaitWake = 4
  /// A device raises an interrupt of its own (its arrival process): `arg` = device.
  case deviceArrival = 5
  /// A device finishes a thread's I/O request and raises its interrupt: `arg` = thread.
  case ioComplete = 6
  /// A level-triggered line still asserted at unmask interrupts again: `arg` = source.
  case lineReassert = 7

  /// Short name for the bench's event mix and the log.
  public var name: String {
    switch self {
    case .cpuTimer: return "cpu-timer"
    case .hardclock: return "hardclock"
    case .ipi: return "ipi"
    case .procStart: return "proc-start"
    case .mwaitWake: return "mwait-wake"
    case .deviceArrival: return "device"
    case .ioComplete: return "io-done"
    case .lineReassert: return "reassert"
    }
  }
}

/// One entry of the event queue: 24 bytes, no references.
struct Event {
  /// When it happens.
  var time: SimTime
  /// Tie-breaker: the order in which events were scheduled.
  var seq: UInt64
  /// What happens.
  var kind: EventKind
  /// The CPU it happens on.
  var cpu: Int32
  /// Kind-specific argument: a process-spec index, a device, a thread or a source (see `EventKind`).
  var arg: Int32

  /// Total order `(time, seq)`.
  @inline(__always) func precedes(_ o: Event) -> Bool {
    time < o.time || (time == o.time && seq < o.seq)
  }
}
