// JSON coding of the scenario schema (README "Scenario files"). Kernel stays stdlib-only: the
// conformances are plain `Codable`; a JSON decoder outside Kernel drives them. Keys are snake_case,
// unknown fields are errors, absent fields take the initialisers' defaults, and encoding writes
// every field so that `scenario show` documents each default.

extension Scenario: Codable {
  private static let keys = [
    "name", "description", "cpus", "boot", "memory_kb", "kernel", "costs", "users", "processes",
    "templates", "devices", "mutexes", "locks",
  ]

  /// Decodes a scenario; only `name` is required.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: Self.keys)
    let defaults = Scenario(name: "", processes: [])
    self.init(
      name: try c.required("name"),
      description: try c.field("description", or: defaults.description),
      cpus: try c.field("cpus", or: defaults.cpus),
      boot: try c.field("boot", or: defaults.boot),
      memoryKB: try c.field("memory_kb", or: defaults.memoryKB),
      kernel: try c.field("kernel", or: defaults.kernel),
      costs: try c.field("costs", or: defaults.costs),
      users: try c.field("users", or: defaults.users),
      processes: try c.field("processes", or: defaults.processes),
      templates: try c.field("templates", or: defaults.templates),
      devices: try c.field("devices", or: defaults.devices),
      mutexes: try c.field("mutexes", or: defaults.mutexes),
      locks: try c.field("locks", or: defaults.locks))
  }

  /// Encodes every field, in schema order.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("name", name)
    try c.put("description", description)
    try c.put("cpus", cpus)
    try c.put("boot", boot)
    try c.put("memory_kb", memoryKB)
    try c.put("kernel", kernel)
    try c.put("costs", costs)
    try c.put("users", users)
    try c.put("processes", processes)
    try c.put("templates", templates)
    try c.put("devices", devices)
    try c.put("mutexes", mutexes)
    try c.put("locks", locks)
  }
}

extension KernelOptions: Codable {
  private static let keys = [
    "preemption", "idle", "lock", "pending", "ithread_cpu", "preempt_boost",
  ]

  /// Decodes kernel options; every field is optional.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: Self.keys)
    let d = KernelOptions()
    self.init(
      preemption: try c.field("preemption", or: d.preemption),
      idle: try c.field("idle", or: d.idle),
      lock: try c.field("lock", or: d.lock),
      pending: try c.field("pending", or: d.pending),
      ithreadCPU: try c.field("ithread_cpu", or: d.ithreadCPU),
      preemptBoost: try c.field("preempt_boost", or: d.preemptBoost))
  }

  /// Encodes every option.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("preemption", preemption)
    try c.put("idle", idle)
    try c.put("lock", lock)
    try c.put("pending", pending)
    try c.put("ithread_cpu", ithreadCPU)
    try c.put("preempt_boost", preemptBoost)
  }
}

extension Costs: Codable {
  private static let keys = [
    "context_switch", "interrupt", "ipi_send", "ipi_delivery", "hlt_wake", "syscall", "sched_lock",
    "lock_fast_path", "spin_recheck", "softintr_pass", "softintr_item",
  ]

  /// Decodes a cost table; every entry is an optional duration.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: Self.keys)
    let d = Costs()
    self.init(
      contextSwitch: try c.duration("context_switch", or: d.contextSwitch),
      interrupt: try c.duration("interrupt", or: d.interrupt),
      ipiSend: try c.duration("ipi_send", or: d.ipiSend),
      ipiDelivery: try c.duration("ipi_delivery", or: d.ipiDelivery),
      hltWake: try c.duration("hlt_wake", or: d.hltWake),
      syscall: try c.duration("syscall", or: d.syscall),
      schedLock: try c.duration("sched_lock", or: d.schedLock),
      lockFastPath: try c.duration("lock_fast_path", or: d.lockFastPath),
      spinRecheck: try c.duration("spin_recheck", or: d.spinRecheck),
      softintrPass: try c.duration("softintr_pass", or: d.softintrPass),
      softintrItem: try c.duration("softintr_item", or: d.softintrItem))
  }

  /// Encodes every cost as a canonical duration.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.putDuration("context_switch", contextSwitch)
    try c.putDuration("interrupt", interrupt)
    try c.putDuration("ipi_send", ipiSend)
    try c.putDuration("ipi_delivery", ipiDelivery)
    try c.putDuration("hlt_wake", hltWake)
    try c.putDuration("syscall", syscall)
    try c.putDuration("sched_lock", schedLock)
    try c.putDuration("lock_fast_path", lockFastPath)
    try c.putDuration("spin_recheck", spinRecheck)
    try c.putDuration("softintr_pass", softintrPass)
    try c.putDuration("softintr_item", softintrItem)
  }
}

