import Kernel
import Reports

/// What the header shows besides the model: mode, speed and whether the model keeps up.
public struct HeaderInfo: Sendable {
  /// The mode badge.
  public var mode: Mode
  /// The speed.
  public var speed: Speed
  /// The model fell behind in the last frame.
  public var behind: Bool

  /// Makes header info.
  public init(mode: Mode, speed: Speed, behind: Bool) {
    self.mode = mode
    self.speed = speed
    self.behind = behind
  }
}

/// The header line: badge, program, scenario, seed, time, events, speed, lock model, preemption.
public enum HeaderPane {
  /// The header as one line.
  public static func line(_ m: FrameModel, _ h: HeaderInfo, _ s: ViewState) -> Line {
    let snap = m.snapshot
    var fields = [
      "smpscope " + snap.scenario, "seed \(snap.seed)", "t=" + timeText(snap.time),
      "#\(snap.events)", s.glyphs.times + h.speed.text, snap.lock.rawValue,
      "kern.preemption=\(snap.preemption)",
    ]
    var marks: [String] = []
    if h.behind { marks.append("can't keep up") }
    if !m.violations.isEmpty { marks.append("\(m.violations.count) violations") }
    // Narrow screens: single spaces, then without the program name, so the instant, the event
    // counter and kern.preemption stay visible.
    let room = s.width - h.mode.badge.count - 1
    var separator = "  "
    func length() -> Int {
      (fields + marks).reduce(0) { $0 + $1.count } + separator.count
        * (fields.count + marks.count - 1)
    }
    if length() > room { separator = " " }
    if length() > room { fields[0] = snap.scenario }
    var spans = [Span(h.mode.badge, h.mode.role), Span(" ", .header)]
    spans.append(Span(fields.joined(separator: separator), .header))
    for mark in marks { spans.append(Span(separator + mark, .crit)) }
    return Line(spans, fill: .header)
  }

  /// `1.234567s`: seconds with microseconds.
  public static func timeText(_ t: SimTime) -> String {
    let us = Int((t % Nanos.s) / 1000)
    return "\(t / Nanos.s)." + Pad.right(String(us), 6).replacingSpaces() + "s"
  }
}

extension String {
  /// Spaces as zeros (a zero-padded field).
  func replacingSpaces() -> String { String(map { $0 == " " ? "0" : $0 }) }
}
