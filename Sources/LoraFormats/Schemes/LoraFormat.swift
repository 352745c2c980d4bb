/// The LoRA file formats lorash writes.
public enum LoraFormat: String, Sendable, Hashable, CaseIterable {
    /// kohya sd-scripts: `lora_unet_…`/`lora_te…` with `.lora_down/.lora_up/.alpha` (LyCORIS
    /// algorithms keep their own suffixes); read by A1111, ComfyUI, Forge, kohya.
    case kohya
    /// diffusers: `unet.…`/`transformer.…`/`text_encoder.…` with `.lora_A/.lora_B`, alphas in the
    /// `lora_adapter_metadata` metadata entry; read by `load_lora_weights` and ComfyUI.
    case diffusers
    /// A PEFT adapter folder: `adapter_model.safetensors` + `adapter_config.json`.
    case peft
}
