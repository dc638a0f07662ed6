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
  /// Ask `device` for I/O and sleep (at PRIBIO, the device's wmesg) until its completion
  /// interrupt's handler wakes the thread.
  case io(device: String)
  /// Read from a soft interrupt's queue: sleep until its handler has delivered data
  /// (`softnet` → wmesg `netio` at PSOCK, `softtty` → `ttyin` at TTIPRI), interruptible.
  case read(from: SoftIntr)
  /// Kernel work for `duration` inside a critical section (interrupts deferred, no preemption).
  case critical(DurationSpec)
  /// Hold the named spinning mutex for `duration` (`mtx_enter` implies a critical section;
  /// contenders spin on their CPU).
  case mutex(name: String, DurationSpec)
  /// `bmtx_lock` a named lock (one of `Scenario.locks`, or `giant` for KERNEL_LOCK); nests.
  case lock(name: String)
  /// `bmtx_unlock` a named lock the thread holds.
  case unlock(name: String)
  /// Run `steps` `count` times, or forever when `count` is nil.
  case `repeat`(count: Int?, steps: [Step])
}
