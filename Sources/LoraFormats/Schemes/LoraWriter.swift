import Foundation
import LoraEngine

/// Writes a `LoraAdapter` as a kohya file, a diffusers file or a PEFT adapter folder.
///
/// Conversions are exact: factors are copied (only cast when a dtype is asked for); alphas are
/// kept (α/√r modules are written with α·√r/√r… i.e. the alpha that gives the same scale under
/// the target's α/r rule); fused FLUX `qkv`/`linear1` modules are split into to_q/to_k/to_v
/// (/proj_mlp) row blocks of the up with the down shared, and split modules are fused back with
/// stacked downs and a block-diagonal up (alpha = total rank, each part's scale folded into its
/// block), as sd-scripts `convert_flux_lora.py` does; Tucker `lora_mid` is folded into the down.
/// LoHa, LoKr, IA3 and full diffs keep their own suffixes in kohya files and are refused for
/// diffusers/PEFT unless `rank` and an approximator are given.
public enum LoraWriter {
    /// What was written.
    public struct SaveResult: Sendable {
        /// Files written (one, or the two of a PEFT folder).
        public let paths: [String]
        /// Modules written.
        public let moduleCount: Int
        /// Per approximated module: name and retained energy fraction.
        public let approximations: [(module: String, retainedEnergy: Double)]
        /// SHA-256 of the safetensors data section (kohya `sshs_model_hash`).
        public let dataSHA256: String
    }

    /// Saves `adapter` to `path` (a file, or a folder for `.peft`) with default options but these.
    @discardableResult
    public static func save(
        _ adapter: LoraAdapter, to path: String, format: LoraFormat, dtype: DType? = nil, overwrite: Bool = false
    ) throws(LoraFormatError) -> SaveResult {
        try save(adapter, to: path, options: LoraSaveOptions(format: format, dtype: dtype, overwrite: overwrite))
    }

    /// Saves `adapter` to `path` as `options` say.
    /// - Throws: `LoraFormatError` (unrepresentable algorithm, several components in a PEFT
    ///   folder, name collisions) or `.file` wrapping the safetensors writer's refusals
    ///   (output exists, output is an input, disk errors).
    /// - Complexity: O(parameters) for the copy; conversions touch only the small factors.
    @discardableResult
    public static func save(_ adapter: LoraAdapter, to path: String, options: LoraSaveOptions) throws(LoraFormatError)
        -> SaveResult
    {
        // A broken module is not copied on into a new file (merges refuse it the same way).
        for module in adapter.modules {
            if let role = module.nonFiniteRole { throw .nonFinite(module: module.sourceName, tensor: role) }
        }
        let architecture = ArchitectureDetector.detect(lora: adapter, fileName: adapter.sourcePath).architecture
        let inputs =
            [adapter.sourcePath, PeftFolder.files(in: adapter.sourcePath).model]
            + (options.provenance?.inputs.map(\.path) ?? [])
        switch options.format {
        case .kohya:
            let tensors = try kohyaTensors(adapter, architecture: architecture)
            let metadata = outputMetadata(adapter, architecture: architecture, options: options, extra: [:])
            let result = try write(path: path, tensors: tensors, metadata: metadata, options: options, inputs: inputs)
            return SaveResult(
                paths: [path], moduleCount: adapter.modules.count, approximations: [],
                dataSHA256: result.dataSHA256 ?? "")
        case .diffusers, .peft:
            let (modules, approximations) = try lowRankModules(adapter, architecture: architecture, options: options)
            let rsLora =
                !adapter.modules.isEmpty && approximations.isEmpty
                && adapter.modules.allSatisfy { $0.scaleRule == .alphaOverSqrtRank && $0.alpha != nil }
            let (configs, tensors) = try peftLayout(
                modules, format: options.format, architecture: architecture, rsLora: rsLora)
            if options.format == .diffusers {
                var members: [(String, JSONValue)] = []
                for (prefix, config) in configs.sorted(by: { $0.key < $1.key }) {
                    for (key, value) in config.json().objectMembers! { members.append((prefix + key, value)) }
                }
                let metadata = outputMetadata(
                    adapter, architecture: architecture, options: options,
                    extra: ["lora_adapter_metadata": JSONWriter.string(.object(members), indent: 2)])
                let result = try write(
                    path: path, tensors: tensors, metadata: metadata, options: options, inputs: inputs)
                return SaveResult(
                    paths: [path], moduleCount: modules.count, approximations: approximations,
                    dataSHA256: result.dataSHA256 ?? "")
            }
            return try writePeftFolder(
                adapter, path: path, config: configs.values.first!, tensors: tensors, architecture: architecture,
                options: options, inputs: inputs, moduleCount: modules.count, approximations: approximations)
        }
    }

