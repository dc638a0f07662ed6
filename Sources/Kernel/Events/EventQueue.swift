/// The machine's event queue: an array-backed binary heap ordered by `(time, seq)`.
///
/// Each CPU owns one *timer* entry (the end of what it is doing now) that can be moved or removed
/// in place, so that an interrupt stretching a compute burst does not leave a stale event behind:
/// every pop is a real happening.
struct EventQueue {
  private(set) var heap: [Event] = []
  /// Heap position of each CPU's timer entry, −1 when it has none.
  private var timerPos: [Int32]
  /// Next sequence number.
  private(set) var nextSeq: UInt64 = 0

  init(cpus: Int) {
    timerPos = Array(repeating: -1, count: cpus)
    heap.reserveCapacity(4 * cpus + 64)
  }

  var count: Int { heap.count }
  var first: Event? { heap.first }

  /// Schedules a one-shot event.
  mutating func push(_ time: SimTime, _ kind: EventKind, cpu: Int32, arg: Int32 = 0) {
    let e = Event(time: time, seq: nextSeq, kind: kind, cpu: cpu, arg: arg)
    nextSeq &+= 1
    heap.append(e)
    siftUp(heap.count - 1)
  }

  /// Sets (or moves) the CPU's timer; it gets a fresh sequence number, as a new event would.
  mutating func setTimer(cpu: Int32, at time: SimTime) {
    let e = Event(time: time, seq: nextSeq, kind: .cpuTimer, cpu: cpu, arg: 0)
    nextSeq &+= 1
    let pos = Int(timerPos[Int(cpu)])
    if pos < 0 {
      heap.append(e)
      timerPos[Int(cpu)] = Int32(heap.count - 1)
      siftUp(heap.count - 1)
    } else {
      let later = !e.precedes(heap[pos])
      heap[pos] = e
      if later { siftDown(pos) } else { siftUp(pos) }
    }
  }

  /// Removes the CPU's timer if it has one.
  mutating func cancelTimer(cpu: Int32) {
    let pos = Int(timerPos[Int(cpu)])
    guard pos >= 0 else { return }
    timerPos[Int(cpu)] = -1
    let last = heap.removeLast()
    guard pos < heap.count else { return }
    heap[pos] = last
    note(pos)
    if pos > 0 && last.precedes(heap[(pos - 1) / 2]) { siftUp(pos) } else { siftDown(pos) }
  }

  /// When the CPU's timer fires, if it is set.
  func timer(cpu: Int32) -> SimTime? {
    let pos = Int(timerPos[Int(cpu)])
    return pos < 0 ? nil : heap[pos].time
  }

  /// Removes and returns the earliest event.
  mutating func pop() -> Event? {
    guard let top = heap.first else { return nil }
    if top.kind == .cpuTimer { timerPos[Int(top.cpu)] = -1 }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      note(0)
      siftDown(0)
    }
    return top
  }

  @inline(__always) private mutating func note(_ i: Int) {
    let e = heap[i]
    if e.kind == .cpuTimer { timerPos[Int(e.cpu)] = Int32(i) }
  }

  private mutating func siftUp(_ start: Int) {
    var i = start
    let e = heap[i]
    while i > 0 {
      let parent = (i - 1) / 2
      guard e.precedes(heap[parent]) else { break }
      heap[i] = heap[parent]
      note(i)
      i = parent
    }
    heap[i] = e
    note(i)
  }

  private mutating func siftDown(_ start: Int) {
    var i = start
    let e = heap[i]
    let n = heap.count
    while true {
      let l = 2 * i + 1
      guard l < n else { break }
      let r = l + 1
      let c = (r < n && heap[r].precedes(heap[l])) ? r : l
      guard heap[c].precedes(e) else { break }
      heap[i] = heap[c]
      note(i)
      i = c
    }
    heap[i] = e
    note(i)
  }
}
