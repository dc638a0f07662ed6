import Kernel

/// top's default `cpu` order (machine.c `compare_cpu`), completed to a strict total order.
///
/// pctcpu descending, run time descending, state rank descending, priority descending (the
/// numerically larger `p_priority` first, as top does), RES descending, SIZE descending, then
/// pid ascending and proc-table index, which top leaves to qsort.
enum TopSort {
  /// machine.c `sorted_state`, indexed by `p_stat`: on processor first, zombies last.
  static let stateRank: [Int] = [0, 4, 5, 2, 3, 1, 6, 7]

  /// Whether `a` is listed before `b`.
  static func precedes(_ a: ProcSnapshot, _ b: ProcSnapshot) -> Bool {
    if a.pctcpu != b.pctcpu { return a.pctcpu > b.pctcpu }
    if a.runtime != b.runtime { return a.runtime > b.runtime }
    let ra = stateRank[Int(a.stat.rawValue)]
    let rb = stateRank[Int(b.stat.rawValue)]
    if ra != rb { return ra > rb }
    if a.priority != b.priority { return a.priority > b.priority }
    if a.rssKB != b.rssKB { return a.rssKB > b.rssKB }
    if a.vszKB != b.vszKB { return a.vszKB > b.vszKB }
    if a.pid != b.pid { return a.pid < b.pid }
    return a.id < b.id
  }
}
