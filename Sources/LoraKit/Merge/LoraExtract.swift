import LoraEngine
import LoraFormats

/// `NAME = extract TUNED from BASE rank=K [conv_rank=K] [clamp=0.99]`: a LoRA from the
/// difference of two checkpoints (research notes b.5, kohya extract_lora_from_models).
///
/// Tensor by tensor (both files memory-mapped, pages released after use): for every float
/// weight of ≥ 2 dimensions present in both with the same shape and not identical, M = tuned −
/// base in F32 (conv kernels flattened; k×k convs only with `convRank`), the top-k SVD by the
/// randomized algorithm of Halko, Martinsson & Tropp (2011; power iterations, seeded), up =
/// U_k·Σ_k, down = V_kᵀ, alpha = k (scale 1); k + max(10, k) random directions, so a flat
/// spectrum around k costs accuracy only in the far tail. With `clamp` q both factors are clamped to
/// [−h, h] with h the q-quantile of their values (kohya's CLAMP_QUANTILE), found by selection
/// (no 16.7M-element limit as `torch.quantile`).
public enum LoraExtract {
    /// Extraction parameters.
    public struct Options: Sendable {
        /// Rank of linear (and 1×1 conv) modules.
        public var rank: Int
        /// Rank of k×k conv modules; nil skips them (as kohya without --conv_dim).
        public var convRank: Int?
        /// Quantile for clamping the factors (kohya 0.99); nil for none.
        public var clamp: Double?
        /// Modules whose max |difference| is at most this are skipped.
        public var minDifference: Float
        /// Extra random directions of the randomized SVD; nil for max(10, rank), which keeps
        /// the error within a fraction of a percent of the optimal truncation even when the
        /// spectrum is flat around the rank (a fine-tune's difference often is).
        public var oversampling: Int?
        /// Power iterations of the randomized SVD.
        public var powerIterations: Int
        /// Seed of the randomized SVD.
        public var seed: UInt64

        public init(
            rank: Int, convRank: Int? = nil, clamp: Double? = 0.99, minDifference: Float = 0, oversampling: Int? = nil,
            powerIterations: Int = 2, seed: UInt64 = 0
        ) {
            self.rank = rank
            self.oversampling = oversampling
            self.convRank = convRank
            self.clamp = clamp
            self.minDifference = minDifference
            self.powerIterations = powerIterations
            self.seed = seed
        }
    }

    /// Extracts a LoRA with the modules where `tuned` differs from `base`.
    /// - Throws: `MergeError.invalidParameter`, `.nothingToExtract`, `.interrupted`.
    public static func extract(tuned: BaseModel, base: BaseModel, options: Options) throws(MergeError) -> (lora: LoraAdapter, report: MergeReport) {
        guard options.rank >= 1 else { throw .invalidParameter(name: "rank", value: "\(options.rank)", expected: "a whole number ≥ 1") }
        if let q = options.clamp, !(q > 0 && q <= 1) { throw .invalidParameter(name: "clamp", value: "\(q)", expected: "a quantile in (0, 1]") }
        var modules: [LoraModule] = []
        var lines: [MergeReport.Module] = []
        let names = KohyaNames(architecture: tuned.architecture.architecture)
        for entry in tuned.file.entries {
            if Interruption.isRaised { throw .interrupted }
            guard entry.dtype.isFloatingPoint, entry.shape.count >= 2, entry.name.hasSuffix("weight"),
                  let other = base.file.entry(named: entry.name), other.shape == entry.shape, other.dtype.isFloatingPoint
            else { continue }
            let isConv = entry.shape.count == 4 && entry.shape[2] * entry.shape[3] > 1
            guard let rank = isConv ? options.convRank : options.rank else { continue }
            let a = tuned.file.tensor(for: entry).flattenedToMatrix().converted(to: .f32)
            var diff = a
            diff.axpy(-1, base.file.tensor(for: other).flattenedToMatrix())
            tuned.file.release(entry)
            base.file.release(other)
            guard diff.maxAbs() > options.minDifference else { continue }
            // SD 1.5 / SDXL / FLUX checkpoints: kohya module names from the architecture table,
            // one module per row block of a fused weight (q|k|v); others: the key's own path.
            let pieces = names.targets(for: entry.name) ?? [(moduleTarget(entry.name), nil)]
            for (target, rows) in pieces {
                let part = rows.map { StreamingBake.rowSlice(diff, $0) } ?? diff
                let shape = rows.map { [$0.count] + Array(entry.shape.dropFirst()) } ?? entry.shape
                let k = Swift.min(rank, part.rows, part.columns)
                let seed = SplitMix64.hash(options.seed, UInt64(modules.count))
                let svd = RandomizedSVD.decompose(
                    part, rank: k, oversampling: options.oversampling ?? Swift.max(10, k),
                    powerIterations: options.powerIterations, seed: seed)
                var factors = DenseTruncation.factors(svd, rank: k)
                if let q = options.clamp, q < 1 {
                    let joined = Tensor(shape: [factors.up.count + factors.down.count], values: factors.up.floats() + factors.down.floats())
                    let h = joined.quantile(q)
                    clamp(&factors.up, h)
                    clamp(&factors.down, h)
                }
                let energy = part.sumOfSquares()
                var residual = part
                residual.axpy(-1, factors.dense())
                let error = residual.sumOfSquares()
                let name = rows == nil && pieces.count == 1 && names.table == nil
                    ? String(entry.name.dropLast(entry.name.hasSuffix(".weight") ? 7 : 6)) : target.description
                modules.append(LoraMerge.makeModule(target: target, sourceName: name, rows: nil, shape: shape, factors: factors, alpha: nil))
                lines.append(MergeReport.Module(name: name, rank: factors.rank, energy: energy, error: error, group: MergeReport.group(of: target)))
            }
        }
        if modules.isEmpty { throw .nothingToExtract(tuned: tuned.path, base: base.path) }
        let metadata: [String: String] = [
            "ss_network_module": "networks.lora", "ss_network_dim": "\(options.rank)", "ss_network_alpha": "\(options.rank)",
            "lorash.extract": "rank=\(options.rank)" + (options.convRank.map { " conv_rank=\($0)" } ?? "") + (options.clamp.map { " clamp=\($0)" } ?? ""),
        ]
        let lora = LoraAdapter(modules: modules, metadata: metadata, scheme: .kohya, alphaSource: .tensors, sourcePath: "")
        return (lora, MergeReport(operation: "extract", modules: lines))
    }

    /// The LoRA target of a checkpoint key: `model.diffusion_model.…` → the denoiser (LDM path),
    /// anything else → the plain model with the key's path.
    static func moduleTarget(_ key: String) -> ModuleTarget {
        var path = key
        if path.hasSuffix(".weight") { path.removeLast(7) }
        for prefix in ["model.diffusion_model.", "diffusion_model."] where path.hasPrefix(prefix) {
            return ModuleTarget(component: .denoiser, path: String(path.dropFirst(prefix.count)), isFlattened: false)
        }
        return ModuleTarget(component: .model, path: path, isFlattened: false)
    }

    /// Clamps every value of `t` to [−h, h].
    static func clamp(_ t: inout Tensor, _ h: Float) {
        t.withUnsafeMutableFloats { p in for i in 0..<p.count { p[i] = Swift.min(Swift.max(p[i], -h), h) } }
    }
}
