import LoraEngine
import LoraFormats

extension Session {
    /// `merge` as written: a bake (`merge STACK into PATH`) when `into` is set, else LoRAs
    /// merged into one (`NAME = merge A[:W] B[:W] … method=…`). Options the form or method does
    /// not use are refused, never ignored.
    public struct MergeRequest {
        /// The LoRAs' spec words (a LoRA merge).
        public var loras: [String] = []
        /// The stack to bake (with `into`).
        public var stack: (any SessionObject)?
        /// The checkpoint to write.
        public var into: String?
        public var method: MergeMethod?
        public var ranks = RankOptions()
        public var density: Double?
        public var seed: Int?
        public var dtype: DType?
        public var overwrite: Bool?
        public var force = false
        /// The command as it ran, for the output's recipe.
        public var command = ""

        public init() {}
    }

    /// What a merge made.
    public enum MergeOutcome {
        /// The bake's report (the file is written).
        case baked(BakeReport)
        /// The merged LoRA (in memory; `save` writes it), its report, and warnings about the
        /// LoRAs (weights far outside the usual range).
        case merged(LoraAdapter, MergeReport, warnings: [SessionError])
    }

    /// Runs `merge` (see `MergeRequest`).
    /// - Throws: `SessionError`, or `Interrupted` when Ctrl-C stopped it (nothing was written).
    public func merge(_ request: MergeRequest) throws -> MergeOutcome {
        try refuseMergeOptionsThatDoNotApply(request)
        if let path = request.into { return .baked(try bake(request, to: path)) }
        let stack = try buildStack(base: nil, words: request.loras)
        let method = request.method ?? .concat
        let seed = request.seed ?? 0
        guard seed >= 0 else { throw SessionError.input("seed", "seed must be 0 or more") }
        if let density = request.density, !(density > 0 && density <= 1) {
            throw SessionError.input(
                "density", "density=\(NumberFormatting.shortest(density)): expected a fraction in (0, 1]")
        }
        let meter = meter("merge", unit: "module")
        defer { meter.finish() }
        var options = MergeOptions(
            method: method, target: try request.ranks.target(), convTarget: try request.ranks.convTarget(),
            density: request.density ?? 0.5, seed: UInt64(seed), force: request.force)
        options.observer = observer(meter)
        do {
            var (merged, report) = try LoraMerge.merge(stack, options: options)
            merged.recipe = derivedRecipe(from: stack.entries.map(\.lora), command: request.command)
            merged.inputDType = Self.sharedDType(
                stack.entries.flatMap { $0.lora.inputDType.map { [$0] } ?? $0.lora.dtypes })
            return .merged(
                merged, report,
                warnings: Self.weightWarnings(stack.entries) + Self.specWarnings(request.loras, stack: stack))
        } catch .interrupted {
            throw Interrupted()
        } catch {
            throw SessionError("\(error)", about: error.loraName.map { .lora($0, last: false) } ?? .input("inputs"))
        }
    }

    /// `merge STACK into PATH`: base + Σ mᵢ·sᵢ·ΔWᵢ streamed into a new checkpoint.
    func bake(_ request: MergeRequest, to path: String) throws -> BakeReport {
        guard let stack = request.stack as? Stack, stack.checkpoint != nil else {
            if let stack = request.stack as? Stack, stack.toy != nil {
                throw SessionError.input(
                    "inputs",
                    "'\(stack.baseName ?? "toy")' is the built-in model (a toy, even when loaded from a file): its stacks are drawn with render, not baked; merge … into PATH bakes a stack on a real checkpoint"
                )
            }
            throw SessionError.input(
                "inputs", "merge … into PATH bakes one stack made of a loaded checkpoint (s = stack BASE LORA…)")
        }
        // The stack's own files first: "drop the stack" is not the way out of this.
        if let target = FileIdentity.ifExists(path),
            stack.sourceFiles.contains(where: { FileIdentity.ifExists($0).map(target.sameFile(as:)) ?? false })
        {
            throw SessionError.input(
                "path",
                "\(path) is an input of this bake (the stack reads it); a bake never writes over its inputs: write to another file"
            )
        }
        let overwrite = request.overwrite ?? false
        try prepareOutput(path, overwrite: overwrite, input: "path")
        let meter = meter("merge", unit: "tensor")
        defer { meter.finish() }
        let options = BakeOptions(
            dtype: request.dtype, overwrite: overwrite, force: request.force || stack.isForced,
            provenance: Provenance(
                commands: [request.command], inputs: Provenance.inputs(stack.sourceFiles, hashing: false)),
            cancellation: cancellation, progress: meter.callback)
        do {
            return try StreamingBake.run(stack, to: path, options: options)
        } catch .interrupted {
            throw Interrupted()
        } catch {
            throw SessionError.input("path", "\(error)")
        }
    }

