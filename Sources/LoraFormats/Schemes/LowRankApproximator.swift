import LoraEngine

/// Computes a rank-K LoRA (up, down) approximating a module's full delta, for saving LyCORIS
/// algorithms (LoHa, LoKr, full diffs) in formats that hold only plain low-rank pairs.
///
/// LoraFormats only defines the hook; the engine's SVD provides the implementation (LoraKit
/// passes it to `LoraWriter.save`).
public protocol LowRankApproximator: Sendable {
    /// A rank-`rank` approximation of `scale · ΔW` of `module`.
    /// - Returns: `up` (out×K[×1×1]), `down` (K×in[×k×k]) and the fraction of ‖scale·ΔW‖²_F
    ///   retained; the written module gets alpha = K (scale 1).
    func approximate(_ module: LoraModule, rank: Int) throws -> (up: Tensor, down: Tensor, retainedEnergy: Double)
}
