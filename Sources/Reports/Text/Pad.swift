/// printf-style field padding and clipping, counted in `Character`s.
public enum Pad {
  /// The number of characters in `s`; a byte count for ASCII text, the common case.
  public static func length(_ s: String) -> Int {
    let utf8 = s.utf8
    return utf8.allSatisfy { $0 < 0x80 } ? utf8.count : s.count
  }

  /// Appends `n` spaces (none if `n ≤ 0`) to `out`.
  static func appendSpaces(_ n: Int, to out: inout String) {
    var left = n
    while left > 0 {
      let chunk = min(left, spaces.count - 1)
      out.append(spaces[chunk])
      left -= chunk
    }
  }

  /// `spaces[n]` is n spaces, for n in 0…16.
  private static let spaces: [String] = (0...16).map { String(repeating: " ", count: $0) }

  /// `%-*s`: `s` followed by spaces up to `width` (never shortened).
  public static func left(_ s: String, _ width: Int) -> String {
    let n = length(s)
    return n >= width ? s : s + String(repeating: " ", count: width - n)
  }

  /// `%*s`: spaces then `s`, up to `width` (never shortened).
  public static func right(_ s: String, _ width: Int) -> String {
    let n = length(s)
    return n >= width ? s : String(repeating: " ", count: width - n) + s
  }

  /// `%.*s`: at most the first `width` characters of `s`.
  public static func clip(_ s: String, _ width: Int) -> String {
    length(s) <= width ? s : String(s.prefix(width))
  }

  /// `%0*d` for non-negative `value`: zero-padded to `width` digits.
  static func zero(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.utf8.count >= width
      ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
  }
}
