/// The observatory's panes (each can be focused, scrolled, zoomed and printed headless).
public enum PaneKind: Int, Sendable, CaseIterable {
  /// Per-CPU current thread, state, marks and meters.
  case cpus
  /// Per-CPU run queues and `whichqs`.
  case runQueues
  /// Interrupt threads and their sources.
  case ithreads
  /// `vmstat -i` rows with live rates.
  case counters
  /// Kernel lock and named bmtx locks.
  case locks
  /// Per-CPU pending interrupts.
  case pending
  /// `ps auxkl`.
  case processes
  /// The narrated event log.
  case log

  /// The title bar text.
  public var title: String {
    switch self {
    case .cpus: return "CPUs"
    case .runQueues: return "Run queues"
    case .ithreads: return "Ithreads"
    case .counters: return "Event counters"
    case .locks: return "Locks"
    case .pending: return "Pending interrupts"
    case .processes: return "Processes"
    case .log: return "Event log"
    }
  }

  /// The name `smpscope pane NAME` takes.
  public var commandName: String {
    switch self {
    case .cpus: return "cpus"
    case .runQueues: return "runqueues"
    case .ithreads: return "ithreads"
    case .counters: return "counters"
    case .locks: return "locks"
    case .pending: return "pending"
    case .processes: return "processes"
    case .log: return "log"
    }
  }

  /// The pane `smpscope pane` names, if any.
  public init?(commandName: String) {
    guard let k = PaneKind.allCases.first(where: { $0.commandName == commandName }) else {
      return nil
    }
    self = k
  }
}
