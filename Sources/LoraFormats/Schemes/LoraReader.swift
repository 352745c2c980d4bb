import Foundation
import LoraEngine

/// Reads a LoRA of any supported scheme into a `LoraAdapter`.
///
/// Keys are grouped by module stem (`LoraKeyParser`), each group becomes one `LoraModule` whose
/// algorithm follows from the suffixes present. Alpha comes from `.alpha` tensors, else from
/// diffusers' `lora_adapter_metadata`, else from PEFT's `adapter_config.json` (with
/// `rank_pattern`/`alpha_pattern`/`use_rslora`); without any, alpha is missing and the scale
/// is 1 (= diffusers' and kohya's alpha = rank fallback). Tensors stay zero-copy views.
public enum LoraReader {
    /// Reads the LoRA in an open safetensors file.
    /// - Parameters:
    ///   - file: the opened file.
    ///   - config: a PEFT adapter config that applies to it (from the adapter folder).
    /// - Throws: `LoraFormatError` naming the file and module.
    /// - Complexity: O(number of keys); no tensor data is read except alphas.
    public static func read(_ file: SafetensorsReader, config: PeftAdapterConfig? = nil) throws(LoraFormatError)
        -> LoraAdapter
    {
        struct Group {
            var roles: [LoraKeyParser.Role: Tensor] = [:]
            var legacy = false
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        var unrecognised: [String] = []
        for entry in file.entries {
            guard let (stem, role, legacy) = LoraKeyParser.split(entry.name) else {
                unrecognised.append(entry.name)
                continue
            }
            if groups[stem] == nil { order.append(stem) }
            if groups[stem]?.roles[role] != nil {
                // Two spellings of one role (lora_down and lora_A): which one a tool uses is
                // not defined, so neither is taken.
                throw .inconsistentShapes(
                    file: file.path, module: stem,
                    detail:
                        "two tensors for the same role (\(role.rawValue)), one of them \(entry.name); keep one spelling (kohya lora_down/lora_up or PEFT lora_A/lora_B)"
                )
            }
            groups[stem, default: Group()].roles[role] = file.tensor(for: entry)
            if legacy { groups[stem]!.legacy = true }
        }

        let diffusersConfigs = try diffusersMetadataConfigs(file)
        let recordedComponent = file.metadata[componentMetadataKey].flatMap(component(named:))
        var modules: [LoraModule] = []
        var schemes: [KeyScheme: Int] = [:]
        var sources = Set<AlphaSource>()
        // The alpha scalars lie one per module all over the file: each read must bring in its own
        // page, not the read-ahead window around it (up to 8 MB a fault), or reading a header
        // costs reading the whole file.
        file.adviseData(.random)
        defer { file.adviseData(.normal) }
        for stem in order {
            let group = groups[stem]!
            let roles = group.roles
            // Only `.alpha`/`.weight` without IA3's `on_input` is not a module lorash knows (a
            // GLoRA `a1.weight`, PEFT `modules_to_save` full weights): report the keys.
            if Set(roles.keys).isSubset(of: [.alpha, .ia3Weight]) {
                for role in roles.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                    unrecognised.append(stem + (role == .alpha ? ".alpha" : ".weight"))
                }
                continue
            }
            var (scheme, target) = LoraKeyParser.target(ofStem: stem, legacy: group.legacy)
            if scheme == .peft, target.component == .model, let component = recordedComponent {
                target.component = component
            }
            schemes[scheme, default: 0] += 1
            // Weights are floats; an integer or boolean factor is a broken file, not a LoRA.
            for (role, tensor) in roles.sorted(by: { $0.key.rawValue < $1.key.rawValue })
            where role != .alpha && role != .ia3OnInput && !tensor.dtype.isFloatingPoint {
                throw .inconsistentShapes(
                    file: file.path, module: stem,
                    detail:
                        "its \(role.rawValue) tensor is \(tensor.dtype.rawValue), not a float type (F32, F16, BF16, F8); the file is not a usable LoRA"
                )
            }
            let factors = try factors(of: roles, module: stem, file: file.path)
            var module = LoraModule(target: target, sourceName: stem, factors: factors)
            if let alphaTensor = roles[.alpha] {
                guard alphaTensor.count == 1, alphaTensor.dtype != .bool else {
                    throw .inconsistentShapes(
                        file: file.path, module: stem,
                        detail:
                            "alpha must be one number, but it is \(alphaTensor.dtype.rawValue) of shape \(alphaTensor.shape)"
                    )
                }
                module.alpha = scalar(alphaTensor)
                sources.insert(.tensors)
            } else if let peft = diffusersConfigs[target.component] {
                module.alpha = peft.alpha(for: target.path)
                module.scaleRule = peft.useRslora ? .alphaOverSqrtRank : .alphaOverRank
                sources.insert(.diffusersMetadata)
            } else if let config {
                // PEFT builds each layer with the config's rank and refuses factors of another.
                if let rank = factors.rank, config.peftType == "LORA", !config.allowsRank(rank, for: target.path) {
                    throw .invalidAdapterConfig(
                        file: file.path,
                        detail:
                            "module '\(stem)' has rank \(rank) but the config gives r=\(config.rank(for: target.path)); fix r (or rank_pattern) in adapter_config.json"
                    )
                }
                module.alpha = config.alpha(for: target.path)
                module.scaleRule = config.useRslora ? .alphaOverSqrtRank : .alphaOverRank
                sources.insert(.adapterConfig)
            } else if factors.isLowRank || factors.rank != nil {
                sources.insert(.missing)
            }
            if let magnitude = roles[.magnitude] {
                // DoRA keeps one norm per output row (PEFT's lora_magnitude_vector, LyCORIS'
                // dora_scale as [out, 1] or [1, in] for wd_on_out=False).
                let rows = module.deltaShape.first ?? 0
                let inputs = module.deltaShape.count > 1 ? module.deltaShape[1] : 1
                let columns = module.deltaShape.dropFirst().reduce(1, *)
                // [out] / [out, 1, …] per output row; LyCORIS wd_on_out=False: [1, in, 1, …].
                guard magnitude.count == rows || magnitude.count == inputs || magnitude.count == columns else {
                    throw .inconsistentShapes(
                        file: file.path, module: stem,
                        detail:
                            "the DoRA magnitude has \(magnitude.count) values, but the weight has \(rows) rows and \(columns) columns"
                    )
                }
                module.magnitude = magnitude
            }
            modules.append(module)
        }
        if let config, config.useDora, config.peftType == "LORA", !modules.contains(where: { $0.magnitude != nil }) {
            throw .invalidAdapterConfig(
                file: file.path,
                detail:
                    "use_dora is true but no module has a lora_magnitude_vector; the adapter was saved without its DoRA magnitudes"
            )
        }
        if modules.isEmpty {
            if unrecognised.isEmpty { throw .noModules(file: file.path) }
            throw .unsupportedKeys(file: file.path, keys: unrecognised)
        }
        let scheme = schemes.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
        let source: AlphaSource = sources.count == 1 ? sources.first! : (sources.isEmpty ? .missing : .mixed)
        let peft = config ?? diffusersConfigs.values.first
        var adapter = LoraAdapter(
            modules: modules, metadata: file.metadata, scheme: scheme, alphaSource: source, sourcePath: file.path,
            peftConfig: peft, unrecognisedKeys: unrecognised)
        adapter.sourceSnapshot = file.snapshot
        return adapter
    }

