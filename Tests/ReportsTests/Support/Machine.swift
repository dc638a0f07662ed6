@testable import Kernel

/// A small hand-made 2-CPU machine in the middle of a build, for the golden listings.
enum SampleMachine {
  static let s = Nanos.s
  static let ms = Nanos.ms

  /// Its threads in allproc order.
  static func procs() -> [ProcSnapshot] {
    var p: [ProcSnapshot] = []
    func add(_ make: (Int) -> ProcSnapshot) { p.append(make(p.count)) }
    add { Fixture.kthread(index: $0, pid: 0, comm: "swapper", priority: 4, wmesg: "schedul") }
    add {
      Fixture.proc(
        index: $0, pid: 1, ppid: 0, comm: "init", argv: ["/sbin/init"], priority: 10,
        slptime: 25, wmesg: "wait", cpu: 0, vszKB: 456, rssKB: 512, sessionLeader: true,
        runtime: 12 * ms)
    }
    add {
      Fixture.kthread(index: $0, pid: 2, comm: "pagedaemon", priority: 4, wmesg: "pgdaemn")
    }
    add { Fixture.kthread(index: $0, pid: 3, comm: "reaper", priority: 8, wmesg: "reaper") }
    add {
      Fixture.kthread(
        index: $0, pid: 4, comm: "idle0", stat: .SSLEEP, priority: 0, wmesg: nil, cpu: 0,
        pctcpu: 1434, runtime: 7_010 * ms, isIdle: true)
    }
    add {
      Fixture.kthread(
        index: $0, pid: 5, comm: "idle1", stat: .SONPROC, priority: 0, wmesg: nil, cpu: 1,
        pctcpu: 1023, runtime: 5_995 * ms, isIdle: true)
    }
    add {
      Fixture.kthread(
        index: $0, pid: 6034, comm: "softclock", priority: 4, cpu: 0, runtime: 4_970 * ms)
    }
    add {
      Fixture.kthread(
        index: $0, pid: 8123, comm: "ehci0,mpi0", priority: 4, cpu: 0, pctcpu: 41,
        runtime: 310 * ms)
    }
    add {
      Fixture.kthread(
        index: $0, pid: 9001, comm: "ithread soft 100", stat: .SRUN, priority: 4, wmesg: nil,
        cpu: 0, pctcpu: 20, runtime: 25 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 17_321, ppid: 1, uid: 1000, user: "alice", comm: "ksh", argv: ["-ksh"],
        priority: 28, slptime: 3, wmesg: "pause", cpu: 1, vszKB: 720, rssKB: 1_024, tty: "p0",
        sessionLeader: true, startTime: 1_200 * ms, runtime: 40 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 20_877, ppid: 17_321, uid: 1000, user: "alice", comm: "make",
        argv: ["make", "-j2"], priority: 32, wmesg: "wait", cpu: 1, vszKB: 1_180, rssKB: 2_140,
        tty: "p0", foreground: true, startTime: 2_000 * ms, runtime: 95 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 24_511, ppid: 20_877, uid: 1000, user: "alice", comm: "cc",
        argv: ["cc", "-O2", "-c", "kern_sched.c"], stat: .SONPROC, flags: [], priority: 64,
        estcpu: 14, pctcpu: 1_612, cpu: 0, vszKB: 12_400, rssKB: 10_852, tty: "p0",
        foreground: true, startTime: 5_100 * ms, runtime: 4_430 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 24_530, ppid: 20_877, uid: 1000, user: "alice", comm: "cc",
        argv: ["cc", "-O2", "-c", "kern_lock.c"], stat: .SSLEEP, flags: [], priority: 4,
        estcpu: 9, pctcpu: 1_001, wmesg: "kernellock", cpu: 1, vszKB: 11_980, rssKB: 9_300,
        tty: "p0", foreground: true, startTime: 5_400 * ms, runtime: 2_118 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 24_533, ppid: 20_877, uid: 1000, user: "alice", comm: "cc",
        argv: ["cc", "-c", "subr_evcount.c"], stat: .SRUN, flags: [], priority: 66, estcpu: 20,
        pctcpu: 1_000, cpu: 1, vszKB: 9_876, rssKB: 7_020, tty: "p0", foreground: true,
        startTime: 5_500 * ms, runtime: 1_997 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 3_317, ppid: 1, uid: 0, user: "root", comm: "cron", argv: ["cron"],
        priority: 10, nice: 24, slptime: 7, wmesg: "nanosle", cpu: 1, vszKB: 600, rssKB: 880,
        sessionLeader: true, startTime: 400 * ms, runtime: 3 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 24_400, ppid: 20_877, uid: 1000, user: "alice", comm: "cc",
        argv: ["cc"], stat: .SDEAD, flags: [.P_WEXIT], priority: 50, pctcpu: 12, cpu: 0,
        tty: "p0", startTime: 4_000 * ms, runtime: 800 * ms)
    }
    add {
      Fixture.proc(
        index: $0, pid: 1_555, ppid: 1, uid: 0, user: "root", comm: "syslogd",
        argv: ["syslogd: [priv]"], stat: .SSTOP, flags: [], priority: 28, nice: 10, cpu: 1,
        vszKB: 300, rssKB: 412, startTime: 300 * ms, runtime: 1 * ms)
    }
    return p
  }

  /// The machine at 8.25 s: 2 CPUs, 1 GB.
  static func snapshot() -> Snapshot {
    Fixture.snapshot(
      procs: procs(),
      cpus: [
        Fixture.cpu(0, time: [2_000 * ms, 510 * ms, 40 * ms, 3 * ms, 5_697 * ms]),
        Fixture.cpu(1, time: [3_100 * ms, 250 * ms, 0, 600 * ms, 4_300 * ms]),
      ],
      time: 8 * s + 250 * ms, memoryKB: 1_048_576, loadAverage: [1065, 634, 245],
      scenario: "build", seed: 1)
  }
}
