/// Why a toy model could not be built, loaded or evaluated.
public enum ToyModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A configuration value is out of range (width, depth, feature counts, image size).
    case invalidConfiguration(String)
    /// A tensor the model needs is not in the checkpoint.
    case missingTensor(String)
    /// A tensor has a shape that does not fit the rest of the model.
    case wrongShape(name: String, expected: [Int], found: [Int])
    /// A tensor is not floating point.
    case notFloatingPoint(name: String, dtype: String)
    /// The checkpoint holds a tensor that is not part of a toy model.
    case unexpectedTensor(String)
    /// A low-rank delta names a layer the model does not have.
    case deltaLayerOutOfRange(layer: Int, layerCount: Int)
    /// A low-rank delta's factors do not fit its layer (up must be outputs×r, down r×inputs).
    case deltaShapeMismatch(layer: Int, up: [Int], down: [Int], layerShape: [Int])

    public var description: String {
        switch self {
        case .invalidConfiguration(let reason):
            return "toy model: \(reason)"
        case .missingTensor(let name):
            return "toy model: tensor \(name) is missing; is this a lorash toy checkpoint?"
        case .wrongShape(let name, let expected, let found):
            return "toy model: tensor \(name) has shape \(found), expected \(expected)"
        case .notFloatingPoint(let name, let dtype):
            return "toy model: tensor \(name) is \(dtype); toy weights must be floating point"
        case .unexpectedTensor(let name):
            return "toy model: tensor \(name) is not part of a toy model (expected encoding.* and net.N.weight/bias)"
        case .deltaLayerOutOfRange(let layer, let layerCount):
            return "toy model: a delta targets net.\(layer), but the model has layers net.0 … net.\(layerCount - 1)"
        case .deltaShapeMismatch(let layer, let up, let down, let layerShape):
            return "toy model: delta for net.\(layer) has up \(up) and down \(down), which do not fit the layer's "
                + "\(layerShape) weight; the LoRA was made for another base"
        }
    }
}