extension DeviceSpec: Codable {
  private static let keys = [
    "name", "shares", "slot", "vector", "trigger", "level", "mpsafe", "service", "arrival",
    "schedules", "io_latency", "wmesg",
  ]

  /// Decodes a device; only `name` is required.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: Self.keys)
    let d = DeviceSpec(name: "")
    self.init(
      name: try c.required("name"),
      shares: try c.field("shares", or: d.shares),
      slot: try c.field("slot", or: d.slot),
      vector: try c.field("vector", or: d.vector),
      trigger: try c.field("trigger", or: d.trigger),
      level: try c.field("level", or: d.level),
      mpsafe: try c.field("mpsafe", or: d.mpsafe),
      service: try c.field("service", or: d.service),
      arrival: try c.field("arrival", or: d.arrival),
      schedules: try c.field("schedules", or: d.schedules),
      ioLatency: try c.field("io_latency", or: d.ioLatency),
      wmesg: try c.field("wmesg", or: d.wmesg))
  }

  /// Encodes every field (`shares` and `schedules` as null when absent).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("name", name)
    if let shares {
      try c.put("shares", shares)
    } else {
      try c.encodeNil(forKey: SchemaKey("shares"))
    }
    try c.put("slot", slot)
    try c.put("vector", vector)
    try c.put("trigger", trigger)
    try c.put("level", level)
    try c.put("mpsafe", mpsafe)
    try c.put("service", service)
    try c.put("arrival", arrival)
    if let schedules {
      try c.put("schedules", schedules)
    } else {
      try c.encodeNil(forKey: SchemaKey("schedules"))
    }
    try c.put("io_latency", ioLatency)
    try c.put("wmesg", wmesg)
  }
}

extension Arrival: Codable {
  /// Every arrival kind, in the order the README lists them.
  static let kinds = ["none", "poisson", "periodic", "bursts"]

  /// Decodes `"none"`, `{"poisson": RATE}`, `{"periodic": D}` or
  /// `{"bursts": {"count": N, "gap": D, "every": D}}`.
  public init(from decoder: any Decoder) throws {
    let allowed = Self.kinds.joined(separator: ", ")
    guard let c = try? decoder.container(keyedBy: SchemaKey.self) else {
      let text = try decoder.singleValueContainer().decode(String.self)
      guard text == "none" else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: decoder.codingPath,
            debugDescription: "unknown value '\(text)' (one of: \(allowed))"))
      }
      self = .none
      return
    }
    let names = c.allKeys.map(\.stringValue).sorted()
    guard names.count == 1, let kind = names.first else {
      let message =
        names.isEmpty
        ? "missing arrival kind (one of: \(allowed))"
        : "more than one arrival kind (\(names.joined(separator: ", ")))"
      throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: message))
    }
    switch kind {
    case "poisson":
      self = .poisson(rate: try c.required("poisson"))
    case "periodic":
      self = .periodic(period: try c.requiredDuration("periodic"))
    case "bursts":
      let b = try c.nestedContainer(keyedBy: SchemaKey.self, forKey: SchemaKey("bursts"))
      try b.rejectUnknownKeys(allowed: ["count", "gap", "every"])
      self = .bursts(
        count: try b.required("count"), gap: try b.requiredDuration("gap"),
        every: try b.requiredDuration("every"))
    default:
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath,
          debugDescription: "unknown arrival '\(kind)' (one of: \(allowed))"))
    }
  }

  /// Encodes `"none"` as the string, every other kind as a one-key object.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .none:
      var single = encoder.singleValueContainer()
      try single.encode("none")
    case .poisson(let rate):
      var c = encoder.container(keyedBy: SchemaKey.self)
      try c.put("poisson", rate)
    case .periodic(let period):
      var c = encoder.container(keyedBy: SchemaKey.self)
      try c.putDuration("periodic", period)
    case .bursts(let count, let gap, let every):
      var c = encoder.container(keyedBy: SchemaKey.self)
      var b = c.nestedContainer(keyedBy: SchemaKey.self, forKey: SchemaKey("bursts"))
      try b.put("count", count)
      try b.putDuration("gap", gap)
      try b.putDuration("every", every)
    }
  }
}

