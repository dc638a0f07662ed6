/// A UTC calendar date and time computed from Unix seconds with integer arithmetic only.
///
/// No `TimeZone`, `Calendar` or host zone: the same seconds give the same fields everywhere
/// (SPEC.md D15). The day algorithm is the proleptic Gregorian one ("days from civil").
struct CivilTime: Equatable, Sendable {
  /// Full year, e.g. 2014.
  var year: Int
  /// Month 1…12.
  var month: Int
  /// Day of the month 1…31.
  var day: Int
  /// Hour 0…23.
  var hour: Int
  /// Minute 0…59.
  var minute: Int
  /// Second 0…59.
  var second: Int
  /// Day of the week, 0 = Sunday.
  var weekday: Int

  /// C locale `%a` names.
  static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  /// C locale `%b` names.
  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The UTC civil time of `epoch` seconds since 1970-01-01 00:00:00 UTC.
  init(epoch: Int64) {
    let secondsPerDay: Int64 = 86_400
    var days = epoch / secondsPerDay
    var secs = epoch % secondsPerDay
    if secs < 0 {
      secs += secondsPerDay
      days -= 1
    }
    hour = Int(secs / 3600)
    minute = Int(secs % 3600 / 60)
    second = Int(secs % 60)
    // 1970-01-01 was a Thursday.
    weekday = Int(((days % 7) + 11) % 7)
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = Int(doy - (153 * mp + 2) / 5 + 1)
    month = Int(mp < 10 ? mp + 3 : mp - 9)
    year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
  }

  /// Hour on a 12-hour clock, 1…12 (`%l`, `%I`).
  var hour12: Int { hour % 12 == 0 ? 12 : hour % 12 }
  /// `%p` in the C locale.
  var amPM: String { hour < 12 ? "AM" : "PM" }
  /// `%a` in the C locale.
  var weekdayName: String { Self.weekdayNames[weekday] }
  /// `%b` in the C locale.
  var monthName: String { Self.monthNames[month - 1] }

  /// `%H:%M:%S`.
  var clock: String {
    Pad.zero(hour, 2) + ":" + Pad.zero(minute, 2) + ":" + Pad.zero(second, 2)
  }
}
