/// Where a LoRA's alphas came from.
public enum AlphaSource: String, Sendable, Hashable {
    /// `.alpha` tensors in the file (kohya, LyCORIS, diffusers `network_alphas`).
    case tensors
    /// diffusers' `lora_adapter_metadata` safetensors metadata entry.
    case diffusersMetadata
    /// PEFT `adapter_config.json`.
    case adapterConfig
    /// Not recorded anywhere: alpha = rank (scale 1), as kohya and diffusers assume.
    case missing
    /// Mixed sources.
    case mixed
}
