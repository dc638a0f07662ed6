extension Scenario {
  /// Names of the built-in scenarios, in the order `scenario list` shows them.
  public static let builtinNames = ["minimal", "build", "mixed"]
  /// The scenario commands use without `--scenario` (`tour` once it exists).
  public static let defaultName = "mixed"

  /// A built-in scenario by name.
  public static func builtin(named name: String) -> Scenario? {
    switch name {
    case "minimal": return minimal
    case "build": return build()
    case "mixed": return mixed
    default: return nil
    }
  }

  static let student = UserSpec(name: "student", uid: 1000)

  /// 2 CPUs, a login shell and a few sleepers: small enough to follow event by event.
  static var minimal: Scenario {
    Scenario(
      name: "minimal",
      description:
        "2 CPUs, a login shell and a few sleepers; small enough to follow event by event",
      cpus: 2, users: [student],
      processes: [
        ProcessSpec(
          comm: "ksh", argv: ["-ksh"], user: "student", tty: "p0", sessionLeader: true,
          foreground: true, vszKB: 820, rssKB: 940,
          program: [
            .repeat(
              count: nil,
              steps: [
                .sleep(.exponential(mean: 700 * Nanos.ms)),
                .compute(.exponential(mean: 2 * Nanos.ms)),
                .syscall(.fixed(80 * Nanos.us), giant: true),
              ])
          ]),
        ProcessSpec(
          comm: "cron", argv: ["cron"], vszKB: 1052, rssKB: 1196,
          program: [
            .repeat(count: nil, steps: [.sleep(.fixed(Nanos.s)), .compute(.fixed(150 * Nanos.us))])
          ]),
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
    let cc = ProcessSpec(
      comm: "cc", argv: ["cc", "-O2", "-pipe", "-c"], user: "student", tty: "p0", vszKB: 18_460,
      rssKB: 21_300,
      program: [
        .repeat(
          count: 120,
          steps: [
            .compute(.exponential(mean: 3 * Nanos.ms)),
            .syscall(.exponential(mean: 150 * Nanos.us), giant: true),
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
      templates: [cc])
  }

  /// An interactive shell, background compute and periodic sleepers at different nice levels.
  static var mixed: Scenario {
    Scenario(
      name: "mixed",
      description: "4 CPUs: an interactive shell, background compute at nice 0 and 10, "
        + "periodic sleepers at nice -5 and 0",
      cpus: 4, users: [student],
      processes: [
        ProcessSpec(
          comm: "ksh", argv: ["-ksh"], user: "student", tty: "p0", sessionLeader: true,
          foreground: true, vszKB: 820, rssKB: 940,
          program: [
            .repeat(
              count: nil,
              steps: [
                .sleep(.exponential(mean: 400 * Nanos.ms)),
                .compute(.exponential(mean: 4 * Nanos.ms)),
                .syscall(.exponential(mean: 60 * Nanos.us), giant: true),
              ])
          ]),
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
        ProcessSpec(
          comm: "cron", argv: ["cron"], vszKB: 1_052, rssKB: 1_196,
          program: [
            .repeat(count: nil, steps: [.sleep(.fixed(Nanos.s)), .compute(.fixed(150 * Nanos.us))])
          ]),
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
}
