import Kernel
import Reports

/// The observatory's state and logic without a terminal: the machine, the view, the mode and the
/// speed; keys in, frames out. The terminal driver and the tests both drive it.
public struct Observatory {
  /// The simulated machine (driven only through its API and inputs).
  public private(set) var machine: Machine
  /// What the user sees.
  public var view = ViewState()
  /// RUN, PAUSED or STEP.
  public private(set) var mode: Mode
  /// Simulated seconds per wall second.
  public private(set) var speed: Speed
  /// Samples for meters and live rates.
  public private(set) var samples = SampleRing()
  /// Each device's rate as last set, interrupts per second (for `[` and `]`).
  public private(set) var rates: [Int]
  /// The frame model of the last frame, reused while nothing changed.
  private var cached: FrameModel?
  private var cachedKey: (UInt64, SimTime) = (.max, -1)
  /// Simulated time the run is heading for (fractions of a nanosecond dropped).
  private var target: Double
  /// What the last frame drew from.
  private var lastRender: RenderKey?
  /// Inputs from a replayed log still to come, in time order.
  private var scheduled: [Input] = []

  /// An observatory on `machine`, running at `speed` or paused.
  public init(machine: Machine, speed: Speed = Speed(), paused: Bool = false) {
    self.machine = machine
    self.speed = speed
    mode = paused ? .paused : .run
    target = Double(machine.now)
    rates = machine.scenario.devices.map { d in
      if case .poisson(let r) = d.arrival { return r }
      return 0
    }
    takeSample()
  }

  /// The header's mode, speed and lag.
  public var header: HeaderInfo { HeaderInfo(mode: mode, speed: speed, behind: view.behind) }

  /// The frame model now (collected again only when the machine moved).
  public mutating func model() -> FrameModel {
    let key = (machine.eventCount &+ UInt64(machine.inputLog.count) << 48, machine.now)
    if let cached, cachedKey == key { return cached }
    let m = FrameModel(machine, samples: samples)
    cached = m
    cachedKey = key
    return m
  }

  /// Draws the frame into `grid`; returns false (and leaves `grid` alone) when nothing that
  /// the frame shows has changed since the last call.
  @discardableResult
  public mutating func render(into grid: inout Grid) -> Bool {
    let key = RenderKey(
      events: machine.eventCount, inputs: machine.inputLog.count, now: machine.now, mode: mode,
      speed: speed, view: view)
    if key == lastRender, grid.width == view.width, grid.height == view.height { return false }
    let m = model()
    var chain: [WaitLink] = []
    var thread: ProcSnapshot?
    if case .thread(let id) = view.overlay, m.proc(id) != nil {
      chain = machine.waitChain(id)
      thread = machine.procSnapshot(id)
    }
    Screen.render(m, header, &view, chain: chain, thread: thread, into: &grid)
    lastRender = RenderKey(
      events: machine.eventCount, inputs: machine.inputLog.count, now: machine.now, mode: mode,
      speed: speed, view: view)
    return true
  }

  /// Runs the machine to `t` without the wall clock (headless views, `--at`), sampling as it goes.
  public mutating func runPaused(until t: SimTime) {
    var n = 0
    while let next = machine.peek(), next.time <= t {
      stepOnce()
      n += 1
      if n & 63 == 0 { sampleIfDue() }
    }
    applyDue(t, inclusive: true)
    machine.run(until: t)
    target = Double(machine.now)
    sampleIfDue()
  }

  private mutating func takeSample() {
    samples.add(Sample(machine.snapshot(), machine.interruptsSnapshot()))
  }

  /// Samples without a full snapshot when the machine is large (meters need only CPU times).
  private mutating func sampleIfDue() {
    if let last = samples.samples.last, machine.now - last.time < SampleRing.spacing { return }
    takeSample()
  }

  // MARK: Time

  /// Inputs of a replayed log (`--input`) later than now: applied when simulated time reaches them,
  /// exactly where a snapshot command's replay applies them.
  public mutating func schedule(_ inputs: [Input]) {
    scheduled = inputs.filter { $0.time > machine.now }
  }

