extension Scenario {
  /// Names of the built-in scenarios, in the order `scenario list` shows them.
  public static let builtinNames = [
    "tour", "minimal", "build", "mixed", "network", "interactive", "shared-irq", "arm",
    "contention",
  ]
  /// The scenario every command uses without `--scenario`.
  public static let defaultName = "tour"

  /// A built-in scenario by name.
  public static func builtin(named name: String) -> Scenario? {
    switch name {
    case "minimal": return minimal
    case "build": return build()
    case "mixed": return mixed
    case "tour": return tour
    case "network": return network
    case "interactive": return interactive
    case "shared-irq": return sharedIRQ
    case "arm": return arm
    case "contention": return contention
    default: return nil
    }
  }

  static let student = UserSpec(name: "student", uid: 1000)

  /// cron: wakes every second for a moment.
  static let cron = ProcessSpec(
    comm: "cron", argv: ["cron"], vszKB: 1_052, rssKB: 1_196,
    program: [
      .repeat(count: nil, steps: [.sleep(.fixed(Nanos.s)), .compute(.fixed(150 * Nanos.us))])
    ])

  /// A login shell on p0: think, compute, a system call under giant.
  static func loginShell(think: SimTime, work: SimTime, syscall: DurationSpec) -> ProcessSpec {
    ProcessSpec(
      comm: "ksh", argv: ["-ksh"], user: "student", tty: "p0", sessionLeader: true,
      foreground: true, vszKB: 820, rssKB: 940,
      program: [
        .repeat(
          count: nil,
          steps: [
            .sleep(.exponential(mean: think)), .compute(.exponential(mean: work)),
            .syscall(syscall, giant: true),
          ])
      ])
  }

  /// 2 CPUs, a login shell and a few sleepers: small enough to follow event by event.
  static var minimal: Scenario {
    Scenario(
      name: "minimal",
      description:
        "2 CPUs, a login shell and a few sleepers; small enough to follow event by event",
      cpus: 2, users: [student],
      processes: [
        loginShell(think: 700 * Nanos.ms, work: 2 * Nanos.ms, syscall: .fixed(80 * Nanos.us)),
        cron,
        ProcessSpec(
          comm: "syslogd", argv: ["syslogd"], vszKB: 988, rssKB: 1128,
          program: [
            .repeat(
              count: nil,
              steps: [
                .sleep(.uniform(min: 200 * Nanos.ms, max: 600 * Nanos.ms)),
                .syscall(.fixed(40 * Nanos.us), giant: true),
              ])
          ]),
        ProcessSpec(
          comm: "sleep", argv: ["sleep", "30"], user: "student", tty: "p0", vszKB: 312, rssKB: 488,
          program: [.sleep(.fixed(30 * Nanos.s))]),
      ])
  }

  /// `make -jN` forking `cc` jobs: user compute and system calls under the kernel lock; the
  /// workload ends when `make` exits. The bench scales it to 64 CPUs and 10,000 jobs.
  public static func build(cpus: Int = 4, jobs: Int = 200, parallel: Int = 6) -> Scenario {
    let par = min(parallel, jobs)
    // Each job: 12 × (160 × (compute, kernel entry under giant), read a block from ahci0). A
    // compiler enters the kernel thousands of times a second (system calls, page faults), each
    // for tens of µs; system time is about 30 % of user time, as in OpenBSD builds of the era,
    // all of it under giant in a 2014 Bitrig kernel.
    let cc = ProcessSpec(
      comm: "cc", argv: ["cc", "-O2", "-pipe", "-c"], user: "student", tty: "p0", vszKB: 18_460,
      rssKB: 21_300,
      program: [
        .repeat(
          count: 12,
          steps: [
            .repeat(
              count: 160,
              steps: [
                .compute(.exponential(mean: 120 * Nanos.us)),
                .syscall(.exponential(mean: 36 * Nanos.us), giant: true),
              ]),
            .io(device: "ahci0"),
          ])
      ])
    var make: [Step] = [.compute(.fixed(5 * Nanos.ms)), .fork(template: "cc", count: par)]
    if jobs > par {
      make.append(
        .repeat(
          count: jobs - par,
          steps: [
            .wait(all: false), .compute(.exponential(mean: 500 * Nanos.us)),
            .fork(template: "cc", count: 1),
          ]))
    }
    make += [.wait(all: true), .exit]
    return Scenario(
      name: "build",
      description:
        "\(cpus) CPUs, make -j\(par) building \(jobs) files with cc; ends when make exits "
        + "(kern.preemption=1, as the branch ran)",
      cpus: cpus, kernel: KernelOptions(preemption: 1), users: [student],
      processes: [
        ProcessSpec(
          comm: "make", argv: ["make", "-j\(par)"], user: "student", tty: "p0", foreground: true,
          vszKB: 1_420, rssKB: 2_088, program: make),
        ProcessSpec(
          comm: "ksh", argv: ["-ksh"], user: "student", tty: "p0", sessionLeader: true, vszKB: 820,
          rssKB: 940, daemon: true,
          program: [.repeat(count: nil, steps: [.sleep(.fixed(3600 * Nanos.s))])]),
      ],
      templates: [cc], devices: [ahci0, em0(rate: 2_000)])
  }

