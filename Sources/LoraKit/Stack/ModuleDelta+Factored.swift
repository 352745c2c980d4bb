import LoraEngine
import LoraFormats

extension ModuleDelta {
    /// `m·s·ΔW` exactly as a factored matrix for any additive algorithm: the low-rank factors
    /// when the module has them, otherwise the dense delta with an identity on its short side
    /// (rank min(out, in)), so merges and norms work on every module the same way.
    /// - Throws: `MergeError.doraNotMergeable`, `.multiplicativeModule` (IA3).
    public static func factored(_ module: LoraModule, multiplier: Float = 1, allowDoRA: Bool = false) throws(MergeError)
        -> LowRank
    {
        if module.magnitude != nil && !allowDoRA { throw .doraNotMergeable(module: module.sourceName) }
        if let lowRank = lowRank(module, multiplier: multiplier) { return lowRank }
        if let structured = structuredFactors(module, multiplier: multiplier) { return structured }
        guard let dense = dense(module, multiplier: multiplier) else {
            throw .multiplicativeModule(module: module.sourceName)
        }
        if dense.rows <= dense.columns { return LowRank(up: identity(dense.rows), down: dense) }
        return LowRank(up: dense, down: identity(dense.columns))
    }

    /// Exact low-rank factors of LoHa and LoKr deltas (no Tucker cores), when their rank is
    /// below min(out, in):
    /// - LoHa: (A₁B₁) ⊙ (A₂B₂) = U·D with U[p, (i,j)] = A₁[p,i]·A₂[p,j] and
    ///   D[(i,j), q] = B₁[i,q]·B₂[j,q] (the face-splitting/Khatri–Rao identity; rank r₁·r₂);
    /// - LoKr: kron(L₁R₁, L₂R₂) = kron(L₁, L₂)·kron(R₁, R₂) (mixed-product property), each side
    ///   split as its factors, or a full side as (itself, identity) on its short side.
    /// - Complexity: O((out + in)·ρ) memory, ρ the resulting rank.
    static func structuredFactors(_ module: LoraModule, multiplier: Float) -> LowRank? {
        let s = multiplier * module.scale
        switch module.factors {
        case .hadamard(let w1a, let w1b, let w2a, let w2b, nil, nil):
            let (out, r1, r2) = (w1a.shape[0], w1a.shape[1], w2a.shape[1])
            let inner = w1b.count / r1
            guard r1 * r2 < Swift.min(out, inner), w2b.count / r2 == inner else { return nil }
            let (a1, a2, b1, b2) = (w1a.floats(), w2a.floats(), w1b.floats(), w2b.floats())
            var up = [Float](repeating: 0, count: out * r1 * r2)
            for p in 0..<out {
                for i in 0..<r1 { for j in 0..<r2 { up[p * r1 * r2 + i * r2 + j] = a1[p * r1 + i] * a2[p * r2 + j] } }
            }
            var down = [Float](repeating: 0, count: r1 * r2 * inner)
            for i in 0..<r1 {
                for j in 0..<r2 {
                    for q in 0..<inner { down[(i * r2 + j) * inner + q] = b1[i * inner + q] * b2[j * inner + q] }
                }
            }
            return LowRank(
                up: Tensor(shape: [out, r1 * r2], values: up), down: Tensor(shape: [r1 * r2, inner], values: down),
                scale: s)
        case .kronecker(let w1, let w1a, let w1b, let w2, let w2a, let w2b, nil):
            func split(_ full: Tensor?, _ a: Tensor?, _ b: Tensor?) -> (Tensor, Tensor)? {
                if let a, let b { return (a.flattenedToMatrix(), b.flattenedToMatrix()) }
                guard let full else { return nil }
                let m = full.flattenedToMatrix()
                return m.rows <= m.columns ? (identity(m.rows), m) : (m, identity(m.columns))
            }
            guard let (l1, r1) = split(w1, w1a, w1b), let (l2, r2) = split(w2, w2a, w2b) else { return nil }
            let rho = l1.columns * l2.columns
            let (out, inFeatures) = (l1.rows * l2.rows, r1.columns * r2.columns)
            guard rho < Swift.min(out, inFeatures) else { return nil }
            return LowRank(up: kron(l1, l2), down: kron(r1, r2), scale: s)
        default:
            return nil
        }
    }

    /// kron(A, B) of two matrices (F32): [(i·Bᵣ + p), (j·B_c + q)] = A[i, j]·B[p, q].
    static func kron(_ a: Tensor, _ b: Tensor) -> Tensor {
        let (ar, ac, br, bc) = (a.rows, a.columns, b.rows, b.columns)
        let (x, y) = (a.floats(), b.floats())
        var out = [Float](repeating: 0, count: ar * br * ac * bc)
        let columns = ac * bc
        for i in 0..<ar {
            for j in 0..<ac {
                let v = x[i * ac + j]
                if v == 0 { continue }
                for p in 0..<br { for q in 0..<bc { out[(i * br + p) * columns + j * bc + q] = v * y[p * bc + q] } }
            }
        }
        return Tensor(shape: [ar * br, columns], values: out)
    }

    /// The n × n identity (F32).
    static func identity(_ n: Int) -> Tensor {
        var t = Tensor(zeros: [n, n])
        t.withUnsafeMutableFloats { p in for i in 0..<n { p[i * n + i] = 1 } }
        return t
    }
}
