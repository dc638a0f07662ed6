import Kernel

/// The `ps -u` order (ps.c `pscomp`, SPEC.md §8.2, D15), made a strict total order.
///
/// pscomp compares `(int)(pcpu2 − pcpu1)`, so percentages less than 1 apart tie. That relation
/// is not transitive (0.5 ~ 1.2 ~ 1.8 but 0.5 < 1.8), which qsort tolerates and a deterministic
/// report must not. We sort by the whole-percent bucket `⌊%CPU⌋` instead: whenever pscomp says
/// two rows differ (|Δ| ≥ 1) the buckets differ the same way, and rows inside one bucket tie, as
/// pscomp's rows under 1 apart do. Ties then go by tty (no tty first, as `NODEV` = −1 sorts
/// first; named ttys by the bytes of their names, standing in for the device number), then start
/// time, then pid, then proc-table index (allproc order), so no two rows ever compare equal.
public enum PsSort {
  /// The whole-percent bucket of `pctcpu`: `⌊100 · pctcpu / FSCALE⌋`.
  public static func cpuBucket(_ pctcpu: Int) -> Int {
    let scaled = pctcpu * 100
    let fscale = KernelConst.FSCALE
    return scaled >= 0 ? scaled / fscale : -((-scaled + fscale - 1) / fscale)
  }

  /// Whether `a` is listed before `b`.
  public static func precedes(_ a: ProcSnapshot, _ b: ProcSnapshot) -> Bool {
    let ca = cpuBucket(a.pctcpu)
    let cb = cpuBucket(b.pctcpu)
    if ca != cb { return ca > cb }
    switch (a.tty, b.tty) {
    case (nil, .some): return true
    case (.some, nil): return false
    case (.some(let ta), .some(let tb)) where ta != tb:
      return ta.utf8.lexicographicallyPrecedes(tb.utf8)
    default: break
    }
    if a.startTime != b.startTime { return a.startTime < b.startTime }
    if a.pid != b.pid { return a.pid < b.pid }
    return a.id < b.id
  }

  /// `procs` in listing order (indices are sorted, so no proc is copied while sorting).
  public static func sorted(_ procs: [ProcSnapshot]) -> [ProcSnapshot] {
    procs.indices.sorted { precedes(procs[$0], procs[$1]) }.map { procs[$0] }
  }
}
