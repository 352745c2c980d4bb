import LoraEngine

/// Runs independent per-module work (merge groups, resized modules, extracted tensors) on the
/// cores, one item per worker at a time, and gives the results in item order.
enum ModuleWorkers {
    /// `[body(0), …, body(count − 1)]`; items not started once Ctrl-C is raised fail with
    /// `.interrupted`, and the first failure in item order is thrown. `body` should ask its
    /// kernels for one thread.
    static func map<T>(
        count: Int, workers: Int = ParallelFor.defaultThreadCount, _ body: (Int) throws(MergeError) -> T
    ) throws(MergeError) -> [T] {
        let results = ParallelFor.map(count: count, workers: workers) { n -> Result<T, MergeError> in
            if Interruption.isRaised { return .failure(.interrupted) }
            do throws(MergeError) { return .success(try body(n)) } catch { return .failure(error) }
        }
        return try results.map { result throws(MergeError) -> T in try result.get() }
    }
}
