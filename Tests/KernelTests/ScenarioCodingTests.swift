import Foundation
import Testing

@testable import Kernel

/// Decodes `json` as `T`.
private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
  try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// The error decoding `json` as `T` gives, rendered as `path: message`; nil if it decodes.
private func decodingError<T: Decodable>(_ type: T.Type, _ json: String) -> String? {
  do {
    _ = try decode(T.self, json)
    return nil
  } catch let error as DecodingError {
    return render(error)
  } catch {
    return "\(error)"
  }
}

private func render(_ error: DecodingError) -> String {
  func path(_ keys: [any CodingKey]) -> String {
    keys.reduce("") { text, key in
      if let i = key.intValue { return text + "[\(i)]" }
      return text.isEmpty ? key.stringValue : text + "." + key.stringValue
    }
  }
  switch error {
  case .dataCorrupted(let c): return "\(path(c.codingPath)): \(c.debugDescription)"
  case .keyNotFound(let key, let c): return "\(path(c.codingPath)): missing \(key.stringValue)"
  case .typeMismatch(_, let c): return "\(path(c.codingPath)): type mismatch"
  case .valueNotFound(_, let c): return "\(path(c.codingPath)): null"
  @unknown default: return "\(error)"
  }
}

private func scenario(_ json: String) throws -> Scenario { try decode(Scenario.self, json) }

private func scenarioError(_ json: String) -> String? { decodingError(Scenario.self, json) }

/// A scenario with one process whose program is `steps` (JSON text).
private func program(_ steps: String) -> String {
  #"{"name":"t","processes":[{"comm":"sh","program":[\#(steps)]}]}"#
}

@Suite struct DurationTextTests {
  @Test(
    arguments: [
      ("2ms", 2_000_000), ("1.5s", 1_500_000_000), ("250us", 250_000), ("10ns", 10),
      ("2m", 120_000_000_000), ("3", 3_000_000_000), ("0.25", 250_000_000), ("1.5us", 1_500),
      ("0", 0), ("0.000000001", 1), ("1.50m", 90_000_000_000), ("7µs", 7_000), ("-0", 0),
    ] as [(String, Int64)])
  func parsesUnits(text: String, nanos: Int64) {
    #expect(parseDuration(text) == .success(nanos))
  }

  @Test func refusesNegative() {
    #expect(parseDuration("-1") == .failure(DurationError("negative duration")))
    #expect(parseDuration("-2.5ms") == .failure(DurationError("negative duration")))
  }

  @Test(arguments: ["abc", "", "ms", "1..2s", "1.s", ".5s", "1 s", "1sec", "1e3", "+1s", "1h"])
  func refusesGarbage(text: String) {
    #expect(parseDuration(text) == .failure(DurationError("unparsable duration '\(text)'")))
  }

  @Test func refusesSubNanosecondAndOverflow() {
    #expect(
      parseDuration("1.5ns")
        == .failure(DurationError("duration '1.5ns' is not a whole number of nanoseconds")))
    #expect(
      parseDuration("1000000000000m")
        == .failure(DurationError("duration '1000000000000m' is too large")))
    #expect(parseDuration("99999999999999999999") != .success(0))
  }

  @Test(
    arguments: [
      (3_000, "3us"), (2_500_000, "2500us"), (1_000_000_000, "1s"), (0, "0s"), (7, "7ns"),
      (120_000_000_000, "2m"), (90_000_000_000, "90s"), (-3_000, "-3us"), (1_500_000, "1500us"),
    ] as [(Int64, String)])
  func formatsCanonically(nanos: Int64, text: String) {
    #expect(formatDuration(nanos) == text)
    #expect(
      parseDuration(text.hasPrefix("-") ? String(text.dropFirst()) : text) == .success(abs(nanos)))
  }
}

