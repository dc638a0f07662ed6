/// A WITNESS-like lock-order checker and the deadlock detector (issue 5 item 3).
extension Machine {
  /// Before pushing `l` on the thread's held stack: every held lock `h` orders h → l. If l ⇝ h
  /// was already established, the pair is a reversal; each pair is reported once.
  mutating func lockOrderCheck(_ p: Int32, _ l: Int32) {
    let n = Int(procs[Int(p)].heldCount)
    for i in 0..<n {
      let h = Int32(procs[Int(p)].heldOrder[i])
      guard h != l else { continue }
      if let path = orderPath(from: l, to: h) {
        let pair = Int(min(h, l)) * 64 + Int(max(h, l))
        if !reportedReversals.contains(pair) {
          reportedReversals.insert(pair)
          let established = path.map { locks[Int($0)].name }.joined(separator: " -> ")
          lockFindings.append(
            Finding(
              kind: .lockOrderReversal, time: now,
              message: "\(describe(p)) took \(locks[Int(l)].name) while holding "
                + "\(locks[Int(h)].name); established order \(established)"))
        }
      }
      lockOrder[Int(h)] |= 1 << UInt64(l)
    }
    if n < 8 {
      procs[Int(p)].heldOrder[n] = Int8(l)
      procs[Int(p)].heldCount += 1
    }
  }

  /// Removes `l` from the thread's held stack.
  mutating func popHeld(_ p: Int32, _ l: Int32) {
    let n = Int(procs[Int(p)].heldCount)
    guard let i = (0..<n).last(where: { procs[Int(p)].heldOrder[$0] == Int8(l) }) else { return }
    for j in i..<(n - 1) { procs[Int(p)].heldOrder[j] = procs[Int(p)].heldOrder[j + 1] }
    procs[Int(p)].heldCount -= 1
  }

  /// A path a → … → b in the order graph, if there is one.
  func orderPath(from a: Int32, to b: Int32) -> [Int32]? {
    var prev = [Int32](repeating: -2, count: locks.count)
    prev[Int(a)] = -1
    var frontier = [a]
    while !frontier.isEmpty {
      var next: [Int32] = []
      for x in frontier {
        var succ = lockOrder[Int(x)]
        while succ != 0 {
          let y = Int32(succ.trailingZeroBitCount)
          succ &= succ - 1
          guard Int(y) < locks.count, prev[Int(y)] == -2 else { continue }
          prev[Int(y)] = x
          if y == b {
            var path = [b]
            var z = x
            while z >= 0 {
              path.insert(z, at: 0)
              z = prev[Int(z)]
            }
            return path
          }
          next.append(y)
        }
      }
      frontier = next
    }
    return nil
  }

  /// About to wait for `l`: follow owner → the lock it waits for → its owner …; a cycle back to
  /// `p` is a deadlock, which stops the run and names the whole cycle.
  mutating func deadlockCheck(_ p: Int32, _ l: Int32) {
    var lock = l
    for _ in 0..<64 {
      let o = locks[Int(lock)].owner
      guard o >= 0 else { return }
      if o == p {
        reportDeadlock(p, l)
        return
      }
      lock = procs[Int(o)].waitLock
      guard lock >= 0 else { return }
    }
  }

  /// Names the cycle that starts with `p` waiting for `l` (only built when there is one).
  private mutating func reportDeadlock(_ p: Int32, _ l: Int32) {
    var chain = [describe(p) + " waits for " + locks[Int(l)].name]
    var lock = l
    while true {
      let o = locks[Int(lock)].owner
      if o == p {
        chain.append("held by " + describe(p))
        break
      }
      let next = procs[Int(o)].waitLock
      chain.append("held by \(describe(o)), which waits for \(locks[Int(next)].name)")
      lock = next
    }
    let found = Finding(kind: .deadlock, time: now, message: chain.joined(separator: " "))
    deadlock = found
    lockFindings.append(found)
  }

  /// `comm[pid]`.
  func describe(_ p: Int32) -> String { "\(info[Int(p)].comm)[\(procs[Int(p)].pid)]" }
}
