import Kernel
import Reports

/// `ps auxkl` rows (the same `PsRow` code as the snapshot command), sortable, filterable and
/// searchable; columns of low weight are dropped as the pane narrows.
public enum ProcessesPane {
  /// How much each ps column matters when the pane is too narrow for all of them.
  static let weights = [8, 10, 9, 4, 2, 3, 3, 9, 1, 6, 10, 2, 5, 6, 7, 5, 7]

  /// The columns (indices into `PsColumns.all`) that fit in `width`, in ps order.
  public static func columns(width: Int) -> [Int] {
    var keep = Array(PsColumns.all.indices)
    func total() -> Int { keep.reduce(0) { $0 + PsColumns.all[$1].width } + keep.count - 1 }
    while total() > width, keep.count > 1 {
      guard let drop = keep.indices.min(by: { weights[keep[$0]] < weights[keep[$1]] }) else {
        break
      }
      keep.remove(at: drop)
    }
    return keep
  }

  /// Indices into `snapshot.procs` the view shows (filters, K and H applied), unsorted.
  public static func shown(_ m: FrameModel, _ s: ViewState) -> [Int] {
    let terms = filterTerms(s.filter)
    var out: [Int] = []
    out.reserveCapacity(m.snapshot.procs.count)
    let procs = m.snapshot.procs
    for i in procs.indices {
      if !s.showIdle && procs[i].isIdle { continue }
      if !s.showKernel && procs[i].flags.contains(.P_SYSTEM) && !procs[i].isIdle { continue }
      if !terms.isEmpty && !matches(procs[i], terms) { continue }
      out.append(i)
    }
    return out
  }

  /// `|`-separated terms, lower-cased, blanks dropped.
  static func filterTerms(_ filter: String) -> [String] {
    filter.split(separator: "|").map {
      $0.split(separator: " ").joined(separator: " ").lowercased()
    }
    .filter { !$0.isEmpty }
  }

  /// Whether the command, comm or user contains one of `terms`.
  static func matches(_ p: ProcSnapshot, _ terms: [String]) -> Bool {
    let command = Command.text(argv: p.argv, comm: p.comm).lowercased()
    let user = p.user.lowercased()
    return terms.contains { command.contains($0) || user.contains($0) }
  }

  /// Whether `a` is listed before `b` under the view's sort.
  static func precedes(_ a: ProcSnapshot, _ b: ProcSnapshot, _ s: ViewState) -> Bool {
    let before: Bool
    switch s.sort {
    case .ps: before = PsSort.precedes(a, b)
    case .pid: before = a.pid != b.pid ? a.pid < b.pid : PsSort.precedes(a, b)
    case .cpu: before = a.pctcpu != b.pctcpu ? a.pctcpu > b.pctcpu : PsSort.precedes(a, b)
    case .mem: before = a.rssKB != b.rssKB ? a.rssKB > b.rssKB : PsSort.precedes(a, b)
    case .time: before = a.runtime != b.runtime ? a.runtime > b.runtime : PsSort.precedes(a, b)
    case .pri: before = a.priority != b.priority ? a.priority < b.priority : PsSort.precedes(a, b)
    case .command: before = a.comm != b.comm ? a.comm < b.comm : PsSort.precedes(a, b)
    case .user: before = a.user != b.user ? a.user < b.user : PsSort.precedes(a, b)
    }
    return s.inverted ? !before : before
  }

  /// Every shown row in order (search needs it; drawing uses `leading`).
  public static func order(_ m: FrameModel, _ s: ViewState) -> [Int] {
    let procs = m.snapshot.procs
    return shown(m, s).sorted { precedes(procs[$0], procs[$1], s) }
  }

  /// The first `k` shown rows in order without sorting the rest. Numeric sorts compare packed
  /// integer keys (the ps order made of its bucket, tty rank, start, pid, index); string sorts
  /// fall back to `precedes`.
  static func leading(_ rows: [Int], _ k: Int, _ m: FrameModel, _ s: ViewState) -> [Int] {
    let procs = m.snapshot.procs
    guard let keys = SortKeys(rows, procs, s) else {
      return rows.sorted { precedes(procs[$0], procs[$1], s) }.prefix(k).map { $0 }
    }
    let order = keys.leading(k)
    return order.map { rows[$0] }
  }

