/// Where each pane goes for a screen size, a preset and the zoom: rectangles below the header
/// and above the F-key bar.
public enum Layout {
  /// Narrower or shorter than this, one pane at a time (the focused one).
  public static let compactWidth = 80
  /// See `compactWidth`.
  public static let compactHeight = 24
  /// Smaller than this, only the "terminal too small" notice.
  public static let minimumWidth = 20
  /// See `minimumWidth`.
  public static let minimumHeight = 5

  /// What the presets show, for help.
  public static let presetNames = [
    "all panes", "processes", "interrupts", "locks", "scheduling", "event log", "processes only",
    "locks only", "ithreads and counters",
  ]

  /// Whether the screen is too small for anything but the notice.
  public static func tooSmall(width: Int, height: Int) -> Bool {
    width < minimumWidth || height < minimumHeight
  }

  /// Whether the compact layout is used.
  public static func compact(width: Int, height: Int) -> Bool {
    width < compactWidth || height < compactHeight
  }

  /// The panes shown and their rectangles, in focus (Tab) order.
  public static func panes(_ s: ViewState, cpus: Int) -> [(PaneKind, Rect)] {
    let area = Rect(x: 0, y: 1, width: s.width, height: s.height - 2)
    if s.zoomed || compact(width: s.width, height: s.height) {
      return [(s.focus, area)]
    }
    let cpuRows = min(cpus + 2, max(3, area.height / 4))
    switch s.preset {
    case 2:
      return stack(area, [(.cpus, cpuRows), (.processes, 0)])
    case 3:
      let (top, bottom) = split(area, rows: area.height / 2)
      return columns(top, [(.ithreads, 50), (.counters, 50)])
        + columns(bottom, [(.pending, 40), (.log, 60)])
    case 4:
      return stack(area, [(.locks, area.height / 3), (.cpus, cpuRows), (.processes, 0)])
    case 5:
      let (top, rest) = split(area, rows: cpuRows)
      let (mid, bottom) = split(rest, rows: rest.height / 2)
      return [(.cpus, top)] + columns(mid, [(.runQueues, 50), (.pending, 50)]) + [(.log, bottom)]
    case 6: return [(.log, area)]
    case 7: return [(.processes, area)]
    case 8: return [(.locks, area)]
    case 9: return columns(area, [(.ithreads, 50), (.counters, 50)])
    default:
      let rest = area.height - cpuRows
      let (a, r1) = split(area, rows: cpuRows)
      let (b, r2) = split(r1, rows: max(3, rest * 35 / 100))
      let (c, d) = split(r2, rows: max(3, rest * 25 / 100))
      return columns(a, [(.cpus, 55), (.locks, 45)])
        + columns(b, [(.ithreads, 50), (.counters, 50)])
        + columns(c, [(.runQueues, 30), (.pending, 25), (.log, 45)]) + [(.processes, d)]
    }
  }

  /// The first `rows` rows and the rest.
  static func split(_ r: Rect, rows: Int) -> (Rect, Rect) {
    let n = max(0, min(rows, r.height))
    return (
      Rect(x: r.x, y: r.y, width: r.width, height: n),
      Rect(x: r.x, y: r.y + n, width: r.width, height: r.height - n)
    )
  }

  /// Panes stacked; a height of 0 takes what is left.
  static func stack(_ r: Rect, _ parts: [(PaneKind, Int)]) -> [(PaneKind, Rect)] {
    var rest = r
    var out: [(PaneKind, Rect)] = []
    for (i, (pane, rows)) in parts.enumerated() {
      let last = i == parts.count - 1
      let (top, remainder) = split(rest, rows: last || rows == 0 ? rest.height : rows)
      out.append((pane, top))
      rest = remainder
    }
    return out
  }

  /// Panes side by side, widths in percent; the last takes what is left.
  static func columns(_ r: Rect, _ parts: [(PaneKind, Int)]) -> [(PaneKind, Rect)] {
    var x = r.x
    var out: [(PaneKind, Rect)] = []
    for (i, (pane, pct)) in parts.enumerated() {
      let w = i == parts.count - 1 ? r.x + r.width - x : r.width * pct / 100
      out.append((pane, Rect(x: x, y: r.y, width: w, height: r.height)))
      x += w
    }
    return out
  }
}
