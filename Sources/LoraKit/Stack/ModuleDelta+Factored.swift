import LoraEngine
import LoraFormats

extension ModuleDelta {
    /// `m·s·ΔW` exactly as a factored matrix for any additive algorithm: the low-rank factors
    /// when the module has them, otherwise the dense delta with an identity on its short side
    /// (rank min(out, in)), so merges and norms work on every module the same way.
    /// - Throws: `MergeError.doraNotMergeable`, `.multiplicativeModule` (IA3).
    public static func factored(_ module: LoraModule, multiplier: Float = 1, allowDoRA: Bool = false) throws(MergeError) -> LowRank {
        if module.magnitude != nil && !allowDoRA { throw .doraNotMergeable(module: module.sourceName) }
        if let lowRank = lowRank(module, multiplier: multiplier) { return lowRank }
        guard let dense = dense(module, multiplier: multiplier) else { throw .multiplicativeModule(module: module.sourceName) }
        if dense.rows <= dense.columns { return LowRank(up: identity(dense.rows), down: dense) }
        return LowRank(up: dense, down: identity(dense.columns))
    }

    /// The n × n identity (F32).
    static func identity(_ n: Int) -> Tensor {
        var t = Tensor(zeros: [n, n])
        t.withUnsafeMutableFloats { p in for i in 0..<n { p[i * n + i] = 1 } }
        return t
    }
}
