/// Why a duration text was refused, in a few words (`negative duration`).
public struct DurationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Makes an error.
  public init(_ message: String) { self.message = message }
  /// The message.
  public var description: String { message }
}

/// The units a duration may carry, largest first: `m`, `s`, `ms`, `us`, `ns` (SPEC.md D14).
///
/// `power` and `factor` split the unit into `factor × 10^power` nanoseconds so that decimal
/// fractions convert exactly with integer arithmetic.
private let durationUnits: [(suffix: String, nanos: SimTime, power: Int, factor: SimTime)] = [
  ("m", Nanos.m, 10, 6),
  ("s", Nanos.s, 9, 1),
  ("ms", Nanos.ms, 6, 1),
  ("us", Nanos.us, 3, 1),
  ("ns", 1, 0, 1),
]

/// Parses `2ms`, `1.5s`, `250us`, `10ns`, `2m` (minutes); a bare number is seconds.
///
/// Fractions convert exactly to integer nanoseconds (no floating point); a value that is not a
/// whole number of nanoseconds, negative, or out of range is refused.
public func parseDuration(_ text: String) -> Result<SimTime, DurationError> {
  let unparsable = DurationError("unparsable duration '\(text)'")
  var bytes = Array(text.utf8)
  var negative = false
  if bytes.first == UInt8(ascii: "-") {
    negative = true
    bytes.removeFirst()
  }
  let digitsEnd = bytes.firstIndex { !isDigitOrDot($0) } ?? bytes.endIndex
  let number = bytes[..<digitsEnd]
  let suffix = String(decoding: bytes[digitsEnd...], as: UTF8.self)
  let unitName = suffix.isEmpty ? "s" : (suffix == "µs" ? "us" : suffix)
  guard let unit = durationUnits.first(where: { $0.suffix == unitName }) else {
    return .failure(unparsable)
  }
  let parts = number.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
  guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else {
    return .failure(unparsable)
  }
  var fraction = parts.count == 2 ? Array(parts[1]) : []
  if parts.count == 2 && fraction.isEmpty { return .failure(unparsable) }
  while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }

  let tooLarge = DurationError("duration '\(text)' is too large")
  guard let wholeValue = decimalValue(whole) else { return .failure(tooLarge) }
  let (wholeNanos, wholeOverflow) = wholeValue.multipliedReportingOverflow(by: unit.nanos)
  if wholeOverflow { return .failure(tooLarge) }
  guard let fractionNanos = fractionNanos(fraction, unit: (unit.power, unit.factor)) else {
    return .failure(DurationError("duration '\(text)' is not a whole number of nanoseconds"))
  }
  let (total, overflow) = wholeNanos.addingReportingOverflow(fractionNanos)
  if overflow { return .failure(tooLarge) }
  if negative && total != 0 { return .failure(DurationError("negative duration")) }
  return .success(total)
}

/// The canonical text of a duration: the largest unit that represents it exactly (`3us`, `2500us`,
/// `1s`, `2m`); zero is `0s`.
public func formatDuration(_ nanos: SimTime) -> String {
  if nanos == 0 { return "0s" }
  let magnitude = nanos.magnitude
  let sign = nanos < 0 ? "-" : ""
  for unit in durationUnits where magnitude % UInt64(unit.nanos) == 0 {
    return "\(sign)\(magnitude / UInt64(unit.nanos))\(unit.suffix)"
  }
  return "\(sign)\(magnitude)ns"
}

private func isDigitOrDot(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
}

/// The value of a run of ASCII digits, nil on overflow (the caller has checked they are digits
/// or dots; a dot here means a malformed number and is rejected by the caller's split).
private func decimalValue(_ digits: ArraySlice<UInt8>) -> SimTime? {
  var value: SimTime = 0
  for byte in digits {
    guard byte != UInt8(ascii: ".") else { return nil }
    let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
    let (next, o2) = shifted.addingReportingOverflow(SimTime(byte - UInt8(ascii: "0")))
    if o1 || o2 { return nil }
    value = next
  }
  return value
}

/// `0.<digits> × factor × 10^power` as integer nanoseconds, or nil when that is not whole.
private func fractionNanos(_ digits: [UInt8], unit: (power: Int, factor: SimTime)) -> SimTime? {
  if digits.isEmpty { return 0 }
  // More than 18 significant fractional digits can never be whole nanoseconds here.
  guard digits.count <= 18, let value = decimalValue(digits[...]) else { return nil }
  let scaled = value * unit.factor  // < 10^18 × 6, fits in Int64
  if digits.count <= unit.power {
    var result = scaled
    for _ in 0..<(unit.power - digits.count) { result *= 10 }
    return result
  }
  var divisor: SimTime = 1
  for _ in 0..<(digits.count - unit.power) { divisor *= 10 }
  return scaled % divisor == 0 ? scaled / divisor : nil
}
