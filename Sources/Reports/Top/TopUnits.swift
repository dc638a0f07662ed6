/// top's number formats (utils.c `format_k`, `format_time`).
enum TopUnits {
  /// `format_k`: KB as `%dK`; from 10000K as rounded `%dM`, from 10000M as rounded `%dG`.
  static func k(_ kb: Int) -> String {
    var amount = kb
    var tag = "K"
    if amount >= 10_000 {
      amount = (amount + 512) / 1024
      tag = "M"
      if amount >= 10_000 {
        amount = (amount + 512) / 1024
        tag = "G"
      }
    }
    return String(amount) + tag
  }

  /// `format_time`: `%d:%02d` minutes:seconds; from 1000 minutes `%5.1fH` hours (cut to 6);
  /// `???` when out of range.
  static func time(seconds: Int64) -> String {
    if seconds < 0 || seconds > 99_999 * 360 { return "???" }
    if seconds >= 1000 * 60 {
      let hours = Pad.right(Fixed.format(Double(seconds) / 3600.0, 1), 5) + "H"
      return Pad.clip(hours, 6)
    }
    return String(seconds / 60) + ":" + Pad.zero(Int(seconds % 60), 2)
  }
}
