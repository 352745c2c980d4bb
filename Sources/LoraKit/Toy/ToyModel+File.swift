import LoraEngine
import LoraFormats

/// The built-in model as an ordinary safetensors checkpoint.
extension ToyModel {
    /// Metadata key marking a toy checkpoint.
    public static let metadataKey = "lorash.toy"

    /// Writes every tensor (F32) to `path`, atomically; an existing file is kept unless `overwrite`.
    /// - Throws: `SafetensorsError` from the writer.
    public func write(to path: String, overwrite: Bool) throws(SafetensorsError) {
        let names = tensors.keys.sorted()
        try SafetensorsWriter.write(
            path: path, tensors: names.map { ($0, tensors[$0]!) },
            metadata: [Self.metadataKey: "width=\(width) depth=\(depth)", "modelspec.architecture": "lorash-toy"],
            overwrite: overwrite)
    }

    /// Whether a checkpoint holds a toy model (it has the encoding tensors).
    public static func isToyCheckpoint(_ base: BaseModel) -> Bool {
        base.shapes[frequenciesName] != nil && base.shapes[latentName] != nil
    }

    /// Reads a toy model from a checkpoint.
    /// - Throws: `SafetensorsError` reading tensors, `ToyModelError` for missing or misshapen ones.
    public init(checkpoint base: BaseModel) throws {
        var tensors: [String: Tensor] = [:]
        for name in base.shapes.keys { tensors[name] = try base.tensor(name).converted(to: .f32) }
        try self.init(tensors: tensors)
    }
}
