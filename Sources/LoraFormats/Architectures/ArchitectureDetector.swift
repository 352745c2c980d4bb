/// Recognises SD 1.x, SD 2.x, SDXL and FLUX.1 from tensor names and shapes, checkpoints and
/// LoRAs alike, and collects the metadata hints.
///
/// Shapes decide (LORA.md, "Base models"): cross-attention width 768 = SD 1.x, 1024 = SD 2.x,
/// 2048 = SDXL; BFL `double_blocks`/`single_blocks` (or diffusers `single_transformer_blocks`)
/// = FLUX.1. Metadata (`ss_base_model_version`, `modelspec.architecture`) is used only when the
/// shapes say nothing, and a disagreement is reported in the evidence.
public enum ArchitectureDetector {
    /// Detects the architecture of a checkpoint from its tensor names and shapes.
    /// - Complexity: O(number of tensors).
    public static func detect(checkpoint shapes: [String: [Int]], metadata: [String: String], fileName: String)
        -> ArchitectureReport
    {
        var evidence: [String] = []
        var found: Architecture? = nil
        if let key = shapes.keys.first(where: { $0.hasSuffix("double_blocks.0.img_attn.qkv.weight") }) {
            found = .flux1
            evidence.append("BFL double/single blocks (\(short(key)) \(shape(shapes[key]!)))")
        } else if shapes.keys.contains(where: {
            $0.hasPrefix("single_transformer_blocks.") || $0.hasPrefix("transformer.single_transformer_blocks.")
        }) {
            found = .flux1
            evidence.append("diffusers FluxTransformer2DModel layout (single_transformer_blocks)")
        } else if let key = shapes.keys.sorted().first(where: { $0.hasSuffix("attn2.to_k.weight") }),
            let s = shapes[key], s.count >= 2
        {
            let width = s[1]
            found = architecture(crossAttentionWidth: width)
            evidence.append(
                "cross-attention width \(width) in \(short(key))"
                    + (found == nil ? ", which matches no known model" : ""))
            if found == .sdxl, shapes.keys.contains(where: { $0.hasPrefix("conditioner.embedders.1.") }) {
                evidence.append("second text encoder conditioner.embedders.1")
            }
        }
        let components = CheckpointComponent.found(in: shapes)
        // Only a file without a denoiser is told by its text encoders: a denoiser of unknown
        // widths (a tiny test U-Net) says the file is no model lorash knows.
        if found == nil, !components.contains(where: \.isDenoiser),
            let (architecture, reason) = architecture(ofPartial: components, shapes: shapes)
        {
            found = architecture
            evidence.append(reason)
        } else if found == nil, !components.isEmpty, !components.contains(where: \.isDenoiser) {
            evidence.append(partialEvidence(components))
        }
        if found == nil && evidence.isEmpty {
            evidence.append("\(shapes.count) tensors, no diffusion-model layout")
        }
        var report = finish(found, evidence: evidence, metadata: metadata, fileName: fileName)
        report.components = components
        return report
    }

    /// The architecture of a file without a denoiser, told by its text encoders' key names:
    /// SDXL's `conditioner.embedders.N`, SD 1.x's `cond_stage_model.transformer`, SD 2.x's
    /// `cond_stage_model.model`. A text encoder or a VAE on its own (`clip_l.safetensors`,
    /// `t5xxl.safetensors`, `ae.safetensors`) serves several models and stays generic.
    static func architecture(ofPartial components: [CheckpointComponent], shapes: [String: [Int]])
        -> (Architecture, String)?
    {
        let keys = shapes.keys
        let parts = CheckpointComponent.list(components)
        if keys.contains(where: { $0.hasPrefix("conditioner.embedders.") }) {
            return (.sdxl, "SDXL text encoder keys (conditioner.embedders.*) without a U-Net: \(parts)")
        }
        if keys.contains(where: { $0.hasPrefix("cond_stage_model.transformer.") }) {
            return (.sd1, "SD 1.x text encoder keys (cond_stage_model.transformer.*) without a U-Net: \(parts)")
        }
        if keys.contains(where: { $0.hasPrefix("cond_stage_model.model.") }) {
            return (.sd2, "SD 2.x text encoder keys (cond_stage_model.model.*) without a U-Net: \(parts)")
        }
        return nil
    }

    /// How a component file that serves several models was recognised.
    static func partialEvidence(_ components: [CheckpointComponent]) -> String {
        let parts = CheckpointComponent.list(components)
        switch components {
        case [.clipL]:
            return "\(parts) alone (text_model.*, width 768): SD 1.x's, SDXL's first or FLUX.1's"
        case [.openCLIPBigG]:
            return "\(parts) alone (text_model.*, width 1280): SDXL's second"
        case [.t5]:
            return "\(parts) alone (encoder.block.*): FLUX.1's second"
        case [.vae]:
            return "\(parts) alone (encoder.down.*, decoder.up.*)"
        default:
            return "\(parts) without a denoiser"
        }
    }

