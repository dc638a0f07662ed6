/// Dispatch from a pane kind to the pane that draws it.
public enum Panes {
  /// The body of `kind` for a pane `width` wide; `need` rows of it will be shown.
  public static func body(_ kind: PaneKind, _ m: FrameModel, _ s: ViewState, width: Int, need: Int)
    -> PaneBody
  {
    switch kind {
    case .cpus: return CPUsPane.body(m, s, width: width)
    case .runQueues: return RunQueuesPane.body(m, s, width: width)
    case .ithreads: return IthreadsPane.body(m, s, width: width)
    case .counters: return CountersPane.body(m, s, width: width)
    case .locks: return LocksPane.body(m, s, width: width)
    case .pending: return PendingPane.body(m, s, width: width)
    case .processes: return ProcessesPane.body(m, s, width: width, need: need)
    case .log: return LogPane.body(m, s, width: width)
    }
  }
}