extension UserSpec: Codable {
  /// Decodes a user; `name` and `uid` are required.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: ["name", "uid"])
    self.init(name: try c.required("name"), uid: try c.required("uid"))
  }

  /// Encodes both fields.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("name", name)
    try c.put("uid", uid)
  }
}

extension ProcessSpec: Codable {
  private static let keys = [
    "name", "comm", "argv", "user", "nice", "tty", "session_leader", "foreground", "vsz_kb",
    "rss_kb", "count", "start", "daemon", "program",
  ]

  /// Decodes a process; `comm` and `program` are required.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: Self.keys)
    let d = ProcessSpec(comm: "", program: [])
    self.init(
      name: try c.field("name", or: nil as String?),
      comm: try c.required("comm"),
      argv: try c.field("argv", or: nil as [String]?),
      user: try c.field("user", or: d.user),
      nice: try c.field("nice", or: d.nice),
      tty: try c.field("tty", or: d.tty),
      sessionLeader: try c.field("session_leader", or: d.sessionLeader),
      foreground: try c.field("foreground", or: d.foreground),
      vszKB: try c.field("vsz_kb", or: d.vszKB),
      rssKB: try c.field("rss_kb", or: d.rssKB),
      count: try c.field("count", or: d.count),
      start: try c.duration("start", or: d.start),
      daemon: try c.field("daemon", or: d.daemon),
      program: try c.required("program"))
  }

  /// Encodes every field (`tty` as null when there is none).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("name", name)
    try c.put("comm", comm)
    try c.put("argv", argv)
    try c.put("user", user)
    try c.put("nice", nice)
    if let tty { try c.put("tty", tty) } else { try c.encodeNil(forKey: SchemaKey("tty")) }
    try c.put("session_leader", sessionLeader)
    try c.put("foreground", foreground)
    try c.put("vsz_kb", vszKB)
    try c.put("rss_kb", rssKB)
    try c.put("count", count)
    try c.putDuration("start", start)
    try c.put("daemon", daemon)
    try c.put("program", program)
  }
}

extension Step: Codable {
  /// Every `op`, in the order the README lists them.
  static let ops = [
    "compute", "syscall", "sleep", "io", "read", "critical", "mutex", "lock", "unlock", "fork",
    "wait", "exit", "repeat",
  ]

  /// Decodes a step from its `op` and that op's fields.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    let op: String = try c.required("op")
    switch op {
    case "compute", "sleep":
      try c.rejectUnknownKeys(allowed: ["op", "duration"])
      let d: DurationSpec = try c.required("duration")
      self = op == "compute" ? .compute(d) : .sleep(d)
    case "syscall":
      try c.rejectUnknownKeys(allowed: ["op", "duration", "giant"])
      self = .syscall(try c.required("duration"), giant: try c.field("giant", or: false))
    case "io":
      try c.rejectUnknownKeys(allowed: ["op", "device"])
      self = .io(device: try c.required("device"))
    case "read":
      try c.rejectUnknownKeys(allowed: ["op", "from"])
      self = .read(from: try c.required("from"))
    case "critical":
      try c.rejectUnknownKeys(allowed: ["op", "duration"])
      self = .critical(try c.required("duration"))
    case "mutex":
      try c.rejectUnknownKeys(allowed: ["op", "name", "duration"])
      self = .mutex(name: try c.required("name"), try c.required("duration"))
    case "lock", "unlock":
      try c.rejectUnknownKeys(allowed: ["op", "name"])
      let name: String = try c.required("name")
      self = op == "lock" ? .lock(name: name) : .unlock(name: name)
    case "fork":
      try c.rejectUnknownKeys(allowed: ["op", "template", "count"])
      self = .fork(template: try c.required("template"), count: try c.field("count", or: 1))
    case "wait":
      try c.rejectUnknownKeys(allowed: ["op", "for"])
      let target: String = try c.field("for", or: "any")
      guard target == "any" || target == "all" else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: c.codingPath + [SchemaKey("for")],
            debugDescription: "unknown value '\(target)' (one of: any, all)"))
      }
      self = .wait(all: target == "all")
    case "exit":
      try c.rejectUnknownKeys(allowed: ["op"])
      self = .exit
    case "repeat":
      try c.rejectUnknownKeys(allowed: ["op", "count", "steps"])
      self = .repeat(count: try c.field("count", or: nil as Int?), steps: try c.required("steps"))
    default:
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [SchemaKey("op")],
          debugDescription: "unknown value '\(op)' (one of: \(Self.ops.joined(separator: ", ")))"))
    }
  }

  /// Encodes `op` first, then the op's fields; a `repeat` that runs forever has no `count`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    switch self {
    case .compute(let d):
      try c.put("op", "compute")
      try c.put("duration", d)
    case .syscall(let d, let giant):
      try c.put("op", "syscall")
      try c.put("duration", d)
      try c.put("giant", giant)
    case .sleep(let d):
      try c.put("op", "sleep")
      try c.put("duration", d)
    case .io(let device):
      try c.put("op", "io")
      try c.put("device", device)
    case .read(let from):
      try c.put("op", "read")
      try c.put("from", from)
    case .critical(let d):
      try c.put("op", "critical")
      try c.put("duration", d)
    case .mutex(let name, let d):
      try c.put("op", "mutex")
      try c.put("name", name)
      try c.put("duration", d)
    case .lock(let name):
      try c.put("op", "lock")
      try c.put("name", name)
    case .unlock(let name):
      try c.put("op", "unlock")
      try c.put("name", name)
    case .fork(let template, let count):
      try c.put("op", "fork")
      try c.put("template", template)
      try c.put("count", count)
    case .wait(let all):
      try c.put("op", "wait")
      try c.put("for", all ? "all" : "any")
    case .exit:
      try c.put("op", "exit")
    case .repeat(let count, let steps):
      try c.put("op", "repeat")
      if let count { try c.put("count", count) }
      try c.put("steps", steps)
    }
  }
}

