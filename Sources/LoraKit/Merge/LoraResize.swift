import LoraEngine
import LoraFormats

/// `NAME = resize LORA rank=K | fro=… | ratio=… | cumulative=…`.
///
/// Per module, the exact SVD of s·ΔW from its factors (QR of up and downᵀ, SVD of the r × r
/// core: O((out + in)·r²), research notes b.4's "exact and cheap alternative"), the rank chosen
/// by `RankTarget` (the minimal rank meeting a dynamic target), the best rank-k factors, and
/// alpha_new = s_old·k so that alpha/k = s_old: the strength is unchanged (kohya's rule).
/// LoHa/LoKr/full modules become plain LoRAs (alpha = k, scale 1); IA3 modules are kept as they
/// are; DoRA magnitudes are kept with the resized direction.
public enum LoraResize {
    /// Resizes every module of `lora`.
    /// - Parameters:
    ///   - target: the rank rule for linear modules (and conv modules without `convTarget`).
    ///   - cap: an upper bound on every rank (kohya's `new_rank` with a dynamic method).
    ///   - name: what to call the LoRA in errors (its session name); default its file's stem.
    ///   - observer: Ctrl-C and the progress line (modules done).
    /// - Throws: `MergeError.interrupted`, `.nonFinite`.
    public static func resize(
        _ lora: LoraAdapter, target: RankTarget, convTarget: RankTarget? = nil, cap: Int? = nil, name: String? = nil,
        observer: WorkObserver = WorkObserver()
    ) throws(MergeError) -> (lora: LoraAdapter, report: MergeReport) {
        // Modules are independent: spread over the cores, each single-threaded.
        let name = name ?? (lora.sourcePath.isEmpty ? "the LoRA" : LoraFile.defaultName(for: lora.sourcePath))
        let weights = lora.modules.map { Double($0.deltaShape.reduce(1, *)) }
        let resized = try ModuleWorkers.map(count: lora.modules.count, observer: observer, weights: weights) {
            n throws(MergeError) in
            defer { lora.modules[n].releaseMappedPages() }
            if let role = lora.modules[n].nonFiniteRole {
                throw .nonFinite(lora: name, module: lora.modules[n].sourceName, tensor: role)
            }
            return try resizeModule(lora.modules[n], target: target, convTarget: convTarget, cap: cap)
        }
        let modules = resized.map(\.0)
        let lines = resized.compactMap(\.1)
        var metadata = lora.metadata
        metadata["lorash.resize"] =
            "\(target)" + (convTarget.map { " conv \($0)" } ?? "") + (cap.map { " cap \($0)" } ?? "")
        metadata["ss_training_comment"] =
            "resized by lorash (\(target))" + (lora.metadata["ss_training_comment"].map { "; " + $0 } ?? "")
        let out = LoraAdapter(
            modules: modules, metadata: metadata, scheme: lora.scheme, alphaSource: lora.alphaSource,
            sourcePath: "", peftConfig: nil, unrecognisedKeys: [])
        return (out, MergeReport(operation: "resize", modules: lines))
    }

    /// One module resized, with its report line (IA3 modules pass through, unreported).
    static func resizeModule(
        _ module: LoraModule, target: RankTarget, convTarget: RankTarget?, cap: Int?
    ) throws(MergeError) -> (LoraModule, MergeReport.Module?) {
        if case .ia3 = module.factors { return (module, nil) }
        let exact = try ModuleDelta.factored(module, allowDoRA: true)
        let svd = exact.svd(threads: 1)
        let shape = module.deltaShape
        let isConv = shape.count == 4 && shape[2] * shape[3] > 1
        let rule = isConv ? convTarget ?? target : target
        let k = rule.rank(for: svd.singularValues, cap: cap)
        var truncated = svd.truncated(rank: k, threads: 1)
        var alpha = Float(k)
        if module.factors.isLowRank, module.scale != 0, module.scale.isFinite {
            truncated.up.scale(by: 1 / module.scale)
            alpha = module.scale * Float(k)
        }
        var resized = LoraMerge.makeModule(
            template: module, factors: LowRank(up: truncated.up, down: truncated.down, scale: alpha / Float(k)),
            alpha: alpha)
        resized.magnitude = module.magnitude
        let energy = svd.totalEnergy
        return (
            resized,
            MergeReport.Module(
                name: module.sourceName, rank: k, energy: energy,
                error: Swift.max(0, energy * (1 - svd.retainedEnergy[k])),
                group: MergeReport.group(of: module.target))
        )
    }
}
