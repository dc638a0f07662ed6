/// Interrupt sources, their handlers and the devices behind them (SPEC.md §4.1–4.2).

/// What a handler is.
enum HandlerKind: Equatable {
  /// A device's interrupt handler.
  case device(Int32)
  /// A soft interrupt's handler.
  case soft(SoftIntr)
}

/// One `struct intrhand`, with its event counter.
struct Handler {
  var kind: HandlerKind
  var name: String
  var mpsafe: Bool
  var level: Int
  var source: Int32
  /// `ih_count.ec_count`.
  var count: UInt64 = 0
}

/// One `struct intrsource` and its ithread.
struct Source {
  /// Handler indices in chain order (descending level).
  var handlers: [Int32]
  /// Slot in cpu0's `ci_isources[]`; −1 for soft sources.
  var slot: Int32
  var vector: Int32
  var trigger: Trigger
  var masked = false
  /// `is_scheduled`.
  var scheduled = false
  var ithread: Int32 = -1
  /// Earliest raise not yet reached by a pass start (−1 = none): dispatch latency.
  var raisedAt: SimTime = -1
  /// Raise time the running pass serves: completion latency.
  var passRaisedAt: SimTime = -1
  var passes: UInt64 = 0
  var soft: SoftIntr?
}

/// A device's run-time state.
struct Device {
  var source: Int32
  var handler: Int32
  /// The device has work its handler has not yet claimed (a level line stays asserted).
  var asserted = false
  /// Events (packets, characters, completions) since the handler last claimed.
  var backlog: Int32 = 0
  /// Poisson rate in force (inputs may change it).
  var rate: Int = 0
  /// When the pending arrival event fires (others are stale).
  var nextArrival: SimTime = -1
  /// Bursts: when the current burst started and how many of it have come.
  var burstStart: SimTime = 0
  var burstPos: Int = 0
  /// Threads whose I/O has completed, waiting for the handler to wake them.
  var completed: [Int32] = []
  var wmesg: String
}

/// A soft interrupt's queue of work and readers.
struct SoftQueue {
  var source: Int32 = -1
  /// Items queued for the handler (timeouts are counted by the timeout queue).
  var backlog: Int32 = 0
  /// Items the handler delivered that no reader has taken yet.
  var available: Int32 = 0
}

enum SourceAddr {
  static let base: UInt64 = 0xffff_8000_0021_0000
  static func source(_ s: Int32) -> UInt64 { base + UInt64(s) * 0x80 }
  static let giant: UInt64 = 0xffff_ffff_8190_8a20
  static func softRead(_ s: SoftIntr) -> UInt64 {
    switch s {
    case .softclock: return 0xffff_ffff_8191_0000
    case .softnet: return 0xffff_ffff_8191_0100
    case .softtty: return 0xffff_ffff_8191_0200
    }
  }
  static func buf(_ p: Int32) -> UInt64 { 0xffff_8000_4000_0000 + UInt64(p) * 0x100 }
}

extension Machine {
  /// `intr_establish` for every device, `softintr_establish` for the softintrs, then
  /// `ithread_forkall`: one ithread per source, named after its handlers.
  mutating func establishInterrupts() {
    // Soft interrupts: softclock always, softnet always (netisr_init), softtty when a device
    // schedules it. Each is its own level source on the no-op softintr PIC.
    let wantTTY = scenario.devices.contains { $0.schedules == .softtty }
    for soft in SoftIntr.allCases where soft != .softtty || wantTTY {
      let s = Int32(sources.count)
      let h = Int32(handlers.count)
      handlers.append(
        Handler(kind: .soft(soft), name: soft.rawValue, mpsafe: false, level: 0, source: s))
      sources.append(Source(handlers: [h], slot: -1, vector: 0, trigger: .level, soft: soft))
      softQueues[softIndex(soft)].source = s
    }
    for (i, d) in scenario.devices.enumerated() {
      let h = Int32(handlers.count)
      var s: Int32
      if let shared = d.shares,
        let owner = scenario.devices.firstIndex(where: { $0.name == shared })
      {
        s = devices[owner].source
      } else {
        s = Int32(sources.count)
        sources.append(
          Source(handlers: [], slot: Int32(d.slot), vector: Int32(d.vector), trigger: d.trigger))
        slotSource[d.slot] = s
      }
      handlers.append(
        Handler(
          kind: .device(Int32(i)), name: d.name, mpsafe: d.mpsafe, level: d.level.value, source: s))
      // Insert before the first handler whose level is ≤ the new one (descending levels).
      var chain = sources[Int(s)].handlers
      let at = chain.firstIndex { handlers[Int($0)].level <= d.level.value } ?? chain.count
      chain.insert(h, at: at)
      sources[Int(s)].handlers = chain
      if d.trigger == .edge && chain.count > 1 { intrSharedEdge = true }
      var dev = Device(source: s, handler: h, wmesg: d.wmesg)
      if case .poisson(let r) = d.arrival { dev.rate = r }
      devices.append(dev)
    }
    if sources.contains(where: { $0.trigger == .edge && $0.handlers.count > 1 }) {
      intrSharedEdge = true
    }
    for s in sources.indices { forkIthread(Int32(s)) }
    for d in devices.indices { scheduleArrival(Int32(d), after: 0) }
  }

  /// `kthread_create(ithread, is, …, name)`: pinned, PVM, asleep on its source ("intr").
  private mutating func forkIthread(_ s: Int32) {
    let names = sources[Int(s)].handlers.map { handlers[Int($0)].name }
    let comm = String(names.joined(separator: ",").prefix(KernelConst.MAXCOMLEN))
    let t = newProc(info: ProcInfo(comm: comm, argv: nil, uid: 0, user: "root"), parent: 0)
    sourceNames.append(comm)
    let cpu = options.ithreadCPU == .spread ? Int32(Int(s) % ncpu) : 0
    procs[Int(t)].flags = [.P_SYSTEM, .P_CPUPEG]
    procs[Int(t)].pinnedCPU = cpu
    procs[Int(t)].cpu = cpu
    procs[Int(t)].usrpri = Int32(KernelConst.PUSER)
    procs[Int(t)].ihSource = s
    procs[Int(t)].ihStage = .begin
    procs[Int(t)].cont = .ithread
    tsleep(
      t, chan: SourceAddr.source(s), priority: Int32(KernelConst.PVM), catch: false, wmesg: .intr,
      timo: nil)
    sources[Int(s)].ithread = t
  }

  @inline(__always) func softIndex(_ s: SoftIntr) -> Int {
    switch s {
    case .softclock: return 0
    case .softnet: return 1
    case .softtty: return 2
    }
  }
}
