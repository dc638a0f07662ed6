/// Everything a key can ask the observatory to do.
public enum Action: Sendable, Equatable {
  /// Run / pause simulated time.
  case runPause
  /// Step one event.
  case step
  /// Step to the next clock tick.
  case nextTick
  /// Step to the next context switch.
  case nextSwitch
  /// Faster.
  case faster
  /// Slower.
  case slower
  /// Cycle `kern.preemption` 0 → 1 → 2.
  case cyclePreemption
  /// Switch the kernel lock model (after confirming).
  case switchLock
  /// Inject an interrupt on the selected device.
  case inject
  /// Lower the selected device's rate.
  case rateDown
  /// Raise the selected device's rate.
  case rateUp
  /// Search the processes.
  case search
  /// Filter the processes.
  case filter
  /// Previous sort column.
  case sortPrevious
  /// Next sort column.
  case sortNext
  /// Invert the sort.
  case invert
  /// Show / hide kernel threads.
  case toggleKernel
  /// Show / hide idle threads.
  case toggleIdle
  /// Detail view of the selected thread, lock or device.
  case detail
  /// Write the snapshots and the input log to files.
  case write
  /// Next theme.
  case nextTheme
  /// Run the invariant checker.
  case checkInvariants
  /// Help.
  case help
  /// Close help, a detail view or a prompt.
  case close
  /// Quit.
  case quit
  /// Focus the next pane.
  case focusNext
  /// Focus the previous pane.
  case focusPrevious
  /// Selection up.
  case up
  /// Selection down.
  case down
  /// A page up.
  case pageUp
  /// A page down.
  case pageDown
  /// First row.
  case home
  /// Last row (and follow, in the log).
  case end
  /// Zoom the focused pane.
  case zoom
  /// Layout preset 1…9.
  case layout(Int)
}