extension DurationSpec: Codable {
  /// Every `dist`, in the order the README lists them.
  static let distributions = ["uniform", "exponential", "normal"]

  /// Decodes `"2ms"`, a number of seconds, or a `{"dist": …}` object.
  public init(from decoder: any Decoder) throws {
    guard let c = try? decoder.container(keyedBy: SchemaKey.self) else {
      self = .fixed(try FixedDuration(from: decoder).nanos)
      return
    }
    let dist: String = try c.required("dist")
    switch dist {
    case "uniform":
      try c.rejectUnknownKeys(allowed: ["dist", "min", "max"])
      self = .uniform(min: try c.requiredDuration("min"), max: try c.requiredDuration("max"))
    case "exponential":
      try c.rejectUnknownKeys(allowed: ["dist", "mean"])
      self = .exponential(mean: try c.requiredDuration("mean"))
    case "normal":
      try c.rejectUnknownKeys(allowed: ["dist", "mean", "stddev", "min", "max"])
      let mean = try c.requiredDuration("mean")
      let stddev = try c.requiredDuration("stddev")
      let (twice, overflow) = mean.multipliedReportingOverflow(by: 2)
      self = .normal(
        mean: mean, stddev: stddev, min: try c.duration("min", or: 0),
        max: try c.duration("max", or: overflow ? SimTime.max : twice))
    default:
      let allowed = Self.distributions.joined(separator: ", ")
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [SchemaKey("dist")],
          debugDescription: "unknown value '\(dist)' (one of: \(allowed))"))
    }
  }

  /// Encodes a fixed duration as canonical text, a distribution as an object with every field.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .fixed(let d):
      var single = encoder.singleValueContainer()
      try single.encode(formatDuration(d))
    case .uniform(let lo, let hi):
      var c = encoder.container(keyedBy: SchemaKey.self)
      try c.put("dist", "uniform")
      try c.putDuration("min", lo)
      try c.putDuration("max", hi)
    case .exponential(let mean):
      var c = encoder.container(keyedBy: SchemaKey.self)
      try c.put("dist", "exponential")
      try c.putDuration("mean", mean)
    case .normal(let mean, let stddev, let lo, let hi):
      var c = encoder.container(keyedBy: SchemaKey.self)
      try c.put("dist", "normal")
      try c.putDuration("mean", mean)
      try c.putDuration("stddev", stddev)
      try c.putDuration("min", lo)
      try c.putDuration("max", hi)
    }
  }
}

