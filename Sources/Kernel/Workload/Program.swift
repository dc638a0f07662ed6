/// One instruction of a compiled program; jump targets are absolute indices into `Machine.code`.
enum Op: Equatable {
  case compute(dist: Int32)
  case syscall(dist: Int32, giant: Bool)
  case sleep(dist: Int32)
  case fork(template: Int32, count: Int32)
  case wait(all: Bool)
  case exit
  /// Enter a loop: counter `slot` = `count` (−1 = forever); skip to `end` + 1 when 0.
  case loopBegin(slot: Int32, count: Int32, end: Int32)
  /// End of a loop body: go back to `begin` + 1 while the counter lasts.
  case loopEnd(slot: Int32, begin: Int32)
  /// Kernel thread: sleep on its own channel for a drawn time, without PCATCH.
  case ksleep(dist: Int32, wmesg: Wmesg, priority: Int32)
  /// Kernel thread: kernel work for a drawn time.
  case kwork(dist: Int32)
  /// Request I/O from a device and sleep until it completes.
  case io(device: Int32)
  /// Sleep until a soft interrupt delivers data.
  case read(from: SoftIntr)
  /// Kernel work inside a critical section.
  case critical(dist: Int32)
  /// Hold a spinning mutex.
  case mutex(index: Int32, dist: Int32)
  /// Take a lock (machine lock index).
  case lock(Int32)
  /// Release a lock.
  case unlock(Int32)
}

/// Compiles scenario steps into flat code with explicit loop jumps.
struct ProgramCompiler {
  var code: [Op] = []
  var dists: [DurationSpec] = []
  /// Template name → template index, for `fork`.
  let templates: [String: Int32]
  /// Device name → device index, for `io`.
  let devices: [String: Int32]
  /// Mutex name → index, for `mutex`.
  let mutexes: [String: Int32]
  /// Named lock → index among the scenario's locks (the machine's lock index − 1: giant is 0).
  let locks: [String: Int32]

  /// Most nested `repeat`s a program may have (the per-thread loop counters are a SIMD4).
  static let maxLoopDepth = 4

  mutating func dist(_ d: DurationSpec) -> Int32 {
    if let i = dists.firstIndex(of: d) { return Int32(i) }
    dists.append(d)
    return Int32(dists.count - 1)
  }

  /// Appends `steps` and a final `exit`; returns the entry point.
  mutating func compile(_ steps: [Step], path: String) throws(ScenarioError) -> Int32 {
    let entry = Int32(code.count)
    try emit(steps, depth: 0, path: path)
    code.append(.exit)
    return entry
  }

  /// Appends hand-written kernel-thread code; returns the entry point.
  mutating func append(_ ops: [Op]) -> Int32 {
    let entry = Int32(code.count)
    code.append(contentsOf: ops)
    return entry
  }

  private mutating func emit(_ steps: [Step], depth: Int, path: String) throws(ScenarioError) {
    for (i, step) in steps.enumerated() {
      switch step {
      case .compute(let d): code.append(.compute(dist: dist(d)))
      case .syscall(let d, let giant): code.append(.syscall(dist: dist(d), giant: giant))
      case .sleep(let d): code.append(.sleep(dist: dist(d)))
      case .fork(let name, let count):
        guard let t = templates[name] else {
          throw ScenarioError(path: "\(path)[\(i)].template", message: "unknown template '\(name)'")
        }
        code.append(.fork(template: t, count: Int32(count)))
      case .wait(let all): code.append(.wait(all: all))
      case .io(let device):
        guard let d = devices[device] else {
          throw ScenarioError(path: "\(path)[\(i)].device", message: "unknown device '\(device)'")
        }
        code.append(.io(device: d))
      case .read(let from): code.append(.read(from: from))
      case .lock(let name), .unlock(let name):
        guard let l = name == "giant" ? 0 : locks[name].map({ $0 + 1 }) else {
          throw ScenarioError(path: "\(path)[\(i)].name", message: "unknown lock '\(name)'")
        }
        if case .lock = step { code.append(.lock(l)) } else { code.append(.unlock(l)) }
      case .critical(let d): code.append(.critical(dist: dist(d)))
      case .mutex(let name, let d):
        guard let m = mutexes[name] else {
          throw ScenarioError(path: "\(path)[\(i)].name", message: "unknown mutex '\(name)'")
        }
        code.append(.mutex(index: m, dist: dist(d)))
      case .exit: code.append(.exit)
      case .repeat(let count, let body):
        guard depth < ProgramCompiler.maxLoopDepth else {
          throw ScenarioError(
            path: "\(path)[\(i)]",
            message: "repeat nested deeper than \(ProgramCompiler.maxLoopDepth)")
        }
        let begin = code.count
        code.append(.exit)  // patched below
        try emit(body, depth: depth + 1, path: "\(path)[\(i)].steps")
        let end = code.count
        code.append(.loopEnd(slot: Int32(depth), begin: Int32(begin)))
        code[begin] = .loopBegin(slot: Int32(depth), count: Int32(count ?? -1), end: Int32(end))
      }
    }
  }
}