  /// Applies scheduled inputs stamped before `bound` (or at it, when `inclusive`).
  private mutating func applyDue(_ bound: SimTime, inclusive: Bool) {
    while let next = scheduled.first, next.time < bound || (inclusive && next.time == bound) {
      scheduled.removeFirst()
      machine.run(until: next.time)
      apply(next.kind)
    }
  }

  /// Pops one event, after any scheduled input that comes before it.
  @discardableResult
  private mutating func stepOnce() -> Bool {
    if !scheduled.isEmpty, let next = machine.peek() { applyDue(next.time, inclusive: false) }
    return machine.step()
  }

  /// Advances simulated time by speed × `wallNanos`, spending at most `budgetNanos` of wall time
  /// (checked with `clock`); marks the view behind when the model could not keep up.
  public mutating func advance(wallNanos: Int64, budgetNanos: Int64) {
    guard mode == .run else {
      target = Double(machine.now)
      return
    }
    let clock = ContinuousClock()
    let start = clock.now
    let budget = Duration.nanoseconds(budgetNanos)
    if speed.unlimited {
      target = .infinity
    } else {
      target = max(target, Double(machine.now)) + speed.factor * Double(wallNanos)
    }
    var behind = false
    var n = 0
    while let next = machine.peek(), Double(next.time) <= target {
      stepOnce()
      n += 1
      if n & 63 == 0 {
        sampleIfDue()
        if clock.now - start > budget {
          behind = !speed.unlimited
          break
        }
      }
    }
    if !behind && !speed.unlimited {
      let t = SimTime(target)
      applyDue(t, inclusive: true)
      if t > machine.now { machine.run(until: t) }
    }
    if behind { target = Double(machine.now) }
    view.behind = behind
    sampleIfDue()
  }

  // MARK: Keys

  /// Handles a key; returns what the driver must do.
  public mutating func handle(_ key: Key) -> Effect {
    if case .resize(let w, let h) = key {
      view.width = w
      view.height = h
      return .none
    }
    if case .click(let x, let y) = key {
      click(x: x, y: y)
      return .none
    }
    if view.prompt != nil { return promptKey(key) }
    if case .confirmLock(let model) = view.overlay {
      if key == .char("y") || key == .char("Y") { restart(lock: model) }
      view.overlay = .none
      return .none
    }
    view.message = ""
    guard let action = KeyTable.action(for: key) else { return .none }
    if view.overlay != .none {
      switch action {
      case .close, .help, .detail:
        view.overlay = .none
        return .none
      case .quit: return .quit
      default: break
      }
    }
    return perform(action)
  }

  /// Does what `action` asks.
  public mutating func perform(_ action: Action) -> Effect {
    switch action {
    case .runPause:
      mode = mode == .run ? .paused : .run
      target = Double(machine.now)
    case .step:
      mode = .step
      stepOnce()
      sampleIfDue()
    case .nextTick: stepUntil { $0.kind == .hardclock }
    case .nextSwitch: stepToSwitch()
    case .faster: speed.faster()
    case .slower: speed.slower()
    case .cyclePreemption:
      apply(.sysctl(name: "kern.preemption", value: (machine.preemption + 1) % 3))
    case .switchLock:
      let all = LockModel.allCases
      let now = machine.scenario.kernel.lock
      let next = all[((all.firstIndex(of: now) ?? 0) + 1) % all.count]
      view.overlay = .confirmLock(next)
    case .inject:
      if let d = selectedDevice() { apply(.inject(device: d)) }
    case .rateDown: changeRate { $0 / 2 }
    case .rateUp: changeRate { $0 == 0 ? 10 : $0 * 2 }
    case .search:
      if !view.search.isEmpty && view.focus == .processes {
        searchNext()
      } else {
        view.prompt = Prompt(purpose: .search, text: "")
      }
    case .filter: view.prompt = Prompt(purpose: .filter, text: view.filter)
    case .sortNext: cycleSort(1)
    case .sortPrevious: cycleSort(-1)
    case .invert: view.inverted.toggle()
    case .toggleKernel: view.showKernel.toggle()
    case .toggleIdle: view.showIdle.toggle()
    case .detail: openDetail()
    case .write: return .write
    case .nextTheme: return .nextTheme
    case .checkInvariants: checkInvariants()
    case .help: view.overlay = view.overlay == .help ? .none : .help
    case .close:
      view.overlay = .none
      view.zoomed = false
    case .quit: return .quit
    case .focusNext: moveFocus(1)
    case .focusPrevious: moveFocus(-1)
    case .up: scroll(-1)
    case .down: scroll(1)
    case .pageUp: scroll(-max(1, view.height / 2))
    case .pageDown: scroll(max(1, view.height / 2))
    case .home: view[scroll: view.focus] = PaneScroll()
    case .end:
      var sc = view[scroll: view.focus]
      sc.selected = .max / 2
      sc.follow = view.focus == .log
      view[scroll: view.focus] = sc
    case .zoom: view.zoomed.toggle()
    case .layout(let n):
      view.preset = n
      view.zoomed = false
      let shown = Layout.panes(view, cpus: machine.scenario.cpus).map(\.0)
      if !shown.contains(view.focus), let first = shown.first { view.focus = first }
    }
    return .none
  }

