import Foundation
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
        /// Extra random directions of the randomized SVD; nil for max(10, rank). With the two
        /// power iterations this keeps the error within 0.4% of the optimal truncation on flat
        /// and slowly decaying spectra (a fine-tune's difference often is one), where 10 extra
        /// directions left it 2.4% above on the merge benchmark.
        public var oversampling: Int?
        /// Power iterations of the randomized SVD.
        public var powerIterations: Int
        /// Seed of the randomized SVD.
        public var seed: UInt64
        /// Tensors processed at once (each single-threaded); the result does not depend on it.
        public var threads: Int = ParallelFor.defaultThreadCount
        /// Ctrl-C and the progress line (tensors done).
        public var observer = WorkObserver()

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
    public static func extract(tuned: BaseModel, base: BaseModel, options: Options) throws(MergeError) -> (
        lora: LoraAdapter, report: MergeReport
    ) {
        guard options.rank >= 1 else {
            throw .invalidParameter(name: "rank", value: "\(options.rank)", expected: "a whole number ≥ 1")
        }
        if let q = options.clamp, !(q > 0 && q <= 1) {
            throw .invalidParameter(name: "clamp", value: "\(q)", expected: "a quantile in (0, 1]")
        }
        let names = KohyaNames(architecture: tuned.architecture.architecture)
        // The tensors to compare (no data read yet), then each one on its own worker.
        var candidates: [(entry: SafetensorsEntry, other: SafetensorsEntry, rank: Int)] = []
        var shapesDiffer: [String] = []
        // Left out, and reported when they differ: k×k convs without conv_rank, and tensors
        // no LoRA can hold (biases, norms, embeddings' 1-D parts).
        var convsLeftOut: [(SafetensorsEntry, SafetensorsEntry)] = []
        var othersLeftOut: [(SafetensorsEntry, SafetensorsEntry)] = []
        for entry in tuned.file.entries {
            guard let other = base.file.entry(named: entry.name) else { continue }
            guard entry.dtype.isFloatingPoint, entry.shape.count >= 2, entry.name.hasSuffix("weight"),
                other.dtype.isFloatingPoint
            else {
                if other.shape == entry.shape && other.dtype == entry.dtype { othersLeftOut.append((entry, other)) }
                continue
            }
            guard other.shape == entry.shape else {
                shapesDiffer.append("\(entry.name) \(entry.shape) vs \(other.shape)")
                continue
            }
            let isConv = entry.shape.count == 4 && entry.shape[2] * entry.shape[3] > 1
            guard let rank = isConv ? options.convRank : options.rank else {
                convsLeftOut.append((entry, other))
                continue
            }
            candidates.append((entry, other, rank))
        }
        let weights = candidates.map { Double($0.entry.shape.reduce(1, *)) }
        let results = try ModuleWorkers.map(
            count: candidates.count, workers: options.threads, observer: options.observer, weights: weights
        ) { index throws(MergeError) in
            let (entry, other, rank) = candidates[index]
            return try extractModules(
                tuned: tuned, entry: entry, base: base, other: other, rank: rank, names: names, index: index,
                options: options)
        }
        let modules = results.flatMap { $0.map(\.0) }
        let lines = results.flatMap { $0.map(\.1) }
        if modules.isEmpty { throw .nothingToExtract(tuned: tuned.path, base: base.path) }
        let metadata: [String: String] = [
            "ss_network_module": "networks.lora", "ss_network_dim": "\(options.rank)",
            "ss_network_alpha": "\(options.rank)",
            "lorash.extract": "rank=\(options.rank)" + (options.convRank.map { " conv_rank=\($0)" } ?? "")
                + (options.clamp.map { " clamp=\($0)" } ?? ""),
        ]
        let lora = LoraAdapter(
            modules: modules, metadata: metadata, scheme: .kohya, alphaSource: .tensors, sourcePath: "")
        var report = MergeReport(operation: "extract", modules: lines)
        if !shapesDiffer.isEmpty {
            report.notes.append(
                "\(shapesDiffer.count) weight\(shapesDiffer.count == 1 ? "" : "s") left out, shapes differ: "
                    + shapesDiffer.prefix(3).joined(separator: ", ") + (shapesDiffer.count > 3 ? ", …" : ""))
        }
        let convs = differing(convsLeftOut, tuned: tuned, base: base)
        if !convs.isEmpty {
            report.notes.append(
                (convs.count == 1
                    ? "1 conv weight (k×k kernel) differs but is not in the LoRA: add conv_rank=K to extract it ("
                    : "\(convs.count) conv weights (k×k kernels) differ but are not in the LoRA: add conv_rank=K to extract them (")
                    + convs.prefix(2).joined(separator: ", ") + (convs.count > 2 ? ", …" : "") + ")")
        }
        let others = differing(othersLeftOut, tuned: tuned, base: base)
        if !others.isEmpty {
            report.notes.append(
                "\(others.count) other tensor\(others.count == 1 ? "" : "s") differ\(others.count == 1 ? "s" : "") but a LoRA cannot hold \(others.count == 1 ? "it" : "them") (biases, norms: "
                    + others.prefix(2).joined(separator: ", ") + (others.count > 2 ? ", …" : "")
                    + "); the retained energy counts the weights extracted")
        }
        return (lora, report)
    }

    /// The names of the pairs whose bytes differ (compared in place; pages released after).
    static func differing(_ pairs: [(SafetensorsEntry, SafetensorsEntry)], tuned: BaseModel, base: BaseModel)
        -> [String]
    {
        pairs.compactMap { entry, other in
            defer {
                tuned.file.release(entry)
                base.file.release(other)
            }
            let a = tuned.file.bytes(of: entry), b = base.file.bytes(of: other)
            guard a.count == b.count else { return entry.name }
            guard let pa = a.baseAddress, let pb = b.baseAddress else { return nil }
            return memcmp(pa, pb, a.count) == 0 ? nil : entry.name
        }
    }

    /// The modules of one tensor: M = tuned − base, then one module per row block (q|k|v of a
    /// fused weight) or one for the whole tensor; none when M is within `minDifference` of 0.
    /// Runs single-threaded (tensors are spread over the workers); the seed depends only on
    /// the tensor's place in the file, so the result does not depend on the thread count.
    static func extractModules(
        tuned: BaseModel, entry: SafetensorsEntry, base: BaseModel, other: SafetensorsEntry, rank: Int,
        names: KohyaNames, index: Int, options: Options
    ) throws(MergeError) -> [(LoraModule, MergeReport.Module)] {
        var diff = tuned.file.tensor(for: entry).flattenedToMatrix().converted(to: .f32)
        diff.axpy(-1, base.file.tensor(for: other).flattenedToMatrix())
        tuned.file.release(entry)
        base.file.release(other)
        if !diff.isFinite {
            // A NaN would otherwise compare as "no difference" and the weight vanish unreported.
            let which = tuned.file.tensor(for: entry).isFinite ? base.path : tuned.path
            tuned.file.release(entry)
            throw .nonFinite(lora: which, module: entry.name, tensor: "the weight")
        }
        guard diff.maxAbs() > options.minDifference else { return [] }
        // SD 1.5 / SDXL / FLUX checkpoints: kohya module names from the architecture table,
        // one module per row block of a fused weight (q|k|v); others: the key's own path.
        let pieces = names.targets(for: entry.name) ?? [(moduleTarget(entry.name), nil)]
        var out: [(LoraModule, MergeReport.Module)] = []
        for (n, (target, rows)) in pieces.enumerated() {
            let part = rows.map { StreamingBake.rowSlice(diff, $0) } ?? diff
            let shape = rows.map { [$0.count] + Array(entry.shape.dropFirst()) } ?? entry.shape
            let k = Swift.min(rank, part.rows, part.columns)
            let seed = SplitMix64.hash(options.seed, UInt64(index * 16 + n))
            let svd = RandomizedSVD.decompose(
                part, rank: k, oversampling: options.oversampling ?? Swift.max(10, k),
                powerIterations: options.powerIterations, seed: seed, threads: 1)
            var factors = DenseTruncation.factors(svd, rank: k)
            var clamped = false
            if let q = options.clamp, q < 1 {
                let h = Tensor.concatenatingRows([
                    factors.up.reshaped([factors.up.count, 1]), factors.down.reshaped([factors.down.count, 1]),
                ]).quantile(q)
                let upChanged = clamp(&factors.up, h)
                let downChanged = clamp(&factors.down, h)
                clamped = upChanged || downChanged
            }
            let energy = part.sumOfSquares()
            let error: Double
            if clamped {
                error = clampedError(part, factors: factors)
            } else {
                // U_k·Σ_k·V_kᵀ = P·M with P = (Q·Ũ_k)(Q·Ũ_k)ᵀ an orthogonal projector, so
                // ‖M − P·M‖² = ‖M‖² − Σᵢ≤ₖ σᵢ² (no dense residual needed).
                error = Swift.max(0, energy - svd.singularValues.prefix(k).reduce(0) { $0 + $1 * $1 })
            }
            let name =
                rows == nil && pieces.count == 1 && names.table == nil
                ? String(entry.name.dropLast(entry.name.hasSuffix(".weight") ? 7 : 6)) : target.description
            out.append(
                (
                    LoraMerge.makeModule(
                        target: target, sourceName: name, rows: nil, shape: shape, factors: factors, alpha: nil),
                    MergeReport.Module(
                        name: name, rank: factors.rank, energy: energy, error: error,
                        group: MergeReport.group(of: target))
                ))
        }
        return out
    }

    /// ‖M − up·down‖² for clamped factors, a block of rows at a time: each block's product is
    /// formed, subtracted and squared, so the memory is a few hundred rows instead of a second
    /// dense copy of the tensor, and the residual is summed directly (no cancellation between
    /// large terms when it is small).
    static func clampedError(_ m: Tensor, factors: LowRank) -> Double {
        let rows = m.rows, columns = m.columns, block = 256
        let up = factors.up.converted(to: .f32), down = factors.down.converted(to: .f32)
        let scale = factors.scale
        var total = 0.0
        // One product buffer for all full blocks (and one for the last), not one per block.
        var product = Tensor(uninitialized: [0, columns])
        for start in stride(from: 0, to: rows, by: block) {
            let range = start..<Swift.min(start + block, rows)
            if product.rows != range.count { product = Tensor(uninitialized: [range.count, columns]) }
            GEMM.multiplyAdd(up.rowSlice(range), down, beta: 0, into: &product, threads: 1)
            total += m.withUnsafeFloats { mp in
                product.withUnsafeFloats { pp in
                    var sum = 0.0
                    let offset = start * columns
                    for i in 0..<pp.count {
                        let difference = Double(mp[offset + i] - scale * pp[i])
                        sum += difference * difference
                    }
                    return sum
                }
            }
        }
        return total
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

    /// Clamps every value of `t` to [−h, h]; whether any value changed.
    @discardableResult
    static func clamp(_ t: inout Tensor, _ h: Float) -> Bool {
        t.withUnsafeMutableFloats { p in
            var changed = false
            for i in 0..<p.count where abs(p[i]) > h {
                p[i] = p[i] > 0 ? h : -h
                changed = true
            }
            return changed
        }
    }
}
