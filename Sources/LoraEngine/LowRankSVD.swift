/// The SVD of a factored matrix (see `LowRank.svd()`), with what rank choices need.
///
/// Holds the two thin QRs and the SVD of the small core; singular values and energies
/// are free, and `truncated(rank:)` applies the orthogonal factors to k columns only.
public struct LowRankSVD: Sendable {
    /// QR of up (out × r).
    let qrUp: TallQR
    /// QR of downᵀ (in × r).
    let qrDown: TallQR
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
        let (left, right, sigma) = factors(rank: k, scaleUp: false)
        let u = Matrix(
            rows: left.rows, columns: sigma.count,
            values: (0..<(left.rows * sigma.count)).map { left[$0 / sigma.count, $0 % sigma.count] })
        let vt = Matrix(
            rows: sigma.count, columns: right.rows,
            values: (0..<(sigma.count * right.rows)).map { right[$0 % right.rows, $0 / right.rows] })
        return SVD(u: u, singularValues: sigma, vt: vt)
    }

    /// The best rank-k approximation (Eckart–Young) as factors: up = U_k·Σ_k (F32), down = V_kᵀ,
    /// scale 1.
    /// - Complexity: O((out + in)·r·k).
    public func truncated(rank k: Int, threads: Int = ParallelFor.defaultThreadCount) -> LowRank {
        let (left, right, sigma) = factors(rank: k, scaleUp: true, threads: threads)
        let (kk, out, inFeatures) = (sigma.count, left.rows, right.rows)
        return LowRank(
            up: Tensor(shape: [out, kk], values: left.floats()),
            down: Tensor(shape: [kk, inFeatures], values: right.floats(transposed: true)), scale: 1)
    }

    /// U_k (optionally times Σ_k, out × k), V_k (in × k) and σ_k.
    private func factors(rank k: Int, scaleUp: Bool, threads: Int = 1) -> (TallMatrix, TallMatrix, [Double]) {
        let small = core.truncated(rank: k)
        let kk = small.singularValues.count
        let (qrUp, qrDown) = (self.qrUp, self.qrDown)
        let products = ParallelFor.map(count: 2, workers: threads > 1 ? 2 : 1) { index -> TallMatrix in
            if index == 0 {
                // The core's left factor (k columns), times Σ_k when asked.
                var left = small.u.leadingColumns(kk)
                if scaleUp {
                    for i in 0..<left.rows { for j in 0..<kk { left[i, j] *= small.singularValues[j] } }
                }
                return qrUp.thinQTimes(left)
            }
            return qrDown.thinQTimes(small.vt.leadingRows(kk).transposed())
        }
        return (products[0], products[1], small.singularValues)
    }
}
