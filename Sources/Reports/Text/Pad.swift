/// printf-style field padding and clipping, counted in `Character`s.
enum Pad {
  /// `%-*s`: `s` followed by spaces up to `width` (never shortened).
  static func left(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? s : s + String(repeating: " ", count: width - n)
  }

  /// `%*s`: spaces then `s`, up to `width` (never shortened).
  static func right(_ s: String, _ width: Int) -> String {
    let n = s.count
    return n >= width ? s : String(repeating: " ", count: width - n) + s
  }

  /// `%.*s`: at most the first `width` characters of `s`.
  static func clip(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width))
  }

  /// `%0*d` for non-negative `value`: zero-padded to `width` digits.
  static func zero(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