  /// The build's disk: MPSAFE, I/O completions only.
  static let ahci0 = DeviceSpec(
    name: "ahci0", slot: 4, vector: 146, trigger: .level, level: .bio, mpsafe: true,
    service: .fixed(15 * Nanos.us), ioLatency: .exponential(mean: 2 * Nanos.ms), wmesg: "biowait")

  /// An Intel gigabit NIC: MPSAFE, packets into softnet.
  static func em0(rate: Int) -> DeviceSpec {
    DeviceSpec(
      name: "em0", slot: 5, vector: 147, trigger: .level, level: .net, mpsafe: true,
      service: .exponential(mean: 6 * Nanos.us), arrival: .poisson(rate: rate), schedules: .softnet)
  }

  /// A SAS controller and a USB host controller on one level-triggered line.
  static let mpi0 = DeviceSpec(
    name: "mpi0", slot: 3, vector: 144, trigger: .level, level: .bio, mpsafe: false,
    service: .fixed(20 * Nanos.us), arrival: .poisson(rate: 150),
    ioLatency: .exponential(mean: 4 * Nanos.ms), wmesg: "biowait")
  static let ehci0 = DeviceSpec(
    name: "ehci0", shares: "mpi0", level: .bio, mpsafe: false, service: .fixed(8 * Nanos.us),
    arrival: .poisson(rate: 250))

  /// The serial console: edge-triggered, typing in bursts, characters into softtty.
  static let com0 = DeviceSpec(
    name: "com0", slot: 1, vector: 52, trigger: .edge, level: .tty, mpsafe: true,
    service: .fixed(3 * Nanos.us),
    arrival: .bursts(count: 6, gap: 110 * Nanos.ms, every: 2 * Nanos.s), schedules: .softtty)

  /// An interactive shell, background compute and periodic sleepers at different nice levels.
  static var mixed: Scenario {
    Scenario(
      name: "mixed",
      description: "4 CPUs: an interactive shell, background compute at nice 0 and 10, "
        + "periodic sleepers at nice -5 and 0",
      cpus: 4, users: [student],
      processes: [
        loginShell(
          think: 400 * Nanos.ms, work: 4 * Nanos.ms, syscall: .exponential(mean: 60 * Nanos.us)),
        ProcessSpec(
          comm: "ffmpeg", argv: ["ffmpeg", "-i", "lecture.mkv", "lecture.mp4"], user: "student",
          tty: "p1", vszKB: 142_600, rssKB: 98_304, count: 2,
          program: [
            .repeat(
              count: nil,
              steps: [
                .compute(
                  .normal(
                    mean: 20 * Nanos.ms, stddev: 5 * Nanos.ms, min: Nanos.ms, max: 60 * Nanos.ms)),
                .syscall(.exponential(mean: 200 * Nanos.us), giant: true),
              ])
          ]),
        ProcessSpec(
          comm: "dnetc", argv: ["dnetc", "-quiet"], user: "student", nice: 10, vszKB: 6_200,
          rssKB: 4_800, count: 3,
          program: [.repeat(count: nil, steps: [.compute(.fixed(50 * Nanos.ms))])]),
        ProcessSpec(
          comm: "ntpd", argv: ["ntpd"], nice: -5, vszKB: 1_240, rssKB: 1_560,
          program: [
            .repeat(
              count: nil,
              steps: [.sleep(.fixed(Nanos.s)), .syscall(.fixed(120 * Nanos.us), giant: true)])
          ]),
        cron,
        ProcessSpec(
          comm: "top", argv: ["top"], user: "student", tty: "p2", sessionLeader: true,
          foreground: true, vszKB: 1_600, rssKB: 2_400,
          program: [
            .repeat(
              count: nil,
              steps: [
                .sleep(.fixed(Nanos.s)), .compute(.fixed(3 * Nanos.ms)),
                .syscall(.fixed(400 * Nanos.us), giant: true),
              ])
          ]),
      ])
  }

