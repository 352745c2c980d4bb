import Foundation
import Testing

@testable import LoraEngine

/// The serial worker: order, the bound on pending jobs, draining and cancelling.
@Suite struct SerialWorkerTests {
    /// A lock-protected log the jobs append to.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        private(set) var maximumUnfinished = 0
        private var unfinished = 0
        func queued() {
            lock.withLock {
                unfinished += 1; maximumUnfinished = max(maximumUnfinished, unfinished)
            }
        }
        func ran(_ value: Int) {
            lock.withLock {
                values.append(value); unfinished -= 1
            }
        }
        var all: [Int] { lock.withLock { values } }
    }

    /// A gate a job waits at until the test opens it.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var isOpen = false
        func waitUntilOpen() { condition.withLock { while !isOpen { condition.wait() } } }
        func open() {
            condition.withLock {
                isOpen = true; condition.broadcast()
            }
        }
    }

    @Test func runsJobsInOrderWithBoundedPending() {
        let worker = SerialWorker(maximumPending: 3)
        let log = Log()
        for i in 0..<200 {
            log.queued()
            worker.enqueue {
                if i % 50 == 0 { usleep(2000) }  // the producer catches up and must wait
                log.ran(i)
            }
        }
        worker.drain()
        #expect(log.all == Array(0..<200))
        // One more than the bound: the producer counts a job before enqueue admits it.
        #expect(log.maximumUnfinished <= 4)
        worker.drain()  // again: nothing happens
    }

    @Test func cancelDropsJobsNotStarted() {
        let worker = SerialWorker(maximumPending: 100)
        let log = Log()
        let gate = Gate()
        let started = DispatchSemaphore(value: 0)
        worker.enqueue {
            started.signal()
            gate.waitUntilOpen()
            log.ran(0)
        }
        for i in 1..<10 { worker.enqueue { log.ran(i) } }
        // Cancel from another thread while job 0 is held at the gate, then open it.
        started.wait()
        let cancelled = DispatchSemaphore(value: 0)
        Thread {
            worker.cancel(); cancelled.signal()
        }.start()
        usleep(20000)
        gate.open()
        cancelled.wait()
        #expect(log.all == [0])
        worker.enqueue { log.ran(99) }  // ignored once stopped
        #expect(log.all == [0])
    }

    /// A finished job's captures are released (a job holding a large tensor must not outlive
    /// its run while the worker goes on).
    @Test func finishedJobsReleaseWhatTheyCaptured() {
        final class Payload: @unchecked Sendable { var touched = false }
        let worker = SerialWorker(maximumPending: 2)
        weak var released: Payload?
        do {
            let payload = Payload()
            released = payload
            worker.enqueue { payload.touched = true }
        }
        let done = DispatchSemaphore(value: 0)
        worker.enqueue { done.signal() }
        done.wait()
        #expect(released == nil, "the first job's capture is still held")
        worker.drain()
    }
}
