/// How a module's alpha becomes its scale.
///
/// `s = α/r` (kohya, ComfyUI, A1111, LyCORIS, PEFT default), `s = α/√r` (PEFT `use_rslora`,
/// LyCORIS `rs_lora`); no alpha → `s = 1` (kohya: α = r, ComfyUI/A1111: scale 1, diffusers
/// without metadata: α = r). See LORA.md and research notes b.1.
public enum ScaleRule: String, Sendable, Hashable {
    /// s = α / r.
    case alphaOverRank
    /// s = α / √r (rank-stabilised LoRA).
    case alphaOverSqrtRank

    /// The scale for `alpha` at `rank` (1 when alpha is missing or rank is 0).
    public func scale(alpha: Float?, rank: Int) -> Float {
        guard let alpha, rank > 0 else { return 1 }
        switch self {
        case .alphaOverRank: return alpha / Float(rank)
        case .alphaOverSqrtRank: return alpha / Float(rank).squareRoot()
        }
    }
}
