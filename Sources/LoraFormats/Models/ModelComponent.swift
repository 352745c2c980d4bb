/// The part of a model a LoRA module patches.
///
/// Diffusion pipelines have a denoiser (U-Net or transformer) and text encoders; any other
/// PyTorch model (a PEFT base, a small test network) is one `model`.
public enum ModelComponent: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The U-Net (SD 1.x/2.x/SDXL) or transformer (FLUX): kohya `lora_unet_`, diffusers `unet.` / `transformer.`.
    case denoiser
    /// Text encoder 1, 2 or 3 (CLIP-L, OpenCLIP-G/CLIP-G, T5): kohya `lora_te_`/`lora_te1_`…, diffusers `text_encoder[_2|_3].`.
    case textEncoder(Int)
    /// A plain model with no component split (PEFT `base_model.model.`, LyCORIS `lycoris_`, bare names).
    case model

    public var description: String {
        switch self {
        case .denoiser: return "denoiser"
        case .textEncoder(let n): return "text encoder \(n)"
        case .model: return "model"
        }
    }

    /// Whether this is a text encoder.
    public var isTextEncoder: Bool { if case .textEncoder = self { return true }; return false }
}
