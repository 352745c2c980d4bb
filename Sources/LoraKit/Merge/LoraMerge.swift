import LoraEngine
import LoraFormats

/// `NAME = merge A[:W] B[:W] … method=…`: several LoRAs into one, with a report of how much of
/// the stack's energy the result keeps (Docs/Merging.md).
///
/// Modules are grouped by target across the LoRAs (a module present in one LoRA only is
/// merged alone). For each group the exact stack M = Σ mᵢ·sᵢ·ΔWᵢ is kept factored
/// (`LowRank.concatenation`), the method builds M̂, and ‖M − M̂‖²_F is computed from the
/// factors: ‖M‖² − 2⟨M, M̂⟩ + ‖M̂‖² (no dense product for the factor-space methods).
public enum LoraMerge {
    /// One module of one LoRA with its weight, and the rows of the (fused) module of its group
    /// it covers (nil: all of them).
    struct Member {
        let module: LoraModule
        let multiplier: Float
        let rows: Range<Int>?
        /// The LoRA's place in the stack.
        let lora: Int
    }

    /// One module of one LoRA with its weight.
    struct Part {
        let module: LoraModule
        let multiplier: Float
        /// m·s·ΔW exactly.
        let exact: LowRank
        /// The LoRA's place in the stack.
        var lora = 0
    }

    /// Merges the LoRAs of `stack` (its base is ignored).
    /// - Returns: the merged LoRA (in memory; save it with `LoraWriter.save`) and the report.
    /// - Throws: `MergeError`.
    /// - Complexity: factor-space methods O(Σ (out+in)·r²) per module; dense methods
    ///   O(out·in·(n + k)) per module plus an SVD of out × in.
    public static func merge(_ stack: Stack, options: MergeOptions) throws(MergeError) -> (
        lora: LoraAdapter, report: MergeReport
    ) {
        guard !stack.entries.isEmpty else { throw .emptyStack }
        let architectures = stack.entries.map {
            ($0.name, ArchitectureDetector.detect(lora: $0.lora, fileName: $0.lora.sourcePath).architecture)
        }
        let known = architectures.filter { $0.1 != .generic }
        if !options.force, let first = known.first, let other = known.first(where: { $0.1 != first.1 }) {
            throw .architecturesDiffer(
                first: first.0, firstArchitecture: first.1.rawValue, second: other.0,
                secondArchitecture: other.1.rawValue)
        }
        guard options.density > 0 && options.density <= 1 else {
            throw .invalidParameter(name: "density", value: "\(options.density)", expected: "a fraction in (0, 1]")
        }
        // Modules are grouped by the weight they patch, whatever their naming scheme: with an
        // architecture table, kohya `lora_unet_input_blocks_4_1_proj_in` and diffusers
        // `down_blocks.1.attentions.0.proj_in` are one module. They are grouped first and
        // factored one group at a time, so only the groups being merged have F32 factors.
        // One table for all (with force=true and two architectures, names alone pair modules).
        let table = Set(known.map(\.1)).count == 1 ? known.first.flatMap { ArchitectureTable.table(for: $0.1) } : nil
        var order: [String] = []
        var groups: [String: [Member]] = [:]
        var loraCount: [String: Set<Int>] = [:]
        for (index, entry) in stack.entries.enumerated() {
            for module in entry.lora.modules {
                // A module weighted 0 (te=0, a block or pattern at 0) adds nothing: it is left
                // out, so `merge hero:te=0:unet=1` is a U-Net-only LoRA.
                if entry.weight.multiplier(for: module) == 0 { continue }
                if let role = module.nonFiniteRole {
                    throw .nonFinite(lora: entry.name, module: module.sourceName, tensor: role)
                }
                module.releaseMappedPages()
                let weight = PatchedWeight(module, table: table)
                let key = weight.key
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(
                    Member(
                        module: module, multiplier: entry.weight.multiplier(for: module), rows: weight.rows, lora: index
                    ))
                loraCount[key, default: []].insert(index)
            }
        }
        // An unrecognised LoRA beside a known one is of another model when it shares no module
        // with the others and none of its modules is a weight of the known model (a text-encoder
        // LoRA beside a U-Net LoRA of the same model is not refused).
        if !options.force, stack.entries.count > 1, let first = known.first,
            !loraCount.values.contains(where: { $0.count > 1 })
        {
            let firstTable = ArchitectureTable.table(for: first.1)
            for (entry, architecture) in zip(stack.entries, architectures) where architecture.1 == .generic {
                let fits =
                    firstTable.map { table in
                        entry.lora.modules.contains { table.targets[$0.target.canonicalFlatName] != nil }
                    } ?? false
                if !fits {
                    throw .architecturesDiffer(
                        first: first.0, firstArchitecture: first.1.rawValue, second: entry.name,
                        secondArchitecture: "no model lorash recognises")
                }
            }
        }
        guard !order.isEmpty else { throw .allWeightsZero }
        // A fused weight's pieces (FLUX diffusers to_q, to_k, to_v of kohya's qkv) are merged
        // into the whole module when some LoRA has it whole, else each piece on its own.
        var grouped: [[Member]] = []
        // DARE's random drop is seeded by the weight a group patches, not its place in the list,
        // so the same LoRAs give the same merge whatever their naming scheme or module order.
        var seeds: [UInt64] = []
        for key in order {
            let members = groups[key]!
            var pieces: [Range<Int>?] = []
            for member in members where !pieces.contains(member.rows) { pieces.append(member.rows) }
            if pieces.count > 1 && !pieces.contains(nil) {
                for piece in pieces {
                    grouped.append(members.filter { $0.rows == piece })
                    seeds.append(Self.seed(of: key + "\(piece.map { "[\($0.lowerBound)]" } ?? "")"))
                }
            } else {
                grouped.append(members)
                seeds.append(Self.seed(of: key))
            }
        }
        groups.removeAll()
        // Module groups are independent: spread over the cores, each single-threaded.
        // The time left weighs groups by their weights' size (dense methods work on out × in).
        let weights = grouped.map { group in group.reduce(0.0) { $0 + Double($1.module.deltaShape.reduce(1, *)) } }
        let merged = try ModuleWorkers.map(count: grouped.count, observer: options.observer, weights: weights) {
            n throws(MergeError) in
            defer { for part in grouped[n] { part.module.releaseMappedPages() } }
            return try mergeGroup(grouped[n], options: options, seedKey: seeds[n], names: stack.names)
        }
        let modules = merged.map(\.0)
        let lines = merged.map(\.1)
        let first = stack.entries[0].lora
        var metadata: [String: String] = [:]
        metadata["modelspec.merged_from"] = stack.entries.map(\.name).joined(separator: ", ")
        metadata["lorash.merge"] =
            "method=\(options.method.rawValue)" + (options.target.map { " \($0)" } ?? "") + " " + stack.specText
        for key in ["ss_base_model_version", "modelspec.architecture", "lorash.component"]
        where first.metadata[key] != nil {
            metadata[key] = first.metadata[key]
        }
        let lora = LoraAdapter(
            modules: modules, metadata: metadata, scheme: first.scheme, alphaSource: first.alphaSource, sourcePath: "")
        var report = MergeReport(operation: options.method.rawValue, modules: lines)
        if case .rank(let asked)? = options.target, let most = report.rankRange?.upperBound, most < asked {
            report.notes.append(
                "rank=\(asked) was asked; the stack has rank \(most) at most, so that is its exact rank (nothing more to keep)"
            )
        }
        return (lora, report)
    }

