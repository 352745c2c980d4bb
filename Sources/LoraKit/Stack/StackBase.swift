import LoraFormats

/// What a stack's LoRAs are applied to: a model file or the built-in teaching model.
///
/// One stack type serves both: a checkpoint's stack is baked (`merge STACK into PATH`) and
/// charted, the built-in model's is drawn (`render STACK`); both are W + Σ mᵢ·sᵢ·ΔWᵢ over the
/// same `LoraAdapter`s, and the delta of every module comes from `ModuleDelta`.
public enum StackBase: Sendable {
    /// A file-backed model (SD 1.5, SDXL, FLUX or any PyTorch model), read lazily.
    case checkpoint(BaseModel)
    /// The built-in image model (`toy`, or a toy checkpoint loaded from a file).
    case toy(ToyModel)

    /// The base as the session object it came from.
    public var object: any SessionObject {
        switch self {
        case .checkpoint(let model): return model
        case .toy(let model): return model
        }
    }

    /// The base of a stack that `object` can be, or nil (a LoRA, a stack).
    public init?(_ object: any SessionObject) {
        if let model = object as? BaseModel {
            self = .checkpoint(model)
        } else if let model = object as? ToyModel {
            self = .toy(model)
        } else {
            return nil
        }
    }
}
