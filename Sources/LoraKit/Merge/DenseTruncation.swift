import LoraEngine

/// The best rank-k factors of a dense matrix (Eckart & Young 1936): a full Jacobi SVD (F64)
/// when the short side is at most `exactLimit`, else the randomized SVD of Halko, Martinsson &
/// Tropp (2011) with 4 power iterations.
enum DenseTruncation {
    static let exactLimit = 384

    /// up = U_k·Σ_k, down = V_kᵀ, scale 1, with k chosen by `target`.
    static func lowRank(_ dense: Tensor, target: RankTarget, cap: Int? = nil, seed: UInt64 = 0) -> LowRank {
        let matrix = dense.flattenedToMatrix()
        let svd: SVD
        if Swift.min(matrix.rows, matrix.columns) <= exactLimit {
            svd = SVD(Matrix(matrix))
        } else {
            let k: Int
            if case .rank(let r) = target { k = r } else { k = Swift.min(matrix.rows, matrix.columns, Swift.max(cap ?? 256, 1)) }
            svd = RandomizedSVD.decompose(matrix, rank: k, powerIterations: 4, seed: seed)
        }
        let k = target.rank(for: svd.singularValues, cap: cap)
        return factors(svd, rank: k)
    }

    /// The rank-k factors of an SVD: up = U_k·Σ_k (out × k), down = V_kᵀ (k × in).
    ///
    /// Written straight into the tensors' storage: these factors usually outlive the loop that
    /// makes them (a merge's or extract's result), and a temporary array of the same size freed
    /// right after would leave a hole beside each of them in the allocator's heap.
    static func factors(_ svd: SVD, rank k: Int) -> LowRank {
        let kk = Swift.min(k, svd.singularValues.count)
        let out = svd.u.rows, inFeatures = svd.vt.columns
        var up = Tensor(uninitialized: [out, kk])
        up.withUnsafeMutableFloats { p in
            svd.u.values.withUnsafeBufferPointer { u in
                for i in 0..<out { for j in 0..<kk { p[i * kk + j] = Float(u[i * svd.u.columns + j] * svd.singularValues[j]) } }
            }
        }
        var down = Tensor(uninitialized: [kk, inFeatures])
        down.withUnsafeMutableFloats { p in
            svd.vt.values.withUnsafeBufferPointer { v in
                for i in 0..<kk { for j in 0..<inFeatures { p[i * inFeatures + j] = Float(v[i * inFeatures + j]) } }
            }
        }
        return LowRank(up: up, down: down)
    }
}