    // MARK: kohya

    /// kohya prefix of a component.
    static func kohyaPrefix(_ component: ModelComponent, architecture: Architecture, sourceName: String) -> String {
        switch component {
        case .denoiser: return "lora_unet_"
        case .model: return "lycoris_"
        case .textEncoder(let n):
            if n == 1 {
                if architecture == .sd1 || architecture == .sd2 { return "lora_te_" }
                if architecture == .generic && sourceName.hasPrefix("lora_te_") { return "lora_te_" }
            }
            return "lora_te\(n)_"
        }
    }

    /// The flat kohya path of a target, with `text_model_` restored for CLIP encoders of known models.
    static func kohyaPath(_ target: ModuleTarget, architecture: Architecture) -> String {
        var flat = target.flatPath
        if architecture != .generic, target.component == .textEncoder(1) || target.component == .textEncoder(2),
            flat.hasPrefix("encoder_")
        {
            flat = "text_model_" + flat
        }
        return flat
    }

    static func kohyaTensors(_ adapter: LoraAdapter, architecture: Architecture) throws(LoraFormatError) -> [(
        String, Tensor
    )] {
        let table = ArchitectureTable.table(for: architecture)
        var out: [(String, Tensor)] = []
        var names = Set<String>()
        // Split pieces of one fused kohya module (diffusers FLUX to_q/to_k/to_v → qkv).
        var fused: [String: (kohya: ModuleTarget, totalRows: Int, parts: [(LoraModule, Range<Int>)])] = [:]
        var order: [String] = []
        for module in adapter.modules {
            var target = module.target
            if let info = table?.targets[target.canonicalFlatName] {
                target = info.kohya
                if let rows = info.rowsInKohya {
                    let key = info.kohya.canonicalFlatName
                    let total = table?.targets[key]?.shape.first ?? rows.upperBound
                    if fused[key] == nil { order.append(key); fused[key] = (info.kohya, total, []) }
                    fused[key]!.parts.append((module, rows))
                    continue
                }
            }
            let name =
                kohyaPrefix(target.component, architecture: architecture, sourceName: module.sourceName)
                + kohyaPath(target, architecture: architecture)
            guard names.insert(name).inserted else { throw .nameCollision(name: name, format: "kohya") }
            out += kohyaModuleTensors(module, name: name, alpha: kohyaAlpha(module))
        }
        for key in order {
            let group = fused[key]!
            let name =
                kohyaPrefix(group.kohya.component, architecture: architecture, sourceName: "") + group.kohya.flatPath
            guard names.insert(name).inserted else { throw .nameCollision(name: name, format: "kohya") }
            var parts: [(up: Tensor, rows: Range<Int>, scale: Float)] = []
            var downs: [Tensor] = []
            for (module, rows) in group.parts.sorted(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                guard case .lowRank(let up, let down, nil) = module.factors, module.magnitude == nil else {
                    throw .algorithmNotRepresentable(
                        module: module.sourceName, algorithm: module.factors.algorithm + " on a fused weight",
                        format: "kohya")
                }
                parts.append((up, rows, module.scale))
                downs.append(down)
            }
            let scales = Set(parts.map(\.scale))
            let common = scales.count == 1 ? scales.first! : nil
            let up: Tensor, down: Tensor
            if common != nil, downs.count > 1,
                downs.dropFirst().allSatisfy({ $0.shape == downs[0].shape && $0.floats() == downs[0].floats() })
            {
                // Pieces that share one down (a fused module split by a conversion, as diffusers
                // FLUX files are written): one down and the ups stacked by row keep its rank.
                up = FactorMath.rowStackedUp(
                    totalRows: group.totalRows, parts: parts.map { ($0.up, $0.rows) },
                    trailing: Array(parts[0].up.shape.dropFirst(2)))
                down = downs[0]
            } else {
                up = FactorMath.blockDiagonalUp(
                    totalRows: group.totalRows, parts: parts.map { ($0.up, $0.rows, common == nil ? $0.scale : 1) },
                    trailing: Array(parts[0].up.shape.dropFirst(2)))
                down = FactorMath.stackRows(downs)
            }
            let rank = down.shape[0]
            let dtype = group.parts[0].0.dtype
            out.append((name + ".lora_up.weight", up.converted(to: dtype)))
            out.append((name + ".lora_down.weight", down.converted(to: dtype)))
            out.append((name + ".alpha", Tensor(shape: [], values: [(common ?? 1) * Float(rank)])))
        }
        return out
    }

