// The checks every run applies (`Machine.init`) and `smpscope scenario check` reports. Paths use
// the JSON key names with `[i]` for array elements, so a message points into the user's file.

extension Scenario {
  /// Checks everything a run needs beyond parsing; returns the first problem found.
  public func validate() -> ScenarioError? {
    var v = ScenarioValidator(scenario: self)
    v.run()
    return v.firstError
  }
}

/// Walks a scenario in file order and keeps the first problem.
private struct ScenarioValidator {
  let scenario: Scenario
  var firstError: ScenarioError?

  mutating func fail(_ path: String, _ message: String) {
    if firstError == nil { firstError = ScenarioError(path: path, message: message) }
  }

  mutating func run() {
    let s = scenario
    if s.name.isEmpty { fail("name", "empty") }
    if !(1...256).contains(s.cpus) { fail("cpus", "must be 1…256 (got \(s.cpus))") }
    if !isBootClock(s.boot) {
      fail("boot", "expected an ISO 8601 UTC time like \(Scenario.defaultBoot) (got '\(s.boot)')")
    }
    if s.memoryKB < 1 { fail("memory_kb", "must be at least 1") }
    if !(0...2).contains(s.kernel.preemption) {
      fail("kernel.preemption", "must be 0, 1 or 2 (got \(s.kernel.preemption))")
    }
    checkCosts(s.costs)
    checkUsers(s.users)
    var templateNames: [String] = []
    for (i, t) in s.templates.enumerated() {
      if templateNames.contains(t.name) {
        fail("templates[\(i)].name", "duplicate template '\(t.name)'")
      }
      templateNames.append(t.name)
    }
    for (i, p) in s.processes.enumerated() { checkProcess(p, at: "processes[\(i)]") }
    for (i, t) in s.templates.enumerated() { checkProcess(t, at: "templates[\(i)]") }
    for i in s.devices.indices { checkDevice(i) }
    checkMutexes(s.mutexes)
    checkLocks(s.locks)
  }

  mutating func checkCosts(_ c: Costs) {
    let entries: [(String, SimTime)] = [
      ("context_switch", c.contextSwitch), ("interrupt", c.interrupt), ("ipi_send", c.ipiSend),
      ("ipi_delivery", c.ipiDelivery), ("hlt_wake", c.hltWake), ("syscall", c.syscall),
      ("sched_lock", c.schedLock), ("lock_fast_path", c.lockFastPath),
      ("spin_recheck", c.spinRecheck), ("softintr_pass", c.softintrPass),
      ("softintr_item", c.softintrItem),
    ]
    for (key, value) in entries where value < 0 { fail("costs.\(key)", "negative duration") }
  }

  mutating func checkUsers(_ users: [UserSpec]) {
    var names = ["root"]
    var uids = [0]
    for (i, u) in users.enumerated() {
      if u.name.isEmpty { fail("users[\(i)].name", "empty") }
      if names.contains(u.name) { fail("users[\(i)].name", "duplicate user '\(u.name)'") }
      if u.uid < 0 || u.uid > 32767 { fail("users[\(i)].uid", "must be 0…32767 (got \(u.uid))") }
      if uids.contains(u.uid) { fail("users[\(i)].uid", "duplicate uid \(u.uid)") }
      names.append(u.name)
      uids.append(u.uid)
    }
  }

  mutating func checkProcess(_ p: ProcessSpec, at path: String) {
    if p.name.isEmpty { fail("\(path).name", "empty") }
    if p.comm.isEmpty { fail("\(path).comm", "empty") }
    if p.argv.isEmpty { fail("\(path).argv", "empty") }
    if p.user != "root" && !scenario.users.contains(where: { $0.name == p.user }) {
      fail("\(path).user", "unknown user '\(p.user)'")
    }
    if !(-20...20).contains(p.nice) { fail("\(path).nice", "must be -20…20 (got \(p.nice))") }
    if p.tty == "" { fail("\(path).tty", "empty (use null for no terminal)") }
    if p.vszKB < 0 { fail("\(path).vsz_kb", "negative") }
    if p.rssKB < 0 { fail("\(path).rss_kb", "negative") }
    if !(1...10_000).contains(p.count) { fail("\(path).count", "must be 1…10000 (got \(p.count))") }
    if p.start < 0 { fail("\(path).start", "negative duration") }
    checkSteps(p.program, at: "\(path).program")
    checkHolding(p.program, at: "\(path).program")
  }

