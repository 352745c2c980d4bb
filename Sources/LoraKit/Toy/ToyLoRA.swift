import LoraEngine

/// A LoRA trained for a toy model: one pair of factors per adapted Linear layer, with the
/// alpha and rank that scale them and the loss curve of its training.
///
/// Layer `net.N` computes `W·x + b + (alpha / rank) · up · (down · x)`, exactly as PEFT and
/// kohya-ss apply a LoRA to `nn.Linear` (Hu et al., "LoRA: Low-Rank Adaptation of Large
/// Language Models", 2021).
public struct ToyLoRA: Sendable {
    /// The factors of one adapted layer.
    public struct Module: Sendable {
        /// Index N of the Linear layer `net.N`.
        public let layer: Int
        /// B, F32, shape [outputs, rank].
        public var up: Tensor
        /// A, F32, shape [rank, inputs].
        public var down: Tensor

        /// The adapted weight's name, `net.N.weight`.
        public var name: String { ToyModel.weightName(layer: layer) }

        /// A module for layer `layer`.
        public init(layer: Int, up: Tensor, down: Tensor) {
            self.layer = layer
            self.up = up
            self.down = down
        }
    }

    /// The adapted layers, in increasing layer index.
    public var modules: [Module]
    /// Rank r of every module.
    public let rank: Int
    /// LoRA alpha; the update is scaled by alpha / rank.
    public var alpha: Float
    /// The training loss (mean squared error of RGB in 0…1) measured at each step, before its update.
    public let lossHistory: [Float]
    /// The loss after the last update; nil for a LoRA that was not trained in this session.
    public let finalLoss: Float?

    /// A LoRA from its parts.
    public init(modules: [Module], rank: Int, alpha: Float, lossHistory: [Float] = [], finalLoss: Float? = nil) {
        self.modules = modules
        self.rank = rank
        self.alpha = alpha
        self.lossHistory = lossHistory
        self.finalLoss = finalLoss
    }

    /// alpha / rank.
    public var scale: Float { alpha / Float(rank) }

    /// The adapted weights' names, `net.N.weight`, in layer order.
    public var layerNames: [String] { modules.map(\.name) }

    /// The layer updates for rendering at strength `weight`: each scaled by weight · alpha / rank.
    public func deltas(weight: Float = 1) -> [ToyLayerDelta] {
        modules.map { ToyLayerDelta(layer: $0.layer, up: $0.up, down: $0.down, scale: weight * scale) }
    }
}
