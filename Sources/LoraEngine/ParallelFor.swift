import Dispatch
import Foundation

/// Runs a fixed number of workers in parallel; the work each one does must depend only on its
/// index, so results are the same whatever the machine's scheduling.
public enum ParallelFor {
    /// The number of worker threads kernels use unless told otherwise: `LORASH_THREADS` when it
    /// is set to a valid count (see `threadCount(setting:)`), else all online cores. Read once.
    /// Outputs do not depend on it: every kernel splits work so results are the same bytes on
    /// any thread count.
    public static var defaultThreadCount: Int { configuredThreadCount }

    /// The environment variable that sets `defaultThreadCount`.
    public static let threadsVariable = "LORASH_THREADS"

    /// The largest `LORASH_THREADS` accepted.
    public static let maximumThreadCount = 256

    private static let configuredThreadCount: Int =
        (try? threadCount(setting: ProcessInfo.processInfo.environment[threadsVariable]))
        ?? Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// The thread count a `LORASH_THREADS` value asks for: nil when unset or empty (use the
    /// cores), an integer 1…256 (surrounding spaces allowed).
    /// - Throws: `ThreadSettingError` for anything else (`0`, `-2`, `four`, `1.5`, `300`).
    public static func threadCount(setting: String?) throws(ThreadSettingError) -> Int? {
        guard let setting else { return nil }
        let text = setting.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        guard let value = Int(text), (1...maximumThreadCount).contains(value) else {
            throw ThreadSettingError(value: setting)
        }
        return value
    }

    /// Calls `body(worker)` for every worker in `0..<workers`, concurrently when `workers > 1`:
    /// worker 0 runs on the calling thread, the others on the threads of a persistent pool
    /// (plain threads rather than libdispatch's pool, which holds back workers when the
    /// machine is loaded, so a kernel asked for N threads gets N). When the pool is already
    /// running a job (a call from another thread, or nested), fresh threads are started.
    static func run(workers: Int, _ body: (Int) -> Void) {
        if workers <= 1 {
            body(0)
            return
        }
        withoutActuallyEscaping(body) { escapable in
            // The threads see the closure only through this slot, which is emptied before
            // returning, so the non-escaping closure is released on time.
            let slot = UnsafeMutablePointer<(Int) -> Void>.allocate(capacity: 1)
            slot.initialize(to: escapable)
            defer {
                slot.deinitialize(count: 1)
                slot.deallocate()
            }
            let job = UncheckedSendable(slot)
            if WorkerPool.shared.tryRun(helpers: workers - 1, job: job) { return }
            let group = DispatchGroup()
            for worker in 1..<workers {
                group.enter()
                let thread = Thread {
                    job.value.pointee(worker)
                    group.leave()
                }
                thread.stackSize = 8 << 20
                thread.start()
            }
            escapable(0)
            group.wait()
        }
    }
}

/// Helper threads kept alive between kernel calls (starting a thread costs tens of
/// microseconds, a noticeable part of a 1 ms GEMM). One job at a time.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool()

    private let jobLock = NSLock()
    private let growLock = NSLock()
    private var helpers: [Helper] = []
    private let done = DispatchSemaphore(value: 0)

    /// One helper thread: waits on `start`, runs worker `index` of the current job.
    final class Helper: @unchecked Sendable {
        let start = DispatchSemaphore(value: 0)
        var job: UncheckedSendable<UnsafeMutablePointer<(Int) -> Void>>?
    }

    /// Runs `job(0)` here and `job(1…helpers)` on pool threads, or returns false at once if
    /// the pool is busy.
    func tryRun(helpers count: Int, job: UncheckedSendable<UnsafeMutablePointer<(Int) -> Void>>) -> Bool {
        guard jobLock.try() else { return false }
        defer { jobLock.unlock() }
        growLock.lock()
        while helpers.count < count {
            let helper = Helper()
            let index = helpers.count + 1
            let done = self.done
            let thread = Thread {
                while true {
                    helper.start.wait()
                    helper.job!.value.pointee(index)
                    helper.job = nil
                    done.signal()
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
            helpers.append(helper)
        }
        let active = Array(helpers.prefix(count))
        growLock.unlock()
        for helper in active {
            helper.job = job
            helper.start.signal()
        }
        job.value.pointee(0)
        for _ in active { done.wait() }
        return true
    }
}

extension ParallelFor {
    /// Calls `body(item, worker)` once for every item in `0..<items`, with `workers` threads
    /// taking the next unclaimed item as they become free (so a thread slowed down by other
    /// processes takes fewer items). `body` must not let the result depend on `worker` except
    /// through scratch space: then the output is the same whichever worker takes which item.
    static func forEach(items: Int, workers: Int, _ body: (Int, Int) -> Void) {
        let w = Swift.max(1, Swift.min(workers, items))
        if w == 1 {
            for item in 0..<items { body(item, 0) }
            return
        }
        let counter = WorkCounter()
        run(workers: w) { worker in
            while true {
                let item = counter.next()
                if item >= items { break }
                body(item, worker)
            }
        }
    }

    /// `[body(0), …, body(count − 1)]`, computed by `workers` threads, each taking the next
    /// unclaimed item as it becomes free (for items of uneven cost: the modules of a model).
    /// `body(i)` must depend only on `i`; the result is then the same on any thread count.
    /// Kernels called inside `body` should be asked for one thread.
    public static func map<T>(count: Int, workers: Int, _ body: (Int) -> T) -> [T] {
        let slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        defer { slots.deinitialize(count: count); slots.deallocate() }
        let shared = UncheckedSendable(slots)
        forEach(items: count, workers: workers) { item, _ in shared.value[item] = body(item) }
        return (0..<count).map { slots[$0]! }
    }
}

/// A shared counter handing out item numbers 0, 1, 2, … to workers.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    /// The next unclaimed number.
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

/// Wraps a value (a closure or pointer) that the caller guarantees is used safely across
/// threads: kernels hand each worker a disjoint part of the output.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// A `LORASH_THREADS` value that is not a thread count.
public struct ThreadSettingError: Error, Equatable, CustomStringConvertible {
    /// The value as set.
    public var value: String

    public var description: String {
        "\(ParallelFor.threadsVariable)=\"\(value)\" is not a thread count: set it to an integer 1…\(ParallelFor.maximumThreadCount), or unset it to use every core"
    }
}
