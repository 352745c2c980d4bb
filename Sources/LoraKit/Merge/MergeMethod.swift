/// How `merge A B … method=…` combines LoRAs into one (Docs/Merging.md has the formulas).
public enum MergeMethod: String, Sendable, CaseIterable {
    /// Exact: scaled factors side by side, rank Σ rᵢ, alpha = rank (scale 1).
    case concat
    /// Optimal rank-k truncation (Eckart–Young) of the exact sum, in factor space.
    case svd
    /// TIES-merging (Yadav et al. 2023) on the dense deltas, then rank k.
    case ties
    /// DARE (Yu et al. 2024) drop-and-rescale on the dense deltas, summed, then rank k.
    case dareLinear = "dare_linear"
    /// DARE then TIES' sign consensus, then rank k.
    case dareTies = "dare_ties"
    /// Keep each delta's largest entries (density), sum, then rank k.
    case magnitudePrune = "magnitude_prune"
    /// kohya merge_lora.py's default: Σ|sᵢ|Uᵢ times Σ sᵢDᵢ with sᵢ = mᵢ·√(αᵢ/α₀) (squares the
    /// weight, adds cross terms); equal ranks only.
    case kohyaSum = "kohya_sum"
    /// kohya merge_lora.py --concat: factors stacked with the same sᵢ, α₀ kept (halves strength).
    case kohyaConcat = "kohya_concat"
    /// PEFT add_weighted_adapter "linear": A and B combined separately with √|wᵢsᵢ| (cross terms).
    case peftLinear = "peft_linear"
    /// PEFT add_weighted_adapter "svd" (peft 0.21): SVD of Σ wᵢ·sᵢ·BᵢAᵢ at svd_rank (default max rank).
    case peftSVD = "peft_svd"

    /// Whether the method works on dense deltas (TIES/DARE/magnitude).
    var isDense: Bool { [.ties, .dareLinear, .dareTies, .magnitudePrune].contains(self) }
}
