import Dispatch
import Foundation

/// Runs a fixed number of workers in parallel; the work each one does must depend only on its
/// index, so results are the same whatever the machine's scheduling.
public enum ParallelFor {
    /// The number of worker threads kernels use unless told otherwise: all online cores.
    public static var defaultThreadCount: Int { Swift.max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(worker)` for every worker in `0..<workers`, concurrently when `workers > 1`.
    static func run(workers: Int, _ body: (Int) -> Void) {
        if workers <= 1 {
            body(0)
            return
        }
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedSendable(escapable)
            DispatchQueue.concurrentPerform(iterations: workers) { box.value($0) }
        }
    }
}

/// Wraps a value (a closure or pointer) that the caller guarantees is used safely across
/// threads: kernels hand each worker a disjoint part of the output.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
