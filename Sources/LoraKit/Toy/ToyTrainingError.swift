/// Why a LoRA for the toy model could not be trained (`train BASE on TARGET …`).
public enum ToyTrainingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `rank` is outside 1…256.
    case invalidRank(Int)
    /// `rank` is larger than every trained layer's matrix: `largest` has rank at most `limit`.
    case rankAboveLayers(rank: Int, largest: String, shape: [Int], limit: Int)
    /// `alpha` is zero, negative or not finite.
    case invalidAlpha(Float)
    /// `steps` is outside 1…100000.
    case invalidSteps(Int)
    /// `lr` is zero, negative, not finite or above 1.
    case invalidLearningRate(Float)
    /// A `layers` entry names no Linear layer of the model; `available` lists the names that do.
    case unknownLayer(String, available: [String])
    /// `layers` was given but lists no layer.
    case noLayers
    /// The target image is not square; the toy model draws square pictures.
    case targetNotSquare(width: Int, height: Int)
    /// The target image is empty or larger than `limit` pixels on a side.
    case targetSizeOutOfRange(side: Int, limit: Int)
    /// The loss became infinite or NaN at `step`; the learning rate is too high.
    case diverged(step: Int, learningRate: Float)

    public var description: String {
        switch self {
        case .invalidRank(let rank):
            return "train: rank=\(rank) is not in 1…256; use a small positive rank such as rank=4"
        case .rankAboveLayers(let rank, let largest, let shape, let limit):
            return
                "train: rank=\(rank) is larger than every trained layer's matrix (the largest, \(largest), is \(shape.map(String.init).joined(separator: "×")): rank \(limit) at most); use rank=\(limit) or less"
        case .invalidAlpha(let alpha):
            return "train: alpha=\(alpha) must be a positive number (scale = alpha/rank); omit it to use alpha = rank"
        case .invalidSteps(let steps):
            return "train: steps=\(steps) is not in 1…100000"
        case .invalidLearningRate(let rate):
            return "train: lr=\(rate) must be greater than 0 and at most 1; try lr=0.01"
        case .unknownLayer(let name, let available):
            return "train: layers names '\(name)', which is not a layer of this model; "
                + "available: \(available.joined(separator: ", ")) (or their indices)"
        case .noLayers:
            return "train: layers= lists no layer; omit it to train every layer"
        case .targetNotSquare(let width, let height):
            return "train: the target is \(width)×\(height) pixels; the toy model draws square images, "
                + "so crop or resize the target to a square"
        case .targetSizeOutOfRange(let side, let limit):
            return "train: the target is \(side) pixels on a side; training needs 1…\(limit) (64 trains in seconds)"
        case .diverged(let step, let rate):
            return "train: the loss became infinite or NaN at step \(step); lower the learning rate (lr=\(rate))"
        }
    }
}
