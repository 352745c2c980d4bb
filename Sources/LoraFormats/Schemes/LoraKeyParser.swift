/// Splits LoRA file keys into module stem, tensor role and target, for every scheme lorash reads.
///
/// Suffixes are matched longest first (so `.lora_down.weight` wins over `.weight`); the stem's
/// prefix gives the scheme and component (research notes section c; ComfyUI `comfy/lora.py`
/// key maps).
public enum LoraKeyParser {
    /// What a key's suffix says about the tensor.
    public enum Role: String, Sendable, Hashable {
        case up, down, mid, alpha, magnitude
        case hadaW1A = "hada_w1_a", hadaW1B = "hada_w1_b", hadaW2A = "hada_w2_a", hadaW2B = "hada_w2_b"
        case hadaT1 = "hada_t1", hadaT2 = "hada_t2"
        case lokrW1 = "lokr_w1", lokrW1A = "lokr_w1_a", lokrW1B = "lokr_w1_b"
        case lokrW2 = "lokr_w2", lokrW2A = "lokr_w2_a", lokrW2B = "lokr_w2_b", lokrT2 = "lokr_t2"
        case diff, diffBias = "diff_b", ia3Weight = "weight", ia3OnInput = "on_input"
    }

    /// Suffix → role, longest first.
    static let suffixes: [(String, Role)] = {
        let list: [(String, Role)] = [
            (".lora_down.weight", .down), (".lora_up.weight", .up), (".lora_mid.weight", .mid),
            (".lora_A.weight", .down), (".lora_B.weight", .up),
            (".lora_A.default.weight", .down), (".lora_B.default.weight", .up),
            (".lora_linear_layer.down.weight", .down), (".lora_linear_layer.up.weight", .up),
            ("_lora.down.weight", .down), ("_lora.up.weight", .up), ("_lora.alpha", .alpha),
            (".lora.down.weight", .down), (".lora.up.weight", .up),
            (".alpha", .alpha), (".dora_scale", .magnitude), (".lora_magnitude_vector", .magnitude),
            (".lora_magnitude_vector.weight", .magnitude),
            (".hada_w1_a", .hadaW1A), (".hada_w1_b", .hadaW1B), (".hada_w2_a", .hadaW2A), (".hada_w2_b", .hadaW2B),
            (".hada_t1", .hadaT1), (".hada_t2", .hadaT2),
            (".lokr_w1", .lokrW1), (".lokr_w1_a", .lokrW1A), (".lokr_w1_b", .lokrW1B),
            (".lokr_w2", .lokrW2), (".lokr_w2_a", .lokrW2A), (".lokr_w2_b", .lokrW2B), (".lokr_t2", .lokrT2),
            (".diff", .diff), (".diff_b", .diffBias), (".on_input", .ia3OnInput), (".weight", .ia3Weight),
        ]
        return list.sorted { $0.0.count > $1.0.count }
    }()

    /// The stem and role of `key`, or nil when no LoRA suffix matches.
    public static func split(_ key: String) -> (stem: String, role: Role, legacy: Bool)? {
        for (suffix, role) in suffixes where key.hasSuffix(suffix) {
            let stem = String(key.dropLast(suffix.count))
            if stem.isEmpty { continue }
            return (stem, role, suffix.hasPrefix("_lora.") || suffix.hasPrefix(".lora_linear_layer"))
        }
        return nil
    }

    /// Whether `key` marks its file as a LoRA rather than a checkpoint: a factor suffix
    /// (`lora_down`, `lora_A`, `hada_…`, `lokr_…`, …) or a kohya/LyCORIS module prefix.
    public static func isLoraKey(_ key: String) -> Bool {
        if key.hasPrefix("lora_unet_") || key.hasPrefix("lora_te") || key.hasPrefix("lycoris_")
            || key.hasPrefix("lora_transformer_")
        {
            return true
        }
        guard let (_, role, _) = split(key) else { return false }
        switch role {
        case .alpha, .ia3Weight, .ia3OnInput, .diff, .diffBias: return false
        case .magnitude: return key.hasSuffix("lora_magnitude_vector") || key.hasSuffix("dora_scale")
        default: return true
        }
    }

    /// The scheme, component and target of a module stem.
    public static func target(ofStem stem: String, legacy: Bool) -> (KeyScheme, ModuleTarget) {
        func flat(_ component: ModelComponent, _ rest: Substring, _ scheme: KeyScheme) -> (KeyScheme, ModuleTarget) {
            (scheme, ModuleTarget(component: component, path: String(rest), isFlattened: true))
        }
        func dotted(_ component: ModelComponent, _ rest: Substring, _ scheme: KeyScheme) -> (KeyScheme, ModuleTarget) {
            var path = String(rest)
            var scheme = scheme
            if legacy || path.contains(".processor.") {
                scheme = .diffusersLegacy
                path = path.replacingOccurrences(of: ".processor.", with: ".")
                if path.hasSuffix(".to_out") { path += ".0" }
            }
            return (scheme, ModuleTarget(component: component, path: path, isFlattened: false))
        }
        let kohyaPrefixes: [(String, ModelComponent)] = [
            ("lora_unet_", .denoiser), ("lora_te1_", .textEncoder(1)), ("lora_te2_", .textEncoder(2)),
            ("lora_te3_", .textEncoder(3)), ("lora_te_", .textEncoder(1)), ("lora_transformer_", .denoiser),
        ]
        for (prefix, component) in kohyaPrefixes where stem.hasPrefix(prefix) {
            return flat(component, stem.dropFirst(prefix.count), .kohya)
        }
        if stem.hasPrefix("lycoris_") { return flat(.model, stem.dropFirst("lycoris_".count), .lycoris) }
        let dottedPrefixes: [(String, ModelComponent, KeyScheme)] = [
            ("base_model.model.", .model, .peft),
            ("unet.", .denoiser, .diffusers), ("transformer.", .denoiser, .diffusers),
            ("text_encoder_2.", .textEncoder(2), .diffusers), ("text_encoder_3.", .textEncoder(3), .diffusers),
            ("text_encoder.", .textEncoder(1), .diffusers),
            ("model.diffusion_model.", .denoiser, .comfyGeneric), ("diffusion_model.", .denoiser, .comfyGeneric),
        ]
        for (prefix, component, scheme) in dottedPrefixes where stem.hasPrefix(prefix) {
            return dotted(component, stem.dropFirst(prefix.count), scheme)
        }
        return dotted(.model, stem[...], .bare)
    }
}
