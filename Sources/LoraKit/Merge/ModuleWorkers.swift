import LoraEngine
import Synchronization

/// Runs independent per-module work (merge groups, resized modules, extracted tensors) on the
/// cores, one item per worker at a time, and gives the results in item order.
enum ModuleWorkers {
    /// `[body(0), …, body(count − 1)]`; items not started once `observer` is cancelled fail
    /// with `.interrupted`, and the first failure in item order is thrown. `observer` hears of
    /// every finished item, with the fraction of the total `weights` done (equal weights when
    /// nil). `body` should ask its kernels for one thread.
    static func map<T>(
        count: Int, workers: Int = ParallelFor.defaultThreadCount, observer: WorkObserver = WorkObserver(),
        weights: [Double]? = nil,
        _ body: (Int) throws(MergeError) -> T
    ) throws(MergeError) -> [T] {
        let done = Atomic<Int>(0)
        let weights = weights ?? Array(repeating: 1, count: count)
        let total = Swift.max(weights.reduce(0, +), .leastNormalMagnitude)
        let finishedWeight = Mutex(0.0)
        let results = ParallelFor.map(count: count, workers: workers) { n -> Result<T, MergeError> in
            if observer.isCancelled { return .failure(.interrupted) }
            let result: Result<T, MergeError>
            do throws(MergeError) { result = .success(try body(n)) } catch { result = .failure(error) }
            let finished = done.add(1, ordering: .relaxed).newValue
            let fraction = finishedWeight.withLock { sum in
                sum += weights[n]
                return sum / total
            }
            observer.progress?(finished, count, fraction)
            return result
        }
        return try results.map { result throws(MergeError) -> T in try result.get() }
    }
}
