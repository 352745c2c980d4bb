import LoraEngine

/// One module of a LoRA: the weight it patches, its factors, alpha and scale rule, and an
/// optional DoRA magnitude.
///
/// The module's contribution to the base weight is `m · scale · ΔW` for the user's weight `m`
/// (ΔW per `LoraFactors`); with a DoRA magnitude the patched weight is
/// `(W + scale·ΔW) · magnitude / ‖W + scale·ΔW‖` (per output row, as LyCORIS and PEFT).
public struct LoraModule: Sendable {
    /// The weight this module patches.
    public var target: ModuleTarget
    /// The name stem the module had in its file (e.g. `lora_unet_…`, `base_model.model.fc1`).
    public var sourceName: String
    /// The weights.
    public var factors: LoraFactors
    /// Alpha as stored (nil when the file recorded none).
    public var alpha: Float?
    /// How alpha becomes the scale.
    public var scaleRule: ScaleRule
    /// DoRA magnitude (kohya/LyCORIS `dora_scale` shaped out×1[×1×1], PEFT `lora_magnitude_vector` [out]).
    public var magnitude: Tensor?
    /// For a fused base weight (FLUX `qkv`, `linear1`; SDXL TE2 `in_proj_weight`): set by
    /// conversions that know the module covers only these rows of the target. Nil = whole weight.
    public var rows: Range<Int>?
    /// The kernel (kh, kw) of a conv weight patched by a LoHa without Tucker core, whose file
    /// keeps only in·kh·kw (LyCORIS `hada_w1_b` [r, in·kh·kw]); known from the architecture
    /// table (`LoraFile.load`). Nil for everything else.
    public var kernel: [Int]?

    public init(
        target: ModuleTarget, sourceName: String, factors: LoraFactors, alpha: Float? = nil,
        scaleRule: ScaleRule = .alphaOverRank, magnitude: Tensor? = nil, rows: Range<Int>? = nil
    ) {
        self.target = target
        self.sourceName = sourceName
        self.factors = factors
        self.alpha = alpha
        self.scaleRule = scaleRule
        self.magnitude = magnitude
        self.rows = rows
    }

    /// The rank (nil for IA3 and full diffs, and LoKr with both sides full).
    public var rank: Int? { factors.rank }

    /// The first of this module's values that is NaN or infinite, by role (`lora_up`,
    /// `magnitude`, `alpha`, …), or nil when all are finite. Merging such a module would
    /// spread the NaN over every weight it touches.
    public var nonFiniteRole: String? {
        for (role, tensor) in factors.tensors where tensor.dtype.isFloatingPoint && !tensor.isFinite { return role }
        if let magnitude, !magnitude.isFinite { return "magnitude" }
        if let alpha, !alpha.isFinite { return "alpha" }
        return nil
    }

    /// Tells the kernel the memory-mapped pages of this module's tensors are not needed now,
    /// so a pass over a whole LoRA does not keep the file's pages in this process's memory.
    /// The tensors stay valid: used again, they are read back from the page cache.
    public func releaseMappedPages() {
        for (_, tensor) in factors.tensors { tensor.storage.releaseMappedPages() }
        magnitude?.storage.releaseMappedPages()
    }

    /// The multiplier applied to ΔW: α/r or α/√r; 1 without alpha, for full/IA3, and for LoKr
    /// with both sides full (LyCORIS forces α = r there).
    public var scale: Float {
        switch factors {
        case .full, .ia3: return 1
        default:
            guard let rank else { return 1 }
            return scaleRule.scale(alpha: alpha, rank: rank)
        }
    }

    /// The shape of ΔW: out×in for linear, out×in×kh×kw for conv.
    public var deltaShape: [Int] {
        switch factors {
        case .lowRank(let up, let down, let mid):
            if let mid { return [up.shape[0], down.shape[1]] + Array(mid.shape.dropFirst(2)) }
            return [up.shape[0]] + Array(down.shape.dropFirst())
        case .hadamard(let w1a, let w1b, _, _, let t1, _):
            if let t1 { return [w1a.shape[0], w1b.shape[1]] + Array(t1.shape.dropFirst(2)) }
            let columns = w1b.shape.count > 1 ? w1b.shape[1] : 1
            if let kernel, kernel.count == 2, kernel[0] * kernel[1] > 0, columns % (kernel[0] * kernel[1]) == 0 {
                return [w1a.shape[0], columns / (kernel[0] * kernel[1])] + kernel
            }
            return [w1a.shape[0], columns]
        case .kronecker(let w1, let w1a, let w1b, let w2, let w2a, let w2b, let t2):
            let a = w1?.shape[0] ?? w1a!.shape[0]
            let b = w1?.shape[1] ?? w1b!.shape[1]
            if let w2 { return [a * w2.shape[0], b * w2.shape[1]] + Array(w2.shape.dropFirst(2)) }
            let c = w2a!.shape[0]
            let d = w2b!.shape[1]
            if let t2 { return [a * c, b * d] + Array(t2.shape.dropFirst(2)) }
            return [a * c, b * d] + Array(w2b!.shape.dropFirst(2))
        case .ia3(let weight, _): return weight.shape
        case .full(let diff, _): return diff.shape
        }
    }

    /// The dtype of the first factor.
    public var dtype: DType { factors.tensors.first?.tensor.dtype ?? .f32 }

    /// Stored parameters (factors, alpha not counted, magnitude included).
    public var parameterCount: Int { factors.parameterCount + (magnitude?.count ?? 0) }

    /// One line for `info NAME modules`: name, algorithm, rank, alpha, scale, delta shape.
    public var summary: String {
        var parts = [sourceName, factors.algorithm]
        if let rank { parts.append("rank \(rank)") }
        parts.append(alpha.map { "alpha \(FileSummary.number($0))" } ?? "no alpha")
        parts.append("scale \(FileSummary.number(scale))")
        parts.append("[" + deltaShape.map(String.init).joined(separator: ",") + "]")
        if magnitude != nil { parts.append("dora") }
        return parts.joined(separator: "  ")
    }
}