  /// Applies an input to the machine (it goes into the input log) and says so.
  public mutating func apply(_ kind: InputKind) {
    do {
      try machine.apply(Input(time: machine.now, kind: kind))
      view.message = "input at t=\(HeaderPane.timeText(machine.now)): \(describe(kind))"
    } catch {
      view.message = "refused: \(error.message)"
    }
  }

  private func describe(_ kind: InputKind) -> String {
    switch kind {
    case .sysctl(let name, let value): return "\(name)=\(value)"
    case .inject(let device): return "interrupt injected on \(device)"
    case .rate(let device, let perSecond): return "\(device) rate \(perSecond)/s"
    }
  }

  private mutating func stepUntil(_ stop: ((time: SimTime, kind: EventKind, cpu: Int)) -> Bool) {
    mode = .step
    for _ in 0..<1_000_000 {
      guard let next = machine.peek() else { break }
      stepOnce()
      if stop(next) { break }
    }
    sampleIfDue()
  }

  private mutating func stepToSwitch() {
    mode = .step
    for _ in 0..<1_000_000 {
      let before = machine.trace.written
      guard stepOnce() else { break }
      let added = machine.trace.written &- before
      if added > 0
        && machine.trace.records.suffix(Int(added)).contains(where: { $0.kind == .mi_switch })
      {
        break
      }
    }
    sampleIfDue()
  }

  private mutating func restart(lock: LockModel) {
    var scenario = machine.scenario
    scenario.kernel.lock = lock
    scenario.kernel.preemption = machine.preemption
    do {
      machine = try Machine(scenario: scenario, seed: machine.seed)
      samples.reset()
      cached = nil
      target = 0
      takeSample()
      view.message = "restarted with the \(lock.rawValue) lock, seed \(machine.seed)"
    } catch {
      view.message = "cannot restart: \(error)"
    }
  }

  private mutating func checkInvariants() {
    let found = machine.checkInvariants()
    let title = "Invariant checker at t=\(HeaderPane.timeText(machine.now)), #\(machine.eventCount)"
    let lines =
      found.isEmpty
      ? ["every invariant holds (SPEC.md section 10)"] : found.map { $0.description }
    view.overlay = .text(title: title, lines: lines)
  }

  /// The device `i` and `[` `]` act on: the selected ithread's (or counter's) first device.
  public mutating func selectedDevice() -> String? {
    let m = model()
    let devices = m.devices
    if view.focus == .counters {
      let i = view[scroll: .counters].selected
      if i < m.interrupts.evcounts.count, devices.contains(m.interrupts.evcounts[i].name) {
        return m.interrupts.evcounts[i].name
      }
    }
    let i = view[scroll: .ithreads].selected
    if i < m.interrupts.sources.count,
      let d = m.interrupts.sources[i].handlers.first(where: { devices.contains($0) })
    {
      return d
    }
    if let d = devices.first { return d }
    view.message = "this scenario has no devices"
    return nil
  }

  private mutating func changeRate(_ f: (Int) -> Int) {
    guard let d = selectedDevice(),
      let i = machine.scenario.devices.firstIndex(where: { $0.name == d })
    else { return }
    let r = max(0, f(rates[i]))
    rates[i] = r
    apply(.rate(device: d, perSecond: r))
  }