    /// The alpha to write under kohya's α/r rule (nil = write none, scale 1).
    static func kohyaAlpha(_ module: LoraModule) -> Float? {
        guard let alpha = module.alpha else { return nil }
        if module.scaleRule == .alphaOverSqrtRank, let r = module.rank { return module.scale * Float(r) }
        return alpha
    }

    static func kohyaModuleTensors(_ module: LoraModule, name: String, alpha: Float?) -> [(String, Tensor)] {
        var out: [(String, Tensor)] = []
        switch module.factors {
        case .lowRank(let up, let down, let mid):
            out.append((name + ".lora_up.weight", up))
            out.append((name + ".lora_down.weight", down))
            if let mid { out.append((name + ".lora_mid.weight", mid)) }
        default:
            for (role, tensor) in module.factors.tensors { out.append((name + "." + role, tensor)) }
        }
        if let alpha { out.append((name + ".alpha", Tensor(shape: [], values: [alpha]))) }
        if let magnitude = module.magnitude {
            let outRows = module.deltaShape.first ?? magnitude.count
            let shape =
                magnitude.count == outRows
                ? [outRows] + Array(repeating: 1, count: max(1, module.deltaShape.count - 1)) : magnitude.shape
            out.append((name + ".dora_scale", magnitude.reshaped(shape)))
        }
        return out
    }

    // MARK: diffusers / PEFT

    /// A plain low-rank module in dotted naming, ready for diffusers/PEFT.
    struct LowRankOut {
        var target: ModuleTarget
        var up: Tensor
        var down: Tensor
        var alpha: Float
        var rank: Int
        var magnitude: Tensor?
        var dtype: DType
    }

    static func lowRankModules(_ adapter: LoraAdapter, architecture: Architecture, options: LoraSaveOptions)
        throws(LoraFormatError)
        -> ([LowRankOut], [(module: String, retainedEnergy: Double)])
    {
        let table = ArchitectureTable.table(for: architecture)
        let allRs = adapter.modules.allSatisfy { $0.scaleRule == .alphaOverSqrtRank && $0.alpha != nil }
        var out: [LowRankOut] = []
        var approximations: [(module: String, retainedEnergy: Double)] = []
        for module in adapter.modules {
            var up: Tensor
            var down: Tensor
            var alpha: Float
            switch module.factors {
            case .lowRank(let u, let d, let mid):
                up = u
                down = d
                if let mid { down = FactorMath.foldTucker(mid: mid, down: d).converted(to: d.dtype) }
                let r = Float(down.shape[0])
                alpha = allRs ? module.alpha! : module.scale * r
            default:
                guard let rank = options.rank, let approximator = options.approximator else {
                    throw .algorithmNotRepresentable(
                        module: module.sourceName, algorithm: module.factors.algorithm, format: options.format.rawValue)
                }
                do {
                    let result = try approximator.approximate(module, rank: rank)
                    up = result.up
                    down = result.down
                    approximations.append((module.sourceName, result.retainedEnergy))
                } catch {
                    throw .algorithmNotRepresentable(
                        module: module.sourceName,
                        algorithm: module.factors.algorithm + " (approximation failed: \(error))",
                        format: options.format.rawValue)
                }
                alpha = Float(down.shape[0])
            }
            var magnitude = module.magnitude
            if let m = magnitude {
                let outRows = up.shape[0]
                guard m.count == outRows else {
                    throw .unsupportedMagnitude(
                        module: module.sourceName,
                        detail:
                            "DoRA magnitude \(m.shape) is per input channel; \(options.format.rawValue) holds per-output magnitudes only"
                    )
                }
                magnitude = m.reshaped([outRows])
            }
            // Names: through the architecture table when it knows the module (exact, incl. fused splits).
            if let info = table?.targets[module.target.canonicalFlatName], !info.diffusers.isEmpty {
                let blocks = info.diffusers.compactMap(\.rows)
                if blocks.count == info.diffusers.count, blocks.count > 1, magnitude == nil {
                    // A fused module: when each row block uses its own rank columns (as fused
                    // split LoRAs do), each piece keeps only those (exact, rank not inflated);
                    // otherwise each piece is the row block of the up with the whole down (exact).
                    let support = FactorMath.columnSupport(up, rowBlocks: blocks)
                    let used = support.reduce(0) { $0 + $1.count }
                    let disjoint = used > 0 && Set(support.joined()).count == used  // an all-zero up splits whole
                    for (part, columns) in zip(info.diffusers, support) {
                        let rows = part.rows!
                        if disjoint {
                            if columns.isEmpty { continue }  // this block's delta is zero
                            let r = Float(columns.count)
                            let pieceAlpha = allRs ? module.scale * r.squareRoot() : module.scale * r
                            out.append(
                                LowRankOut(
                                    target: part.target,
                                    up: FactorMath.upBlock(up, rows: rows, columns: columns).converted(to: up.dtype),
                                    down: FactorMath.downRows(down, columns).converted(to: down.dtype),
                                    alpha: pieceAlpha,
                                    rank: columns.count, magnitude: nil, dtype: module.dtype))
                        } else {
                            out.append(
                                LowRankOut(
                                    target: part.target, up: FactorMath.rows(up, rows).converted(to: up.dtype),
                                    down: down, alpha: alpha,
                                    rank: down.shape[0], magnitude: nil, dtype: module.dtype))
                        }
                    }
                    continue
                }
                for part in info.diffusers {
                    if let rows = part.rows {
                        if magnitude != nil {
                            throw .unsupportedMagnitude(
                                module: module.sourceName, detail: "DoRA on a fused weight cannot be split")
                        }
                        out.append(
                            LowRankOut(
                                target: part.target, up: FactorMath.rows(up, rows).converted(to: up.dtype), down: down,
                                alpha: alpha, rank: down.shape[0], magnitude: nil, dtype: module.dtype))
                    } else {
                        out.append(
                            LowRankOut(
                                target: part.target, up: up, down: down, alpha: alpha, rank: down.shape[0],
                                magnitude: magnitude, dtype: module.dtype))
                    }
                }
                continue
            }
            var target = module.target
            if target.isFlattened {
                target = ModuleTarget(
                    component: target.component, path: KeyNames.unflatten(target.path), isFlattened: false)
            }
            out.append(
                LowRankOut(
                    target: target, up: up, down: down, alpha: alpha, rank: down.shape[0], magnitude: magnitude,
                    dtype: module.dtype))
        }
        return (out, approximations)
    }