extension IdleMode: Codable {
  /// Decodes `hlt` or `mwait`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension LockModel: Codable {
  /// Decodes `mplock`, `rrwlock` or `bmtx`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension PendingModel: Codable {
  /// Decodes `bitmask` or `tailq`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension IthreadPlacement: Codable {
  /// Decodes `primary` or `spread`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension PreemptBoost: Codable {
  /// Decodes `intended` or `literal`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension Trigger: Codable {
  /// Decodes `level` or `edge`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension IPL: Codable {
  /// Decodes `bio`, `net`, `tty`, `vm` or `audio`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

extension SoftIntr: Codable {
  /// Decodes `softclock`, `softnet` or `softtty`.
  public init(from decoder: any Decoder) throws {
    self = try decodeChoice(Self.self, from: decoder)
  }
}

// MARK: - Decoding helpers shared by the scenario and input-log schemas
/// A JSON key of any spelling, so that decoders can see (and refuse) fields the schema lacks.
struct SchemaKey: CodingKey, Equatable {
  var stringValue: String
  var intValue: Int?
  init(_ name: String) {
    stringValue = name
    intValue = nil
  }
  init(index: Int) {
    stringValue = "Index \(index)"
    intValue = index
  }
  init?(stringValue: String) { self.init(stringValue) }
  init?(intValue: Int) { self.init(index: intValue) }
}

extension KeyedDecodingContainer where Key == SchemaKey {
  /// Throws on the first field (in sorted order, so the message is stable) not in `allowed`.
  func rejectUnknownKeys(allowed: [String]) throws {
    let unknown = allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
    if let first = unknown.first {
      throw DecodingError.dataCorrupted(
        .init(codingPath: codingPath, debugDescription: "unknown field '\(first)'"))
    }
  }

  /// The field's value, or `fallback` when it is absent or null.
  func field<T: Decodable>(_ name: String, or fallback: T) throws -> T {
    try decodeIfPresent(T.self, forKey: SchemaKey(name)) ?? fallback
  }

  /// The field's value; a missing field is an error.
  func required<T: Decodable>(_ name: String) throws -> T {
    try decode(T.self, forKey: SchemaKey(name))
  }

  /// A fixed duration field that must be present.
  func requiredDuration(_ name: String) throws -> SimTime {
    try decode(FixedDuration.self, forKey: SchemaKey(name)).nanos
  }

  /// A fixed duration field (`"3us"`, a number of seconds), or `fallback` when absent.
  func duration(_ name: String, or fallback: SimTime) throws -> SimTime {
    try decodeIfPresent(FixedDuration.self, forKey: SchemaKey(name))?.nanos ?? fallback
  }
}

extension KeyedEncodingContainer where Key == SchemaKey {
  /// Encodes `value` under `name`.
  mutating func put<T: Encodable>(_ name: String, _ value: T) throws {
    try encode(value, forKey: SchemaKey(name))
  }

  /// Encodes a fixed duration in its canonical text.
  mutating func putDuration(_ name: String, _ nanos: SimTime) throws {
    try encode(formatDuration(nanos), forKey: SchemaKey(name))
  }
}

/// A duration that is always one length: `"2ms"`, `"1.5s"`, or a JSON number of seconds.
struct FixedDuration: Decodable {
  var nanos: SimTime

  init(from decoder: any Decoder) throws {
    let single = try decoder.singleValueContainer()
    let text: String
    if let string = try? single.decode(String.self) {
      text = string
    } else if let whole = try? single.decode(Int64.self) {
      text = String(whole)
    } else if let number = try? single.decode(Double.self) {
      // The shortest text that reads back as this double: what the user wrote, in practice.
      text = String(describing: number)
    } else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath,
          debugDescription: "expected a duration such as \"2ms\" or a number of seconds"))
    }
    switch parseDuration(text) {
    case .success(let nanos): self.nanos = nanos
    case .failure(let error):
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }
}

/// Decodes a `String`-backed enum, naming the allowed values when the text is not one of them.
func decodeChoice<T: RawRepresentable & CaseIterable>(_ type: T.Type, from decoder: any Decoder)
  throws -> T where T.RawValue == String
{
  let text = try decoder.singleValueContainer().decode(String.self)
  if let value = T(rawValue: text) { return value }
  let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
  throw DecodingError.dataCorrupted(
    .init(
      codingPath: decoder.codingPath,
      debugDescription: "unknown value '\(text)' (one of: \(allowed))"))
}
