import Foundation
import Kernel

// Temporary bench harness (the command line lands with Foundation II).
let args = CommandLine.arguments
let cpus = args.count > 1 ? Int(args[1]) ?? 64 : 64
let jobs = args.count > 2 ? Int(args[2]) ?? 10000 : 10000
let secs = args.count > 3 ? Int64(args[3]) ?? 10 : 10
let s = Scenario.build(cpus: cpus, jobs: jobs, parallel: jobs)
var m = try Machine(scenario: s, seed: 1)
let t0 = DispatchTime.now().uptimeNanoseconds
m.run(until: secs * Nanos.s)
let t1 = DispatchTime.now().uptimeNanoseconds
let wall = Double(t1 - t0) / 1e9
print("events", m.eventCount, "wall", wall, "ev/s", Double(m.eventCount) / wall, "ns/ev", wall * 1e9 / Double(m.eventCount))
print("mix", m.eventMix, "depth", QueueProbe.depth(of: m))
let d = QueueProbe.depth(of: m)
let q0 = DispatchTime.now().uptimeNanoseconds
let sum = QueueProbe.run(depth: d, operations: Int(m.eventCount))
let q1 = DispatchTime.now().uptimeNanoseconds
print("queue ns/op", Double(q1 - q0) / Double(m.eventCount), sum % 10)
print(m.snapshot().sched)
