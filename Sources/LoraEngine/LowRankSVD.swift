/// The SVD of a factored matrix (see `LowRank.svd()`), with what rank choices need.
///
/// Holds the two Householder QRs and the SVD of the small core; singular values and energies
/// are free, and `truncated(rank:)` applies the orthogonal factors to k columns only.
public struct LowRankSVD: Sendable {
    /// QR of up (out × r).
    let qrUp: HouseholderQR
    /// QR of downᵀ (in × r).
    let qrDown: HouseholderQR
    /// SVD of the core scale·R_u·R_dᵀ.
    let core: SVD

    /// The singular values, decreasing (ρ = min(r, out, in) of them).
    public var singularValues: [Double] { core.singularValues }

    /// ‖ΔW‖²_F = Σ σᵢ².
    public var totalEnergy: Double { singularValues.reduce(0) { $0 + $1 * $1 } }

    /// Fraction of ‖ΔW‖²_F kept by the best rank-k approximation, for k = 0 … ρ
    /// (element k is Σ_{i<k} σᵢ² / Σ σᵢ²; 1 for a zero matrix).
    public var retainedEnergy: [Double] {
        let total = totalEnergy
        var running = 0.0
        var out = [total == 0 ? 1.0 : 0.0]
        for s in singularValues {
            running += s * s
            out.append(total == 0 ? 1 : running / total)
        }
        return out
    }

    /// The full decomposition U (out × ρ), σ, Vᵀ (ρ × in), formed on request.
    public var svd: SVD { decomposition(rank: singularValues.count) }

    /// The first k singular triplets.
    public func decomposition(rank k: Int) -> SVD {
        let (u, vtValues, sigma) = factors(rank: k, scaleUp: false)
        return SVD(u: u, singularValues: sigma, vt: Matrix(rows: sigma.count, columns: qrDown.rows, values: vtValues))
    }

    /// The best rank-k approximation (Eckart–Young) as factors: up = U_k·Σ_k (F32), down = V_kᵀ,
    /// scale 1.
    /// - Complexity: O((out + in)·r·k).
    public func truncated(rank k: Int, threads: Int = ParallelFor.defaultThreadCount) -> LowRank {
        let (u, vtValues, sigma) = factors(rank: k, scaleUp: true, threads: threads)
        let down = Tensor(shape: [sigma.count, qrDown.rows], values: vtValues.map { Float($0) })
        return LowRank(up: u.tensor(), down: down, scale: 1)
    }

    /// U_k (optionally times Σ_k) as a row-major matrix and V_kᵀ as row-major values.
    private func factors(rank k: Int, scaleUp: Bool, threads: Int = 1) -> (Matrix, [Double], [Double]) {
        let small = core.truncated(rank: k)
        let kk = small.singularValues.count
        // Column-major k columns of the padded core factors.
        var left = [Double](repeating: 0, count: qrUp.rows * kk)
        for j in 0..<kk {
            let factor = scaleUp ? small.singularValues[j] : 1
            for i in 0..<small.u.rows { left[j * qrUp.rows + i] = small.u[i, j] * factor }
        }
        var right = [Double](repeating: 0, count: qrDown.rows * kk)
        for j in 0..<kk {
            for i in 0..<small.vt.columns { right[j * qrDown.rows + i] = small.vt[j, i] }
        }
        let (qrUp, qrDown) = (self.qrUp, self.qrDown)
        let products = ParallelFor.collect(workers: threads > 1 ? 2 : 1, count: 2) { index in
            index == 0
                ? qrUp.applyQ(columnMajor: left, columns: kk)  // = rows of Uᵀ
                : qrDown.applyQ(columnMajor: right, columns: kk)  // = rows of Vᵀ
        }
        let (upColumns, downRows) = (products[0], products[1])
        let u = Matrix(rows: kk, columns: qrUp.rows, values: upColumns).transposed()
        return (u, downRows, small.singularValues)
    }
}
