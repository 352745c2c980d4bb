import LoraEngine

@testable import LoraFormats

/// Test-side dense ΔW of a module (scale included), computed with naive loops straight from the
/// LyCORIS/PEFT definitions, to compare against the fixtures' reference deltas.
enum DenseDelta {
    static func of(_ module: LoraModule) -> [Float] {
        let s = module.scale
        switch module.factors {
        case .lowRank(let up, let down, let mid):
            let out = up.shape[0], r = up.shape[1]
            if let mid {
                // ΔW[p, c, k] = Σᵢ Σⱼ up[p,i] mid[i,j,k] down[j,c]
                let rr = mid.shape[1], kk = mid.shape[2] * mid.shape[3], inputs = down.shape[1]
                let u = up.floats(), m = mid.floats(), d = down.floats()
                var result = [Float](repeating: 0, count: out * inputs * kk)
                for p in 0..<out {
                    for i in 0..<r {
                        for j in 0..<rr {
                            for c in 0..<inputs {
                                for k in 0..<kk {
                                    result[(p * inputs + c) * kk + k] +=
                                        u[p * r + i] * m[(i * rr + j) * kk + k] * d[j * inputs + c]
                                }
                            }
                        }
                    }
                }
                return result.map { $0 * s }
            }
            let inner = down.count / r
            return TestSupport.matmul(up.floats(), down.floats(), m: out, k: r, n: inner).map { $0 * s }
        case .hadamard(let w1a, let w1b, let w2a, let w2b, _, _):
            let out = w1a.shape[0], r1 = w1a.shape[1], r2 = w2a.shape[1], inner = w1b.count / r1
            let a = TestSupport.matmul(w1a.floats(), w1b.floats(), m: out, k: r1, n: inner)
            let b = TestSupport.matmul(w2a.floats(), w2b.floats(), m: out, k: r2, n: inner)
            return zip(a, b).map { $0 * $1 * s }
        case .kronecker(let w1, let w1a, let w1b, let w2, let w2a, let w2b, _):
            let left: ([Float], Int, Int) =
                w1.map { ($0.floats(), $0.shape[0], $0.shape[1]) }
                ?? (
                    TestSupport.matmul(
                        w1a!.floats(), w1b!.floats(), m: w1a!.shape[0], k: w1a!.shape[1], n: w1b!.shape[1]),
                    w1a!.shape[0], w1b!.shape[1]
                )
            let right: ([Float], [Int])
            if let w2 {
                right = (w2.floats(), w2.shape)
            } else {
                let shape = [w2a!.shape[0]] + Array(w2b!.shape.dropFirst())
                right = (
                    TestSupport.matmul(
                        w2a!.floats(), w2b!.floats(), m: w2a!.shape[0], k: w2a!.shape[1], n: w2b!.count / w2b!.shape[0]),
                    shape
                )
            }
            let (a, ar, ac) = left
            let (b, bs) = right
            let br = bs[0], bc = bs[1], kk = bs.dropFirst(2).reduce(1, *)
            var result = [Float](repeating: 0, count: ar * br * ac * bc * kk)
            let cols = ac * bc
            for i in 0..<ar {
                for j in 0..<ac {
                    for p in 0..<br {
                        for q in 0..<bc {
                            for k in 0..<kk {
                                result[((i * br + p) * cols + (j * bc + q)) * kk + k] =
                                    a[i * ac + j] * b[(p * bc + q) * kk + k] * s
                            }
                        }
                    }
                }
            }
            return result
        case .full(let diff, _): return diff.floats()
        case .ia3: fatalError("IA3 has no additive delta")
        }
    }
}
