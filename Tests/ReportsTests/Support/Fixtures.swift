@testable import Kernel

/// Builders for hand-made snapshots: the engine is not needed to test the reports.
enum Fixture {
  /// Boot clock of SPEC.md §8.5's example: 2014-12-10 02:01:00 UTC.
  static let bootEpoch: Int64 = 1_418_176_860

  /// A thread with quiet defaults: a root-owned, nice-0 user process asleep on nothing.
  static func proc(
    index: Int = 0,
    pid: Int = 100,
    ppid: Int = 1,
    uid: Int = 0,
    user: String = "root",
    comm: String = "sh",
    argv: [String]? = ["sh"],
    stat: ProcStat = .SSLEEP,
    flags: ProcFlags = [.P_SINTR],
    priority: Int = 28,
    nice: Int = 20,
    estcpu: Int = 0,
    pctcpu: Int = 0,
    slptime: Int = 0,
    wmesg: String? = nil,
    cpu: Int? = nil,
    vszKB: Int = 0,
    rssKB: Int = 0,
    tty: String? = nil,
    sessionLeader: Bool = false,
    foreground: Bool = false,
    startTime: SimTime = 0,
    runtime: SimTime = 0,
    isIdle: Bool = false
  ) -> ProcSnapshot {
    ProcSnapshot(
      id: ProcID(index), pid: pid, ppid: ppid, uid: uid, user: user, comm: comm, argv: argv,
      stat: stat, flags: flags, priority: priority, usrpri: 50, nice: nice, estcpu: estcpu,
      pctcpu: pctcpu, slptime: slptime, wmesg: wmesg, cpu: cpu, crit: 0, vszKB: vszKB,
      rssKB: rssKB, tty: tty, sessionLeader: sessionLeader, foreground: foreground,
      startTime: startTime, runtime: runtime, isIdle: isIdle)
  }

  /// A kernel thread (`P_SYSTEM`, no argv) asleep uninterruptibly, like an ithread.
  static func kthread(
    index: Int, pid: Int, comm: String, stat: ProcStat = .SSLEEP, priority: Int = 4,
    wmesg: String? = "intr", cpu: Int? = 0, pctcpu: Int = 0, runtime: SimTime = 0,
    isIdle: Bool = false
  ) -> ProcSnapshot {
    proc(
      index: index, pid: pid, ppid: 0, comm: comm, argv: nil, stat: stat, flags: [.P_SYSTEM],
      priority: priority, pctcpu: pctcpu, wmesg: wmesg, cpu: cpu, runtime: runtime,
      isIdle: isIdle)
  }

  /// A CPU with the given nanoseconds per `CPUState` (user, sys, intr, spin, idle).
  static func cpu(_ id: Int, time: [SimTime] = [0, 0, 0, 0, 0], curproc: Int = 0) -> CPUSnapshot {
    CPUSnapshot(
      id: id, curproc: ProcID(curproc), idle: false, curpriority: 0, nrun: 0, whichqs: 0,
      queues: Array(repeating: [], count: 32), time: time, ipisReceived: 0, switches: 0)
  }

  /// A snapshot of `procs` on `cpus` at simulated time `time`.
  static func snapshot(
    procs: [ProcSnapshot], cpus: [CPUSnapshot] = [cpu(0), cpu(1)], time: SimTime = 3 * Nanos.s,
    memoryKB: Int = 1_048_576, loadAverage: [Int] = [0, 0, 0], scenario: String = "test",
    seed: UInt64 = 1
  ) -> Snapshot {
    Snapshot(
      scenario: scenario, seed: seed, time: time, events: 0, bootEpoch: bootEpoch,
      memoryKB: memoryKB, preemption: 0, lock: .bmtx, loadAverage: loadAverage, procs: procs,
      cpus: cpus, workloadEnd: nil, sched: SchedCounters())
  }
}