    /// The metadata key lorash writes into PEFT adapters of a diffusion model's component.
    public static let componentMetadataKey = "lorash.component"

    /// `denoiser`, `text_encoder_1`…: the names used in `lorash.component`.
    static func componentName(_ component: ModelComponent) -> String {
        switch component {
        case .denoiser: return "denoiser"
        case .textEncoder(let n): return "text_encoder_\(n)"
        case .model: return "model"
        }
    }

    static func component(named name: String) -> ModelComponent? {
        if name == "denoiser" { return .denoiser }
        if name.hasPrefix("text_encoder_"), let n = Int(name.dropFirst("text_encoder_".count)) {
            return .textEncoder(n)
        }
        return nil
    }

    /// Reads a PEFT adapter folder (`adapter_model.safetensors` + `adapter_config.json`).
    /// - Throws: `LoraFormatError.notAnAdapterFolder`, `.invalidAdapterConfig`, file errors.
    public static func readFolder(path: String) throws(LoraFormatError) -> LoraAdapter {
        let (modelPath, configPath) = PeftFolder.files(in: path)
        guard FileManager.default.fileExists(atPath: modelPath) else { throw .notAnAdapterFolder(path: path) }
        let config = try readAdapterConfig(path: configPath)
        let file: SafetensorsReader
        do { file = try SafetensorsReader(path: modelPath) } catch { throw .file(error) }
        var adapter = try read(file, config: config)
        // A PEFT folder without its config has lost lora_alpha: loading it at scale 1 would
        // silently change its strength (PEFT itself refuses such a folder).
        if config == nil && adapter.alphaSource == .missing {
            throw .invalidAdapterConfig(
                file: configPath,
                detail:
                    "missing, so lora_alpha (the LoRA's strength) is unknown; put the adapter's adapter_config.json back, or load \(modelPath) to use the weights at scale 1"
            )
        }
        adapter.sourcePath = path
        return adapter
    }

