import Foundation
import LoraEngine

/// lorash's built-in image model: a small coordinate network that maps each pixel's position
/// to a colour, so that LoRAs can be trained, stacked, merged and rendered on a laptop.
///
/// For a pixel at (x, y) ∈ [−1, 1]² (pixel centres, y downwards) the input features are
/// `[x, y, sin 2π(f₁·p) … sin 2π(f_F·p), cos 2π(f₁·p) … cos 2π(f_F·p), z₁ … z_L]` with the
/// fixed frequency vectors fₖ (`encoding.frequencies`, F×2) and the seed-derived latent z
/// (`encoding.latent`, L). An MLP follows, stored like a PyTorch `nn.ModuleList` of
/// `nn.Linear` layers: `net.0` … `net.<depth>`, each `weight` outputs×inputs and `bias`
/// outputs; hidden layers use the smooth activation `x / √(1 + x²)` (`ToyActivation`), the
/// last layer (3 outputs) a logistic sigmoid giving RGB in 0…1.
///
/// Initialisation (seed order): F frequency vectors, each an angle θ = 2π·uniform then a
/// magnitude exp(ln 0.25 + uniform·ln(2.5/0.25)) cycles per unit (log-uniform in 0.25…2.5),
/// stored as (|f| cos θ, |f| sin θ); then L latent normals; then per layer all weights
/// (row-major normals × gain/√inputs, gain 1.5 for hidden layers, 2.0 for the output layer)
/// and biases (uniform in −0.5…0.5), all from one `ToyRandom` stream (`uniform` and `normal`
/// as documented there, the angle and magnitude computed in `Double`).
public struct ToyModel: Sendable {
    /// Name of the F×2 frequency tensor.
    public static let frequenciesName = "encoding.frequencies"
    /// Name of the latent vector.
    public static let latentName = "encoding.latent"
    /// Name of layer `layer`'s weight (outputs × inputs).
    public static func weightName(layer: Int) -> String { "net.\(layer).weight" }
    /// Name of layer `layer`'s bias.
    public static func biasName(layer: Int) -> String { "net.\(layer).bias" }

    /// Number of Fourier frequencies F.
    public let frequencyCount: Int
    /// Latent length L.
    public let latentCount: Int
    /// Hidden width.
    public let width: Int
    /// Number of hidden layers; the model has `depth + 1` Linear layers.
    public let depth: Int
    /// Every tensor by name, all F32.
    public private(set) var tensors: [String: Tensor]
    /// The commands that made this model in the session (`base = toy seed=7`), as they ran;
    /// empty for a model read from a file. A LoRA trained on it and a picture of it record
    /// them, so their recipes replay from nothing.
    public var recipe: [String] = []

    /// Number of Linear layers.
    public var layerCount: Int { depth + 1 }
    /// Input features per pixel: 2 + 2F + L.
    public var inputCount: Int { 2 + 2 * frequencyCount + latentCount }

    /// [outputs, inputs] of Linear layer `layer`.
    public func layerShape(_ layer: Int) -> [Int] {
        [layer == depth ? 3 : width, layer == 0 ? inputCount : width]
    }

    /// A randomly initialised model (see the type's documentation for the exact recipe).
    /// - Throws: `ToyModelError.invalidConfiguration`.
    /// - Complexity: O(number of parameters).
    public init(configuration: ToyModelConfiguration) throws(ToyModelError) {
        try configuration.validate()
        frequencyCount = configuration.frequencyCount
        latentCount = configuration.latentCount
        width = configuration.width
        depth = configuration.depth
        var random = ToyRandom(seed: configuration.seed)
        var tensors: [String: Tensor] = [:]

        var frequencies = [Float]()
        let low = 0.25
        let high = 2.5
        for _ in 0..<frequencyCount {
            let angle = 2 * Double.pi * Double(random.uniform())
            let magnitude = exp(log(low) + Double(random.uniform()) * log(high / low))
            frequencies += [Float(magnitude * cos(angle)), Float(magnitude * sin(angle))]
        }
        tensors[Self.frequenciesName] = Tensor(shape: [frequencyCount, 2], values: frequencies)
        tensors[Self.latentName] = Tensor(shape: [latentCount], values: (0..<latentCount).map { _ in random.normal() })

        let inputs = 2 + 2 * frequencyCount + latentCount
        for layer in 0...depth {
            let shape = [layer == depth ? 3 : width, layer == 0 ? inputs : width]
            let gain: Float = layer == depth ? 2.0 : 1.5
            let spread = gain / Float(shape[1]).squareRoot()
            let weights = (0..<(shape[0] * shape[1])).map { _ in random.normal() * spread }
            let biases = (0..<shape[0]).map { _ in random.uniform() - 0.5 }
            tensors[Self.weightName(layer: layer)] = Tensor(shape: shape, values: weights)
            tensors[Self.biasName(layer: layer)] = Tensor(shape: [shape[0]], values: biases)
        }
        self.tensors = tensors
    }

    /// A model from a checkpoint's tensors (any float dtypes; converted to F32).
    ///
    /// Sizes are read from the shapes: F and L from the encoding tensors, the depth from the
    /// highest `net.N`, the width from `net.0.weight`.
    /// - Throws: `ToyModelError` naming the missing, misshapen, non-float or unexpected tensor.
    public init(tensors given: [String: Tensor]) throws(ToyModelError) {
        guard let frequencies = given[Self.frequenciesName] else { throw .missingTensor(Self.frequenciesName) }
        guard let latent = given[Self.latentName] else { throw .missingTensor(Self.latentName) }
        guard frequencies.rank == 2, frequencies.shape[1] == 2 else {
            throw .wrongShape(
                name: Self.frequenciesName, expected: [frequencies.shape.first ?? 0, 2], found: frequencies.shape)
        }
        guard latent.rank == 1 else {
            throw .wrongShape(name: Self.latentName, expected: [latent.count], found: latent.shape)
        }
        var highest = -1
        for name in given.keys where name.hasPrefix("net.") {
            let parts = name.split(separator: ".")
            guard parts.count == 3, let index = Int(parts[1]), index >= 0, parts[2] == "weight" || parts[2] == "bias"
            else { throw .unexpectedTensor(name) }
            highest = max(highest, index)
        }
        for name in given.keys where !name.hasPrefix("net.") && name != Self.frequenciesName && name != Self.latentName
        {
            throw .unexpectedTensor(name)
        }
        guard highest >= 1 else { throw .missingTensor(Self.weightName(layer: max(highest + 1, 1))) }
        guard let first = given[Self.weightName(layer: 0)] else { throw .missingTensor(Self.weightName(layer: 0)) }

        frequencyCount = frequencies.shape[0]
        latentCount = latent.shape[0]
        depth = highest
        width = first.shape.first ?? 0
        try ToyModelConfiguration(
            width: width, depth: depth, frequencyCount: frequencyCount, latentCount: latentCount
        ).validate()

        var tensors: [String: Tensor] = [:]
        for (name, tensor) in given {
            guard tensor.dtype.isFloatingPoint else {
                throw .notFloatingPoint(name: name, dtype: tensor.dtype.rawValue)
            }
            tensors[name] = tensor.converted(to: .f32)
        }
        self.tensors = tensors
        for layer in 0...depth {
            let shape = layerShape(layer)
            for (name, expected) in [(Self.weightName(layer: layer), shape), (Self.biasName(layer: layer), [shape[0]])]
            {
                guard let tensor = tensors[name] else { throw .missingTensor(name) }
                guard tensor.shape == expected else {
                    throw .wrongShape(name: name, expected: expected, found: tensor.shape)
                }
            }
        }
    }
}
