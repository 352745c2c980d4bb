/// The naming scheme of a LoRA file's keys.
public enum KeyScheme: String, Sendable, Hashable, CaseIterable {
    /// kohya sd-scripts: `lora_unet_…`, `lora_te[1|2|3]_…` with `.lora_down/.lora_up/.alpha`.
    case kohya
    /// LyCORIS on a plain PyTorch model: `lycoris_…` (its kohya wrapper writes `lora_unet_…`).
    case lycoris
    /// diffusers (PEFT-era): `unet.…`, `transformer.…`, `text_encoder[_2].…` with `.lora_A/.lora_B`.
    case diffusers
    /// Old diffusers attention processors: `…processor.to_q_lora.down.weight`.
    case diffusersLegacy
    /// PEFT: `base_model.model.…` with `.lora_A/.lora_B` (alpha in adapter_config.json).
    case peft
    /// ComfyUI "generic": bare `diffusion_model.…` module paths.
    case comfyGeneric
    /// Bare module paths with no prefix.
    case bare

    /// Human-readable name.
    public var displayName: String {
        switch self {
        case .kohya: return "kohya"
        case .lycoris: return "LyCORIS"
        case .diffusers: return "diffusers"
        case .diffusersLegacy: return "diffusers (legacy attn processor)"
        case .peft: return "PEFT"
        case .comfyGeneric: return "ComfyUI generic (diffusion_model.*)"
        case .bare: return "bare module names"
        }
    }
}
