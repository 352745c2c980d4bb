/// Which Stable Diffusion a single-file checkpoint holds, told from its key names (the original
/// LDM / SGM names: `model.diffusion_model.*`, `cond_stage_model.*`, `conditioner.embedders.*`,
/// `first_stage_model.*`).
public enum DiffusionModelKind: String, Sendable, CaseIterable {
    /// Stable Diffusion 1.x (CLIP ViT-L/14 text encoder, 768-wide cross-attention, 512² images).
    case sd15
    /// SDXL and its families (Pony, Illustrious, NoobAI, Animagine): CLIP-L and OpenCLIP bigG,
    /// 2048-wide cross-attention, size and crop conditioning, 1024² images.
    case sdxl

    /// The name users know.
    public var displayName: String { self == .sd15 ? "SD 1.5" : "SDXL" }

    /// The image side the model was trained at (the default size).
    public var nativeSize: Int { self == .sd15 ? 512 : 1024 }

    /// The VAE's latent scaling factor (latents are divided by it before decoding).
    public var latentScale: Float { self == .sd15 ? 0.18215 : 0.13025 }

    /// The kind of checkpoint whose tensors have these names.
    /// - Throws: `DiffusionError.unsupportedModel` saying what the file is instead (FLUX,
    ///   SD 2.x, SD 3, a file without a U-Net, …) and what `render` draws.
    public static func detect(keys: some Sequence<String>) throws(DiffusionError) -> DiffusionModelKind {
        var unet = false, clipL = false, sdxlClipL = false, bigG = false, vae = false
        var sd2 = false, flux = false, sd3 = false, vPrediction = false
        for key in keys {
            if key == "v_pred" {
                // The marker ComfyUI and the NoobAI-XL / SD 2 768-v checkpoints use for a model
                // trained to predict v rather than the noise.
                vPrediction = true
            } else if key.hasPrefix("model.diffusion_model.") {
                unet = true
                if key.hasPrefix("model.diffusion_model.double_blocks.") { flux = true }
                if key.hasPrefix("model.diffusion_model.joint_blocks.") { sd3 = true }
            } else if key.hasPrefix("double_blocks.") {
                flux = true
            } else if key.hasPrefix("cond_stage_model.transformer.text_model.") {
                clipL = true
            } else if key.hasPrefix("cond_stage_model.model.") {
                sd2 = true
            } else if key.hasPrefix("conditioner.embedders.0.transformer.text_model.") {
                sdxlClipL = true
            } else if key.hasPrefix("conditioner.embedders.1.model.") {
                bigG = true
            } else if key.hasPrefix("first_stage_model.decoder.") {
                vae = true
            }
        }
        let draws = "render draws SD 1.5 and SDXL single-file checkpoints"
        if flux { throw .unsupportedModel("this is a FLUX checkpoint; \(draws) (FLUX is not supported yet)") }
        if sd3 { throw .unsupportedModel("this is a Stable Diffusion 3 checkpoint; \(draws)") }
        if sd2 { throw .unsupportedModel("this is a Stable Diffusion 2.x checkpoint (OpenCLIP ViT-H); \(draws)") }
        guard unet else {
            throw .unsupportedModel(
                "it has no U-Net (model.diffusion_model.*): not a whole single-file checkpoint; \(draws)")
        }
        let kind: DiffusionModelKind
        if sdxlClipL && bigG {
            kind = .sdxl
        } else if clipL {
            kind = .sd15
        } else {
            throw .unsupportedModel(
                "it has a U-Net but no text encoder (cond_stage_model.* or conditioner.embedders.*); \(draws) with their text encoders baked in"
            )
        }
        if vPrediction {
            throw .unsupportedModel(
                "it is a v-prediction checkpoint (it has a 'v_pred' key, as NoobAI-XL V-Pred has); \(draws) trained to predict the noise (v-prediction is not supported yet, and would draw wrong pictures)"
            )
        }
        guard vae else {
            throw .unsupportedModel(
                "it has no VAE (first_stage_model.decoder.*); \(draws) with their VAE baked in")
        }
        return kind
    }
}
