/// `SCHED_LOCK`: the global scheduler spin lock (an `__mp_lock`, a ticket lock).
///
/// Requests arrive in event order, so a ticket lock is a timeline: a CPU that asks while another
/// holds it spins until the hold ends (charged as spin), then holds it for `costs.schedLock`.
/// The effects of the operation are applied when the event is handled; only time is queued.
extension Machine {
  /// One scheduler operation under SCHED_LOCK by the current CPU (`count` of them, plus `more`
  /// nanoseconds of work done with it held, such as `cpu_switchto`).
  mutating func schedLockOp(_ count: Int = 1, more: SimTime = 0) {
    let asked = now + extra + extraSpin
    let start = max(asked, schedLockFree)
    extraSpin += start - asked
    schedLockFree = start + costs.schedLock * SimTime(count) + more
    extra += costs.schedLock * SimTime(count)
  }

}