  /// The pane's rows; only the first `need` rows in order are computed.
  public static func body(_ m: FrameModel, _ s: ViewState, width: Int, need: Int) -> PaneBody {
    let cols = columns(width: width)
    let all = cols.count == PsColumns.all.count
    let rows = shown(m, s)
    let top = leading(rows, min(rows.count, max(0, need)), m, s)
    let context = PsContext(m.snapshot)
    var heading = ""
    for (n, c) in cols.enumerated() {
      let col = PsColumns.all[c]
      heading += col.justify == .left ? Pad.left(col.header, col.width) : col.cell(col.header)
      if n < cols.count - 1 { heading += " " }
    }
    var note = "\(rows.count) threads, sort \(s.sort.name)\(s.inverted ? " inverted" : "")"
    if !s.filter.isEmpty { note += ", filter \(s.filter)" }
    let rest = LazyOrder { order(m, s) }
    return PaneBody(columns: Line(heading, .columns), count: rows.count, note: note) { i in
      let p = m.snapshot.procs[i < top.count ? top[i] : rest.value[i]]
      let cells = PsRow(p, context).cells
      var text = ""
      if all {
        PsColumns.table.appendRow(cells, to: &text)
        text.removeLast()
      } else {
        for (n, c) in cols.enumerated() {
          text += PsColumns.all[c].cell(cells[c])
          if n < cols.count - 1 { text += " " }
        }
      }
      let role: Role = p.isIdle ? .dim : (p.stat == .SONPROC ? .warn : .normal)
      return Line(text, role)
    }
  }
}

/// A full ordering computed on first use (rows past the screenful, rarely asked for).
final class LazyOrder {
  private let make: () -> [Int]
  private var cached: [Int]?

  init(_ make: @escaping () -> [Int]) { self.make = make }

  var value: [Int] {
    if let cached { return cached }
    let v = make()
    cached = v
    return v
  }
}

/// Integer sort keys for the shown rows: compared as tuples, no strings touched while sorting.
struct SortKeys {
  typealias Key = (Int64, Int64, Int64, Int64, Int64, Int64)
  var keys: [Key]
  var inverted: Bool

  /// Keys for `rows` under the view's sort, or nil for sorts by a string column.
  init?(_ rows: [Int], _ procs: [ProcSnapshot], _ s: ViewState) {
    var ttys: [String] = []
    for i in rows where procs[i].tty != nil {
      if let t = procs[i].tty, !ttys.contains(t) { ttys.append(t) }
    }
    ttys.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    var lastTTY: String?
    var lastRank: Int64 = 0
    keys = []
    keys.reserveCapacity(rows.count)
    inverted = s.inverted
    for i in rows {
      var rank: Int64 = 0
      if let t = procs[i].tty {
        if t == lastTTY {
          rank = lastRank
        } else {
          rank = Int64((ttys.firstIndex(of: t) ?? 0) + 1)
          lastTTY = t
          lastRank = rank
        }
      }
      let primary: Int64
      switch s.sort {
      case .ps: primary = 0
      case .pid: primary = Int64(procs[i].pid)
      case .cpu: primary = -Int64(procs[i].pctcpu)
      case .mem: primary = -Int64(procs[i].rssKB)
      case .time: primary = -Int64(procs[i].runtime)
      case .pri: primary = Int64(procs[i].priority)
      case .command, .user: return nil
      }
      keys.append(
        (
          primary, -Int64(PsSort.cpuBucket(procs[i].pctcpu)), rank, Int64(procs[i].startTime),
          Int64(procs[i].pid), Int64(procs[i].id.index)
        ))
    }
  }

  func before(_ a: Int, _ b: Int) -> Bool { inverted ? keys[b] < keys[a] : keys[a] < keys[b] }

  /// Positions of the first `k` keys in order.
  func leading(_ k: Int) -> [Int] {
    if k >= keys.count / 4 { return keys.indices.sorted(by: before) }
    var best: [Int] = []
    best.reserveCapacity(k + 1)
    for r in keys.indices {
      if best.count == k, let last = best.last, !before(r, last) { continue }
      var lo = 0
      var hi = best.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if before(best[mid], r) { lo = mid + 1 } else { hi = mid }
      }
      best.insert(r, at: lo)
      if best.count > k { best.removeLast() }
    }
    return best
  }
}
