import Kernel

/// What the user has chosen to see: focus, layout, scrolling, sorting, filters and overlays.
public struct ViewState: Sendable, Equatable {
  /// Screen width.
  public var width = 120
  /// Screen height.
  public var height = 40
  /// The focused pane.
  public var focus: PaneKind = .cpus
  /// Layout preset 1…9.
  public var preset = 1
  /// The focused pane fills the screen.
  public var zoomed = false
  /// Per-pane scroll positions, indexed by `PaneKind.rawValue`.
  public var scroll: [PaneScroll] = PaneKind.allCases.map { PaneScroll(follow: $0 == .log) }
  /// Processes sort column (nil: ps order).
  public var sort: SortKey = .ps
  /// Invert the sort.
  public var inverted = false
  /// Processes filter terms (`|`-separated), empty for none.
  public var filter = ""
  /// The last search, for F3 / `n` again.
  public var search = ""
  /// Show kernel threads.
  public var showKernel = true
  /// Show idle threads.
  public var showIdle = true
  /// An overlay over the panes.
  public var overlay: Overlay = .none
  /// A prompt reading text, if one is open.
  public var prompt: Prompt?
  /// The message line (what `w`, `!` and errors say).
  public var message = ""
  /// Glyph set (ASCII when the locale is not UTF-8).
  public var glyphs = Glyphs.unicode
  /// The model could not keep up with the speed in the last frame.
  public var behind = false
  /// The theme's name, for the help screen.
  public var themeName = "default"

  /// The default view.
  public init() {}

  /// The scroll position of a pane.
  public subscript(scroll pane: PaneKind) -> PaneScroll {
    get { scroll[pane.rawValue] }
    set { scroll[pane.rawValue] = newValue }
  }
}

/// What covers the panes.
public enum Overlay: Sendable, Equatable {
  /// Nothing.
  case none
  /// The help screen.
  case help
  /// The detail view of a thread.
  case thread(ProcID)
  /// The detail view of a lock (index in `lockSnapshots()`).
  case lock(Int)
  /// The detail view of an interrupt source (index in `sources`).
  case device(Int)
  /// A yes/no question: switch the kernel lock model to this one.
  case confirmLock(LockModel)
  /// Text to show (the invariant checker's result).
  case text(title: String, lines: [String])
}

/// A text prompt at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
  /// What it asks for.
  public enum Purpose: Sendable, Equatable {
    /// `/`: search.
    case search
    /// `\`: filter.
    case filter
  }
  /// Its purpose.
  public var purpose: Purpose
  /// Text typed so far.
  public var text: String

  /// The label before the text.
  public var label: String { purpose == .search ? "Search: " : "Filter: " }
}

/// What the processes pane sorts by.
public enum SortKey: Int, Sendable, CaseIterable {
  /// ps's own order (%CPU, then tty, start, pid).
  case ps
  /// PID.
  case pid
  /// %CPU.
  case cpu
  /// RSS.
  case mem
  /// TIME.
  case time
  /// PRI.
  case pri
  /// COMMAND.
  case command
  /// USER.
  case user

  /// The column name shown in the pane's note.
  public var name: String {
    switch self {
    case .ps: return "ps"
    case .pid: return "PID"
    case .cpu: return "%CPU"
    case .mem: return "RSS"
    case .time: return "TIME"
    case .pri: return "PRI"
    case .command: return "COMMAND"
    case .user: return "USER"
    }
  }
}