    /// A stable 64-bit FNV-1a hash of a group's key (the same on every run and machine).
    static func seed(of key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// M̂ for one module group, with the alpha to write (nil = rank, scale 1).
    /// One module group merged: its module and its line of the report.
    /// - Parameter names: the stack's LoRA names, to say which LoRA a module error is about.
    static func mergeGroup(
        _ group: [Member], options: MergeOptions, seedKey: UInt64, names: [String] = []
    ) throws(MergeError) -> (LoraModule, MergeReport.Module) {
        func about(_ lora: Int, _ error: MergeError) -> MergeError {
            lora < names.count ? .inLora(name: names[lora], error: error) : error
        }
        var parts: [Part] = []
        for member in group {
            let exact: LowRank
            do throws(MergeError) {
                exact = try ModuleDelta.factored(member.module, multiplier: member.multiplier)
            } catch {
                throw about(member.lora, error)
            }
            parts.append(Part(module: member.module, multiplier: member.multiplier, exact: exact, lora: member.lora))
        }
        let isCompatibility = [.kohyaSum, .kohyaConcat, .peftLinear].contains(options.method)
        // The module written: the whole one when pieces are placed into it. Parts stay in stack
        // order (DARE draws its masks in that order).
        var template = group[0].module
        // Pieces of a fused weight beside the whole module: each piece is placed in its rows.
        if let whole = group.firstIndex(where: { $0.rows == nil }), group.contains(where: { $0.rows != nil }) {
            template = group[whole].module
            if isCompatibility {
                throw .layoutsDiffer(method: options.method.rawValue, module: group[whole].module.sourceName)
            }
            let total = parts[whole].exact.outFeatures
            for i in parts.indices {
                guard let rows = group[i].rows else { continue }
                guard rows.count == parts[i].exact.outFeatures, rows.upperBound <= total else {
                    throw .shapesDiffer(
                        module: group[whole].module.sourceName,
                        shapes: [group[whole].module.deltaShape, group[i].module.deltaShape])
                }
                parts[i] = Part(
                    module: parts[i].module, multiplier: parts[i].multiplier,
                    exact: parts[i].exact.placed(inRows: rows, of: total), lora: parts[i].lora)
            }
        }
        let shapes = parts.map { [$0.exact.outFeatures, $0.exact.inFeatures] }
        if Set(shapes).count > 1 {
            throw .shapesDiffer(module: parts[0].module.sourceName, shapes: parts.map(\.module.deltaShape))
        }
        // One part per LoRA: its pieces (or two of its modules on one weight) are one task
        // vector to ties, DARE and magnitude pruning, as the whole module would be.
        if Set(parts.map(\.lora)).count < parts.count {
            if isCompatibility {
                throw .layoutsDiffer(method: options.method.rawValue, module: parts[0].module.sourceName)
            }
            var combined: [Part] = []
            for part in parts {
                if let i = combined.firstIndex(where: { $0.lora == part.lora }) {
                    combined[i] = Part(
                        module: combined[i].module, multiplier: combined[i].multiplier,
                        exact: LowRank.concatenation([combined[i].exact, part.exact]), lora: part.lora)
                } else {
                    combined.append(part)
                }
            }
            parts = combined
        }
        let exact = LowRank.concatenation(parts.map(\.exact))
        let (result, alpha, known): (LowRank, Float?, (energy: Double, error: Double)?)
        do throws(MergeError) {
            (result, alpha, known) = try combine(parts, exact: exact, options: options, seedKey: seedKey)
        } catch .notLowRank(let method, let module, let algorithm) {
            let lora = parts.first { $0.module.sourceName == module }?.lora ?? parts[0].lora
            throw about(lora, .notLowRank(method: method, module: module, algorithm: algorithm))
        }
        let energy: Double, error: Double
        if let known {
            (energy, error) = known
        } else {
            energy = exact.innerProduct(exact)
            error = Swift.max(0, energy - 2 * exact.innerProduct(result) + result.innerProduct(result))
        }
        // A weight near the largest float times a scale overflows: refused, never written as inf.
        guard result.scale.isFinite, energy.isFinite, error.isFinite, result.up.isFinite, result.down.isFinite else {
            throw .overflow(module: template.sourceName)
        }
        return (
            makeModule(template: template, factors: result, alpha: alpha),
            MergeReport.Module(
                name: template.sourceName, rank: result.rank, energy: energy, error: error,
                group: MergeReport.group(of: template.target))
        )
    }

    /// The merged factors, the alpha to record (nil: alpha = rank), and the stack's energy and
    /// the merge's squared error when the method knows them without further products (exact
    /// methods: error 0; SVD truncation: the discarded σᵢ²).
    static func combine(
        _ parts: [Part], exact: LowRank, options: MergeOptions, seedKey: UInt64
    ) throws(MergeError) -> (LowRank, Float?, (energy: Double, error: Double)?) {
        let template = parts[0].module
        let isConv = template.deltaShape.count == 4 && template.deltaShape[2] * template.deltaShape[3] > 1
        let maxRank = parts.map { $0.module.rank ?? $0.exact.rank }.max() ?? 1
        let target = (isConv ? options.convTarget ?? options.target : options.target) ?? .rank(maxRank)
        switch options.method {
        case .concat:
            return (exact, nil, nil)
        case .svd, .peftSVD:
            let svd = exact.svd(threads: 1)
            let k = target.rank(for: svd.singularValues)
            let energy = svd.totalEnergy
            let discarded = svd.singularValues.dropFirst(k).reduce(0) { $0 + $1 * $1 }
            return (svd.truncated(rank: k, threads: 1), nil, (energy, discarded))
        case .ties, .dareLinear, .dareTies, .magnitudePrune:
            // Dense by nature: the pruned sum of the parts' deltas, then rank k by a sketch
            // started from the exact stack's directions (the sum before pruning). The stack's
            // energy comes from its factors' Gram matrices, which the start needs anyway.
            let dense = SparseCombination.combine(
                parts.map(\.exact), method: options.method, density: options.density,
                seed: SplitMix64.hash(options.seed, seedKey))
            let gram = LowRankGram(exact)
            let result = DenseTruncation.lowRank(dense, target: target, near: (exact, gram))
            let energy = gram.squaredNorm
            let error = energy - 2 * exact.innerProduct(result) + result.innerProduct(result)
            return (result, nil, (energy, Swift.max(0, error)))
        case .kohyaSum, .kohyaConcat, .peftLinear:
            let (result, alpha) = try compatibility(parts, method: options.method)
            return (result, alpha, nil)
        }
    }

    /// kohya sum/concat and PEFT linear, on the raw factors (research notes b.2, b.10).
    static func compatibility(_ parts: [Part], method: MergeMethod) throws(MergeError) -> (LowRank, Float?) {
        var ups: [[Float]] = [], downs: [Tensor] = [], ranks: [Int] = []
        for part in parts {
            guard case .lowRank(let up, let down, let mid) = part.module.factors, mid == nil else {
                throw .notLowRank(
                    method: method.rawValue, module: part.module.sourceName, algorithm: part.module.factors.algorithm)
            }
            let flat = LowRank(up: up, down: down)
            ups.append(flat.up.floats())
            downs.append(flat.down.converted(to: .f32))
            ranks.append(flat.rank)
        }
        let name = parts[0].module.sourceName
        let out = parts[0].exact.outFeatures
        if method != .kohyaConcat && Set(ranks).count > 1 {
            throw .ranksDiffer(method: method.rawValue, module: name, ranks: ranks)
        }
        // Effective alphas under α/r (rsLoRA and missing alphas included): aᵢ = sᵢ·rᵢ.
        let alphas = zip(parts, ranks).map { Double($0.module.scale) * Double($1) }
        let a0 = alphas[0]
        var upFactors: [Float] = [], downFactors: [Float] = []
        for (i, part) in parts.enumerated() {
            let m = Double(part.multiplier)
            switch method {
            case .peftLinear:
                let ws = m * Double(part.module.scale)
                downFactors.append(Float((ws < 0 ? -1 : 1) * abs(ws).squareRoot()))
                upFactors.append(Float(abs(ws).squareRoot()))
            default:
                let s = a0 > 0 ? (alphas[i] / a0).squareRoot() * m : m
                upFactors.append(Float(abs(s)))
                downFactors.append(Float(s))
            }
        }
        if method == .kohyaConcat {
            let total = ranks.reduce(0, +)
            var up = [Float](repeating: 0, count: out * total)
            var offset = 0
            for (i, r) in ranks.enumerated() {
                for row in 0..<out {
                    for j in 0..<r { up[row * total + offset + j] = ups[i][row * r + j] * upFactors[i] }
                }
                offset += r
            }
            let down = Tensor.concatenatingRows(
                downs.enumerated().map { $0.element.scaled(by: downFactors[$0.offset]) })
            return (
                LowRank(up: Tensor(shape: [out, total], values: up), down: down, scale: Float(a0) / Float(total)),
                Float(a0)
            )
        }
        let r = ranks[0]
        var up = [Float](repeating: 0, count: out * r)
        var down = Tensor(zeros: downs[0].shape)
        for i in parts.indices {
            for e in up.indices { up[e] += ups[i][e] * upFactors[i] }
            down.axpy(downFactors[i], downs[i])
        }
        let alpha: Float = method == .peftLinear ? Float(r) : Float(a0)
        return (LowRank(up: Tensor(shape: [out, r], values: up), down: down, scale: alpha / Float(r)), alpha)
    }

    /// A plain LoRA module for `template`'s target holding `factors` (conv shapes restored).
    static func makeModule(template: LoraModule, factors: LowRank, alpha: Float?) -> LoraModule {
        makeModule(
            target: template.target, sourceName: template.sourceName, rows: template.rows, shape: template.deltaShape,
            factors: factors, alpha: alpha)
    }

    /// A plain LoRA module for `target` holding `factors`, shaped for a weight of `shape`
    /// (conv: up out×r×1×1, down r×in×kh×kw). With `alpha` nil, alpha = rank and the factors'
    /// scale is folded into the up; otherwise alpha is kept and any other scale folded.
    static func makeModule(
        target: ModuleTarget, sourceName: String, rows: Range<Int>?, shape: [Int], factors: LowRank, alpha: Float?
    ) -> LoraModule {
        let r = factors.rank
        var up = factors.up, down = factors.down
        var a = alpha ?? Float(r)
        if alpha != nil && factors.scale != a / Float(r) {
            // Keep alpha; fold any other scale into the up.
            up = up.scaled(by: factors.scale * Float(r) / a)
        } else if alpha == nil && factors.scale != 1 {
            up = up.scaled(by: factors.scale)
            a = Float(r)
        }
        if shape.count == 4 {
            up = up.reshaped([shape[0], r, 1, 1])
            down = down.reshaped([r, shape[1], shape[2], shape[3]])
        }
        return LoraModule(
            target: target, sourceName: sourceName, factors: .lowRank(up: up, down: down, mid: nil),
            alpha: a, scaleRule: .alphaOverRank, magnitude: nil, rows: rows)
    }
}