  /// Something in every pane: a build, network traffic into softnet and a server, a shared
  /// interrupt line, keystrokes on the console.
  static var tour: Scenario {
    var b = build(cpus: 4, jobs: 400, parallel: 4)
    b.name = "tour"
    b.description =
      "4 CPUs: make -j4 with disk I/O, em0 traffic into softnet and httpd, ehci0+mpi0 sharing "
      + "one line, keystrokes on com0 into softtty and a shell (kern.preemption=1)"
    b.devices = [ahci0, em0(rate: 3_000), mpi0, ehci0, com0]
    b.processes[1].program = [shellReadingTTY]
    b.processes[1].daemon = true
    // A contended named bmtx: httpd and dd both go through the vnode layer.
    b.locks = ["vnode_lock"]
    b.processes += [vnodeUser(httpd), vnodeUser(dd)]
    b.users.append(www)
    return b
  }

  static let shellReadingTTY: Step = .repeat(
    count: nil,
    steps: [
      .read(from: .softtty), .compute(.exponential(mean: 300 * Nanos.us)),
      .syscall(.fixed(40 * Nanos.us), giant: true),
    ])

  static let httpd = ProcessSpec(
    comm: "httpd", argv: ["httpd"], user: "www", vszKB: 4_200, rssKB: 6_100, daemon: true,
    program: [
      .repeat(
        count: nil,
        steps: [
          .read(from: .softnet), .compute(.exponential(mean: 40 * Nanos.us)),
          .syscall(.exponential(mean: 25 * Nanos.us), giant: true),
        ])
    ])

  static let dd = ProcessSpec(
    comm: "dd", argv: ["dd", "if=/dev/rsd0c", "of=/dev/null", "bs=64k"], vszKB: 420, rssKB: 610,
    daemon: true,
    program: [
      .repeat(
        count: nil, steps: [.io(device: "mpi0"), .syscall(.fixed(30 * Nanos.us), giant: false)])
    ])

  static let www = UserSpec(name: "www", uid: 67)

  /// The process with its kernel entries also taking `vnode_lock` for a while.
  static func vnodeUser(_ p: ProcessSpec) -> ProcessSpec {
    var q = p
    q.program = [
      .repeat(
        count: nil,
        steps: [
          .lock(name: "vnode_lock"), .compute(.exponential(mean: 60 * Nanos.us)),
          .unlock(name: "vnode_lock"),
        ]
          + (p.program.first.flatMap {
            if case .repeat(_, let body) = $0 { return body } else { return nil }
          } ?? []))
    ]
    return q
  }

