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
  }

  mutating func checkCosts(_ c: Costs) {
    let entries: [(String, SimTime)] = [
      ("context_switch", c.contextSwitch), ("interrupt", c.interrupt), ("ipi_send", c.ipiSend),
      ("ipi_delivery", c.ipiDelivery), ("hlt_wake", c.hltWake), ("syscall", c.syscall),
      ("sched_lock", c.schedLock), ("lock_fast_path", c.lockFastPath),
      ("spin_recheck", c.spinRecheck),
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
  }

  mutating func checkSteps(_ steps: [Step], at path: String) {
    for (i, step) in steps.enumerated() {
      let here = "\(path)[\(i)]"
      switch step {
      case .compute(let d), .sleep(let d), .syscall(let d, _):
        checkDuration(d, at: "\(here).duration")
      case .fork(let template, let count):
        if !scenario.templates.contains(where: { $0.name == template }) {
          fail("\(here).template", "unknown template '\(template)'")
        }
        if count < 1 { fail("\(here).count", "must be at least 1 (got \(count))") }
      case .wait, .exit:
        break
      case .io, .read, .critical, .mutex:
        break
      case .repeat(let count, let body):
        if let count, count < 0 { fail("\(here).count", "negative (got \(count))") }
        if body.isEmpty { fail("\(here).steps", "empty") }
        checkSteps(body, at: "\(here).steps")
      }
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
