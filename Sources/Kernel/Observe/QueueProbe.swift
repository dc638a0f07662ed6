/// The bare event queue, exercised the way the machine uses it, for `smpscope bench`'s ratio.
public enum QueueProbe {
  /// Keeps `depth` events queued and does `operations` pop + push pairs with times spread like
  /// the machine's (now + up to 10 ms). Returns a checksum so the work cannot be optimised away.
  public static func run(depth: Int, operations: Int, seed: UInt64 = 1) -> UInt64 {
    var q = EventQueue(cpus: 1)
    var r = Xoshiro(seed: seed, stream: 99)
    for _ in 0..<max(1, depth) {
      q.push(r.uniform(0, 10 * Nanos.ms), .hardclock, cpu: 0)
    }
    var sum: UInt64 = 0
    for _ in 0..<operations {
      guard let e = q.pop() else { break }
      sum &+= UInt64(bitPattern: e.time)
      q.push(e.time + r.uniform(1, 10 * Nanos.ms), .hardclock, cpu: 0)
    }
    return sum
  }

  /// Average queue depth of a machine right now (for running the probe at the same depth).
  public static func depth(of m: Machine) -> Int { m.queue.count }
}
