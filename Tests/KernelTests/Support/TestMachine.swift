@testable import Kernel

/// Machines for tests: a quiet one (boot done, every CPU halted) to set states by hand.
enum TestMachine {
  /// A scenario with no workload.
  static func empty(cpus: Int, idle: IdleMode = .hlt) -> Scenario {
    Scenario(name: "test", cpus: cpus, kernel: KernelOptions(idle: idle), processes: [])
  }

  /// Booted and run to 1 ms: the syncer has flushed and slept, every CPU is halted.
  static func quiet(cpus: Int, idle: IdleMode = .hlt) throws -> Machine {
    var m = try Machine(scenario: empty(cpus: cpus, idle: idle), seed: 1)
    m.run(until: Nanos.ms)
    return m
  }

  /// A scenario running `programs` as processes (nice 0, root) from boot.
  static func running(
    cpus: Int, _ programs: [[Step]], nice: [Int]? = nil, kernel: KernelOptions = KernelOptions()
  ) -> Scenario {
    Scenario(
      name: "test", cpus: cpus, kernel: kernel,
      processes: programs.enumerated().map { i, prog in
        ProcessSpec(comm: "p\(i)", nice: nice?[i] ?? 0, program: prog)
      })
  }

  /// Compute forever.
  static let hog: [Step] = [.repeat(count: nil, steps: [.compute(.fixed(Nanos.s))])]
}

extension Machine {
  /// A user thread in SIDL with the given priority, not on any list.
  mutating func testProc(priority: Int32, cpu: Int32, pinned: Bool = false) -> Int32 {
    let p = newProc(info: ProcInfo(comm: "t", argv: ["t"], uid: 0, user: "root"), parent: 1)
    procs[Int(p)].priority = priority
    procs[Int(p)].usrpri = priority
    procs[Int(p)].cpu = cpu
    if pinned {
      procs[Int(p)].flags.insert(.P_CPUPEG)
      procs[Int(p)].pinnedCPU = cpu
    }
    procs[Int(p)].stat = .SRUN
    procs[Int(p)].cont = .next
    procs[Int(p)].pc = hogEntry()
    return p
  }

  /// Entry point of "compute 1 s, forever", appended to the code once.
  mutating func hogEntry() -> Int32 {
    if let i = code.firstIndex(of: .compute(dist: Int32(dists.count - 1))),
      dists.last == .fixed(Nanos.s),
      i > 0, case .loopBegin = code[i - 1]
    {
      return Int32(i - 1)
    }
    dists.append(.fixed(Nanos.s))
    let e = Int32(code.count)
    code += [
      .loopBegin(slot: 0, count: -1, end: e + 2), .compute(dist: Int32(dists.count - 1)),
      .loopEnd(slot: 0, begin: e),
    ]
    return e
  }

  /// Queues `p` on its `p_cpu` as that CPU itself would (no IPI).
  mutating func testEnqueue(_ p: Int32) {
    curcpu = procs[Int(p)].cpu
    setrunqueue(p)
  }

  /// The thread with this comm (first match).
  func proc(named comm: String) -> Int32? {
    info.indices.first { procs[$0].alive && info[$0].comm == comm }.map { Int32($0) }
  }

  /// Trace records of one kind, oldest first.
  func records(_ kind: TraceKind) -> [TraceRecord] { trace.records.filter { $0.kind == kind } }
}
