@testable import Kernel

/// Small machines for lock tests: process i pinned to CPU `cpu[i]`, a device `d` on cpu0 whose
/// 1 ms handler preempts a lock holder there (kern.preemption=1).
enum LockLab {
  static func machine(
    cpus: Int, lock: LockModel = .bmtx, boost: PreemptBoost = .intended,
    _ programs: [(cpu: Int, start: SimTime, steps: [Step])]
  ) throws -> Machine {
    let s = Scenario(
      name: "locklab", cpus: cpus,
      kernel: KernelOptions(preemption: 1, lock: lock, preemptBoost: boost),
      processes: programs.enumerated().map { i, p in
        ProcessSpec(comm: "t\(i)", start: p.start, daemon: false, program: p.steps)
      },
      devices: [DeviceSpec(name: "d", slot: 3, vector: 99, service: .fixed(Nanos.ms))],
      locks: ["m"])
    var m = try Machine(scenario: s, seed: 1)
    m.checksInvariants = true
    for (i, p) in programs.enumerated() where p.start == 0 { m.pin(comm: "t\(i)", to: p.cpu) }
    return m
  }

  /// Hold `m` (machine lock 1) for `hold` of kernel work.
  static func holdM(_ hold: SimTime) -> [Step] {
    [.lock(name: "m"), .compute(.fixed(hold)), .unlock(name: "m")]
  }
}

extension Machine {
  /// Moves a queued thread to `cpu` and pins it there.
  mutating func pin(comm: String, to cpu: Int) {
    guard let p = proc(named: comm) else { return }
    if procs[Int(p)].onList == .runQueue { remrunqueue(p) }
    procs[Int(p)].cpu = Int32(cpu)
    procs[Int(p)].flags.insert(.P_CPUPEG)
    procs[Int(p)].pinnedCPU = Int32(cpu)
    curcpu = Int32(cpu)
    setrunqueue(p)
  }

  /// Runs until `when` is true or `limit`.
  mutating func run(until limit: SimTime, while cond: (Machine) -> Bool) {
    while now < limit && cond(self) { if !step() { break } }
  }
}
