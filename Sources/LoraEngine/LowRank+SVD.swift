/// The SVD of a factored matrix, from its factors.
extension LowRank {
    /// The exact SVD of scale · up · down without forming it.
    ///
    /// up = Q_u·R_u and downᵀ = Q_d·R_d (Householder QR, F64), so the product is
    /// Q_u·(scale·R_u·R_dᵀ)·Q_dᵀ; the small r × r core is decomposed by Jacobi SVD, X·Σ·Yᵀ,
    /// and U = Q_u·X, V = Q_d·Y. This is the same decomposition as a dense SVD of the product
    /// (so truncating it is the optimal rank-k approximation, Eckart & Young, Psychometrika 1,
    /// 1936), at O((out + in)·r² + r³) instead of O(out·in·min(out, in)).
    public func svd() -> LowRankSVD {
        let qrUp = HouseholderQR(Matrix(up))
        let qrDown = HouseholderQR(Matrix(down.transposed()))
        var core = qrUp.r.transposed().transposeTimes(qrDown.r.transposed())  // R_u · R_dᵀ
        for i in core.values.indices { core.values[i] *= Double(scale) }
        let small = SVD(core)
        let padUp = LowRank.padRows(small.u, to: outFeatures)
        let padDown = LowRank.padRows(small.vt.transposed(), to: inFeatures)
        return LowRankSVD(
            svd: SVD(u: qrUp.applyQ(to: padUp), singularValues: small.singularValues, vt: qrDown.applyQ(to: padDown).transposed()))
    }

    /// The best rank-k approximation (Eckart–Young) as factors: up = U_k·Σ_k, down = V_kᵀ,
    /// scale 1. Same as `svd().truncated(rank:)`.
    public func truncated(rank k: Int) -> LowRank { svd().truncated(rank: k) }

    /// `m` with zero rows appended up to `rows` rows.
    static func padRows(_ m: Matrix, to rows: Int) -> Matrix {
        if m.rows == rows { return m }
        var out = Matrix(zeros: rows, m.columns)
        out.values.replaceSubrange(0..<(m.rows * m.columns), with: m.values)
        return out
    }
}
