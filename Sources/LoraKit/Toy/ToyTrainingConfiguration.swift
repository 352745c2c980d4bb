/// The settings of `train BASE on TARGET [rank=…] [alpha=…] [steps=…] [lr=…] [seed=…] [layers=…]`.
public struct ToyTrainingConfiguration: Sendable, Hashable {
    /// Rank r of every trained layer's factors.
    public var rank: Int
    /// LoRA alpha; the update is scaled by alpha / rank. `nil` means alpha = rank (scale 1).
    public var alpha: Float?
    /// Number of Adam steps, each over every pixel of the target (full batch).
    public var steps: Int
    /// Adam's step size.
    public var learningRate: Float
    /// Seed of the `ToyRandom` stream the `down` factors are drawn from.
    public var seed: UInt64
    /// The Linear layers that get a LoRA, each as `N`, `net.N` or `net.N.weight`; `nil` means all.
    public var layers: [String]?

    /// A configuration; the defaults fit a 64×64 target in a few seconds.
    public init(
        rank: Int = 4, alpha: Float? = nil, steps: Int = 300, learningRate: Float = 0.01, seed: UInt64 = 0,
        layers: [String]? = nil
    ) {
        self.rank = rank
        self.alpha = alpha
        self.steps = steps
        self.learningRate = learningRate
        self.seed = seed
        self.layers = layers
    }

    /// alpha, or the rank when alpha is not given.
    public var effectiveAlpha: Float { alpha ?? Float(rank) }

    /// The factor the update is multiplied by: alpha / rank.
    public var scale: Float { effectiveAlpha / Float(rank) }

    /// Checks every number is in its supported range (layer names are checked against a model
    /// by `layerIndices(model:)`).
    /// - Throws: `ToyTrainingError` naming the first bad value.
    public func validate() throws(ToyTrainingError) {
        guard (1...256).contains(rank) else { throw .invalidRank(rank) }
        if let alpha, !(alpha.isFinite && alpha > 0) { throw .invalidAlpha(alpha) }
        guard (1...100_000).contains(steps) else { throw .invalidSteps(steps) }
        guard learningRate.isFinite, learningRate > 0, learningRate <= 1 else {
            throw .invalidLearningRate(learningRate)
        }
    }

    /// The indices of the layers to train, increasing and without repeats.
    ///
    /// Each entry of `layers` may be an index (`2`), a module name (`net.2`) or a weight name
    /// (`net.2.weight`), or several of them separated by commas (`0, net.2`).
    /// - Throws: `ToyTrainingError.unknownLayer` or `.noLayers`.
    public func layerIndices(model: ToyModel) throws(ToyTrainingError) -> [Int] {
        guard let layers else { return Array(0..<model.layerCount) }
        guard !layers.isEmpty else { throw .noLayers }
        var chosen = Set<Int>()
        for entry in layers.flatMap({ $0.split(separator: ",") }) {
            var name = entry.trimmingPrefix(while: \.isWhitespace)
            while name.last?.isWhitespace == true { name = name.dropLast() }
            if name.isEmpty { continue }
            var text = name
            if text.hasPrefix("net.") { text = text.dropFirst(4) }
            if text.hasSuffix(".weight") { text = text.dropLast(7) }
            guard let index = Int(text), (0..<model.layerCount).contains(index) else {
                throw .unknownLayer(
                    String(name), available: (0..<model.layerCount).map { ToyModel.weightName(layer: $0) })
            }
            chosen.insert(index)
        }
        guard !chosen.isEmpty else { throw .noLayers }
        return chosen.sorted()
    }
}
