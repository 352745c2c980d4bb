import LoraEngine

/// Where a model's weights come from: a single-file checkpoint's tensors under their original
/// (LDM / SGM) key names, such as `model.diffusion_model.input_blocks.0.0.weight`.
///
/// Models take what they need when they are built and keep it (tensors are copy-on-write
/// views), so building a model is cheap and a re-patched source means building it again.
public protocol WeightSource {
    /// The tensor stored under `name`, as F32 (whatever the file's dtype).
    /// - Throws: `DiffusionError.missingWeight` when the checkpoint has no such tensor.
    func tensor(_ name: String) throws(DiffusionError) -> Tensor

    /// Whether the checkpoint has a tensor named `name`.
    func contains(_ name: String) -> Bool
}

/// A `WeightSource` over tensors held in memory (tests, and weights already patched).
public struct InMemoryWeights: WeightSource {
    /// The tensors by key name.
    public var tensors: [String: Tensor]

    /// Weights from a dictionary of tensors (converted to F32 when they are read).
    public init(_ tensors: [String: Tensor]) { self.tensors = tensors }

    public func tensor(_ name: String) throws(DiffusionError) -> Tensor {
        guard let found = tensors[name] else { throw .missingWeight(name) }
        return found.dtype == .f32 ? found : found.converted(to: .f32)
    }

    public func contains(_ name: String) -> Bool { tensors[name] != nil }
}

extension WeightSource {
    /// The tensor under `name`, checked against the shape the model expects.
    /// - Throws: `DiffusionError.missingWeight` or `.unexpectedShape`.
    public func tensor(_ name: String, shape: [Int]) throws(DiffusionError) -> Tensor {
        let found = try tensor(name)
        guard found.shape == shape else { throw .unexpectedShape(name, expected: shape, found: found.shape) }
        return found
    }
}
