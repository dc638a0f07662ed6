import Kernel

/// ps's STAT column (print.c `state()`, SPEC.md §8.3).
enum PsState {
  /// The first letter, from `p_stat` (and `P_SINTR`/`p_slptime` for sleeps).
  static func firstLetter(_ p: ProcSnapshot) -> Character {
    switch p.stat {
    case .SSTOP:
      return "T"
    case .SSLEEP:
      if p.flags.contains(.P_SINTR) {
        return p.slptime >= KernelConst.MAXSLP ? "I" : "S"
      }
      return "D"
    case .SRUN, .SIDL, .SONPROC:
      return "R"
    case .SDEAD:
      return "Z"
    case .SZOMB:
      return "?"
    }
  }

  /// The whole STAT text: first letter, `<`/`N`, `E`, `K`, `s`, `+`, then `/cpu` for `R` (D19).
  ///
  /// The snapshot carries no traced, systrace, vfork-parent or RSS-limit state, so `X`, `x`, `V`
  /// and `>` never appear.
  static func letters(_ p: ProcSnapshot) -> String {
    let first = firstLetter(p)
    var s = String(first)
    if p.nice < KernelConst.NZERO {
      s.append("<")
    } else if p.nice > KernelConst.NZERO {
      s.append("N")
    }
    // PS_EXITING without PS_ZOMBIE.
    if p.flags.contains(.P_WEXIT) && p.stat != .SZOMB && p.stat != .SDEAD {
      s.append("E")
    }
    if p.flags.contains(.P_SYSTEM) {
      s.append("K")
    }
    if p.sessionLeader {
      s.append("s")
    }
    // PS_CONTROLT and in the terminal's foreground process group.
    if p.foreground && p.tty != nil {
      s.append("+")
    }
    if first == "R", let cpu = p.cpu {
      s.append("/")
      s.append(String(cpu))
    }
    return s
  }
}
