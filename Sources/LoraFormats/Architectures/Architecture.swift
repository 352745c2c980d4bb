/// The base-model families lorash knows by name and shape.
public enum Architecture: String, Sendable, Hashable, CaseIterable {
    /// Stable Diffusion 1.x (CLIP-L text encoder, cross-attention width 768).
    case sd1 = "SD1.x"
    /// Stable Diffusion 2.x (OpenCLIP-H text encoder, cross-attention width 1024).
    case sd2 = "SD2.x"
    /// SDXL 1.0 and derivatives (Pony, Illustrious, Animagine…): two text encoders, width 2048.
    case sdxl = "SDXL"
    /// FLUX.1 (dev/schnell): BFL double/single blocks, hidden size 3072.
    case flux1 = "FLUX.1"
    /// Any other model (a PEFT base, a small PyTorch model, an unknown diffusion model).
    case generic = "generic"

    /// kohya's `ss_base_model_version` value for this architecture.
    public var kohyaBaseModelVersion: String? {
        switch self {
        case .sd1: return "sd_v1"
        case .sd2: return "sd_v2"
        case .sdxl: return "sdxl_base_v1-0"
        case .flux1: return "flux1"
        case .generic: return nil
        }
    }

    /// SAI ModelSpec `modelspec.architecture` for a LoRA of this architecture.
    public var modelSpecLoraArchitecture: String? {
        switch self {
        case .sd1: return "stable-diffusion-v1/lora"
        case .sd2: return "stable-diffusion-v2-512/lora"
        case .sdxl: return "stable-diffusion-xl-v1-base/lora"
        case .flux1: return "flux-1-dev/lora"
        case .generic: return nil
        }
    }

    /// The diffusers component prefix of the denoiser.
    public var diffusersDenoiserPrefix: String { self == .flux1 ? "transformer." : "unet." }
}
