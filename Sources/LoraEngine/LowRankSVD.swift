/// The SVD of a factored matrix (see `LowRank.svd()`), with what rank choices need.
public struct LowRankSVD: Sendable {
    /// The decomposition: U out × ρ, σ decreasing, Vᵀ ρ × in, ρ = min(r, out, in).
    public let svd: SVD

    /// Wraps a decomposition.
    public init(svd: SVD) { self.svd = svd }

    /// The singular values, decreasing.
    public var singularValues: [Double] { svd.singularValues }

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

    /// The best rank-k approximation as factors: up = U_k·Σ_k (F32), down = V_kᵀ, scale 1.
    public func truncated(rank k: Int) -> LowRank {
        let t = svd.truncated(rank: k)
        return LowRank(up: t.u.scalingColumns(by: t.singularValues).tensor(), down: t.vt.tensor(), scale: 1)
    }
}
