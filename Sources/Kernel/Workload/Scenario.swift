/// A complete, reproducible description of a simulated machine and its workload.
///
/// Built-in scenarios are Swift values (`Scenario.builtin(named:)`); user scenarios are JSON files
/// with the same schema, decoded outside `Kernel`.
public struct Scenario: Equatable, Sendable {
  /// Short name shown in headers (`build`).
  public var name: String
  /// One line saying what the scenario shows.
  public var description: String
  /// Number of CPUs, 1…256.
  public var cpus: Int
  /// Boot clock, ISO 8601 UTC (`2014-12-10T02:01:00Z`); STARTED columns count from it.
  public var boot: String
  /// Physical memory in KB (for `%MEM`).
  public var memoryKB: Int
  /// Kernel options (sysctls and build-time switches).
  public var kernel: KernelOptions
  /// Time the kernel's own work costs (SPEC.md D18).
  public var costs: Costs
  /// User accounts besides root (uid 0).
  public var users: [UserSpec]
  /// Processes started at boot, children of init.
  public var processes: [ProcessSpec]
  /// Process templates that `fork` steps refer to by name.
  public var templates: [ProcessSpec]
  /// Devices and their interrupt sources, in attach order.
  public var devices: [DeviceSpec]
  /// Spinning mutexes program steps may take (`mtx_enter`), by name.
  public var mutexes: [String]
  /// Named bmtx locks program steps may take (`lock`/`unlock`), by name.
  public var locks: [String]

  /// Makes a scenario; every field but the name and processes has the documented default.
  public init(
    name: String, description: String = "", cpus: Int = 2,
    boot: String = Scenario.defaultBoot, memoryKB: Int = 2_097_152,
    kernel: KernelOptions = KernelOptions(), costs: Costs = Costs(),
    users: [UserSpec] = [], processes: [ProcessSpec], templates: [ProcessSpec] = [],
    devices: [DeviceSpec] = [], mutexes: [String] = [], locks: [String] = []
  ) {
    self.name = name
    self.description = description
    self.cpus = cpus
    self.boot = boot
    self.memoryKB = memoryKB
    self.kernel = kernel
    self.costs = costs
    self.users = users
    self.processes = processes
    self.templates = templates
    self.devices = devices
    self.mutexes = mutexes
    self.locks = locks
  }

  /// The branch log's boot clock: 2014-12-10 02:01:00 UTC.
  public static let defaultBoot = "2014-12-10T02:01:00Z"
}

/// A user account.
public struct UserSpec: Equatable, Sendable {
  /// Login name shown in USER.
  public var name: String
  /// Numeric uid shown in UID.
  public var uid: Int
  /// Makes a user.
  public init(name: String, uid: Int) {
    self.name = name
    self.uid = uid
  }
}

/// A process (or `count` identical processes) and the program it runs.
public struct ProcessSpec: Equatable, Sendable {
  /// Template name for `fork` steps (templates only; defaults to `comm`).
  public var name: String
  /// `p_comm`, at most 16 characters kept.
  public var comm: String
  /// Arguments ps shows in COMMAND; defaults to `[comm]`.
  public var argv: [String]
  /// Owner's login name (`root` or one of `users`).
  public var user: String
  /// Nice value, −20…20 (ps NI).
  public var nice: Int
  /// Controlling terminal without the `tty` prefix (`p0`), or nil (`??`).
  public var tty: String?
  /// Session leader (STAT `s`).
  public var sessionLeader: Bool
  /// In the foreground process group of its terminal (STAT `+`).
  public var foreground: Bool
  /// Virtual size in KB (VSZ).
  public var vszKB: Int
  /// Resident size in KB (RSS).
  public var rssKB: Int
  /// How many identical processes to start.
  public var count: Int
  /// When the process starts, after boot (boot processes only).
  public var start: SimTime
  /// A daemon does not keep the workload alive: the workload ends when every other scenario
  /// process and all their descendants have exited.
  public var daemon: Bool
  /// The program; a process that runs off its end exits.
  public var program: [Step]

  /// Makes a process spec with the documented defaults.
  public init(
    name: String? = nil, comm: String, argv: [String]? = nil, user: String = "root",
    nice: Int = 0, tty: String? = nil, sessionLeader: Bool = false, foreground: Bool = false,
    vszKB: Int = 1024, rssKB: Int = 512, count: Int = 1, start: SimTime = 0, daemon: Bool = false,
    program: [Step]
  ) {
    self.name = name ?? comm
    self.comm = comm
    self.argv = argv ?? [comm]
    self.user = user
    self.nice = nice
    self.tty = tty
    self.sessionLeader = sessionLeader
    self.foreground = foreground
    self.vszKB = vszKB
    self.rssKB = rssKB
    self.count = count
    self.start = start
    self.daemon = daemon
    self.program = program
  }
}

