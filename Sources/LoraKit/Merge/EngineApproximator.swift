import LoraEngine
import LoraFormats

/// The engine's SVD as the formats' `LowRankApproximator`: `save … format=diffusers rank=K`
/// turns LoHa, LoKr and full modules into the best rank-K LoRA (Eckart–Young), computed in
/// factor space (`ModuleDelta.factored` + `LowRank.svd`).
public struct EngineApproximator: LowRankApproximator {
    public init() {}

    /// Rank-`rank` factors of `scale·ΔW`; conv shapes restored; retained energy from σ.
    /// - Throws: `MergeError` for IA3 (multiplicative) modules.
    public func approximate(_ module: LoraModule, rank: Int) throws -> (
        up: Tensor, down: Tensor, retainedEnergy: Double
    ) {
        let exact = try ModuleDelta.factored(module, allowDoRA: true)
        let svd = exact.svd()
        let k = Swift.max(1, Swift.min(rank, svd.singularValues.count))
        let truncated = svd.truncated(rank: k)
        var up = truncated.up, down = truncated.down
        let shape = module.deltaShape
        if shape.count == 4 {
            up = up.reshaped([shape[0], k, 1, 1])
            down = down.reshaped([k, shape[1], shape[2], shape[3]])
        }
        return (up, down, svd.retainedEnergy[k])
    }
}