  mutating func checkSteps(_ steps: [Step], at path: String) {
    for (i, step) in steps.enumerated() {
      let here = "\(path)[\(i)]"
      switch step {
      case .lock(let name), .unlock(let name):
        if name != Self.giant && !scenario.locks.contains(name) {
          fail("\(here).name", "unknown lock '\(name)'")
        }
      case .compute(let d), .sleep(let d), .syscall(let d, _):
        checkDuration(d, at: "\(here).duration")
      case .fork(let template, let count):
        if !scenario.templates.contains(where: { $0.name == template }) {
          fail("\(here).template", "unknown template '\(template)'")
        }
        if count < 1 { fail("\(here).count", "must be at least 1 (got \(count))") }
      case .wait, .exit:
        break
      case .io(let device):
        if !scenario.devices.contains(where: { $0.name == device }) {
          fail("\(here).device", "unknown device '\(device)'")
        }
      case .read(let from):
        if from == .softclock {
          fail("\(here).from", "softclock is not readable (one of: softnet, softtty)")
        }
      case .critical(let d):
        checkDuration(d, at: "\(here).duration")
      case .mutex(let name, let d):
        if !scenario.mutexes.contains(name) { fail("\(here).name", "unknown mutex '\(name)'") }
        checkDuration(d, at: "\(here).duration")
      case .repeat(let count, let body):
        if let count, count < 0 { fail("\(here).count", "negative (got \(count))") }
        if body.isEmpty { fail("\(here).steps", "empty") }
        checkSteps(body, at: "\(here).steps")
      }
    }
  }

  mutating func checkMutexes(_ mutexes: [String]) {
    for (i, name) in mutexes.enumerated() {
      if name.isEmpty { fail("mutexes[\(i)]", "empty") }
      if mutexes[..<i].contains(name) { fail("mutexes[\(i)]", "duplicate mutex '\(name)'") }
    }
  }

  mutating func checkDuration(_ d: DurationSpec, at path: String) {
    switch d {
    case .fixed(let t):
      if t < 0 { fail(path, "negative duration") }
    case .uniform(let lo, let hi):
      if lo < 0 { fail("\(path).min", "negative duration") }
      if hi < 0 { fail("\(path).max", "negative duration") }
      if lo > hi { fail(path, "uniform min \(formatDuration(lo)) > max \(formatDuration(hi))") }
    case .exponential(let mean):
      if mean < 0 { fail("\(path).mean", "negative duration") }
    case .normal(let mean, let stddev, let lo, let hi):
      if mean < 0 { fail("\(path).mean", "negative duration") }
      if stddev < 0 { fail("\(path).stddev", "negative duration") }
      if lo < 0 { fail("\(path).min", "negative duration") }
      if hi < 0 { fail("\(path).max", "negative duration") }
      if lo > hi { fail(path, "normal min \(formatDuration(lo)) > max \(formatDuration(hi))") }
    }
  }
}

// MARK: - Locks

extension ScenarioValidator {
  /// The kernel lock's name as steps spell it (`KERNEL_LOCK`); never declared in `locks`.
  static let giant = "giant"

  /// A lock a program holds at some point of its walk, and the step that took it.
  struct Held {
    var name: String
    var at: String
  }

  mutating func checkLocks(_ locks: [String]) {
    for (i, name) in locks.enumerated() {
      if name.isEmpty { fail("locks[\(i)]", "empty") }
      if name == Self.giant {
        fail("locks[\(i)]", "'giant' is the kernel lock (steps name it without declaring it)")
      }
      if locks[..<i].contains(name) { fail("locks[\(i)]", "duplicate lock '\(name)'") }
    }
  }

  /// Walks a program in order with the locks it holds: every `unlock` must release a held lock,
  /// and the program must not exit or run off its end holding one.
  mutating func checkHolding(_ program: [Step], at path: String) {
    var held: [Held] = []
    guard walk(program, at: path, held: &held), let first = held.first else { return }
    fail(path, "ends holding '\(first.name)' (taken at \(first.at))")
  }

  /// Walks `steps` as straight-line code; false once the program can go no further (`exit`, or
  /// a `repeat` that runs forever). A `repeat` body must leave the held locks as it found them,
  /// so that every pass starts the same.
  mutating func walk(_ steps: [Step], at path: String, held: inout [Held]) -> Bool {
    for (i, step) in steps.enumerated() {
      let here = "\(path)[\(i)]"
      switch step {
      case .lock(let name):
        held.append(Held(name: name, at: here))
      case .unlock(let name):
        if let k = held.lastIndex(where: { $0.name == name }) {
          held.remove(at: k)
        } else {
          fail(here, "unlock of '\(name)', which is not held")
        }
      case .exit:
        if let first = held.first {
          fail(here, "exit while holding '\(first.name)' (taken at \(first.at))")
        }
        return false
      case .repeat(let count, let body):
        let before = held
        guard walk(body, at: "\(here).steps", held: &held) else { return false }
        checkBalanced(before: before, after: held, at: here)
        held = before
        if count == nil { return false }
      default:
        break
      }
    }
    return true
  }

  /// A `repeat` body that takes a lock it does not release, or releases one taken before it.
  mutating func checkBalanced(before: [Held], after: [Held], at path: String) {
    var remaining = before.map(\.name)
    for h in after {
      if let k = remaining.firstIndex(of: h.name) {
        remaining.remove(at: k)
      } else {
        return fail(
          path, "each pass ends holding '\(h.name)' (taken at \(h.at)); release it in the body")
      }
    }
    if let name = remaining.first {
      fail(path, "each pass releases '\(name)', taken before the repeat; take it again in the body")
    }
  }
}

// MARK: - Devices

extension ScenarioValidator {
  /// Event-counter names the kernel attaches itself; a device may not take one.
  static let reservedNames = ["clock", "ipi"] + SoftIntr.allCases.map(\.rawValue)