/// How idle CPUs wait (SPEC.md D12).
public enum IdleMode: String, Sendable, CaseIterable {
  /// `hlt`: waking another idle CPU takes a NOP IPI.
  case hlt
  /// `mwait`: `cpu_unidle` clears `MWAIT_KEEP_IDLING`, no IPI.
  case mwait
}

/// The kernel lock's implementation (SPEC.md D2).
public enum LockModel: String, Sendable, CaseIterable {
  /// E1 ticket spinlock, owned by the CPU.
  case mplock
  /// E2 recursive rwlock "kernellock": sleeps, wakes all.
  case rrwlock
  /// E4/E5 turnstile mutex "giant": spins while the owner runs, else blocks; wakes one.
  case bmtx
}

/// How deferred interrupts are queued per CPU (SPEC.md D5).
public enum PendingModel: String, Sendable, CaseIterable {
  /// amd64 `ci_ipending` bitmask, drained highest slot first.
  case bitmask
  /// armv7 per-CPU FIFO, drained in arrival order.
  case tailq
}

/// Where ithreads are pinned (SPEC.md D8).
public enum IthreadPlacement: String, Sendable, CaseIterable {
  /// Every ithread on cpu0, as in the source.
  case primary
  /// Ithread k on CPU k mod ncpu.
  case spread
}

/// What `preempt()` does with the PSWP boost (SPEC.md D4).
public enum PreemptBoost: String, Sendable, CaseIterable {
  /// The woken thread runs first, then the preempted one.
  case intended
  /// The source as written: the boosted thread is picked again.
  case literal
}

/// Kernel options: sysctls and build-time switches.
public struct KernelOptions: Equatable, Sendable {
  /// `kern.preemption`: 0, 1 or 2 (SPEC.md D3).
  public var preemption: Int
  /// Idle instruction.
  public var idle: IdleMode
  /// Kernel-lock model.
  public var lock: LockModel
  /// Pending-interrupt model.
  public var pending: PendingModel
  /// Ithread placement.
  public var ithreadCPU: IthreadPlacement
  /// preempt() boost behaviour.
  public var preemptBoost: PreemptBoost

  /// Makes options; defaults are the reference configuration (SPEC.md §0).
  public init(
    preemption: Int = 0, idle: IdleMode = .hlt, lock: LockModel = .bmtx,
    pending: PendingModel = .bitmask, ithreadCPU: IthreadPlacement = .primary,
    preemptBoost: PreemptBoost = .intended
  ) {
    self.preemption = preemption
    self.idle = idle
    self.lock = lock
    self.pending = pending
    self.ithreadCPU = ithreadCPU
    self.preemptBoost = preemptBoost
  }
}

/// What the kernel's own work costs, in nanoseconds (SPEC.md D18).
///
/// Defaults: a 2014 Haswell guest under VMware, where the branch log measured; IPIs and wake-ups
/// from `hlt` cost VM exits. They are fixed by the spec and not tuned to reach any result.
public struct Costs: Equatable, Sendable {
  /// `cpu_switchto` + `mi_switch` bookkeeping.
  public var contextSwitch: SimTime
  /// Interrupt entry + exit.
  public var interrupt: SimTime
  /// Sending an IPI, on the sender.
  public var ipiSend: SimTime
  /// From send to the target's handler.
  public var ipiDelivery: SimTime
  /// Leaving `hlt`.
  public var hltWake: SimTime
  /// System call entry + exit.
  public var syscall: SimTime
  /// SCHED_LOCK hold per scheduler operation.
  public var schedLock: SimTime
  /// bmtx/mplock uncontended fast path.
  public var lockFastPath: SimTime
  /// One spin re-check after the lock word changes.
  public var spinRecheck: SimTime
  /// A soft interrupt handler's pass (softclock, softnet, softtty), besides its items.
  public var softintrPass: SimTime
  /// Each item a soft interrupt handles: a timeout fired, a packet, a character.
  public var softintrItem: SimTime

  /// Makes a cost table; every default is SPEC.md D18's.
  public init(
    contextSwitch: SimTime = 3_000, interrupt: SimTime = 1_000, ipiSend: SimTime = 1_000,
    ipiDelivery: SimTime = 5_000, hltWake: SimTime = 20_000, syscall: SimTime = 500,
    schedLock: SimTime = 300, lockFastPath: SimTime = 20, spinRecheck: SimTime = 100,
    softintrPass: SimTime = 1_000, softintrItem: SimTime = 1_000
  ) {
    self.contextSwitch = contextSwitch
    self.interrupt = interrupt
    self.ipiSend = ipiSend
    self.ipiDelivery = ipiDelivery
    self.hltWake = hltWake
    self.syscall = syscall
    self.schedLock = schedLock
    self.lockFastPath = lockFastPath
    self.spinRecheck = spinRecheck
    self.softintrPass = softintrPass
    self.softintrItem = softintrItem
  }
}