    /// Options of `merge` that the form or method written does not use are refused, never
    /// ignored: a bake has no method or rank, a LoRA merge writes no file, concat is exact.
    func refuseMergeOptionsThatDoNotApply(_ request: MergeRequest) throws(SessionError) {
        var given = request.ranks.names
        if request.method != nil { given.append("method") }
        if request.density != nil { given.append("density") }
        if request.seed != nil { given.append("seed") }
        if request.dtype != nil { given.append("dtype") }
        if request.overwrite != nil { given.append("overwrite") }
        func refuse(_ names: [String], _ reason: String) throws(SessionError) {
            if let name = names.first(where: given.contains) { throw .input(name, "\(name)= \(reason)") }
        }
        let rankOptions = RankOptions.targetNames + ["conv_rank"]
        if request.into != nil {
            try refuse(
                ["method", "density", "seed"] + rankOptions,
                "applies to merging LoRAs into one LoRA (NAME = merge A B …), not to a bake into a checkpoint")
            return
        }
        try refuse(
            ["dtype", "overwrite"],
            "applies to a bake (merge STACK into PATH); a merged LoRA is written by save, which takes it")
        let method = request.method ?? .concat
        switch method {
        case .concat, .kohyaConcat, .kohyaSum, .peftLinear:
            try refuse(
                rankOptions,
                "does not apply to method=\(method.rawValue), which keeps the inputs' ranks; resize the result, or use method=svd with a rank"
            )
        default: break
        }
        if !method.isDense {
            try refuse(
                ["density"],
                "applies to ties, dare_linear, dare_ties and magnitude_prune, not to method=\(method.rawValue)")
        }
        if ![.dareLinear, .dareTies].contains(method) {
            try refuse(
                ["seed"], "seeds the random drop of dare_linear and dare_ties; method=\(method.rawValue) draws nothing")
        }
    }

    /// `NAME = resize LORA rank=K | fro=… | ratio=… | cumulative=… [conv_rank=K]`.
    /// - Parameters:
    ///   - name: the LoRA's session name, for errors.
    ///   - command: the command as it ran, for the result's recipe.
    /// - Throws: `SessionError` about `lora` or a rank option; `Interrupted`.
    public func resize(_ object: any SessionObject, name: String?, ranks: RankOptions, command: String) throws -> (
        LoraAdapter, MergeReport
    ) {
        guard let lora = object as? LoraAdapter else { throw SessionError.input("lora", "resize works on a LoRA") }
        let convTarget = try ranks.convTarget()
        let target = try ranks.target(requiredBy: "resize")!
        if case .rank(let k) = target {
            try Self.checkRank(
                k, option: "rank", "resize keeps at most each module's rank",
                matrices: lora.modules.compactMap { module -> (String, [Int])? in
                    if case .ia3 = module.factors { return nil }
                    return (module.sourceName, module.deltaShape)
                })
        }
        let meter = meter("resize", unit: "module")
        defer { meter.finish() }
        do {
            var (small, report) = try LoraResize.resize(
                lora, target: target, convTarget: convTarget, name: name, observer: observer(meter))
            small.recipe = derivedRecipe(from: [lora], command: command)
            small.inputDType = Self.sharedDType(lora.inputDType.map { [$0] } ?? lora.dtypes)
            return (small, report)
        } catch .interrupted {
            throw Interrupted()
        } catch {
            throw SessionError.input("lora", "\(error)")
        }
    }

    /// Refuses a fixed rank larger than every matrix it would truncate (a rank=1000000000
    /// typed for rank=100), before anything is read or allocated. A rank larger than some
    /// matrices only is kept: those keep their own rank.
    /// - Parameter matrices: (name, shape) of each; a shape's rank bound is min(rows, the rest).
    static func checkRank(_ rank: Int, option: String, _ rule: String, matrices: [(String, [Int])])
        throws(SessionError)
    {
        func bound(_ shape: [Int]) -> Int { min(shape.first ?? 0, shape.dropFirst().reduce(1, *)) }
        guard let largest = matrices.max(by: { bound($0.1) < bound($1.1) }), rank > bound(largest.1) else { return }
        let limit = bound(largest.1)
        throw .input(
            option,
            "\(option)=\(rank) is larger than every matrix: the largest, \(largest.0) (\(largest.1.map(String.init).joined(separator: "×"))), has rank \(limit) at most, and \(rule); give \(option)=\(limit) or less"
        )
    }

