/// ps's COMMAND text before column clipping (print.c `command()`, SPEC.md §8.4).
public enum Command {
  /// argv joined by spaces; `(comm)` alone for a kernel thread or an empty argv; argv then
  /// ` (comm)` when argv[0]'s basename differs from `comm`.
  public static func text(argv: [String]?, comm: String) -> String {
    guard let argv, let arg0 = argv.first else { return "(" + comm + ")" }
    var s = argv.joined(separator: " ")
    if basename(arg0) != comm {
      s.append(" (")
      s.append(comm)
      s.append(")")
    }
    return s
  }

  /// The part after the last `/` (ps `cmdpart`).
  static func basename(_ path: String) -> Substring {
    if let slash = path.lastIndex(of: "/") {
      return path[path.index(after: slash)...]
    }
    return path[...]
  }
}