@Suite struct ScenarioDecodingTests {
  @Test func minimalFileTakesEveryDefault() throws {
    let s = try scenario(#"{"name":"x"}"#)
    #expect(s == Scenario(name: "x", processes: []))
    #expect(s.cpus == 2 && s.boot == Scenario.defaultBoot && s.memoryKB == 2_097_152)
    #expect(s.kernel == KernelOptions() && s.costs == Costs())
  }

  @Test func processDefaults() throws {
    let s = try scenario(#"{"name":"x","processes":[{"comm":"cc","program":[]}]}"#)
    let p = try #require(s.processes.first)
    #expect(p == ProcessSpec(comm: "cc", program: []))
    #expect(p.name == "cc" && p.argv == ["cc"] && p.user == "root" && p.tty == nil && p.count == 1)
  }

  @Test func snakeCaseFieldsDecode() throws {
    let json = #"""
      {"name":"x","cpus":4,"memory_kb":1024,"boot":"2015-01-01T00:00:00Z",
       "kernel":{"preemption":2,"idle":"mwait","lock":"mplock","pending":"tailq",
                 "ithread_cpu":"spread","preempt_boost":"literal"},
       "costs":{"context_switch":"4us","ipi_send":2,"hlt_wake":"0.5ms","sched_lock":"1us",
                "lock_fast_path":"30ns","spin_recheck":"200ns","interrupt":"2us",
                "ipi_delivery":"6us","syscall":"1us"},
       "users":[{"name":"bob","uid":1000}],
       "processes":[{"name":"p","comm":"sh","argv":["sh","-i"],"user":"bob","nice":-5,"tty":"p0",
                     "session_leader":true,"foreground":true,"vsz_kb":10,"rss_kb":5,"count":3,
                     "start":"1.5s","program":[{"op":"exit"}]}]}
      """#
    let s = try scenario(json)
    #expect(s.cpus == 4 && s.memoryKB == 1024 && s.boot == "2015-01-01T00:00:00Z")
    #expect(
      s.kernel
        == KernelOptions(
          preemption: 2, idle: .mwait, lock: .mplock, pending: .tailq, ithreadCPU: .spread,
          preemptBoost: .literal))
    #expect(
      s.costs
        == Costs(
          contextSwitch: 4_000, interrupt: 2_000, ipiSend: 2_000_000_000, ipiDelivery: 6_000,
          hltWake: 500_000, syscall: 1_000, schedLock: 1_000, lockFastPath: 30, spinRecheck: 200))
    #expect(s.users == [UserSpec(name: "bob", uid: 1000)])
    #expect(
      s.processes == [
        ProcessSpec(
          name: "p", comm: "sh", argv: ["sh", "-i"], user: "bob", nice: -5, tty: "p0",
          sessionLeader: true, foreground: true, vszKB: 10, rssKB: 5, count: 3,
          start: 1_500_000_000, program: [.exit])
      ])
  }

  @Test func everyStepKind() throws {
    let steps = #"""
      {"op":"compute","duration":"2ms"},
      {"op":"syscall","duration":"10us","giant":true},
      {"op":"syscall","duration":0.5},
      {"op":"sleep","duration":{"dist":"uniform","min":"1ms","max":"3ms"}},
      {"op":"fork","template":"cc","count":4},
      {"op":"fork","template":"cc"},
      {"op":"wait","for":"all"},
      {"op":"wait"},
      {"op":"repeat","count":3,"steps":[{"op":"compute","duration":{"dist":"exponential","mean":"1s"}}]},
      {"op":"repeat","steps":[{"op":"sleep","duration":{"dist":"normal","mean":"10ms","stddev":"2ms"}}]},
      {"op":"exit"}
      """#
    let s = try scenario(program(steps))
    #expect(
      s.processes[0].program == [
        .compute(.fixed(2_000_000)),
        .syscall(.fixed(10_000), giant: true),
        .syscall(.fixed(500_000_000), giant: false),
        .sleep(.uniform(min: 1_000_000, max: 3_000_000)),
        .fork(template: "cc", count: 4),
        .fork(template: "cc", count: 1),
        .wait(all: true),
        .wait(all: false),
        .repeat(count: 3, steps: [.compute(.exponential(mean: Nanos.s))]),
        .repeat(
          count: nil,
          steps: [
            .sleep(.normal(mean: 10_000_000, stddev: 2_000_000, min: 0, max: 20_000_000))
          ]),
        .exit,
      ])
  }

  @Test func fractionalNumbersAreExact() throws {
    let steps = #"{"op":"compute","duration":0.1},{"op":"compute","duration":"0.1"}"#
    let s = try scenario(program(steps))
    let tenth = Step.compute(.fixed(100_000_000))
    #expect(s.processes[0].program == [tenth, tenth])
  }

  @Test(arguments: [
    (#"{"name":"x","cpu":2}"#, ": unknown field 'cpu'"),
    (#"{"name":"x","zz":1,"aa":2}"#, ": unknown field 'aa'"),
    (#"{"name":"x","kernel":{"preempt":1}}"#, "kernel: unknown field 'preempt'"),
    (#"{"name":"x","costs":{"ipi":"1us"}}"#, "costs: unknown field 'ipi'"),
    (#"{"name":"x","users":[{"name":"a","uid":1,"gid":1}]}"#, "users[0]: unknown field 'gid'"),
    (
      #"{"name":"x","processes":[{"comm":"a","program":[],"nicee":1}]}"#,
      "processes[0]: unknown field 'nicee'"
    ),
    (
      program(#"{"op":"compute","duration":"1ms","giant":true}"#),
      "processes[0].program[0]: unknown field 'giant'"
    ),
    (
      program(#"{"op":"sleep","duration":{"dist":"uniform","min":1,"max":2,"mean":1}}"#),
      "processes[0].program[0].duration: unknown field 'mean'"
    ),
  ])
  func unknownFieldsAreErrors(json: String, message: String) {
    #expect(scenarioError(json) == message)
  }

  @Test(arguments: [
    (
      #"{"name":"x","kernel":{"lock":"spin"}}"#,
      "kernel.lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)"
    ),
    (
      #"{"name":"x","kernel":{"idle":"wfi"}}"#,
      "kernel.idle: unknown value 'wfi' (one of: hlt, mwait)"
    ),
    (
      #"{"name":"x","kernel":{"pending":"fifo"}}"#,
      "kernel.pending: unknown value 'fifo' (one of: bitmask, tailq)"
    ),
    (
      #"{"name":"x","kernel":{"ithread_cpu":"all"}}"#,
      "kernel.ithread_cpu: unknown value 'all' (one of: primary, spread)"
    ),
    (
      #"{"name":"x","kernel":{"preempt_boost":"x"}}"#,
      "kernel.preempt_boost: unknown value 'x' (one of: intended, literal)"
    ),
    (
      program(#"{"op":"spin"}"#),
      "processes[0].program[0].op: unknown value 'spin' (one of: compute, syscall, sleep, io, read, critical, mutex, lock, unlock, fork, wait, exit, repeat)"
    ),
    (
      program(#"{"op":"wait","for":"some"}"#),
      "processes[0].program[0].for: unknown value 'some' (one of: any, all)"
    ),
    (
      program(#"{"op":"sleep","duration":{"dist":"pareto"}}"#),
      "processes[0].program[0].duration.dist: unknown value 'pareto' (one of: uniform, exponential, normal)"
    ),
  ])
  func unknownValuesNameTheAllowedOnes(json: String, message: String) {
    #expect(scenarioError(json) == message)
  }

  @Test(arguments: [
    (
      program(#"{"op":"compute","duration":"-1ms"}"#),
      "processes[0].program[0].duration: negative duration"
    ),
    (
      program(#"{"op":"compute","duration":-2}"#),
      "processes[0].program[0].duration: negative duration"
    ),
    (
      program(#"{"op":"compute","duration":"soon"}"#),
      "processes[0].program[0].duration: unparsable duration 'soon'"
    ),
    (
      program(#"{"op":"compute","duration":true}"#),
      #"processes[0].program[0].duration: expected a duration such as "2ms" or a number of seconds"#
    ),
    (
      program(#"{"op":"sleep","duration":{"dist":"exponential","mean":"-1s"}}"#),
      "processes[0].program[0].duration.mean: negative duration"
    ),
    (#"{"name":"x","costs":{"syscall":"-1ns"}}"#, "costs.syscall: negative duration"),
    (
      #"{"name":"x","processes":[{"comm":"a","program":[],"start":"x"}]}"#,
      "processes[0].start: unparsable duration 'x'"
    ),
  ])
  func badDurationsNameTheirPath(json: String, message: String) {
    #expect(scenarioError(json) == message)
  }

  @Test func requiredFields() {
    #expect(scenarioError(#"{"cpus":2}"#) == ": missing name")
    #expect(
      scenarioError(#"{"name":"x","processes":[{"program":[]}]}"#) == "processes[0]: missing comm")
    #expect(
      scenarioError(#"{"name":"x","processes":[{"comm":"a"}]}"#) == "processes[0]: missing program")
    #expect(scenarioError(program(#"{"duration":"1s"}"#)) == "processes[0].program[0]: missing op")
    #expect(
      scenarioError(program(#"{"op":"sleep"}"#)) == "processes[0].program[0]: missing duration")
  }
}

@Suite struct ScenarioValidationTests {
  private func problem(_ json: String) throws -> String? {
    try scenario(json).validate()?.description
  }

  @Test func builtinsAreValid() throws {
    for name in Scenario.builtinNames {
      if let s = Scenario.builtin(named: name) { #expect(s.validate() == nil, "\(name)") }
    }
  }

  @Test(arguments: [
    (#"{"name":"x","cpus":0}"#, "cpus: must be 1…256 (got 0)"),
    (#"{"name":"x","cpus":300}"#, "cpus: must be 1…256 (got 300)"),
    (#"{"name":""}"#, "name: empty"),
    (
      #"{"name":"x","boot":"yesterday"}"#,
      "boot: expected an ISO 8601 UTC time like 2014-12-10T02:01:00Z (got 'yesterday')"
    ),
    (
      #"{"name":"x","boot":"2014-02-30T00:00:00Z"}"#,
      "boot: expected an ISO 8601 UTC time like 2014-12-10T02:01:00Z (got '2014-02-30T00:00:00Z')"
    ),
    (#"{"name":"x","memory_kb":0}"#, "memory_kb: must be at least 1"),
    (#"{"name":"x","kernel":{"preemption":3}}"#, "kernel.preemption: must be 0, 1 or 2 (got 3)"),
    (
      #"{"name":"x","users":[{"name":"a","uid":5},{"name":"b","uid":5}]}"#,
      "users[1].uid: duplicate uid 5"
    ),
    (
      #"{"name":"x","users":[{"name":"a","uid":5},{"name":"a","uid":6}]}"#,
      "users[1].name: duplicate user 'a'"
    ),
    (#"{"name":"x","users":[{"name":"root","uid":7}]}"#, "users[0].name: duplicate user 'root'"),
    (#"{"name":"x","users":[{"name":"toor","uid":0}]}"#, "users[0].uid: duplicate uid 0"),
    (#"{"name":"x","processes":[{"comm":"","program":[]}]}"#, "processes[0].name: empty"),
    (
      #"{"name":"x","processes":[{"name":"n","comm":"","program":[]}]}"#, "processes[0].comm: empty"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","argv":[],"program":[]}]}"#, "processes[0].argv: empty"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","user":"bob","program":[]}]}"#,
      "processes[0].user: unknown user 'bob'"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","nice":21,"program":[]}]}"#,
      "processes[0].nice: must be -20…20 (got 21)"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","nice":-21,"program":[]}]}"#,
      "processes[0].nice: must be -20…20 (got -21)"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","count":0,"program":[]}]}"#,
      "processes[0].count: must be 1…10000 (got 0)"
    ),
    (
      #"{"name":"x","processes":[{"comm":"a","tty":"","program":[]}]}"#,
      "processes[0].tty: empty (use null for no terminal)"
    ),
    (
      program(#"{"op":"fork","template":"cc"}"#),
      "processes[0].program[0].template: unknown template 'cc'"
    ),
    (
      program(#"{"op":"repeat","count":-1,"steps":[{"op":"exit"}]}"#),
      "processes[0].program[0].count: negative (got -1)"
    ),
    (program(#"{"op":"repeat","steps":[]}"#), "processes[0].program[0].steps: empty"),
    (
      program(#"{"op":"sleep","duration":{"dist":"uniform","min":"2ms","max":"1ms"}}"#),
      "processes[0].program[0].duration: uniform min 2ms > max 1ms"
    ),
    (
      program(
        #"{"op":"repeat","steps":[{"op":"exit"},{"op":"sleep","duration":{"dist":"normal","mean":"1ms","stddev":"1ms","min":"2ms","max":"1ms"}}]}"#
      ), "processes[0].program[0].steps[1].duration: normal min 2ms > max 1ms"
    ),
    (
      #"{"name":"x","templates":[{"comm":"cc","program":[]},{"comm":"cc","program":[]}]}"#,
      "templates[1].name: duplicate template 'cc'"
    ),
    (
      #"{"name":"x","templates":[{"comm":"cc","nice":99,"program":[]}]}"#,
      "templates[0].nice: must be -20…20 (got 99)"
    ),
  ])
  func reportsTheFirstProblemWithItsPath(json: String, message: String) throws {
    #expect(try problem(json) == message)
  }

  @Test func negativeValuesBuiltInSwiftAreCaught() {
    var s = Scenario(name: "x", processes: [ProcessSpec(comm: "a", program: [])])
    s.processes.append(ProcessSpec(comm: "b", program: [.exit, .exit, .compute(.fixed(-1))]))
    #expect(s.validate()?.description == "processes[1].program[2].duration: negative duration")
    s.processes[1].program = [.sleep(.normal(mean: 1, stddev: -1, min: 0, max: 2))]
    #expect(
      s.validate()?.description == "processes[1].program[0].duration.stddev: negative duration")
    s.processes[1].program = []
    s.costs.hltWake = -5
    #expect(s.validate()?.description == "costs.hlt_wake: negative duration")
    s.costs = Costs()
    s.processes[0].start = -1
    #expect(s.validate()?.description == "processes[0].start: negative duration")
  }

  @Test func forkOfADeclaredTemplateIsFine() throws {
    let json = #"""
      {"name":"x","users":[{"name":"bob","uid":1000}],
       "templates":[{"comm":"cc","user":"bob","program":[{"op":"compute","duration":"1s"}]}],
       "processes":[{"comm":"make","program":[{"op":"fork","template":"cc","count":2},{"op":"wait","for":"all"}]}]}
      """#
    #expect(try problem(json) == nil)
  }

  @Test func machineInitAppliesValidation() throws {
    let s = try scenario(#"{"name":"x","cpus":0}"#)
    #expect(throws: ScenarioError(path: "cpus", message: "must be 1…256 (got 0)")) {
      _ = try Machine(scenario: s, seed: 1)
    }
  }
}

@Suite struct ScenarioEncodingTests {
  private func roundTrip(_ s: Scenario) throws -> Scenario {
    try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(s))
  }

  @Test func everyBuiltinRoundTrips() throws {
    let builtins = Scenario.builtinNames.compactMap(Scenario.builtin(named:))
    #expect(!builtins.isEmpty)
    for s in builtins { #expect(try roundTrip(s) == s, "\(s.name)") }
  }

  @Test func everyShapeRoundTrips() throws {
    let s = Scenario(
      name: "all", description: "every shape", cpus: 8, memoryKB: 4096,
      kernel: KernelOptions(preemption: 1, idle: .mwait, lock: .rrwlock, pending: .tailq),
      costs: Costs(contextSwitch: 2_500, spinRecheck: 1), users: [UserSpec(name: "u", uid: 9)],
      processes: [
        ProcessSpec(
          comm: "make", user: "u", tty: "p0", sessionLeader: true, start: 1_500_000,
          program: [
            .fork(template: "cc", count: 4), .wait(all: true), .wait(all: false), .exit,
            .repeat(count: nil, steps: [.compute(.uniform(min: 1, max: 3_000))]),
            .repeat(count: 0, steps: [.sleep(.normal(mean: 5, stddev: 1, min: 0, max: 9))]),
            .syscall(.exponential(mean: 7), giant: true), .syscall(.fixed(0), giant: false),
          ])
      ],
      templates: [ProcessSpec(name: "cc", comm: "cc1", argv: ["cc", "-O2"], program: [])])
    #expect(try roundTrip(s) == s)
  }

  @Test func encodingWritesEveryFieldAndCanonicalDurations() throws {
    let s = Scenario(
      name: "x", processes: [ProcessSpec(comm: "a", program: [.compute(.fixed(2_500_000))])])
    let object = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(s)) as? [String: Any])
    #expect(
      object.keys.sorted() == [
        "boot", "costs", "cpus", "description", "devices", "kernel", "locks", "memory_kb",
        "mutexes", "name", "processes", "templates", "users",
      ])
    let costs = try #require(object["costs"] as? [String: String])
    #expect(
      costs["context_switch"] == "3us" && costs["syscall"] == "500ns" && costs["hlt_wake"] == "20us"
    )
    let process = try #require((object["processes"] as? [[String: Any]])?.first)
    #expect(process.keys.count == 14)
    #expect(process["daemon"] as? Bool == false)
    #expect(process["tty"] is NSNull)
    #expect(process["start"] as? String == "0s")
    let step = try #require((process["program"] as? [[String: Any]])?.first)
    #expect(step["op"] as? String == "compute" && step["duration"] as? String == "2500us")
  }
}

@Suite struct InputLogCodingTests {
  @Test func decodesSysctlInputs() throws {
    let json = #"""
      {"inputs":[{"at":"1.5s","sysctl":"kern.preemption","value":1},
                 {"value":2,"sysctl":"kern.preemption","at":2}]}
      """#
    let log = try decode(InputLog.self, json)
    #expect(
      log.inputs == [
        Input(time: 1_500_000_000, kind: .sysctl(name: "kern.preemption", value: 1)),
        Input(time: 2_000_000_000, kind: .sysctl(name: "kern.preemption", value: 2)),
      ])
    let again = try JSONDecoder().decode(InputLog.self, from: JSONEncoder().encode(log))
    #expect(again == log)
  }

  @Test(arguments: [
    (
      #"{"inputs":[{"at":"1s","foo":"x"}]}"#,
      "inputs[0]: unknown input 'foo' (one of: sysctl, inject, rate)"
    ),
    (#"{"inputs":[{"at":"1s"}]}"#, "inputs[0]: missing input kind (one of: sysctl, inject, rate)"),
    (
      #"{"inputs":[{"at":"1s","sysctl":"kern.preemption","value":1,"extra":2}]}"#,
      "inputs[0]: unknown field 'extra'"
    ),
    (
      #"{"inputs":[{"at":"-1s","sysctl":"kern.preemption","value":1}]}"#,
      "inputs[0].at: negative duration"
    ),
    (
      #"{"inputs":[{"at":"2s","sysctl":"a","value":1},{"at":"1s","sysctl":"a","value":1}]}"#,
      "inputs[1].at: earlier than the input before it"
    ),
    (#"{"input":[]}"#, ": unknown field 'input'"),
  ])
  func refusesBadInputs(json: String, message: String) {
    #expect(decodingError(InputLog.self, json) == message)
  }
}

/// A scenario with `devices` (JSON text) and one process running `steps` (JSON text).
private func withDevices(_ devices: String, steps: String = "", mutexes: String = "[]") -> String {
  #"""
  {"name":"t","mutexes":\#(mutexes),"devices":[\#(devices)],
   "processes":[{"comm":"sh","program":[\#(steps)]}]}
  """#
}

@Suite struct DeviceCodingTests {
  private func roundTrip(_ s: Scenario) throws -> Scenario {
    try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(s))
  }

  /// Every new field, every arrival kind, every new step, cost and sharing.
  static let interrupting = Scenario(
    name: "irq", cpus: 4,
    costs: Costs(softintrPass: 2_000, softintrItem: 500),
    processes: [
      ProcessSpec(
        comm: "server",
        program: [
          .io(device: "ahci0"), .read(from: .softnet), .read(from: .softtty),
          .critical(.fixed(50_000)), .mutex(name: "pool_mtx", .uniform(min: 100, max: 900)),
          .repeat(count: 2, steps: [.critical(.exponential(mean: 7_000))]),
        ])
    ],
    devices: [
      DeviceSpec(
        name: "em0", slot: 3, vector: 112, trigger: .level, level: .net, mpsafe: true,
        service: .fixed(15_000), arrival: .poisson(rate: 8000), schedules: .softnet,
        ioLatency: .fixed(100_000), wmesg: "netio"),
      DeviceSpec(
        name: "ehci0", slot: 5, vector: 144, trigger: .edge, level: .bio, mpsafe: false,
        arrival: .periodic(period: 10 * Nanos.ms)),
      DeviceSpec(name: "mpi0", shares: "ehci0", level: .bio, arrival: .none),
      DeviceSpec(
        name: "com0", slot: 7, vector: 160, level: .tty,
        service: .normal(mean: 4_000, stddev: 1_000, min: 1_000, max: 9_000),
        arrival: .bursts(count: 5, gap: 80 * Nanos.us, every: 300 * Nanos.ms),
        schedules: .softtty, wmesg: "ttyout"),
      DeviceSpec(name: "ahci0", slot: 9, vector: 176, ioLatency: .exponential(mean: 200_000)),
    ],
    mutexes: ["pool_mtx", "bufcache"])

  @Test func interruptingScenarioRoundTripsAndIsValid() throws {
    let s = Self.interrupting
    #expect(s.validate() == nil)
    #expect(try roundTrip(s) == s)
  }

  @Test func deviceDefaultsComeFromTheInitialiser() throws {
    let s = try scenario(withDevices(#"{"name":"em0"}"#))
    #expect(s.devices == [DeviceSpec(name: "em0")])
    let d = try #require(s.devices.first)
    #expect(d.trigger == .level && d.level == .bio && d.mpsafe && d.arrival == .none)
    #expect(d.shares == nil && d.schedules == nil && d.wmesg == "biowait")
    #expect(d.service == .fixed(10_000) && d.ioLatency == .fixed(100_000))
    #expect(s.mutexes.isEmpty)
    #expect(try scenario(#"{"name":"x"}"#).devices.isEmpty)
  }

  @Test func deviceDecodesEverySnakeCaseField() throws {
    let json = withDevices(
      #"""
      {"name":"em0","shares":null,"slot":3,"vector":112,"trigger":"edge","level":"net",
       "mpsafe":false,"service":"15us","arrival":{"poisson":8000},"schedules":"softnet",
       "io_latency":"1ms","wmesg":"netio"},
      {"name":"ehci0","arrival":{"periodic":"10ms"}},
      {"name":"mpi0","shares":"ehci0","arrival":"none"},
      {"name":"com0","slot":1,"vector":1,"arrival":{"bursts":{"count":3,"gap":"5us","every":0.5}}}
      """#, mutexes: #"["pool_mtx"]"#)
    let s = try scenario(json)
    #expect(
      s.devices == [
        DeviceSpec(
          name: "em0", slot: 3, vector: 112, trigger: .edge, level: .net, mpsafe: false,
          service: .fixed(15_000), arrival: .poisson(rate: 8000), schedules: .softnet,
          ioLatency: .fixed(1_000_000), wmesg: "netio"),
        DeviceSpec(name: "ehci0", arrival: .periodic(period: 10_000_000)),
        DeviceSpec(name: "mpi0", shares: "ehci0"),
        DeviceSpec(
          name: "com0", slot: 1, vector: 1,
          arrival: .bursts(count: 3, gap: 5_000, every: 500_000_000)),
      ])
    #expect(s.mutexes == ["pool_mtx"])
  }

  @Test func newStepsCostsAndInputsDecode() throws {
    let steps = #"""
      {"op":"io","device":"em0"},{"op":"read","from":"softnet"},{"op":"read","from":"softtty"},
      {"op":"critical","duration":"20us"},{"op":"mutex","name":"m","duration":{"dist":"exponential","mean":"1us"}}
      """#
    let s = try scenario(withDevices(#"{"name":"em0"}"#, steps: steps, mutexes: #"["m"]"#))
    #expect(
      s.processes[0].program == [
        .io(device: "em0"), .read(from: .softnet), .read(from: .softtty),
        .critical(.fixed(20_000)), .mutex(name: "m", .exponential(mean: 1_000)),
      ])
    let costs = try scenario(#"{"name":"x","costs":{"softintr_pass":"3us","softintr_item":"2us"}}"#)
    #expect(costs.costs == Costs(softintrPass: 3_000, softintrItem: 2_000))
    #expect(Costs().softintrPass == 1_000 && Costs().softintrItem == 1_000)
    let log = try decode(
      InputLog.self,
      #"{"inputs":[{"at":"2s","inject":"em0"},{"at":"2s","rate":"em0","per_second":500}]}"#)
    #expect(
      log.inputs == [
        Input(time: 2 * Nanos.s, kind: .inject(device: "em0")),
        Input(time: 2 * Nanos.s, kind: .rate(device: "em0", perSecond: 500)),
      ])
    let again = try JSONDecoder().decode(InputLog.self, from: JSONEncoder().encode(log))
    #expect(again == log)
  }

  @Test func encodingWritesEveryDeviceFieldAndNoneAsAString() throws {
    let s = Scenario(name: "x", processes: [], devices: [DeviceSpec(name: "em0")])
    let object = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(s)) as? [String: Any])
    let device = try #require((object["devices"] as? [[String: Any]])?.first)
    #expect(
      device.keys.sorted() == [
        "arrival", "io_latency", "level", "mpsafe", "name", "schedules", "service", "shares",
        "slot", "trigger", "vector", "wmesg",
      ])
    #expect(device["arrival"] as? String == "none")
    #expect(device["shares"] is NSNull && device["schedules"] is NSNull)
    #expect(device["service"] as? String == "10us" && device["io_latency"] as? String == "100us")
    #expect(device["trigger"] as? String == "level" && device["level"] as? String == "bio")
    let costs = try #require(object["costs"] as? [String: String])
    #expect(costs["softintr_pass"] == "1us" && costs["softintr_item"] == "1us")
    #expect((object["mutexes"] as? [String]) == [])
  }

  @Test func arrivalEncodesAsOneKeyObjects() throws {
    func text(_ a: Arrival) throws -> String {
      String(decoding: try JSONEncoder().encode([a]), as: UTF8.self)
    }
    #expect(try text(.none) == #"["none"]"#)
    #expect(try text(.poisson(rate: 8000)) == #"[{"poisson":8000}]"#)
    #expect(try text(.periodic(period: 10_000_000)) == #"[{"periodic":"10ms"}]"#)
    let bursts = try JSONSerialization.jsonObject(
      with: JSONEncoder().encode([Arrival.bursts(count: 4, gap: 1_000, every: Nanos.s)]))
    let b = try #require(((bursts as? [[String: Any]])?.first)?["bursts"] as? [String: Any])
    #expect(
      b["count"] as? Int == 4 && b["gap"] as? String == "1us" && b["every"] as? String == "1s")
  }

  @Test(arguments: [
    (
      withDevices(#"{"name":"em0","trigger":"pulse"}"#),
      "devices[0].trigger: unknown value 'pulse' (one of: level, edge)"
    ),
    (
      withDevices(#"{"name":"em0","level":"high"}"#),
      "devices[0].level: unknown value 'high' (one of: bio, net, tty, vm, audio)"
    ),
    (
      withDevices(#"{"name":"em0","schedules":"softbio"}"#),
      "devices[0].schedules: unknown value 'softbio' (one of: softclock, softnet, softtty)"
    ),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"read","from":"softdisk"}"#),
      "processes[0].program[0].from: unknown value 'softdisk' (one of: softclock, softnet, softtty)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":"often"}"#),
      "devices[0].arrival: unknown value 'often' (one of: none, poisson, periodic, bursts)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"poison":5}}"#),
      "devices[0].arrival: unknown arrival 'poison' (one of: none, poisson, periodic, bursts)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"poisson":5,"periodic":"1s"}}"#),
      "devices[0].arrival: more than one arrival kind (periodic, poisson)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{}}"#),
      "devices[0].arrival: missing arrival kind (one of: none, poisson, periodic, bursts)"
    ),
    (
      withDevices(
        #"{"name":"em0","arrival":{"bursts":{"count":2,"gap":"1us","every":"1s","n":1}}}"#),
      "devices[0].arrival.bursts: unknown field 'n'"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"periodic":"-1ms"}}"#),
      "devices[0].arrival.periodic: negative duration"
    ),
    (withDevices(#"{"name":"em0","irq":3}"#), "devices[0]: unknown field 'irq'"),
    (withDevices(#"{"slot":3}"#), "devices[0]: missing name"),
    (withDevices(#"{"name":"em0","service":"-1us"}"#), "devices[0].service: negative duration"),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"io","device":"em0","count":2}"#),
      "processes[0].program[0]: unknown field 'count'"
    ),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"critical","duration":"-5us"}"#),
      "processes[0].program[0].duration: negative duration"
    ),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"mutex","duration":"5us"}"#),
      "processes[0].program[0]: missing name"
    ),
    (#"{"name":"x","costs":{"softintr_item":"-1us"}}"#, "costs.softintr_item: negative duration"),
  ])
  func decodingErrorsNameTheirPath(json: String, message: String) {
    #expect(scenarioError(json) == message)
  }

  @Test(arguments: [
    (
      #"{"inputs":[{"at":"1s","rate":"em0","per_second":-5}]}"#,
      "inputs[0].per_second: negative rate"
    ),
    (#"{"inputs":[{"at":"1s","rate":"em0"}]}"#, "inputs[0]: missing per_second"),
    (#"{"inputs":[{"at":"1s","inject":""}]}"#, "inputs[0].inject: empty device name"),
    (
      #"{"inputs":[{"at":"1s","inject":"em0","per_second":5}]}"#,
      "inputs[0]: unknown field 'per_second'"
    ),
    (
      #"{"inputs":[{"at":"1s","inject":"em0","rate":"em0","per_second":5}]}"#,
      "inputs[0]: more than one input kind (inject, rate)"
    ),
  ])
  func badInjectAndRateInputs(json: String, message: String) {
    #expect(decodingError(InputLog.self, json) == message)
  }
}

@Suite struct DeviceValidationTests {
  private func problem(_ json: String) throws -> String? {
    try scenario(json).validate()?.description
  }

  @Test(arguments: [
    (withDevices(#"{"name":""}"#), "devices[0].name: empty"),
    (
      withDevices(#"{"name":"abcdefghijklmnopq"}"#),
      "devices[0].name: longer than 16 characters ('abcdefghijklmnopq')"
    ),
    (
      withDevices(#"{"name":"clock"}"#),
      "devices[0].name: 'clock' is reserved (the kernel's own event counter)"
    ),
    (
      withDevices(#"{"name":"em0","slot":1,"vector":1},{"name":"em0","slot":2,"vector":2}"#),
      "devices[1].name: duplicate device 'em0'"
    ),
    (
      withDevices(
        #"{"name":"a","slot":1,"vector":1},{"name":"b","slot":2,"vector":2},{"name":"c","shares":"mpi9"}"#
      ),
      "devices[2].shares: unknown device 'mpi9'"
    ),
    (
      withDevices(
        #"{"name":"a","slot":1,"vector":1},{"name":"b","shares":"a"},{"name":"c","shares":"b"}"#),
      "devices[2].shares: 'b' itself shares 'a's source; name the device that owns it"
    ),
    (
      withDevices(#"{"name":"a","shares":"a"}"#),
      "devices[0].shares: a device cannot share its own source"
    ),
    (
      withDevices(#"{"name":"a","shares":"b"},{"name":"b","slot":2,"vector":2}"#),
      "devices[0].shares: 'b' is declared after this device; the source's owner comes first"
    ),
    (
      withDevices(#"{"name":"a","slot":4,"vector":40},{"name":"b","shares":"a","slot":5}"#),
      "devices[1].slot: 5 differs from its source's (a: 4)"
    ),
    (
      withDevices(#"{"name":"a","slot":4,"vector":40},{"name":"b","shares":"a","vector":41}"#),
      "devices[1].vector: 41 differs from its source's (a: 40)"
    ),
    (
      withDevices(#"{"name":"em0","slot":62}"#),
      "devices[0].slot: must be 0…61 (got 62; 62 and 63 are the clock and IPIs)"
    ),
    (
      withDevices(#"{"name":"em0","slot":-1}"#),
      "devices[0].slot: must be 0…61 (got -1; 62 and 63 are the clock and IPIs)"
    ),
    (withDevices(#"{"name":"em0","vector":256}"#), "devices[0].vector: must be 0…255 (got 256)"),
    (
      withDevices(#"{"name":"a","slot":3,"vector":1},{"name":"b","slot":3,"vector":2}"#),
      "devices[1].slot: slot 3 is already a's"
    ),
    (
      withDevices(#"{"name":"a","slot":3,"vector":7},{"name":"b","slot":4,"vector":7}"#),
      "devices[1].vector: vector 7 is already a's"
    ),
    (
      withDevices(#"{"name":"em0","level":"vm","mpsafe":false}"#),
      "devices[0].mpsafe: level 'vm' needs an MPSAFE handler (levels above tty must be)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"poisson":-5}}"#),
      "devices[0].arrival.poisson: negative rate"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"periodic":0}}"#),
      "devices[0].arrival.periodic: must be positive"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"bursts":{"count":0,"gap":"1us","every":"1s"}}}"#),
      "devices[0].arrival.bursts.count: must be at least 1 (got 0)"
    ),
    (
      withDevices(#"{"name":"em0","arrival":{"bursts":{"count":2,"gap":"1us","every":"0s"}}}"#),
      "devices[0].arrival.bursts.every: must be positive"
    ),
    (
      withDevices(#"{"name":"em0","schedules":"softclock"}"#),
      "devices[0].schedules: softclock is scheduled by hardclock only (one of: softnet, softtty)"
    ),
    (
      withDevices(#"{"name":"em0","io_latency":{"dist":"uniform","min":"2ms","max":"1ms"}}"#),
      "devices[0].io_latency: uniform min 2ms > max 1ms"
    ),
    (withDevices(#"{"name":"em0","wmesg":""}"#), "devices[0].wmesg: empty"),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"io","device":"sd0"}"#),
      "processes[0].program[0].device: unknown device 'sd0'"
    ),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"read","from":"softclock"}"#),
      "processes[0].program[0].from: softclock is not readable (one of: softnet, softtty)"
    ),
    (
      withDevices(#"{"name":"em0"}"#, steps: #"{"op":"mutex","name":"nope","duration":"1us"}"#),
      "processes[0].program[0].name: unknown mutex 'nope'"
    ),
    (
      withDevices(#"{"name":"em0"}"#, mutexes: #"["a","b","a"]"#),
      "mutexes[2]: duplicate mutex 'a'"
    ),
    (withDevices(#"{"name":"em0"}"#, mutexes: #"[""]"#), "mutexes[0]: empty"),
  ])
  func reportsTheFirstProblemWithItsPath(json: String, message: String) throws {
    #expect(try problem(json) == message)
  }

  @Test func aSharingDeviceMayRepeatItsSourcesSlotAndVector() throws {
    let json = withDevices(
      #"{"name":"ehci0","slot":5,"vector":144},{"name":"mpi0","shares":"ehci0","slot":5,"vector":144,"trigger":"edge"}"#
    )
    #expect(try problem(json) == nil)
    // A sharing device's slot and vector are not taken from the pool of its own sources' values.
    let reused = withDevices(
      #"{"name":"a","slot":5,"vector":144},{"name":"b","shares":"a"},{"name":"c","slot":6,"vector":145}"#
    )
    #expect(try problem(reused) == nil)
  }

  @Test func negativeValuesBuiltInSwiftAreCaught() {
    var s = DeviceCodingTests.interrupting
    s.processes[0].program = [.mutex(name: "pool_mtx", .fixed(-1))]
    #expect(s.validate()?.description == "processes[0].program[0].duration: negative duration")
    s.processes[0].program = [.critical(.normal(mean: 5, stddev: -2, min: 0, max: 9))]
    #expect(
      s.validate()?.description == "processes[0].program[0].duration.stddev: negative duration")
    s.processes[0].program = []
    s.devices[0].arrival = .bursts(count: 2, gap: -1, every: Nanos.s)
    #expect(s.validate()?.description == "devices[0].arrival.bursts.gap: negative duration")
    s.devices[0].arrival = .periodic(period: -3)
    #expect(s.validate()?.description == "devices[0].arrival.periodic: negative duration")
    s.devices[0].arrival = .none
    s.devices[4].ioLatency = .fixed(-1)
    #expect(s.validate()?.description == "devices[4].io_latency: negative duration")
    s.devices[4].ioLatency = .fixed(1)
    s.costs.softintrPass = -1
    #expect(s.validate()?.description == "costs.softintr_pass: negative duration")
  }
}

/// A scenario declaring `locks` (JSON text) whose processes run the given programs (JSON text).
private func withLocks(_ locks: String, _ programs: String...) -> String {
  let processes = programs.map { #"{"comm":"p","program":[\#($0)]}"# }
  return #"{"name":"t","locks":\#(locks),"processes":[\#(processes.joined(separator: ","))]}"#
}

@Suite struct LockCodingTests {
  private func roundTrip(_ s: Scenario) throws -> Scenario {
    try JSONDecoder().decode(Scenario.self, from: JSONEncoder().encode(s))
  }

  private func problem(_ json: String) throws -> String? {
    try scenario(json).validate()?.description
  }

  @Test func locksAndLockStepsDecode() throws {
    let s = try scenario(
      withLocks(
        #"["vnode_lock", "pool_lock"]"#,
        #"""
        {"op":"lock","name":"vnode_lock"},{"op":"lock","name":"giant"},
        {"op":"unlock","name":"giant"},{"op":"unlock","name":"vnode_lock"}
        """#))
    #expect(s.locks == ["vnode_lock", "pool_lock"])
    #expect(
      s.processes[0].program == [
        .lock(name: "vnode_lock"), .lock(name: "giant"), .unlock(name: "giant"),
        .unlock(name: "vnode_lock"),
      ])
    #expect(s.validate() == nil)
    #expect(try scenario(#"{"name":"x"}"#).locks.isEmpty)
  }

  @Test func nestedRecursiveAndInterleavedLockingRoundTrips() throws {
    let s = Scenario(
      name: "locks", cpus: 4,
      processes: [
        ProcessSpec(
          comm: "a",
          program: [
            .lock(name: "a"), .lock(name: "b"), .unlock(name: "a"), .lock(name: "a"),
            .lock(name: "a"), .unlock(name: "a"), .unlock(name: "a"), .unlock(name: "b"),
            .repeat(
              count: 3,
              steps: [
                .lock(name: "giant"), .syscall(.fixed(1_000), giant: true),
                .repeat(count: nil, steps: [.lock(name: "b"), .unlock(name: "b")]),
              ]),
          ])
      ],
      locks: ["a", "b"])
    #expect(s.validate() == nil)
    #expect(try roundTrip(s) == s)
  }

  @Test func lockStepsEncodeOpAndNameOnly() throws {
    let s = Scenario(
      name: "x",
      processes: [ProcessSpec(comm: "a", program: [.lock(name: "l"), .unlock(name: "l")])],
      locks: ["l"])
    let object = try #require(
      JSONSerialization.jsonObject(with: JSONEncoder().encode(s)) as? [String: Any])
    #expect((object["locks"] as? [String]) == ["l"])
    let process = try #require((object["processes"] as? [[String: Any]])?.first)
    let steps = try #require(process["program"] as? [[String: String]])
    #expect(steps == [["op": "lock", "name": "l"], ["op": "unlock", "name": "l"]])
  }

  @Test func badLockStepsAreDecodingErrors() {
    #expect(scenarioError(program(#"{"op":"lock"}"#)) == "processes[0].program[0]: missing name")
    #expect(
      scenarioError(program(#"{"op":"unlock","name":"a","duration":"1s"}"#))
        == "processes[0].program[0]: unknown field 'duration'")
    #expect(
      scenarioError(program(#"{"op":"bmtx_lock","name":"a"}"#))
        == "processes[0].program[0].op: unknown value 'bmtx_lock' (one of: compute, syscall, sleep, io, read, critical, mutex, lock, unlock, fork, wait, exit, repeat)"
    )
    #expect(scenarioError(#"{"name":"x","locks":"a"}"#) == "locks: type mismatch")
    #expect(
      scenarioError(#"{"name":"x","kernel":{"lock":"spin"}}"#)
        == "kernel.lock: unknown value 'spin' (one of: mplock, rrwlock, bmtx)")
  }

  @Test(arguments: [
    (withLocks(#"["a", ""]"#), "locks[1]: empty"),
    (withLocks(#"["a", "b", "a"]"#), "locks[2]: duplicate lock 'a'"),
    (
      withLocks(#"["giant"]"#),
      "locks[0]: 'giant' is the kernel lock (steps name it without declaring it)"
    ),
    (
      withLocks(
        #"["a"]"#, #"{"op":"exit"},{"op":"compute","duration":"1ms"},{"op":"lock","name":"foo"}"#),
      "processes[0].program[2].name: unknown lock 'foo'"
    ),
    (
      withLocks(#"["a"]"#, #"{"op":"repeat","steps":[{"op":"unlock","name":"kernel_lock"}]}"#),
      "processes[0].program[0].steps[0].name: unknown lock 'kernel_lock'"
    ),
    (
      withLocks(
        #"["a", "b"]"#, #"{"op":"exit"}"#,
        #"""
        {"op":"lock","name":"a"},{"op":"lock","name":"b"},{"op":"unlock","name":"b"},
        {"op":"unlock","name":"b"},{"op":"unlock","name":"a"}
        """#),
      "processes[1].program[3]: unlock of 'b', which is not held"
    ),
    (
      withLocks(#"["a"]"#, #"{"op":"unlock","name":"giant"}"#),
      "processes[0].program[0]: unlock of 'giant', which is not held"
    ),
    (
      withLocks(#"["a"]"#, #"{"op":"compute","duration":"1ms"},{"op":"lock","name":"a"}"#),
      "processes[0].program: ends holding 'a' (taken at processes[0].program[1])"
    ),
    (
      withLocks(
        #"["a"]"#, #"{"op":"lock","name":"a"},{"op":"lock","name":"a"},{"op":"unlock","name":"a"}"#),
      "processes[0].program: ends holding 'a' (taken at processes[0].program[0])"
    ),
    (
      withLocks(#"["a"]"#, #"{"op":"lock","name":"a"},{"op":"exit"}"#),
      "processes[0].program[1]: exit while holding 'a' (taken at processes[0].program[0])"
    ),
    (
      withLocks(
        #"["a"]"#,
        #"{"op":"repeat","count":2,"steps":[{"op":"lock","name":"a"}]},{"op":"unlock","name":"a"}"#),
      "processes[0].program[0]: each pass ends holding 'a' (taken at processes[0].program[0].steps[0]); release it in the body"
    ),
    (
      withLocks(
        #"["a"]"#,
        #"{"op":"lock","name":"a"},{"op":"repeat","count":0,"steps":[{"op":"unlock","name":"a"}]}"#),
      "processes[0].program[1]: each pass releases 'a', taken before the repeat; take it again in the body"
    ),
    (
      withLocks(#"["a"]"#, #"{"op":"repeat","steps":[{"op":"lock","name":"a"}]}"#),
      "processes[0].program[0]: each pass ends holding 'a' (taken at processes[0].program[0].steps[0]); release it in the body"
    ),
    (
      #"{"name":"t","locks":["a"],"templates":[{"comm":"cc","program":[{"op":"unlock","name":"a"}]}]}"#,
      "templates[0].program[0]: unlock of 'a', which is not held"
    ),
  ])
  func lockProblemsNameTheirPath(json: String, message: String) throws {
    #expect(try problem(json) == message)
  }

  @Test func programsThatBalanceTheirLocksAreValid() throws {
    for json in [
      // Interleaved release (the branch log: "Interleaving on unlocking is allowed").
      withLocks(
        #"["a", "b"]"#,
        #"{"op":"lock","name":"a"},{"op":"lock","name":"b"},{"op":"unlock","name":"a"},{"op":"unlock","name":"b"}"#
      ),
      // A body that drops and retakes a lock held around it leaves the set as it found it.
      withLocks(
        #"["a"]"#,
        #"{"op":"lock","name":"a"},{"op":"repeat","count":3,"steps":[{"op":"unlock","name":"a"},{"op":"lock","name":"a"}]},{"op":"unlock","name":"a"}"#
      ),
      // A program held forever inside an endless loop never ends holding it.
      withLocks(
        #"["a"]"#,
        #"{"op":"lock","name":"a"},{"op":"repeat","steps":[{"op":"sleep","duration":"1s"}]}"#),
      // Steps after an exit never run.
      withLocks(#"["a"]"#, #"{"op":"exit"},{"op":"unlock","name":"a"}"#),
    ] {
      #expect(try problem(json) == nil, "\(json)")
    }
  }

  @Test func everyBuiltinStillRoundTripsWithItsLocks() throws {
    for s in Scenario.builtinNames.compactMap(Scenario.builtin(named:)) {
      #expect(try roundTrip(s).locks == s.locks, "\(s.name)")
    }
  }
}