    /// The diffusers component prefix.
    static func diffusersPrefix(_ component: ModelComponent, architecture: Architecture) -> String {
        switch component {
        case .denoiser: return architecture.diffusersDenoiserPrefix
        case .textEncoder(1): return "text_encoder."
        case .textEncoder(let n): return "text_encoder_\(n)."
        case .model: return ""
        }
    }

    static func peftLayout(_ modules: [LowRankOut], format: LoraFormat, architecture: Architecture, rsLora: Bool)
        throws(LoraFormatError)
        -> ([String: PeftAdapterConfig], [(String, Tensor)])
    {
        let components = Array(Set(modules.map(\.target.component))).sorted()
        if format == .peft && components.count > 1 {
            throw .multipleComponents(format: "PEFT", components: components.map(\.description))
        }
        let allRs = rsLora
        var configs: [String: PeftAdapterConfig] = [:]
        var tensors: [(String, Tensor)] = []
        var names = Set<String>()
        for component in components {
            let group = modules.filter { $0.target.component == component }
            let rank = mostCommon(group.map(\.rank))
            let alpha = mostCommon(group.map(\.alpha))
            var config = PeftAdapterConfig(
                r: rank, loraAlpha: alpha, useRslora: allRs, useDora: group.contains { $0.magnitude != nil })
            var targets: [String] = []
            for m in group {
                var path = m.target.path
                if architecture != .generic,
                    m.target.component == .textEncoder(1) || m.target.component == .textEncoder(2),
                    path.hasPrefix("encoder.")
                {
                    path = "text_model." + path
                }
                if m.rank != rank { config.rankPattern[path] = m.rank }
                if m.alpha != alpha { config.alphaPattern[path] = m.alpha }
                targets.append(path)
                let prefix =
                    format == .peft ? "base_model.model." : diffusersPrefix(component, architecture: architecture)
                let name = prefix + path
                guard names.insert(name).inserted else { throw .nameCollision(name: name, format: format.rawValue) }
                tensors.append((name + ".lora_A.weight", m.down))
                tensors.append((name + ".lora_B.weight", m.up))
                if let magnitude = m.magnitude { tensors.append((name + ".lora_magnitude_vector", magnitude)) }
            }
            config.targetModules = targets
            let key = format == .peft ? "" : diffusersPrefix(component, architecture: architecture)
            configs[key] = config
        }
        return (configs, tensors)
    }

