/// Exact `printf("%.Nf")` for doubles, without the C library or a locale.
///
/// A finite double is `m · 2^e` exactly, so the decimal rounding can be done in integers:
/// the result is the correctly rounded value with ties to even, which is what glibc and the BSD
/// libc print. Used for every fractional number in the reports.
public enum Fixed {
  /// `x` with `decimals` (0…4) digits after the point, e.g. `format(6.25, 1) == "6.2"`.
  public static func format(_ x: Double, _ decimals: Int) -> String {
    precondition((0...4).contains(decimals), "decimals out of range")
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let negative = x.sign == .minus
    let scale = powerOfTen(decimals)
    let scaled = roundedScaled(negative ? -x : x, scale: scale)
    var out = negative ? "-" : ""
    out.append(String(scaled / scale))
    if decimals > 0 {
      out.append(".")
      out.append(Pad.zero(Int(scaled % scale), decimals))
    }
    return out
  }

  private static func powerOfTen(_ n: Int) -> UInt64 {
    var p: UInt64 = 1
    for _ in 0..<n { p *= 10 }
    return p
  }

  /// `round_half_even(x · scale)` for finite `x ≥ 0` and `scale ≤ 10^4`.
  private static func roundedScaled(_ x: Double, scale: UInt64) -> UInt64 {
    if x == 0 { return 0 }
    // Beyond 2^50 a double has at most two fractional bits; such values never occur in reports,
    // so truncating them (no libm in this module) is good enough.
    if x >= 0x1p50 { return x >= 0x1p63 ? UInt64.max : UInt64(x) &* scale }
    // x = mantissa · 2^−shift with a 53-bit integer mantissa and shift ≥ 1 (x < 2^50).
    let mantissa: UInt64
    let shift: Int
    if x.exponentBitPattern == 0 {
      mantissa = x.significandBitPattern
      shift = 1074
    } else {
      mantissa = x.significandBitPattern | (1 << 52)
      shift = 1075 - Int(x.exponentBitPattern)
    }
    // The product mantissa · scale is below 2^67; split it into 64-bit halves.
    let (high, low) = mantissa.multipliedFullWidth(by: scale)
    if shift >= 68 { return 0 }  // product < 2^67 ≤ half of 2^shift
    let quotient: UInt64
    let aboveHalf: Bool
    let exactlyHalf: Bool
    if shift >= 64 {
      let s = UInt64(shift - 64)
      quotient = high >> s
      let remHigh = high & ((1 << s) &- 1)
      let halfHigh: UInt64 = s == 0 ? 0 : 1 << (s - 1)
      let halfLow: UInt64 = s == 0 ? 1 << 63 : 0
      aboveHalf = remHigh > halfHigh || (remHigh == halfHigh && low > halfLow)
      exactlyHalf = remHigh == halfHigh && low == halfLow
    } else {
      // x < 2^50 keeps the quotient below 2^64, so no bits of `high` are lost here.
      let s = UInt64(shift)
      quotient = (high << (64 - s)) | (low >> s)
      let rem = low & ((1 << s) &- 1)
      let half: UInt64 = 1 << (s - 1)
      aboveHalf = rem > half
      exactlyHalf = rem == half
    }
    if aboveHalf || (exactlyHalf && quotient & 1 == 1) { return quotient + 1 }
    return quotient
  }
}
