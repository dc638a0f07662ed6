/// One step of a program run by a simulated process (DESIGN.md "Workloads").
public indirect enum Step: Equatable, Sendable {
  /// User-mode computation.
  case compute(DurationSpec)
  /// A system call spending `duration` in the kernel; `giant` = under the kernel lock.
  case syscall(DurationSpec, giant: Bool)
  /// `nanosleep`: a timed, interruptible sleep (`tsleep(&nanowait, PWAIT|PCATCH, "nanosleep")`).
  case sleep(DurationSpec)
  /// `fork` `count` children running the named template.
  case fork(template: String, count: Int)
  /// `wait4`: reap one child (`all == false`) or every child (`all == true`), sleeping as needed.
  case wait(all: Bool)
  /// `exit`.
  case exit
  /// Run `steps` `count` times, or forever when `count` is nil.
  case `repeat`(count: Int?, steps: [Step])
}
