/// A device that interrupts: its interrupt source, its handler and how often it interrupts.
public struct DeviceSpec: Equatable, Sendable {
  /// Event-counter name and ithread name part (`em0`).
  public var name: String
  /// Name of a device whose interrupt source this one shares (its slot, vector and trigger are
  /// then that device's); nil = a source of its own.
  public var shares: String?
  /// Slot in cpu0's `ci_isources[]`, 0…61 (62 and 63 are the clock and IPIs); the `ci_ipending`
  /// bit and the bitmask drain order (highest first).
  public var slot: Int
  /// IDT vector: `vmstat -i` prints `irq<vector>/<name>`.
  public var vector: Int
  /// Level-triggered sources are masked from the stub until their ithread's pass ends.
  public var trigger: Trigger
  /// Handler IPL: orders the handlers on a shared source (descending level).
  public var level: IPL
  /// Whether the handler runs without the kernel lock (`IPL_MPSAFE`).
  public var mpsafe: Bool
  /// Handler time per claiming pass.
  public var service: DurationSpec
  /// How the device raises interrupts on its own.
  public var arrival: Arrival
  /// The soft interrupt its handler schedules after claiming (network → softnet, com → softtty).
  public var schedules: SoftIntr?
  /// For `io` steps: time from a request to the completion interrupt.
  public var ioLatency: DurationSpec
  /// `p_wmesg` of threads waiting for this device's I/O (`biowait`).
  public var wmesg: String

  /// Makes a device; defaults: own level-triggered source, IPL_BIO, MPSAFE, 10 µs service, no
  /// traffic of its own, 100 µs I/O latency, waiters show `biowait`.
  public init(
    name: String, shares: String? = nil, slot: Int = 0, vector: Int = 0,
    trigger: Trigger = .level, level: IPL = .bio, mpsafe: Bool = true,
    service: DurationSpec = .fixed(10 * Nanos.us), arrival: Arrival = .none,
    schedules: SoftIntr? = nil, ioLatency: DurationSpec = .fixed(100 * Nanos.us),
    wmesg: String = "biowait"
  ) {
    self.name = name
    self.shares = shares
    self.slot = slot
    self.vector = vector
    self.trigger = trigger
    self.level = level
    self.mpsafe = mpsafe
    self.service = service
    self.arrival = arrival
    self.schedules = schedules
    self.ioLatency = ioLatency
    self.wmesg = wmesg
  }
}

/// Interrupt trigger mode.
public enum Trigger: String, Sendable, CaseIterable {
  /// The line stays asserted while the device has work; the source is masked until serviced.
  case level
  /// One pulse per event; never masked; pulses during a pass collapse into one more pass.
  case edge
}

/// amd64 IPLs (SPEC.md §11) that matter for handler order; only the order is used.
public enum IPL: String, Sendable, CaseIterable {
  case bio, net, tty, vm, audio

  /// The numeric level (`IPL_BIO` 6 … `IPL_AUDIO` 0xb).
  public var value: Int {
    switch self {
    case .bio: return 6
    case .net: return 7
    case .tty: return 9
    case .vm: return 0xa
    case .audio: return 0xb
    }
  }
}

/// The soft interrupts (SPEC.md §5, D6), each its own ithread.
public enum SoftIntr: String, Sendable, CaseIterable {
  /// Timeouts: scheduled by hardclock on cpu0 when timeouts are due.
  case softclock
  /// The network stack: `schednetisr` sets netisr bits and schedules it.
  case softnet
  /// Serial/tty input processing.
  case softtty
}

/// How a device raises interrupts by itself (I/O completions come on top).
public enum Arrival: Equatable, Sendable {
  /// Only when asked (I/O completions, injection).
  case none
  /// A Poisson process: `rate` interrupts per second.
  case poisson(rate: Int)
  /// Every `period`.
  case periodic(period: SimTime)
  /// `count` interrupts `gap` apart, every `every`.
  case bursts(count: Int, gap: SimTime, every: SimTime)
}