    /// Detects the architecture a LoRA was trained for from its module names and shapes.
    public static func detect(lora: LoraAdapter, fileName: String) -> ArchitectureReport {
        var evidence: [String] = []
        var found: Architecture? = nil
        let flats = lora.modules.map { ($0, $0.target.flatPath) }
        if let (m, _) = flats.first(where: { $0.1.hasPrefix("double_blocks_") || $0.1.hasPrefix("single_blocks_") }) {
            found = .flux1
            evidence.append("BFL block names (\(short(m.sourceName)))")
        } else if let (m, _) = flats.first(where: { $0.1.hasPrefix("single_transformer_blocks_") }) {
            found = .flux1
            evidence.append("diffusers FLUX transformer names (\(short(m.sourceName)))")
        } else if let (m, _) = flats.first(where: {
            $0.0.target.component == .denoiser && $0.1.hasPrefix("transformer_blocks_")
                && ($0.1.contains("_attn_add_") || $0.1.contains("_ff_context_") || $0.1.contains("_norm1_context_"))
                && $0.0.deltaShape.last == 3072
        }) {
            found = .flux1
            evidence.append("diffusers FLUX joint-attention names with width 3072 (\(short(m.sourceName)))")
        } else if let (m, _) = flats.first(where: {
            $0.1.hasSuffix("attn2_to_k") && $0.0.target.component != .textEncoder(1)
        }) {
            let width = m.deltaShape.count > 1 ? m.deltaShape[1] : 0
            found = architecture(crossAttentionWidth: width)
            evidence.append(
                "cross-attention width \(width) in \(short(m.sourceName))"
                    + (found == nil ? ", which matches no known model" : ""))
        }
        if found == nil, let m = lora.modules.first(where: { $0.target.component == .textEncoder(2) }) {
            found = .sdxl
            evidence.append("second text encoder (\(short(m.sourceName)))")
        }
        if found == nil,
            let m = lora.modules.first(where: {
                $0.target.flatPath.hasPrefix("input_blocks_") || $0.target.flatPath.hasPrefix("output_blocks_")
            }), m.target.isFlattened
        {
            found = .sdxl
            evidence.append("kohya SGM block names (\(short(m.sourceName)))")
        }
        if found == nil,
            let m = lora.modules.first(where: {
                $0.target.component == .textEncoder(1) && $0.target.flatPath.hasSuffix("q_proj")
            })
        {
            let width = m.deltaShape.count > 1 ? m.deltaShape[1] : 0
            if width == 768 { evidence.append("text encoder width 768 (\(short(m.sourceName))): SD 1.x or SDXL TE1") }
        }
        if found == nil && evidence.isEmpty {
            evidence.append("\(lora.modules.count) modules with no diffusion-model names")
        }
        return finish(found, evidence: evidence, metadata: lora.metadata, fileName: fileName)
    }

    /// The architecture with this cross-attention width, if known.
    static func architecture(crossAttentionWidth width: Int) -> Architecture? {
        switch width {
        case 768: return .sd1
        case 1024: return .sd2
        case 2048: return .sdxl
        default: return nil
        }
    }

    /// The architecture a metadata value names, if any.
    static func architecture(metadataValue value: String) -> Architecture? {
        let v = value.lowercased()
        if v.hasPrefix("sdxl") || v.contains("stable-diffusion-xl") { return .sdxl }
        if v.hasPrefix("flux") || v.contains("flux-1") { return .flux1 }
        if v.hasPrefix("sd_v2") || v.contains("stable-diffusion-v2") { return .sd2 }
        if v.hasPrefix("sd_v1") || v.contains("stable-diffusion-v1") { return .sd1 }
        return nil
    }

    static func finish(_ found: Architecture?, evidence: [String], metadata: [String: String], fileName: String)
        -> ArchitectureReport
    {
        var evidence = evidence
        var hints: [(key: String, value: String)] = []
        for key in ["ss_base_model_version", "ss_sd_model_name", "modelspec.architecture", "ss_v2"] {
            if let value = metadata[key], !value.isEmpty { hints.append((key, value)) }
        }
        if let tag = bracketTag(fileName) { hints.append(("file name tag", tag)) }
        var architecture = found ?? .generic
        let metadataArchitectures = hints.compactMap {
            $0.key == "file name tag" || $0.key == "ss_sd_model_name" ? nil : self.architecture(metadataValue: $0.value)
        }
        if found == nil, let fromMetadata = metadataArchitectures.first {
            architecture = fromMetadata
            evidence.append("shapes say nothing; taken from metadata")
        } else if let found, let disagree = metadataArchitectures.first(where: { $0 != found }) {
            evidence.append("metadata says \(disagree.rawValue), shapes say \(found.rawValue): shapes win")
        }
        return ArchitectureReport(architecture: architecture, evidence: evidence, hints: hints)
    }

    /// The text of a `[Tag]` in a file name (`foo [Illustrious].safetensors` → `Illustrious`).
    static func bracketTag(_ fileName: String) -> String? {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard let open = base.firstIndex(of: "["), let close = base[open...].firstIndex(of: "]"),
            base.index(after: open) < close
        else { return nil }
        return String(base[base.index(after: open)..<close])
    }

    /// A long key or module name cut in the middle, so evidence fits one line
    /// (`lora_unet_input_blocks_4_1_…_attn2_to_k`).
    static func short(_ name: String) -> String {
        guard name.count > 44 else { return name }
        // Whole words from each end (split at `_` and `.`), about 26 characters in front and 22 behind.
        let characters = Array(name)
        let separators = characters.indices.filter { characters[$0] == "_" || characters[$0] == "." }
        guard let head = separators.last(where: { $0 <= 26 }),
            let tail = separators.first(where: { $0 >= characters.count - 23 }),
            head < tail
        else { return String(name.prefix(26)) + "…" + String(name.suffix(16)) }
        return String(characters[...head]) + "…" + String(characters[tail...])
    }

    static func shape(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ",") + "]" }
}
