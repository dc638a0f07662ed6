/// ps's STARTED column (print.c `started()`, SPEC.md §8.2), in UTC.
enum Started {
  /// Seconds in 12 hours: below this age the time of day is shown.
  static let twelveHours: Int64 = 12 * 3600
  /// Seconds in 7 days: below this age weekday and hour are shown.
  static let sevenDays: Int64 = 7 * 86_400

  /// `%l:%M%p` if `start` is less than 12 h before `now`, `%a%I%p` if less than 7 days,
  /// else `%e%b%y`; both arguments are Unix seconds.
  static func format(start: Int64, now: Int64) -> String {
    let t = CivilTime(epoch: start)
    let age = now - start
    if age < twelveHours {
      return Pad.right(String(t.hour12), 2) + ":" + Pad.zero(t.minute, 2) + t.amPM
    }
    if age < sevenDays {
      return t.weekdayName + Pad.zero(t.hour12, 2) + t.amPM
    }
    return Pad.right(String(t.day), 2) + t.monthName + Pad.zero(t.year % 100, 2)
  }
}
