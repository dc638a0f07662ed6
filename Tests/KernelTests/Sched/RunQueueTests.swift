import Testing

@testable import Kernel

/// SPEC.md §2.1–2.3: queue index, FIFO, lowest queue first, stealing.
@Suite struct RunQueueTests {
  @Test func queueIndexIsPriorityShiftedByTwo() throws {
    var m = try TestMachine.quiet(cpus: 1)
    let p = m.testProc(priority: 50, cpu: 0)
    m.testEnqueue(p)
    #expect(m.cpus[0].whichqs == 1 << 12)
    #expect(m.rqHead[m.rqIndex(0, 12)] == p)
    #expect(m.cpus[0].nrun == 1)
    #expect(m.queuedCPUs.contains(0))
    m.remrunqueue(p)
    #expect(m.cpus[0].whichqs == 0)
    #expect(!m.queuedCPUs.contains(0))
  }

  @Test func fifoWithinOneQueue() throws {
    var m = try TestMachine.quiet(cpus: 1)
    let a = m.testProc(priority: 50, cpu: 0)
    let b = m.testProc(priority: 51, cpu: 0)  // same queue: 51 >> 2 == 12
    let c = m.testProc(priority: 49, cpu: 0)
    for p in [a, b, c] { m.testEnqueue(p) }
    #expect(m.chooseproc(0) == a)
    #expect(m.chooseproc(0) == b)
    #expect(m.chooseproc(0) == c)
  }

  @Test func lowestQueueFirst() throws {
    var m = try TestMachine.quiet(cpus: 1)
    let low = m.testProc(priority: 80, cpu: 0)
    let high = m.testProc(priority: 20, cpu: 0)
    m.testEnqueue(low)
    m.testEnqueue(high)
    #expect(m.chooseproc(0) == high)
    #expect(m.chooseproc(0) == low)
    // Nothing left anywhere: the idle thread.
    #expect(m.chooseproc(0) == m.cpus[0].idleProc)
  }

  @Test func stealTakesFromTheHighestQueueAndNeverAPinnedThread() throws {
    var m = try TestMachine.quiet(cpus: 2)
    let pinned = m.testProc(priority: 48, cpu: 1, pinned: true)  // queue 12, pinned
    let lower = m.testProc(priority: 56, cpu: 1)  // queue 14
    m.testEnqueue(pinned)
    m.testEnqueue(lower)
    // cpu1's best queue holds only a pinned thread, and stealing looks at no other queue.
    #expect(m.chooseproc(0) == m.cpus[0].idleProc)
    #expect(m.counters.stolen == 0)
    let free = m.testProc(priority: 50, cpu: 1)  // queue 12, behind the pinned one
    m.testEnqueue(free)
    #expect(m.chooseproc(0) == free)
    #expect(m.procs[Int(free)].cpu == 0)
    #expect(m.counters.stolen == 1)
    #expect(m.procs[Int(pinned)].onList == .runQueue)
    #expect(m.procs[Int(lower)].onList == .runQueue)
  }

  @Test func stealPicksTheCheapestAcrossCPUs() throws {
    var m = try TestMachine.quiet(cpus: 3)
    let a = m.testProc(priority: 60, cpu: 1)
    let b = m.testProc(priority: 52, cpu: 2)
    m.testEnqueue(a)
    m.testEnqueue(b)
    // Costs for an idle cpu0: both 0 (idle, not queued, no load); the first found (cpu1) wins.
    #expect(m.chooseproc(0) == a)
  }
}
