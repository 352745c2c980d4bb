import LoraEngine
import LoraFormats

/// The additive change a module makes to its weight, `m · s · ΔW`, for every algorithm.
///
/// ΔW per research notes b.1, b.9, b.10: LoRA/LoCon `U·D` (conv down r×in×k×k flattened);
/// Tucker `einsum(mid, U, D)` (folded into the down, so still low-rank); LoHa
/// `(w1a·w1b) ⊙ (w2a·w2b)` (Tucker `W_j = einsum('ijkl,jr,ip->prkl', t_j, w_jb, w_ja)`); LoKr
/// `kron(w1, w2)` with each side full, factored or Tucker; full `diff`; IA3 `W ⊙ w` (per output
/// row, or per input column with `on_input`). The scale s is `LoraModule.scale` (the usual α/r;
/// LyCORIS' `merge_to` applies (α/r)² to LoHa/LoKr, which lorash does not copy: see the fixture
/// README). DoRA modules are not purely additive: `WeightDecomposition` applies them.
public enum ModuleDelta {
    /// `m·s·ΔW` as factors (scale folded into `LowRank.scale`) for LoRA, LoCon and Tucker
    /// LoCon; nil for the other algorithms.
    /// - Complexity: O(r·r'·in·k²) for the Tucker fold, O(1) otherwise.
    public static func lowRank(_ module: LoraModule, multiplier: Float = 1) -> LowRank? {
        guard case .lowRank(let up, let down, let mid) = module.factors else { return nil }
        let d = mid.map { foldTucker(core: $0, right: down) } ?? down
        return LowRank(up: up, down: d, scale: multiplier * module.scale)
    }

    /// `m·s·ΔW` as a dense F32 matrix of out × (in·kh·kw) (reshape to the base weight's shape).
    /// - Parameters:
    ///   - base: the weight (needed by IA3 only, whose delta is multiplicative).
    /// - Returns: nil for IA3 without `base`.
    /// - Complexity: O(out·in·r).
    public static func dense(_ module: LoraModule, multiplier: Float = 1, base: Tensor? = nil) -> Tensor? {
        let s = multiplier * module.scale
        switch module.factors {
        case .lowRank:
            return lowRank(module, multiplier: multiplier)!.dense()
        case .hadamard(let w1a, let w1b, let w2a, let w2b, let t1, let t2):
            var left = factorProduct(a: w1a, b: w1b, tucker: t1)
            let right = factorProduct(a: w2a, b: w2b, tucker: t2)
            left.withUnsafeMutableFloats { l in
                right.withUnsafeFloats { r in for i in 0..<l.count { l[i] *= r[i] * s } }
            }
            return left
        case .kronecker(let w1, let w1a, let w1b, let w2, let w2a, let w2b, let t2):
            let left = w1.map { $0.converted(to: .f32) } ?? GEMM.product(w1a!, w1b!)
            let rightShape: [Int]
            let right: Tensor
            if let w2 {
                rightShape = w2.shape
                right = w2.flattenedToMatrix().converted(to: .f32)
            } else {
                right = factorProduct(a: w2a!, b: w2b!, tucker: t2)
                rightShape = [right.rows, right.columns]
            }
            let kernel = rightShape.dropFirst(2).reduce(1, *)
            let (a, b) = (left.rows, left.columns)
            let (c, d) = (rightShape[0], rightShape.count > 1 ? rightShape[1] : 1)
            let dd = right.columns / kernel == d ? d : right.columns / kernel
            return kronecker(left.floats(), a, b, right.floats(), c, dd, kernel, scale: s)
        case .full(let diff, _):
            var t = diff.flattenedToMatrix().converted(to: .f32)
            if multiplier != 1 { t.scale(by: multiplier) }
            return t
        case .ia3(let weight, _):
            guard let base else { return nil }
            var w = base.flattenedToMatrix().converted(to: .f32)
            let factors = weight.floats()
            let (rows, columns) = (w.rows, w.columns)
            let perRow = factors.count == rows
            let kernel = perRow ? 1 : Swift.max(1, columns / Swift.max(factors.count, 1))
            w.withUnsafeMutableFloats { p in
                for i in 0..<rows {
                    for j in 0..<columns {
                        let f = perRow ? factors[i] : factors[Swift.min(j / kernel, factors.count - 1)]
                        p[i * columns + j] *= f * multiplier
                    }
                }
            }
            return w
        }
    }

    /// a·b (out × in·k²), or with a Tucker core t (r×r×k×k, a = r×out, b = r×in):
    /// W[p, q, k] = Σᵢⱼ t[i, j, k]·b[j, q]·a[i, p].
    static func factorProduct(a: Tensor, b: Tensor, tucker: Tensor?) -> Tensor {
        guard let tucker else { return GEMM.product(a.flattenedToMatrix(), b.flattenedToMatrix()) }
        let folded = foldTucker(core: tucker, right: b)  // r × in × k × k
        return GEMM.product(a.flattenedToMatrix(), folded.flattenedToMatrix(), transposeA: true)
    }

    /// D'[i, c, k] = Σⱼ core[i, j, k]·right[j, c]: a Tucker core folded into its right factor
    /// (LyCORIS `tucker_weight_from_conv`), shaped r × in × kh × kw.
    static func foldTucker(core: Tensor, right: Tensor) -> Tensor {
        let r = core.shape[0], s = core.shape[1]
        let kh = core.shape.count > 2 ? core.shape[2] : 1
        let kw = core.shape.count > 3 ? core.shape[3] : 1
        let kk = kh * kw
        let inputs = right.count / s
        let m = core.floats(), d = right.floats()
        var out = [Float](repeating: 0, count: r * inputs * kk)
        for i in 0..<r {
            for j in 0..<s {
                for c in 0..<inputs {
                    let dv = d[j * inputs + c]
                    if dv == 0 { continue }
                    for k in 0..<kk { out[(i * inputs + c) * kk + k] += m[(i * s + j) * kk + k] * dv }
                }
            }
        }
        return Tensor(shape: [r, inputs, kh, kw], values: out)
    }

    /// kron(A (a×b), B (c×d×kernel)) · scale laid out as (a·c) × (b·d·kernel).
    static func kronecker(
        _ left: [Float], _ a: Int, _ b: Int, _ right: [Float], _ c: Int, _ d: Int, _ kernel: Int, scale: Float
    ) -> Tensor {
        let columns = b * d * kernel
        var out = [Float](repeating: 0, count: a * c * columns)
        for i in 0..<a {
            for j in 0..<b {
                let x = left[i * b + j] * scale
                if x == 0 { continue }
                for p in 0..<c {
                    for q in 0..<d {
                        let dst = (i * c + p) * columns + (j * d + q) * kernel
                        let src = (p * d + q) * kernel
                        for k in 0..<kernel { out[dst + k] = x * right[src + k] }
                    }
                }
            }
        }
        return Tensor(shape: [a * c, columns], values: out)
    }
}
