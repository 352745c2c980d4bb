/// The SVD of a factored matrix, from its factors.
extension LowRank {
    /// The exact SVD of scale · up · down without forming it.
    ///
    /// up = Q_u·R_u and downᵀ = Q_d·R_d (thin QR in F64: CholeskyQR2 when the factor is well
    /// conditioned, Householder otherwise; see `TallQR`), so the product is
    /// Q_u·(scale·R_u·R_dᵀ)·Q_dᵀ; the small core is decomposed by Jacobi SVD, X·Σ·Yᵀ, and
    /// U = Q_u·X, V = Q_d·Y. This is the same decomposition as a dense SVD of the product (so
    /// truncating it is the optimal rank-k approximation: Eckart & Young, Psychometrika 1,
    /// 1936), at O((out + in)·r² + r³) instead of O(out·in·min(out, in)).
    /// - Parameter threads: the two QRs run in parallel when > 1 (same result either way).
    public func svd(threads: Int = ParallelFor.defaultThreadCount) -> LowRankSVD {
        let (up, down) = (self.up, self.down)
        let (out, inFeatures, r) = (outFeatures, self.inFeatures, rank)
        let pair = ParallelFor.map(count: 2, workers: threads > 1 ? 2 : 1) { index in
            if index == 0 {
                let f32 = up.converted(to: .f32)
                return f32.withUnsafeFloats { values in
                    TallQR(TallMatrix(rows: out, columns: r) { i, j in Double(values[i * r + j]) })
                }
            }
            // downᵀ: in × r.
            let f32 = down.converted(to: .f32)
            return f32.withUnsafeFloats { values in
                TallQR(TallMatrix(rows: inFeatures, columns: r) { i, j in Double(values[j * inFeatures + i]) })
            }
        }
        let (qrUp, qrDown) = (pair[0], pair[1])
        var core = qrUp.r.transposed().transposeTimes(qrDown.r.transposed())  // R_u · R_dᵀ
        for i in core.values.indices { core.values[i] *= Double(scale) }
        return LowRankSVD(qrUp: qrUp, qrDown: qrDown, core: SVD(core))
    }

    /// The best rank-k approximation (Eckart–Young) as factors: up = U_k·Σ_k, down = V_kᵀ,
    /// scale 1. Same as `svd().truncated(rank:)`.
    public func truncated(rank k: Int, threads: Int = ParallelFor.defaultThreadCount) -> LowRank {
        svd(threads: threads).truncated(rank: k, threads: threads)
    }
}
