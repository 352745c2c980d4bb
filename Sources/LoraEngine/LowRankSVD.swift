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

    /// The smallest k whose best rank-k approximation keeps at least `fraction` of ‖ΔW‖²_F
    /// (0 for fraction ≤ 0, ρ at most).
    public func minimalRank(retainingEnergy fraction: Double) -> Int {
        let energy = retainedEnergy
        return energy.firstIndex { $0 >= fraction - 1e-12 } ?? energy.count - 1
    }

    /// The full decomposition U (out × ρ), σ, Vᵀ (ρ × in), formed on request.
    public var svd: SVD { decomposition(rank: singularValues.count) }

    /// The first k singular triplets.
    public func decomposition(rank k: Int) -> SVD {
        let (upColumns, downRows, sigma) = factors(rank: k, scaleUp: false)
        let u = Matrix(rows: sigma.count, columns: qrUp.rows, values: upColumns).transposed()
        return SVD(u: u, singularValues: sigma, vt: Matrix(rows: sigma.count, columns: qrDown.rows, values: downRows))
    }

    /// The best rank-k approximation (Eckart–Young) as factors: up = U_k·Σ_k (F32), down = V_kᵀ,
    /// scale 1.
    /// - Complexity: O((out + in)·r·k).
    public func truncated(rank k: Int, threads: Int = ParallelFor.defaultThreadCount) -> LowRank {
        let (upColumns, downRows, sigma) = factors(rank: k, scaleUp: true, threads: threads)
        let kk = sigma.count
        let out = qrUp.rows
        let upValues = [Float](unsafeUninitializedCapacity: out * kk) { buffer, initialized in
            for i in 0..<out { for j in 0..<kk { buffer[i * kk + j] = Float(upColumns[j * out + i]) } }
            initialized = out * kk
        }
        let down = Tensor(shape: [kk, qrDown.rows], values: downRows.map { Float($0) })
        return LowRank(up: Tensor(shape: [out, kk], values: upValues), down: down, scale: 1)
    }

    /// U_k (optionally times Σ_k) column by column (the rows of U_kᵀ), the rows of V_kᵀ, and σ_k.
    private func factors(rank k: Int, scaleUp: Bool, threads: Int = 1) -> ([Double], [Double], [Double]) {
        let small = core.truncated(rank: k)
        let kk = small.singularValues.count
        let (qrUp, qrDown) = (self.qrUp, self.qrDown)
        let products = ParallelFor.collect(workers: threads > 1 ? 2 : 1, count: 2) { index -> [Double] in
            if index == 0 {
                // Column-major k columns of the core's left factor padded to out rows.
                var left = [Double](repeating: 0, count: qrUp.rows * kk)
                for j in 0..<kk {
                    let factor = scaleUp ? small.singularValues[j] : 1
                    for i in 0..<small.u.rows { left[j * qrUp.rows + i] = small.u[i, j] * factor }
                }
                return qrUp.applyQ(columnMajor: left, columns: kk)
            }
            var right = [Double](repeating: 0, count: qrDown.rows * kk)
            for j in 0..<kk {
                for i in 0..<small.vt.columns { right[j * qrDown.rows + i] = small.vt[j, i] }
            }
            return qrDown.applyQ(columnMajor: right, columns: kk)
        }
        return (products[0], products[1], small.singularValues)
    }
}
