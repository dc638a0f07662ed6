/// top's process-area columns (machine.c `Proc_format`
/// `"%5d %-8.8s %3d %4d %5s %5s %-9s %-7.7s %6s %5.2f%% %s"`).
enum TopColumns {
  /// PID USERNAME PRI NICE SIZE RES STATE WAIT TIME CPU COMMAND.
  static let all: [Column] = [
    Column("PID", width: 5, .right),
    Column("USERNAME", width: 8, .left, clip: true),
    Column("PRI", width: 3, .right),
    Column("NICE", width: 4, .right),
    Column("SIZE", width: 5, .right),
    Column("RES", width: 5, .right),
    Column("STATE", width: 9, .left),
    Column("WAIT", width: 7, .left, clip: true),
    Column("TIME", width: 6, .right),
    // `%5.2f%%`: the number in 5, then the percent sign.
    Column("CPU", width: 6, .right),
    Column("COMMAND", width: 0, .left),
  ]

  /// The table: COMMAND is printed with `%s`, so the last cell is not padded.
  static let table = TextTable(columns: all, padLastCell: false)
}
