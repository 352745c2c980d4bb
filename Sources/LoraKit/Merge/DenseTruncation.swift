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
    static func factors(_ svd: SVD, rank k: Int) -> LowRank {
        let kk = Swift.min(k, svd.singularValues.count)
        let out = svd.u.rows, inFeatures = svd.vt.columns
        var up = [Float](repeating: 0, count: out * kk)
        for i in 0..<out { for j in 0..<kk { up[i * kk + j] = Float(svd.u[i, j] * svd.singularValues[j]) } }
        var down = [Float](repeating: 0, count: kk * inFeatures)
        for i in 0..<kk { for j in 0..<inFeatures { down[i * inFeatures + j] = Float(svd.vt[i, j]) } }
        return LowRank(up: Tensor(shape: [out, kk], values: up), down: Tensor(shape: [kk, inFeatures], values: down))
    }
}