    static func mostCommon<T: Hashable & Comparable>(_ values: [T]) -> T {
        var counts: [T: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    }

    static func writePeftFolder(
        _ adapter: LoraAdapter, path: String, config: PeftAdapterConfig, tensors: [(String, Tensor)],
        architecture: Architecture,
        options: LoraSaveOptions, inputs: [String], moduleCount: Int,
        approximations: [(module: String, retainedEnergy: Double)]
    ) throws(LoraFormatError) -> SaveResult {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let (modelPath, configPath) = PeftFolder.files(in: path)
        let configInputs = inputs + [PeftFolder.files(in: adapter.sourcePath).config]
        if fm.fileExists(atPath: path, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                throw .writeFailed(
                    path: path,
                    reason:
                        "is a file; format=peft writes a folder (adapter_model.safetensors and adapter_config.json), so name a folder"
                )
            }
            if !options.overwrite, fm.fileExists(atPath: modelPath) || fm.fileExists(atPath: configPath) {
                throw .file(.outputExists(file: path))
            }
        } else {
            let parent = FilePaths.folder(of: path)
            if !parent.isEmpty, fm.fileExists(atPath: parent, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw .writeFailed(path: path, reason: "\(parent) is a file, not a folder; choose another path")
            }
        }
        do {
            try SafetensorsWriter.checkTarget(modelPath, overwrite: true, inputs: inputs)
            try SafetensorsWriter.checkTarget(configPath, overwrite: true, inputs: configInputs)
        } catch { throw .file(error) }

        // Both files are written into a hidden folder beside the target, which then takes its
        // place in one step: never new weights beside an old config, never half a folder.
        let folder: AtomicFolder
        do { folder = try AtomicFolder(target: path) } catch { throw .file(error) }
        var committed = false
        defer { if !committed { folder.discard() } }
        let (temporaryModel, temporaryConfig) = PeftFolder.files(in: folder.folder)
        var fullConfig = config
        fullConfig.baseModel = adapter.peftConfig?.baseModel
        var peftMetadata = outputMetadata(
            adapter, architecture: architecture, options: options, extra: ["format": "pt"])
        peftMetadata["lora_adapter_metadata"] = nil
        // PEFT keys carry no component; remember it so kohya/diffusers names come back right.
        if let component = adapter.components.first, component != .model {
            peftMetadata[LoraReader.componentMetadataKey] = LoraReader.componentName(component)
        }
        let result: SafetensorsWriter.Result
        do {
            result = try write(
                path: temporaryModel, tensors: tensors, metadata: peftMetadata, options: options, inputs: inputs)
            let text = JSONWriter.string(fullConfig.json(), indent: 2) + "\n"
            let writer = try AtomicTextFile(path: temporaryConfig, overwrite: true, inputs: configInputs)
            do { try writer.write(text) } catch { throw LoraFormatError.file(error) }
            try folder.commit(published: [PeftFolder.modelFile, PeftFolder.configFile])
        } catch let error as LoraFormatError {
            throw error.naming(folder.folder, as: path)
        } catch let error as SafetensorsError {
            throw LoraFormatError.file(error).naming(folder.folder, as: path)
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
        committed = true
        return SaveResult(
            paths: [modelPath, configPath], moduleCount: moduleCount, approximations: approximations,
            dataSHA256: result.dataSHA256 ?? "")
    }

    // MARK: common

    /// The metadata of an output file: the input's (minus what the format recomputes), plus
    /// ss_network_dim/alpha, base model version, modelspec architecture and the recipe.
    static func outputMetadata(
        _ adapter: LoraAdapter, architecture: Architecture, options: LoraSaveOptions, extra: [String: String]
    ) -> [String: String] {
        var metadata = adapter.metadata
        for key in ["lora_adapter_metadata", "sshs_model_hash", "sshs_legacy_hash", "format"] { metadata[key] = nil }
        let ranks = adapter.ranks
        // The alphas as written: kohya's α/r rule turns an rsLoRA α (α/√r) into α·√r.
        let alphas =
            options.format == .kohya ? Array(Set(adapter.modules.compactMap(kohyaAlpha))).sorted() : adapter.alphas
        metadata["ss_network_dim"] =
            ranks.count == 1 ? String(ranks[0]) : (ranks.isEmpty ? metadata["ss_network_dim"] : "Dynamic")
        metadata["ss_network_alpha"] =
            alphas.count == 1 ? formatNumber(alphas[0]) : (alphas.isEmpty ? metadata["ss_network_alpha"] : "Dynamic")
        if metadata["ss_base_model_version"] == nil, let v = architecture.kohyaBaseModelVersion {
            metadata["ss_base_model_version"] = v
        }
        if metadata["modelspec.architecture"] == nil, let a = architecture.modelSpecLoraArchitecture {
            metadata["modelspec.architecture"] = a
            metadata["modelspec.sai_model_spec"] = metadata["modelspec.sai_model_spec"] ?? "1.0.1"
        }
        if let provenance = options.provenance {
            metadata["lorash.recipe"] = provenance.json
            let titles = provenance.inputs.map { ($0.path.split(separator: "/").last.map(String.init) ?? $0.path) }
            if titles.count > 1 { metadata["modelspec.merged_from"] = titles.joined(separator: ", ") }
        }
        for (k, v) in extra { metadata[k] = v }
        return metadata
    }

    static func formatNumber(_ x: Float) -> String {
        x == x.rounded() && abs(x) < 1e7 ? String(Int(x)) : String(x)
    }

    static func write(
        path: String, tensors: [(String, Tensor)], metadata: [String: String], options: LoraSaveOptions,
        inputs: [String]
    )
        throws(LoraFormatError) -> SafetensorsWriter.Result
    {
        do {
            let specs = tensors.map { name, t in
                SafetensorsWriter.Spec(
                    name: name,
                    dtype: name.hasSuffix(".alpha")
                        ? .f32 : (t.dtype.isFloatingPoint ? options.dtype ?? t.dtype : t.dtype),
                    shape: t.shape)
            }
            // A narrower dtype must hold every value: refused before anything is written.
            for ((name, tensor), spec) in zip(tensors, specs)
            where tensor.dtype.isFloatingPoint && !spec.dtype.holdsRange(of: tensor.dtype) {
                guard let limit = spec.dtype.outOfRangeThreshold else { continue }
                let overflowing = tensor.countFinite(atLeast: limit)
                if overflowing > 0 {
                    throw LoraFormatError.overflow(tensor: name, count: overflowing, dtype: spec.dtype.userName)
                }
            }
            let writer = try SafetensorsWriter(
                path: path, tensors: specs, metadata: metadata, overwrite: options.overwrite, inputs: inputs,
                dataHashKey: "sshs_model_hash")
            for (index, (name, tensor)) in tensors.enumerated() {
                // Ctrl-C between tensors: the writer's temporary file is removed, nothing is published.
                if options.cancellation?.isCancelled == true {
                    writer.cancel()
                    throw LoraFormatError.interrupted(path: path)
                }
                try writer.write(name, tensor)
                options.progress?(index + 1, tensors.count)
            }
            return try writer.finish()
        } catch let error as LoraFormatError {
            throw error
        } catch let error as SafetensorsError {
            throw .file(error)
        } catch {
            throw .writeFailed(path: path, reason: "\(error)")
        }
    }
}

extension LoraWriter {
    /// `convert IN OUT format=… [dtype=…]`: loads the LoRA at `input` (file or PEFT folder),
    /// records the recipe (the command and the input's sha256) unless `options.provenance` is
    /// set, and saves it to `output`.
    /// - Throws: `LoraFormatError` from loading, hashing or saving.
    @discardableResult
    public static func convert(from input: String, to output: String, options: LoraSaveOptions, command: String? = nil)
        throws(LoraFormatError) -> SaveResult
    {
        let adapter = try LoraFile.loadLora(path: input)
        var options = options
        if options.provenance == nil {
            var isDirectory: ObjCBool = false
            let hashed =
                FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && isDirectory.boolValue
                ? PeftFolder.files(in: input).model : input
            let hash: FileHash
            do { hash = try FileHash.of(path: hashed) } catch { throw .file(error) }
            let line =
                command ?? "convert \(input) \(output) format=\(options.format.rawValue)"
                + (options.dtype.map { " dtype=\($0.userName)" } ?? "")
            options.provenance = Provenance(commands: [line], inputs: [(input, hash.sha256)])
        }
        return try save(adapter, to: output, options: options)
    }
}
