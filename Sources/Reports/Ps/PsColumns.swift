/// The `ps auxkl` column list with keyword.c 1.40 widths (SPEC.md §8.2, D7).
///
/// `-u` contributes `user pid %cpu %mem vsz rss tt state start time command`, then `-l`
/// contributes `uid ppid cpu pri nice wchan` (its other keywords are already in the list).
public enum PsColumns {
  /// USER PID %CPU %MEM VSZ RSS TT STAT STARTED TIME COMMAND UID PPID CPU PRI NI WCHAN.
  public static let all: [Column] = [
    Column("USER", width: 8, .left),
    Column("PID", width: 5, .right),
    Column("%CPU", width: 4, .right),
    Column("%MEM", width: 4, .right),
    Column("VSZ", width: 6, .right),
    Column("RSS", width: 6, .right),
    Column("TT", width: 3, .left),
    Column("STAT", width: 5, .left),
    Column("STARTED", width: 7, .left),
    Column("TIME", width: 10, .right),
    // Not the last column, so ps's width-limited writer clips and pads it to 16.
    Column("COMMAND", width: 16, .left, clip: true),
    Column("UID", width: 5, .right),
    Column("PPID", width: 5, .right),
    Column("CPU", width: 3, .right),
    Column("PRI", width: 3, .right),
    Column("NI", width: 3, .right),
    // KI_WMESGLEN − 1; kinfo_proc only carries 7 characters of p_wmesg.
    Column("WCHAN", width: 7, .left, clip: true),
  ]

  /// The table: ps pads every data cell, the last one included.
  public static let table = TextTable(columns: all, padLastCell: true)
}
