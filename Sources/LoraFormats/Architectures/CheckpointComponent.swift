/// One part of a diffusion model that a checkpoint file may hold, told by its key names.
///
/// Whole checkpoints hold a denoiser, text encoder(s) and a VAE; files in the wild often hold
/// only some of them: `clip_l.safetensors` and `t5xxl_fp16.safetensors` (FLUX's text encoders),
/// a FLUX transformer without its encoders (`flux1-dev.safetensors`), a VAE
/// (`sdxl_vae.safetensors`), an SDXL file cut down to its two text encoders.
public enum CheckpointComponent: String, Sendable, Hashable, CaseIterable, Comparable {
    /// An SD U-Net (`model.diffusion_model.input_blocks.…`, or without that prefix).
    case unet = "U-Net"
    /// A FLUX.1 transformer (`double_blocks.…`, `single_blocks.…`; diffusers `single_transformer_blocks.…`).
    case fluxTransformer = "FLUX transformer"
    /// CLIP ViT-L/14's text encoder: SD 1.x's (`cond_stage_model.transformer.`), SDXL's first
    /// (`conditioner.embedders.0.transformer.`), or on its own with `transformers` names
    /// (`text_model.…`, width 768), as FLUX's `clip_l.safetensors`.
    case clipL = "CLIP-L text encoder"
    /// OpenCLIP ViT-H's text encoder, SD 2.x's (`cond_stage_model.model.`).
    case openCLIPH = "OpenCLIP-H text encoder"
    /// OpenCLIP ViT-bigG's text encoder, SDXL's second (`conditioner.embedders.1.model.`, or
    /// `text_model.…` of width 1280).
    case openCLIPBigG = "OpenCLIP-bigG text encoder"
    /// T5 v1.1 XXL's encoder, FLUX's second text encoder (`encoder.block.N.layer.…`, `shared.weight`).
    case t5 = "T5 text encoder"
    /// The autoencoder (`first_stage_model.…`, or `encoder.down.…`/`decoder.up.…` on its own).
    case vae = "VAE"

    public static func < (a: CheckpointComponent, b: CheckpointComponent) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Whether this is a text encoder.
    public var isTextEncoder: Bool { [.clipL, .openCLIPH, .openCLIPBigG, .t5].contains(self) }

    /// Whether this is the denoiser (U-Net or transformer).
    public var isDenoiser: Bool { self == .unet || self == .fluxTransformer }

    /// The components a file with these tensors holds, in `allCases` order (empty when none is
    /// recognised: a LoRA, a small model).
    /// - Complexity: O(keys).
    public static func found(in shapes: [String: [Int]]) -> [CheckpointComponent] {
        var found: Set<CheckpointComponent> = []
        var hasVAEEncoder = false
        var hasVAEDecoder = false
        var hasT5Blocks = false
        for key in shapes.keys {
            var rest = Substring(key)
            if rest.hasPrefix("model.diffusion_model.") { rest = rest.dropFirst("model.diffusion_model.".count) }
            if rest.hasPrefix("input_blocks.") || rest.hasPrefix("middle_block.") || rest.hasPrefix("output_blocks.") {
                found.insert(.unet)
            } else if rest.hasPrefix("double_blocks.") || rest.hasPrefix("single_blocks.")
                || rest.hasPrefix("single_transformer_blocks.")
                || rest.hasPrefix("transformer.single_transformer_blocks.")
            {
                found.insert(.fluxTransformer)
            } else if key.hasPrefix("cond_stage_model.transformer.")
                || key.hasPrefix("conditioner.embedders.0.transformer.")
            {
                found.insert(.clipL)
            } else if key.hasPrefix("cond_stage_model.model.") {
                found.insert(.openCLIPH)
            } else if key.hasPrefix("conditioner.embedders.1.model.") {
                found.insert(.openCLIPBigG)
            } else if key.hasPrefix("first_stage_model.") {
                found.insert(.vae)
            } else if key.hasPrefix("text_model.") {
                // transformers' CLIPTextModel alone: the width tells CLIP-L (768) from bigG (1280).
                if key == "text_model.final_layer_norm.weight" || key.hasSuffix(".self_attn.q_proj.weight"),
                    let width = shapes[key]?.last
                {
                    if width == 768 { found.insert(.clipL) }
                    if width == 1280 { found.insert(.openCLIPBigG) }
                }
            } else if key.hasPrefix("encoder.block.") || key.hasPrefix("encoder.final_layer_norm.") {
                hasT5Blocks = true
            } else if key.hasPrefix("encoder.down.") || key.hasPrefix("encoder.conv_in.") {
                hasVAEEncoder = true
            } else if key.hasPrefix("decoder.up.") || key.hasPrefix("decoder.conv_in.") {
                hasVAEDecoder = true
            }
        }
        if hasT5Blocks { found.insert(.t5) }
        if hasVAEEncoder || hasVAEDecoder { found.insert(.vae) }
        return found.sorted()
    }

    /// The components a whole checkpoint of `architecture` holds (empty for generic).
    public static func complete(for architecture: Architecture) -> [CheckpointComponent] {
        switch architecture {
        case .sd1: return [.unet, .clipL, .vae]
        case .sd2: return [.unet, .openCLIPH, .vae]
        case .sdxl: return [.unet, .clipL, .openCLIPBigG, .vae]
        case .flux1: return [.fluxTransformer, .clipL, .t5, .vae]
        case .generic: return []
        }
    }

    /// The words for a list of components: "CLIP-L text encoder, OpenCLIP-bigG text encoder".
    public static func list(_ components: [CheckpointComponent]) -> String {
        components.map(\.rawValue).joined(separator: ", ")
    }
}
