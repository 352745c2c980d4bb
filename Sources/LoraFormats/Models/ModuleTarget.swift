/// The base-model weight a LoRA module patches: a component and the module path inside it.
///
/// Paths keep the dots when the file had them (diffusers, PEFT, ComfyUI names:
/// `down_blocks.0.attentions.0.proj_in`); kohya and LyCORIS names are flattened with `_`
/// (`down_blocks_0_attentions_0_proj_in`) and `isFlattened` is set: turning them back into
/// dotted paths needs the architecture tables or a base's key list (`KeyNames.unflatten` is a
/// documented fallback).
public struct ModuleTarget: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The component patched.
    public var component: ModelComponent
    /// The module path inside the component, without `.weight`.
    public var path: String
    /// Whether `path` is a kohya-style flattened name (`_` for every `.`).
    public var isFlattened: Bool

    public init(component: ModelComponent, path: String, isFlattened: Bool) {
        self.component = component
        self.path = path
        self.isFlattened = isFlattened
    }

    /// `path` with every `.` turned into `_` (the kohya module name without prefix).
    public var flatPath: String { isFlattened ? path : path.replacingOccurrences(of: ".", with: "_") }

    /// The flat name with a text encoder's optional `text_model_` removed, used to compare names
    /// across spellings (`lora_te1_text_model_encoder_…` and `lora_te1_encoder_…` are one module).
    public var canonicalFlatName: String {
        var flat = flatPath
        if component.isTextEncoder, flat.hasPrefix("text_model_") { flat.removeFirst("text_model_".count) }
        switch component {
        case .denoiser: return "unet:" + flat
        case .textEncoder(let n): return "te\(n):" + flat
        case .model: return "model:" + flat
        }
    }

    public var description: String {
        switch component {
        case .denoiser: return path
        case .textEncoder(let n): return "te\(n):\(path)"
        case .model: return path
        }
    }

    public static func < (a: ModuleTarget, b: ModuleTarget) -> Bool {
        (a.component, a.path) < (b.component, b.path)
    }
}
