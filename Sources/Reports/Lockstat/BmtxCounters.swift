import Kernel

/// The BMTX_STATS counters by their kernel names, in declaration order (SPEC.md §6.4), then the
/// branch log's `bmtx_unlock_has_waiter`.
enum BmtxCounters {
  /// `(name, value)` pairs.
  static func named(_ s: BmtxStats) -> [(name: String, value: UInt64)] {
    [
      ("bmtx_fast_locks", s.fastLocks), ("bmtx_fast_unlocks", s.fastUnlocks),
      ("bmtx_recursed_locks", s.recursedLocks), ("bmtx_recursed_unlocks", s.recursedUnlocks),
      ("bmtx_lock_blocks", s.lockBlocks), ("bmtx_lock_blocks_cancelled", s.lockBlocksCancelled),
      ("bmtx_lock_blocks_slept", s.lockBlocksSlept), ("bmtx_spun_locks", s.spunLocks),
      ("bmtx_blocked_unlocks", s.blockedUnlocks), ("bmtx_unlock_has_waiter", s.unlockHasWaiter),
    ]
  }

  /// Column where the branch log's values start: the longest name plus three spaces.
  static let valueColumn = 29

  /// The table as the branch log printed it (commit 29073eb): name, spaces to column 30, value.
  static func render(_ s: BmtxStats) -> String {
    var out = ""
    for (name, value) in named(s) {
      out += Pad.left(name, valueColumn) + String(value) + "\n"
    }
    return out
  }
}

/// One SPEC.md §6.4 identity, checked on the counters.
public struct BmtxIdentity: Sendable, Equatable {
  /// The relation in words: `lock_blocks = cancelled + slept`.
  public var name: String
  /// The relation with the numbers in: `33174 = 29742 + 3862`.
  public var numbers: String
  /// Whether it holds.
  public var holds: Bool

  /// `name: numbers ok` or `… FAILED`.
  public var line: String { "\(name): \(numbers) \(holds ? "ok" : "FAILED")" }

  /// The identities a snapshot can check. `held` is how many bmtx locks have an owner now.
  ///
  /// The number of `bmtx_lock` calls is not itself counted, so the first identity of §6.4 is
  /// checked as a balance instead: every first hold (fast or spun) is released by a fast or a
  /// blocked unlock, or is still held.
  public static func check(_ s: BmtxStats, held: UInt64) -> [BmtxIdentity] {
    let takes = s.fastLocks &+ s.spunLocks
    let releases = s.fastUnlocks &+ s.blockedUnlocks &+ held
    return [
      BmtxIdentity(
        name: "lock_blocks = cancelled + slept",
        numbers: "\(s.lockBlocks) = \(s.lockBlocksCancelled) + \(s.lockBlocksSlept)",
        holds: s.lockBlocks == s.lockBlocksCancelled &+ s.lockBlocksSlept),
      BmtxIdentity(
        name: "fast + spun locks = fast + blocked unlocks + held",
        numbers:
          "\(s.fastLocks) + \(s.spunLocks) = \(s.fastUnlocks) + \(s.blockedUnlocks) + \(held)",
        holds: takes == releases),
      BmtxIdentity(
        name: "recursed_unlocks <= recursed_locks",
        numbers: "\(s.recursedUnlocks) <= \(s.recursedLocks)",
        holds: s.recursedUnlocks <= s.recursedLocks),
      BmtxIdentity(
        name: "blocked_unlocks <= slept",
        numbers: "\(s.blockedUnlocks) <= \(s.lockBlocksSlept)",
        holds: s.blockedUnlocks <= s.lockBlocksSlept),
      BmtxIdentity(
        name: "unlock_has_waiter = blocked_unlocks",
        numbers: "\(s.unlockHasWaiter) = \(s.blockedUnlocks)",
        holds: s.unlockHasWaiter == s.blockedUnlocks),
    ]
  }
}
