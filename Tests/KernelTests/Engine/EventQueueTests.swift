import Testing

@testable import Kernel

@Suite struct EventQueueTests {
  @Test func popsInTimeThenSequenceOrder() {
    var q = EventQueue(cpus: 2)
    q.push(30, .hardclock, cpu: 0, arg: 1)
    q.push(10, .hardclock, cpu: 0, arg: 2)
    q.push(10, .ipi, cpu: 1, arg: 3)
    q.push(20, .hardclock, cpu: 1, arg: 4)
    var order: [Int32] = []
    while let e = q.pop() { order.append(e.arg) }
    #expect(order == [2, 3, 4, 1])
  }

  @Test func timersMoveInPlace() {
    var q = EventQueue(cpus: 2)
    q.push(50, .hardclock, cpu: 0)
    q.setTimer(cpu: 1, at: 10)
    q.setTimer(cpu: 0, at: 20)
    q.setTimer(cpu: 1, at: 100)  // moved later: one entry, not two
    #expect(q.count == 3)
    #expect(q.timer(cpu: 1) == 100)
    q.cancelTimer(cpu: 0)
    #expect(q.timer(cpu: 0) == nil)
    var times: [SimTime] = []
    while let e = q.pop() { times.append(e.time) }
    #expect(times == [50, 100])
  }

  @Test func randomOperationsKeepTheHeapOrdered() {
    var q = EventQueue(cpus: 8)
    var r = Xoshiro(seed: 5, stream: 0)
    var now: SimTime = 0
    for _ in 0..<5000 {
      switch r.uniform(0, 3) {
      case 0: q.push(now + r.uniform(0, 1000), .hardclock, cpu: 0)
      case 1: q.setTimer(cpu: Int32(r.uniform(0, 7)), at: now + r.uniform(0, 1000))
      case 2: q.cancelTimer(cpu: Int32(r.uniform(0, 7)))
      default:
        if let e = q.pop() {
          #expect(e.time >= now)
          now = e.time
        }
      }
    }
    for c in 0..<8 {
      if let t = q.timer(cpu: Int32(c)) {
        #expect(q.heap.contains { $0.kind == .cpuTimer && $0.cpu == Int32(c) && $0.time == t })
      }
    }
  }
}