  mutating func checkDevice(_ i: Int) {
    let devices = scenario.devices
    let d = devices[i]
    let path = "devices[\(i)]"
    if d.name.isEmpty { fail("\(path).name", "empty") }
    if d.name.utf8.count > 16 {
      fail("\(path).name", "longer than 16 characters ('\(d.name)')")
    }
    if Self.reservedNames.contains(d.name) {
      fail("\(path).name", "'\(d.name)' is reserved (the kernel's own event counter)")
    }
    if devices[..<i].contains(where: { $0.name == d.name }) {
      fail("\(path).name", "duplicate device '\(d.name)'")
    }
    if let owner = d.shares {
      checkSharing(i, owner: owner)
    } else {
      checkOwnSource(i)
    }
    if d.level.value > IPL.tty.value && !d.mpsafe {
      fail(
        "\(path).mpsafe",
        "level '\(d.level.rawValue)' needs an MPSAFE handler (levels above tty must be)")
    }
    checkDuration(d.service, at: "\(path).service")
    checkArrival(d.arrival, at: "\(path).arrival")
    if d.schedules == .softclock {
      fail(
        "\(path).schedules", "softclock is scheduled by hardclock only (one of: softnet, softtty)")
    }
    checkDuration(d.ioLatency, at: "\(path).io_latency")
    if d.wmesg.isEmpty { fail("\(path).wmesg", "empty") }
  }

  /// A device with a source of its own: slot and vector in range and not another source's.
  mutating func checkOwnSource(_ i: Int) {
    let devices = scenario.devices
    let d = devices[i]
    let path = "devices[\(i)]"
    if !(0...61).contains(d.slot) {
      fail("\(path).slot", "must be 0…61 (got \(d.slot); 62 and 63 are the clock and IPIs)")
    }
    if !(0...255).contains(d.vector) { fail("\(path).vector", "must be 0…255 (got \(d.vector))") }
    let owners = devices[..<i].filter { $0.shares == nil }
    if let other = owners.first(where: { $0.slot == d.slot }) {
      fail("\(path).slot", "slot \(d.slot) is already \(other.name)'s")
    }
    if let other = owners.first(where: { $0.vector == d.vector }) {
      fail("\(path).vector", "vector \(d.vector) is already \(other.name)'s")
    }
  }

  /// A device on another's source: that device exists, comes first and owns its source; a slot
  /// or vector given here must be the source's (leaving them out, i.e. 0, is fine).
  mutating func checkSharing(_ i: Int, owner: String) {
    let devices = scenario.devices
    let d = devices[i]
    let path = "devices[\(i)]"
    guard owner != d.name else {
      return fail("\(path).shares", "a device cannot share its own source")
    }
    guard let j = devices.firstIndex(where: { $0.name == owner }) else {
      return fail("\(path).shares", "unknown device '\(owner)'")
    }
    let source = devices[j]
    if let further = source.shares {
      return fail(
        "\(path).shares",
        "'\(owner)' itself shares '\(further)'s source; name the device that owns it")
    }
    if j > i {
      return fail(
        "\(path).shares", "'\(owner)' is declared after this device; the source's owner comes first"
      )
    }
    if d.slot != 0 && d.slot != source.slot {
      fail("\(path).slot", "\(d.slot) differs from its source's (\(owner): \(source.slot))")
    }
    if d.vector != 0 && d.vector != source.vector {
      fail("\(path).vector", "\(d.vector) differs from its source's (\(owner): \(source.vector))")
    }
  }

  mutating func checkArrival(_ a: Arrival, at path: String) {
    switch a {
    case .none:
      break
    case .poisson(let rate):
      if rate < 0 { fail("\(path).poisson", "negative rate") }
    case .periodic(let period):
      checkPeriod(period, at: "\(path).periodic")
    case .bursts(let count, let gap, let every):
      if count < 1 { fail("\(path).bursts.count", "must be at least 1 (got \(count))") }
      if gap < 0 { fail("\(path).bursts.gap", "negative duration") }
      checkPeriod(every, at: "\(path).bursts.every")
    }
  }

  mutating func checkPeriod(_ t: SimTime, at path: String) {
    if t < 0 { fail(path, "negative duration") } else if t == 0 { fail(path, "must be positive") }
  }
}

/// Whether `text` is `YYYY-MM-DDTHH:MM:SSZ` with every field in range (1970…9999).
private func isBootClock(_ text: String) -> Bool {
  let b = Array(text.utf8)
  guard b.count == 20 else { return false }
  let separators: [(Int, Character)] = [
    (4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "Z"),
  ]
  for (i, ch) in separators where b[i] != ch.asciiValue { return false }
  func number(_ from: Int, _ count: Int) -> Int? {
    var value = 0
    for byte in b[from..<(from + count)] {
      guard (48...57).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 48)
    }
    return value
  }
  guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
    let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2)
  else { return false }
  let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  guard year >= 1970, (1...12).contains(month) else { return false }
  return (1...days[month - 1]).contains(day) && hour < 24 && minute < 60 && second < 60
}
