/// Per-lock accounting (issue 5 item 4) and the holder's bookkeeping.
extension Machine {
  /// The current thread of `c` now holds `l` (first hold, not recursion).
  mutating func acquired(_ c: Int, _ p: Int32, _ l: Int32) {
    locks[Int(l)].owner = p
    procs[Int(p)].heldMask |= 1 << UInt64(l)
    procs[Int(p)].waitLock = -1
    locks[Int(l)].acct.acquisitions += 1
    locks[Int(l)].heldSince = now
    if procs[Int(p)].lockWaitStart >= 0 {
      locks[Int(l)].acct.contended += 1
      locks[Int(l)].acct.wait.record(now - procs[Int(p)].lockWaitStart)
      procs[Int(p)].lockWaitStart = -1
    }
    noteCaller(p, l)
    if l != Machine.giant { lockOrderCheck(p, l) }
    if l == Machine.giant && procs[Int(p)].giantSaved > 0 {
      // KERNEL_RELOCK_ALL: the rest of the saved depth as recursion.
      let depth = procs[Int(p)].giantSaved
      locks[0].recurse = depth - 1
      locks[0].recursedFlag = depth > 1
      locks[0].stats.recursedLocks += UInt64(depth - 1)
      locks[0].lockCalls += UInt64(depth - 1)
      procs[Int(p)].giantSaved = 0
      if locks[0].recurse + 1 != depth { fail(36, "KERNEL_RELOCK_ALL restored a different depth") }
    }
  }

  /// The current holder of `l` releases its last hold.
  mutating func released(_ p: Int32, _ l: Int32) {
    procs[Int(p)].heldMask &= ~(1 << UInt64(l))
    let held = now - locks[Int(l)].heldSince
    locks[Int(l)].acct.holdNs += held
    locks[Int(l)].acct.hold.record(held)
    if l != Machine.giant { popHeld(p, l) }
  }

  /// Max waiters: spinners plus sleepers.
  mutating func noteWaiters(_ l: Int32) {
    let n = Int(locks[Int(l)].queued + locks[Int(l)].sleepers) + locks[Int(l)].spinners.count
    locks[Int(l)].acct.maxWaiters = max(locks[Int(l)].acct.maxWaiters, n)
  }

  /// A sleeper on `l` is woken: its time asleep counts as block time.
  mutating func noteBlocked(_ p: Int32, _ l: Int32) {
    if procs[Int(p)].lockSleepStart >= 0 {
      locks[Int(l)].acct.blockNs += now - procs[Int(p)].lockSleepStart
      procs[Int(p)].lockSleepStart = -1
    }
  }

  /// Counts the program step (or ithread) that took the lock.
  private mutating func noteCaller(_ p: Int32, _ l: Int32) {
    let key: Int64 =
      procs[Int(p)].ihSource >= 0
      ? -1 - Int64(procs[Int(p)].ihSource)
      : (Int64(procs[Int(p)].spec) << 32) | (procs[Int(p)].isTemplate ? 1 << 31 : 0)
        | Int64(max(0, procs[Int(p)].pc - 1))
    if let i = locks[Int(l)].callers.firstIndex(where: { $0.key == key }) {
      locks[Int(l)].callers[i].count += 1
    } else if locks[Int(l)].callers.count < 32 {
      locks[Int(l)].callers.append(LockCaller(key: key, count: 1))
    }
  }

  /// "comm: op (step N)" for the caller that took lock `l` most (ties: the first seen).
  func topCaller(_ l: Int) -> String {
    guard let best = locks[l].callers.max(by: { $0.count < $1.count }) else { return "-" }
    if best.key < 0 {
      let s = Int(-1 - best.key)
      return s < sourceNames.count ? "(\(sourceNames[s])) handler" : "ithread"
    }
    let spec = Int(best.key >> 32)
    let isTemplate = best.key & (1 << 31) != 0
    let pc = Int(best.key & 0x7fff_ffff)
    let specs = isTemplate ? scenario.templates : scenario.processes
    guard spec >= 0 && spec < specs.count else { return "kernel" }
    let entry = Int(isTemplate ? templateEntry[spec] : specEntry[spec])
    let op: String
    switch pc < code.count ? code[pc] : .exit {
    case .syscall: op = "syscall"
    case .lock: op = "lock"
    default: op = "step"
    }
    return "\(specs[spec].comm): \(op) (step \(pc - entry))"
  }
}