    /// `extract`'s settings as written.
    public struct ExtractRequest {
        public var ranks = RankOptions()
        public var clamp: Double?
        public var seed: Int?
        public var command = ""
        public init() {}
    }

    /// `NAME = extract TUNED from BASE rank=K [conv_rank=K] [clamp=q] [seed=N]`.
    /// - Throws: `SessionError` about `tuned`, `base` or an option; `Interrupted`.
    public func extract(
        tuned tunedObject: any SessionObject, from baseObject: any SessionObject, _ request: ExtractRequest
    ) throws -> (LoraAdapter, MergeReport) {
        guard let tuned = tunedObject as? BaseModel else {
            throw SessionError.input("tuned", "extract needs a loaded checkpoint here")
        }
        guard let base = baseObject as? BaseModel else {
            throw SessionError.input("base", "extract needs a loaded checkpoint here")
        }
        guard let rank = try request.ranks.fixedRank("rank") else {
            throw SessionError("extract needs rank=K (a whole number ≥ 1)")
        }
        let convRank = try request.ranks.fixedRank("conv_rank")
        try Self.checkRank(
            rank, option: "rank", "extract keeps at most each weight's rank",
            matrices: tuned.file.entries.compactMap { entry -> (String, [Int])? in
                let isConv = entry.shape.count == 4 && entry.shape[2] * entry.shape[3] > 1
                guard entry.shape.count >= 2, entry.name.hasSuffix("weight"), !isConv else { return nil }
                return (entry.name, entry.shape)
            })
        let clamp = request.clamp ?? 0.99
        guard clamp > 0 && clamp <= 1 else {
            throw SessionError.input(
                "clamp", "clamp=\(NumberFormatting.shortest(clamp)): expected a quantile in (0, 1] (1 = no clamp)")
        }
        let seed = request.seed ?? 0
        guard seed >= 0 else { throw SessionError.input("seed", "seed must be 0 or more") }
        let meter = meter("extract", unit: "tensor")
        defer { meter.finish() }
        var options = LoraExtract.Options(
            rank: rank, convRank: convRank, clamp: clamp >= 1 ? nil : clamp, seed: UInt64(seed))
        options.observer = observer(meter)
        do {
            var (lora, report) = try LoraExtract.extract(tuned: tuned, base: base, options: options)
            lora.recipe = derivedRecipe(from: [], files: [tuned.path, base.path], command: request.command)
            // The tuned checkpoint's most common float dtype (F16 for most SD files).
            lora.inputDType = Self.sharedDType(tuned.dtypeCounts.filter { $0.0.isFloatingPoint }.prefix(1).map(\.0))
            return (lora, report)
        } catch .interrupted {
            throw Interrupted()
        } catch {
            throw SessionError.input("tuned", "\(error)")
        }
    }

    /// The float dtype all of `dtypes` are, if they are one (narrower than F32: F16, BF16).
    static func sharedDType(_ dtypes: [DType]) -> DType? {
        let floats = Set(dtypes.filter(\.isFloatingPoint))
        guard floats.count == 1, let only = floats.first, only == .f16 || only == .bf16 else { return nil }
        return only
    }

    /// The recipe of a LoRA made from `inputs`: their own recipes' commands, then `command`;
    /// the files they were read from (hashed when it is saved).
    func derivedRecipe(from inputs: [LoraAdapter], files: [String] = [], command: String) -> Provenance {
        var commands: [String] = []
        var paths: [String] = files
        for input in inputs {
            if let recipe = input.recipe {
                for command in recipe.commands where !commands.contains(command) { commands.append(command) }
                paths += recipe.inputs.map(\.path)
            } else if !input.sourcePath.isEmpty {
                paths.append(PeftFolder.tensorFile(of: input.sourcePath))
            }
        }
        return Provenance(commands: commands + [command], inputs: Provenance.inputs(paths, hashing: false))
    }
}
