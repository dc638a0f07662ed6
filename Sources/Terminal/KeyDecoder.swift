import CNcursesw
import Views

/// Turns `get_wch` results into `Key`s.
enum KeyDecoder {
  /// A character code (`get_wch` returned OK).
  static func character(_ code: Int32) -> Key? {
    switch code {
    case 27: return .escape
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    default:
      guard code >= 32, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A function-key code (`get_wch` returned KEY_CODE_YES).
  static func function(_ code: Int32) -> Key? {
    for n in 1...12 where code == smp_key_f(Int32(n)) { return .f(n) }
    switch code {
    case smp_key_up(): return .up
    case smp_key_down(): return .down
    case smp_key_left(): return .left
    case smp_key_right(): return .right
    case smp_key_ppage(): return .pageUp
    case smp_key_npage(): return .pageDown
    case smp_key_home(): return .home
    case smp_key_end(): return .end
    case smp_key_enter(): return .enter
    case smp_key_btab(): return .backTab
    case smp_key_backspace(): return .backspace
    default: return nil
    }
  }
}
