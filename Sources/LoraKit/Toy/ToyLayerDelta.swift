import LoraEngine

/// A low-rank change to one Linear layer of the toy model, applied during the forward pass
/// without forming the dense matrix: the layer computes `W·x + b + scale · up · (down · x)`.
///
/// This is exactly how a LoRA adapts a Linear layer (Hu et al., "LoRA: Low-Rank Adaptation of
/// Large Language Models", 2021): `up` is B (outputs × r), `down` is A (r × inputs) and `scale`
/// folds in alpha / r and the user's weight.
public struct ToyLayerDelta: Sendable {
    /// Index of the Linear layer (`net.<layer>`).
    public var layer: Int
    /// B, shape [outputs, rank], any float dtype.
    public var up: Tensor
    /// A, shape [rank, inputs], any float dtype.
    public var down: Tensor
    /// Multiplier of the update.
    public var scale: Float

    /// A delta for layer `layer`.
    public init(layer: Int, up: Tensor, down: Tensor, scale: Float) {
        self.layer = layer
        self.up = up
        self.down = down
        self.scale = scale
    }
}