    /// Parses `adapter_config.json`; nil when the file does not exist.
    public static func readAdapterConfig(path: String) throws(LoraFormatError) -> PeftAdapterConfig? {
        if let identity = FileIdentity.ifExists(path), identity.isDirectory {
            throw .invalidAdapterConfig(file: path, detail: "is a folder, not a JSON file")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let json: JSONValue
        do { json = try JSONParser.parse(String(decoding: data, as: UTF8.self)) } catch {
            throw .invalidAdapterConfig(
                file: path,
                detail: "not valid JSON (\(error.description)); fix the file or export the adapter again")
        }
        if let problem = PeftAdapterConfig.problem(in: json) {
            throw .invalidAdapterConfig(file: path, detail: problem)
        }
        guard let config = PeftAdapterConfig(json: json) else {
            throw .invalidAdapterConfig(file: path, detail: "no integer 'r'")
        }
        return config
    }

    /// The per-component configs in diffusers' `lora_adapter_metadata` entry.
    static func diffusersMetadataConfigs(_ file: SafetensorsReader) throws(LoraFormatError) -> [ModelComponent:
        PeftAdapterConfig]
    {
        guard let text = file.metadata["lora_adapter_metadata"] else { return [:] }
        let json: JSONValue
        do { json = try JSONParser.parse(text) } catch {
            throw .invalidAdapterConfig(file: file.path, detail: "lora_adapter_metadata: \(error.description)")
        }
        var configs: [ModelComponent: PeftAdapterConfig] = [:]
        let prefixes: [(String, ModelComponent)] = [
            ("unet.", .denoiser), ("transformer.", .denoiser), ("text_encoder.", .textEncoder(1)),
            ("text_encoder_2.", .textEncoder(2)), ("text_encoder_3.", .textEncoder(3)),
        ]
        for (prefix, component) in prefixes {
            if let config = PeftAdapterConfig(json: json, prefix: prefix) { configs[component] = config }
        }
        if configs.isEmpty, let plain = PeftAdapterConfig(json: json) {
            configs[.denoiser] = plain; configs[.model] = plain
        }
        return configs
    }

    /// A scalar tensor of any numeric dtype as a Float.
    static func scalar(_ tensor: Tensor) -> Float {
        tensor.withUnsafeRawBytes { raw in
            switch tensor.dtype {
            case .i64: return Float(raw.loadUnaligned(as: Int64.self))
            case .i32: return Float(raw.loadUnaligned(as: Int32.self))
            case .i16: return Float(raw.loadUnaligned(as: Int16.self))
            case .i8: return Float(raw.loadUnaligned(as: Int8.self))
            case .u8, .bool: return Float(raw.loadUnaligned(as: UInt8.self))
            default: return DTypeConversion.loadFloat(raw.baseAddress!, tensor.dtype, 0)
            }
        }
    }

    static func factors(of roles: [LoraKeyParser.Role: Tensor], module: String, file: String) throws(LoraFormatError)
        -> LoraFactors
    {
        if let up = roles[.up] {
            guard let down = roles[.down] else {
                throw .incompleteModule(file: file, module: module, missing: "down (lora_down / lora_A) weight")
            }
            let rank = down.shape.first ?? 0
            guard up.rank >= 2, up.shape[1] == rank else {
                throw .inconsistentShapes(
                    file: file, module: module, detail: "up \(up.shape) does not fit down \(down.shape)")
            }
            return .lowRank(up: up, down: down, mid: roles[.mid])
        }
        if roles[.down] != nil {
            throw .incompleteModule(file: file, module: module, missing: "up (lora_up / lora_B) weight")
        }
        if roles[.hadaW1A] != nil || roles[.hadaW1B] != nil {
            guard let w1a = roles[.hadaW1A], let w1b = roles[.hadaW1B], let w2a = roles[.hadaW2A],
                let w2b = roles[.hadaW2B]
            else {
                throw .incompleteModule(file: file, module: module, missing: "all four hada_w*_a/b weights")
            }
            return .hadamard(w1a: w1a, w1b: w1b, w2a: w2a, w2b: w2b, t1: roles[.hadaT1], t2: roles[.hadaT2])
        }
        if roles[.lokrW1] != nil || roles[.lokrW1A] != nil || roles[.lokrW2] != nil || roles[.lokrW2A] != nil {
            let side1 = roles[.lokrW1] != nil || (roles[.lokrW1A] != nil && roles[.lokrW1B] != nil)
            let side2 = roles[.lokrW2] != nil || (roles[.lokrW2A] != nil && roles[.lokrW2B] != nil)
            guard side1 && side2 else {
                throw .incompleteModule(
                    file: file, module: module, missing: "both LoKr sides (lokr_w1[_a/_b], lokr_w2[_a/_b])")
            }
            return .kronecker(
                w1: roles[.lokrW1], w1a: roles[.lokrW1A], w1b: roles[.lokrW1B], w2: roles[.lokrW2],
                w2a: roles[.lokrW2A],
                w2b: roles[.lokrW2B], t2: roles[.lokrT2])
        }
        if let diff = roles[.diff] { return .full(diff: diff, diffBias: roles[.diffBias]) }
        if let weight = roles[.ia3Weight], roles[.ia3OnInput] != nil {
            return .ia3(weight: weight, onInput: roles[.ia3OnInput])
        }
        throw .incompleteModule(
            file: file, module: module,
            missing: "weights (only \(roles.keys.map(\.rawValue).sorted().joined(separator: ", ")) found)")
    }
}
