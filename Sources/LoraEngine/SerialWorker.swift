import Foundation

/// A thread that runs jobs one at a time, in the order they were queued.
///
/// Used where a producer must keep computing while slower work (reading, converting, writing)
/// happens beside it, in order. At most `maximumPending` jobs wait at once: `enqueue` blocks
/// beyond that, so jobs that hold memory cannot pile up. End with `drain()` (run what is
/// queued) or `cancel()` (drop it); either stops the thread, which otherwise holds the worker.
public final class SerialWorker: @unchecked Sendable {
    public typealias Job = @Sendable () -> Void

    /// Jobs queued and not yet finished (the running one included) that `enqueue` allows.
    public let maximumPending: Int
    private let condition = NSCondition()
    /// Queued jobs; a slot is emptied when its job starts, so a finished job's captures go.
    private var queue: [Job?] = []
    private var head = 0
    /// Jobs queued and not finished, the running one included.
    private var pending = 0
    private var closed = false
    private var running = true

    /// Starts the thread.
    public init(maximumPending: Int = 4, name: String = "lorash.serial") {
        self.maximumPending = Swift.max(1, maximumPending)
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Queues `job`, first waiting while `maximumPending` jobs are unfinished. Ignored once
    /// the worker is drained or cancelled.
    public func enqueue(_ job: @escaping Job) {
        condition.lock()
        defer { condition.unlock() }
        while pending >= maximumPending && !closed { condition.wait() }
        if closed { return }
        queue.append(job)
        pending += 1
        condition.broadcast()
    }

    /// Runs every queued job, then stops the thread and returns. Calling it again does nothing.
    public func drain() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while running { condition.wait() }
    }

    /// Drops the jobs not yet started, waits for the running one, and stops the thread.
    public func cancel() {
        condition.lock()
        pending -= queue.count - head
        queue.removeAll()
        head = 0
        condition.unlock()
        drain()
    }

    private func run() {
        condition.lock()
        while true {
            while head == queue.count && !closed { condition.wait() }
            if head == queue.count { break }
            let job = queue[head]!
            queue[head] = nil
            head += 1
            if head > 64 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            condition.unlock()
            job()
            condition.lock()
            pending -= 1
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
