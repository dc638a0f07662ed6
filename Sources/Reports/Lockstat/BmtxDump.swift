import Kernel

/// `bmtx_dump(m)` as kern_bmtx.c (289dc11) prints it, byte for byte (SPEC.md §6.3 item 6):
///
///     printf("bmtx %s (%p): ", name, m);
///     owner ? printf("locked by\n  %s, proc=%p, pid=%llu.\n", …) : printf("unlocked\n.");
///     printf("  flags=0x%x(%s%s), recurse=%d.\n", …"BMTX_WAITERS"…, …",BMTX_RECURSED"…);
///     if WAITERS: "  waiters:\n", "    %s, proc=%p, pid=%llu.\n" per waiter, then "\n".
///
/// The source's quirks are kept: an unlocked lock's `.` starts the flags line, and the comma
/// before `BMTX_RECURSED` is printed even when `BMTX_WAITERS` is not.
enum BmtxDump {
  /// The dump of one lock, ending in a newline.
  static func render(_ lock: LockSnapshot, _ input: LockstatInput) -> String {
    var out = "bmtx \(lock.name) (\(ProcAddress.text(lock.address))): "
    if let owner = lock.owner {
      let t = input.thread(owner)
      out += "locked by\n  "
      out += proc(
        comm: lock.ownerComm ?? t?.comm ?? "?", id: owner, pid: lock.ownerPid ?? t?.pid ?? 0)
    } else {
      out += "unlocked\n."
    }
    let flags = (lock.waitersFlag ? 0x1 : 0) | (lock.recursedFlag ? 0x2 : 0)
    out += "  flags=0x\(String(flags, radix: 16))("
    out += (lock.waitersFlag ? "BMTX_WAITERS" : "") + (lock.recursedFlag ? ",BMTX_RECURSED" : "")
    out += "), recurse=\(lock.recurse).\n"
    if lock.waitersFlag {
      out += "  waiters:\n"
      for w in lock.waiters {
        let t = input.thread(w)
        out += "    " + proc(comm: t?.comm ?? "?", id: w, pid: t?.pid ?? 0)
      }
      out += "\n"
    }
    return out
  }

  /// `%s, proc=%p, pid=%llu.\n`.
  private static func proc(comm: String, id: ProcID, pid: Int) -> String {
    "\(comm), proc=\(ProcAddress.text(ProcAddress.of(id))), pid=\(pid).\n"
  }
}
