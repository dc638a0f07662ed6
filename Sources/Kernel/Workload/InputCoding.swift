// JSON coding of the input log (README "Input logs"): `{"inputs": [{"at": "1.5s", "sysctl":
// "kern.preemption", "value": 1}]}`. An input is one object holding its time and exactly one kind
// key (`sysctl`, `inject`, `rate`) with that kind's own fields beside it.

/// An input log: what a user did to a run, in time order, so the run can be replayed exactly.
public struct InputLog: Equatable, Sendable {
  /// The inputs, in non-decreasing time order.
  public var inputs: [Input]
  /// Makes a log.
  public init(inputs: [Input] = []) { self.inputs = inputs }
}

extension InputLog: Codable {
  /// Decodes a log and checks that its times never go backwards.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    try c.rejectUnknownKeys(allowed: ["inputs"])
    let inputs: [Input] = try c.field("inputs", or: [])
    for i in inputs.indices.dropFirst() where inputs[i].time < inputs[i - 1].time {
      let path = c.codingPath + [SchemaKey("inputs"), SchemaKey(index: i), SchemaKey("at")]
      throw DecodingError.dataCorrupted(
        .init(codingPath: path, debugDescription: "earlier than the input before it"))
    }
    self.init(inputs: inputs)
  }

  /// Encodes the inputs.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.put("inputs", inputs)
  }
}

extension Input: Codable {
  /// Decodes `at` and the input's kind from the same object.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    self.init(
      time: try c.decode(FixedDuration.self, forKey: SchemaKey("at")).nanos,
      kind: try InputKind(from: decoder))
  }

  /// Encodes `at` first, then the kind's fields.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    try c.putDuration("at", time)
    try kind.encode(to: encoder)
  }
}

extension InputKind: Codable {
  /// Every kind key, in the order the README lists them.
  static let kinds = ["sysctl", "inject", "rate"]

  /// Decodes the kind named by the object's one kind key (`at` belongs to `Input`).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: SchemaKey.self)
    let names = c.allKeys.map(\.stringValue).filter { $0 != "at" }.sorted()
    let present = Self.kinds.filter { names.contains($0) }
    guard present.count == 1, let kind = present.first else {
      let message: String
      if present.count > 1 {
        message = "more than one input kind (\(present.joined(separator: ", ")))"
      } else if let other = names.first {
        message = "unknown input '\(other)' (one of: \(Self.kinds.joined(separator: ", ")))"
      } else {
        message = "missing input kind (one of: \(Self.kinds.joined(separator: ", ")))"
      }
      throw DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: message))
    }
    switch kind {
    case "inject":
      try c.rejectUnknownKeys(allowed: ["at", "inject"])
      self = .inject(device: try Self.deviceName(c, "inject"))
    case "rate":
      try c.rejectUnknownKeys(allowed: ["at", "rate", "per_second"])
      let perSecond: Int = try c.required("per_second")
      guard perSecond >= 0 else {
        throw DecodingError.dataCorrupted(
          .init(
            codingPath: c.codingPath + [SchemaKey("per_second")],
            debugDescription: "negative rate"))
      }
      self = .rate(device: try Self.deviceName(c, "rate"), perSecond: perSecond)
    default:  // "sysctl"
      try c.rejectUnknownKeys(allowed: ["at", "sysctl", "value"])
      self = .sysctl(name: try c.required("sysctl"), value: try c.required("value"))
    }
  }

  /// The device named by `key`; an empty name is an error (an unknown one is the machine's).
  private static func deviceName(_ c: KeyedDecodingContainer<SchemaKey>, _ key: String) throws
    -> String
  {
    let name: String = try c.required(key)
    guard !name.isEmpty else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath + [SchemaKey(key)], debugDescription: "empty device name"))
    }
    return name
  }

  /// Encodes the kind key and its fields.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: SchemaKey.self)
    switch self {
    case .sysctl(let name, let value):
      try c.put("sysctl", name)
      try c.put("value", value)
    case .inject(let device):
      try c.put("inject", device)
    case .rate(let device, let perSecond):
      try c.put("rate", device)
      try c.put("per_second", perSecond)
    }
  }
}