  private mutating func cycleSort(_ delta: Int) {
    let all = SortKey.allCases
    let n = ((all.firstIndex(of: view.sort) ?? 0) + delta + all.count) % all.count
    view.sort = all[n]
    view.focus = view.focus == .processes ? .processes : view.focus
  }

  private mutating func moveFocus(_ delta: Int) {
    let shown: [PaneKind]
    if view.zoomed || Layout.compact(width: view.width, height: view.height) {
      shown = PaneKind.allCases
    } else {
      shown = Layout.panes(view, cpus: machine.scenario.cpus).map(\.0)
    }
    guard !shown.isEmpty else { return }
    let i = shown.firstIndex(of: view.focus) ?? 0
    view.focus = shown[(i + delta + shown.count) % shown.count]
  }

  private mutating func scroll(_ delta: Int) {
    let m = model()
    let count = Panes.body(view.focus, m, view, width: view.width, need: 0).count
    var sc = view[scroll: view.focus]
    if sc.follow { sc.selected = count - 1 }
    sc.move(delta, count: count)
    view[scroll: view.focus] = sc
  }

  private mutating func click(x: Int, y: Int) {
    for (kind, r) in Layout.panes(view, cpus: machine.scenario.cpus) where r.contains(x: x, y: y) {
      view.focus = kind
      let headed = r.height >= 3 && kind != .runQueues && kind != .log
      let row = y - r.y - 1 - (headed ? 1 : 0)
      if row >= 0 {
        var sc = view[scroll: kind]
        sc.follow = false
        sc.selected = sc.top + row
        view[scroll: kind] = sc
      }
      return
    }
  }

  private mutating func openDetail() {
    let m = model()
    let sel = view[scroll: view.focus].selected
    switch view.focus {
    case .processes:
      let order = ProcessesPane.order(m, view)
      if sel < order.count { view.overlay = .thread(m.snapshot.procs[order[sel]].id) }
    case .cpus:
      if sel < m.snapshot.cpus.count { view.overlay = .thread(m.snapshot.cpus[sel].curproc) }
    case .locks:
      let lockRows = lockRowOwners(m)
      if sel < lockRows.count { view.overlay = .lock(lockRows[sel]) }
    case .ithreads:
      if sel < m.interrupts.sources.count { view.overlay = .device(sel) }
    case .counters, .pending, .runQueues, .log:
      view.message = "Enter opens threads (Processes, CPUs), locks and devices (Ithreads)"
    }
  }

  /// For each row of the locks pane, the lock it belongs to.
  private func lockRowOwners(_ m: FrameModel) -> [Int] {
    var out: [Int] = []
    for (i, l) in m.locks.enumerated() {
      out.append(i)
      if !l.waiters.isEmpty { out.append(i) }
      if !l.spinners.isEmpty { out.append(i) }
    }
    return out
  }

  private mutating func promptKey(_ key: Key) -> Effect {
    guard var p = view.prompt else { return .none }
    switch key {
    case .escape:
      view.prompt = nil
    case .enter:
      view.prompt = nil
      switch p.purpose {
      case .filter:
        view.filter = p.text
        view[scroll: .processes] = PaneScroll()
      case .search:
        view.search = p.text
        view.focus = .processes
        searchNext()
      }
    case .backspace:
      if !p.text.isEmpty { p.text.removeLast() }
      view.prompt = p
    case .char(let c):
      p.text.append(c)
      view.prompt = p
    default: break
    }
    return .none
  }

  private mutating func searchNext() {
    guard !view.search.isEmpty else { return }
    let m = model()
    let order = ProcessesPane.order(m, view)
    let term = view.search.lowercased()
    let start = view[scroll: .processes].selected
    for k in 1...max(1, order.count) {
      let i = (start + k) % max(1, order.count)
      guard i < order.count else { break }
      let p = m.snapshot.procs[order[i]]
      if Command.text(argv: p.argv, comm: p.comm).lowercased().contains(term) {
        var sc = view[scroll: .processes]
        sc.selected = i
        view[scroll: .processes] = sc
        return
      }
    }
    view.message = "no match for '\(view.search)'"
  }
}

/// Everything a frame depends on: when it equals the last frame's, the frame is skipped.
struct RenderKey: Equatable {
  var events: UInt64
  var inputs: Int
  var now: SimTime
  var mode: Mode
  var speed: Speed
  var view: ViewState
}
