import Testing

@testable import Kernel

/// SPEC.md §2.4: sched_choosecpu and the cost function.
@Suite struct ChooseCPUTests {
  @Test func tiesGoToTheLowestCPU() throws {
    var m = try TestMachine.quiet(cpus: 4)
    let p = m.testProc(priority: 50, cpu: -1)
    m.curcpu = 3
    #expect(m.choosecpu(p) == 0)
  }

  @Test func keepsItsCPUWhenThatIsIdle() throws {
    var m = try TestMachine.quiet(cpus: 4)
    let p = m.testProc(priority: 50, cpu: 2)
    m.curcpu = 0
    #expect(m.choosecpu(p) == 2)
    #expect(m.counters.wasidle == 1)
  }

  @Test func pinnedThreadsStay() throws {
    var m = try TestMachine.quiet(cpus: 4)
    let p = m.testProc(priority: 50, cpu: 3, pinned: true)
    m.curcpu = 0
    #expect(m.choosecpu(p) == 3)
    #expect(m.counters.choose == 0)
  }

  @Test func costCountsPriorityRunnableAndLoad() throws {
    var m = try TestMachine.quiet(cpus: 2)
    let q = m.testProc(priority: 60, cpu: 1)
    m.testEnqueue(q)
    m.idleCPUs.remove(1)
    m.cpus[1].curpriority = 40
    m.cpus[1].ldavg = Int32(3 * KernelConst.FSCALE)
    let p = m.testProc(priority: 50, cpu: 0)
    // Not idle: (50 − 40) + 3; one queued: 3·1; load 3.
    #expect(m.costToCPU(1, p) == 10 + 3 + 3 + 3)
    // p last ran on cpu0 and has not slept: minus log2 of its resident pages (512 KB / 4 = 128).
    m.info[Int(p)].rssKB = 512
    #expect(m.costToCPU(0, p) == -7)
  }

  @Test func busyMachineUsesTheCostFunction() throws {
    var m = try TestMachine.quiet(cpus: 3)
    for c in 0..<3 {
      m.idleCPUs.remove(c)
      m.cpus[c].curpriority = 50
    }
    m.cpus[0].nrun = 2
    m.queuedCPUs.insert(0)
    let p = m.testProc(priority: 50, cpu: -1)
    m.curcpu = 0
    // cpu0 costs 3 + 6, cpu1 and cpu2 cost 3: the tie between them goes to cpu1.
    #expect(m.choosecpu(p) == 1)
    #expect(m.counters.nmigrations == 1)
  }
}
