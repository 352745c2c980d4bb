import LoraEngine

/// TIES, DARE and magnitude pruning on dense task vectors (the weighted deltas mᵢ·sᵢ·ΔWᵢ),
/// as mergekit's generalized task arithmetic defines them (research notes b.12):
///
/// - magnitude_prune: keep each delta's ⌊d·n⌋ largest |entries| (ties at the threshold kept in
///   index order), sum.
/// - dare_linear: keep each entry with probability d and divide the kept ones by d
///   (Yu et al., "Language Models are Super Mario", ICML 2024), sum.
/// - ties: magnitude prune, elect the sign of Σᵢ Tᵢ per entry, sum only the entries that agree
///   with it (Yadav et al., "TIES-Merging", NeurIPS 2023; mergekit's consensus on the
///   weighted deltas, without `normalize`, so one LoRA at density 1 is exact).
/// - dare_ties: DARE, then the TIES sign consensus.
///
/// DARE's drops use `SplitMix64.hash(seed, i)` for delta i and `SplitMix64.hash(that, j)` for
/// element j: reproducible, independent of threads and order.
///
/// The deltas are formed by GEMM; each one's magnitude cut is selected without sorting
/// (`MagnitudeCut`), and pruning, the sign election and the sum are one pass (`PrunedSum`).
/// The tests compare it with the definition written plainly (a sort per delta).
enum SparseCombination {
    /// The combined dense delta (F32, out × in) of the parts' exact deltas.
    /// - Complexity: O(out·in·Σrᵢ) for the deltas, O(out·in) per part for the rest.
    static func combine(_ parts: [LowRank], method: MergeMethod, density: Double, seed: UInt64, threads: Int = 1)
        -> Tensor
    {
        let deltas = parts.map { $0.dense(threads: threads) }
        let rules = deltas.indices.map { i in
            rule(for: deltas[i], index: i, method: method, density: density, seed: seed)
        }
        // Consumed, so the sum can overwrite the first delta's buffer instead of copying it.
        return PrunedSum.combine(consume deltas, rules: rules, consensus: method == .ties || method == .dareTies)
    }

    /// What `method` keeps of delta number `index`.
    static func rule(for delta: Tensor, index: Int, method: MergeMethod, density: Double, seed: UInt64)
        -> PrunedSum.Rule
    {
        switch method {
        case .ties, .magnitudePrune:
            let keep = Int(density * Double(delta.count))
            return keep >= delta.count ? .all : .magnitude(MagnitudeCut(delta, keep: keep))
        case .dareLinear, .dareTies:
            return density < 1 ? .dropout(seed: SplitMix64.hash(seed, UInt64(index)), density: density) : .all
        default:
            return .all
        }
    }
}