  /// Named bmtx locks taken in nested orders: workers contend for `vnode_lock`; two threads take
  /// `vnode_lock`/`inode_lock` in both orders (ABBA) and three close the cycle
  /// vnode_lock → inode_lock → buf_lock → vnode_lock — at times that never overlap, so the
  /// lock-order checker reports both reversals and nothing deadlocks.
  static var contention: Scenario {
    func ordered(_ comm: String, phase: SimTime, _ first: String, _ second: String) -> ProcessSpec {
      ProcessSpec(
        comm: comm, daemon: true,
        program: [
          .sleep(.fixed(phase)),
          .repeat(
            count: nil,
            steps: [
              .lock(name: first), .compute(.fixed(100 * Nanos.us)), .lock(name: second),
              .compute(.fixed(100 * Nanos.us)), .unlock(name: second), .unlock(name: first),
              .sleep(.fixed(200 * Nanos.ms)),
            ]),
        ])
    }
    let worker = ProcessSpec(
      comm: "worker", count: 4,
      program: [
        .repeat(
          count: 4_000,
          steps: [
            .lock(name: "vnode_lock"), .compute(.exponential(mean: 40 * Nanos.us)),
            .unlock(name: "vnode_lock"), .compute(.exponential(mean: 150 * Nanos.us)),
            .syscall(.exponential(mean: 20 * Nanos.us), giant: true),
          ])
      ])
    return Scenario(
      name: "contention",
      description: "4 CPUs: workers contend for vnode_lock; an ABBA pair and a three-lock cycle "
        + "of lock orders (reported as reversals, timed never to deadlock)",
      cpus: 4,
      processes: [
        worker,
        ordered("fsck", phase: 10 * Nanos.ms, "vnode_lock", "inode_lock"),
        ordered("dump", phase: 60 * Nanos.ms, "inode_lock", "vnode_lock"),
        ordered("sync", phase: 110 * Nanos.ms, "inode_lock", "buf_lock"),
        ordered("newfs", phase: 160 * Nanos.ms, "buf_lock", "vnode_lock"),
      ],
      locks: ["vnode_lock", "inode_lock", "buf_lock"])
  }

  /// 2 CPUs: an em0 packet storm into softnet, which wakes a server on the other CPU.
  static var network: Scenario {
    Scenario(
      name: "network",
      description: "2 CPUs: an em0 packet storm (20,000/s) into softnet, waking httpd",
      cpus: 2, users: [www], processes: [httpd], devices: [em0(rate: 20_000)])
  }

  /// Keystrokes on com0 into softtty and a shell, with a background job.
  static var interactive: Scenario {
    Scenario(
      name: "interactive",
      description: "2 CPUs: bursts of keystrokes on com0 into softtty and a shell; a nice 10 job",
      cpus: 2, users: [student],
      processes: [
        ProcessSpec(
          comm: "ksh", argv: ["-ksh"], user: "student", tty: "00", sessionLeader: true,
          foreground: true, vszKB: 820, rssKB: 940, program: [shellReadingTTY]),
        ProcessSpec(
          comm: "gzip", argv: ["gzip", "-9", "dump.tar"], user: "student", nice: 10, tty: "00",
          vszKB: 1_100, rssKB: 1_900,
          program: [
            .repeat(
              count: nil,
              steps: [
                .compute(.fixed(20 * Nanos.ms)), .syscall(.fixed(200 * Nanos.us), giant: true),
              ])
          ]),
      ],
      devices: [com0])
  }

  /// ehci0 and mpi0 on one source: one ithread named "ehci0,mpi0".
  static var sharedIRQ: Scenario {
    Scenario(
      name: "shared-irq",
      description: "2 CPUs: ehci0 and mpi0 share one level-triggered line and one ithread",
      cpus: 2, processes: [dd], devices: [mpi0, ehci0])
  }

  /// armv7: pending interrupts in a per-CPU FIFO (commit 7874c63).
  static var arm: Scenario {
    Scenario(
      name: "arm",
      description: "2 CPUs, pending = tailq: interrupts deferred by critical sections drain in "
        + "arrival order",
      cpus: 2, kernel: KernelOptions(pending: .tailq), users: [www],
      processes: [
        ProcessSpec(
          comm: "pmapd", argv: ["pmapd"], vszKB: 300, rssKB: 400, count: 2,
          program: [
            .repeat(
              count: nil,
              steps: [
                .compute(.exponential(mean: 2 * Nanos.ms)), .critical(.fixed(400 * Nanos.us)),
              ])
          ]),
        httpd,
        ProcessSpec(
          comm: "dd", argv: ["dd", "if=/dev/rsd0c", "of=/dev/null"], vszKB: 420, rssKB: 610,
          program: [.repeat(count: nil, steps: [.io(device: "sdmmc0")])]),
      ],
      devices: [
        DeviceSpec(
          name: "sdmmc0", slot: 2, vector: 80, trigger: .level, level: .bio,
          service: .fixed(12 * Nanos.us), ioLatency: .exponential(mean: 1 * Nanos.ms)),
        DeviceSpec(
          name: "cpsw0", slot: 6, vector: 93, trigger: .level, level: .net,
          service: .exponential(mean: 5 * Nanos.us), arrival: .poisson(rate: 4_000),
          schedules: .softnet),
      ])
  }
}
