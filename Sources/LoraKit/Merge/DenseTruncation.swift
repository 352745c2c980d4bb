import LoraEngine

/// The best rank-k factors of a dense matrix (Eckart & Young 1936): a full Jacobi SVD (F64)
/// when the short side is at most `exactLimit`, else a randomized SVD (Halko, Martinsson &
/// Tropp 2011) started from the directions of a nearby low-rank matrix when one is known.
enum DenseTruncation {
    static let exactLimit = 384
    /// Power iterations of the randomized SVD.
    static let powerIterations = 1

    /// up = U_k·Σ_k, down = V_kᵀ, scale 1, with k chosen by `target`.
    ///
    /// - Parameters:
    ///   - near: a low-rank matrix close to `dense` (for ties, DARE and magnitude pruning, the
    ///     exact stack they sparsify): the sketch (k + p columns, p ≥ 10 rounded up to the
    ///     GEMM's tile, one power iteration) starts from its leading right singular subspace of
    ///     that dimension instead of Gaussian columns. On the benchmark's SDXL merges the error
    ///     is within 0.01% of the optimal truncation's (Docs/Merging.md); a Gaussian start needs
    ///     four power iterations for that.
    ///   - threads: GEMM workers (the result does not depend on it).
    static func lowRank(
        _ dense: Tensor, target: RankTarget, cap: Int? = nil, near: (matrix: LowRank, gram: LowRankGram)? = nil,
        seed: UInt64 = 0,
        threads: Int = 1
    ) -> LowRank {
        let matrix = dense.flattenedToMatrix()
        if Swift.min(matrix.rows, matrix.columns) <= exactLimit {
            let svd = SVD(Matrix(matrix))
            return factors(svd, rank: target.rank(for: svd.singularValues, cap: cap))
        }
        let k: Int
        if case .rank(let r) = target {
            k = r
        } else {
            k = Swift.min(matrix.rows, matrix.columns, Swift.max(cap ?? 256, 1))
        }
        let l = RandomizedSVD.sketchSize(rank: k, rows: matrix.rows, columns: matrix.columns)
        let start = near.flatMap { startingDirections(of: $0.matrix, gram: $0.gram, count: l) }
        let svd = RandomizedSVD.factored(
            matrix, rank: k, start: start, powerIterations: powerIterations, seed: seed, threads: threads)
        let kept = target.rank(for: Array(svd.singularValues.prefix(k)), cap: cap)
        return svd.truncated(rank: kept, threads: threads)
    }

    /// Orthonormal rows spanning (approximately) the leading `count`-dimensional right
    /// singular subspace of `near`, from its factors' Gram matrices; when the down's is
    /// singular, its exact leading right singular vectors (only those of non-negligible σ), or
    /// nil when it is zero.
    static func startingDirections(of near: LowRank, gram: LowRankGram, count: Int) -> Tensor? {
        if let directions = gram.leadingRightSubspace(dimension: count) { return directions }
        let svd = near.svd(threads: 1)
        let sigma = svd.singularValues
        guard let largest = sigma.first, largest > 0 else { return nil }
        let useful = Swift.min(count, sigma.filter { $0 > largest * 1e-6 }.count)
        return svd.truncated(rank: useful, threads: 1).down
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
                for i in 0..<out {
                    for j in 0..<kk { p[i * kk + j] = Float(u[i * svd.u.columns + j] * svd.singularValues[j]) }
                }
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
