/// The sizes and seed of a randomly initialised toy model (`toy [seed=…] [width=…] [depth=…]`).
public struct ToyModelConfiguration: Sendable, Hashable {
    /// Seed of the `ToyRandom` stream all tensors are drawn from.
    public var seed: UInt64
    /// Hidden width (units per hidden layer).
    public var width: Int
    /// Number of hidden layers (each Linear + activation); the model has `depth + 1` Linear layers.
    public var depth: Int
    /// Number of Fourier frequencies (each gives a sine and a cosine feature).
    public var frequencyCount: Int
    /// Length of the seed-derived latent vector appended to every pixel's features.
    public var latentCount: Int

    /// A configuration; the defaults render 256×256 in a few tens of milliseconds.
    public init(seed: UInt64 = 0, width: Int = 64, depth: Int = 3, frequencyCount: Int = 16, latentCount: Int = 8) {
        self.seed = seed
        self.width = width
        self.depth = depth
        self.frequencyCount = frequencyCount
        self.latentCount = latentCount
    }

    /// Checks every size is in its supported range.
    /// - Throws: `ToyModelError.invalidConfiguration` naming the value.
    public func validate() throws(ToyModelError) {
        guard (1...1024).contains(width) else { throw .invalidConfiguration("width=\(width) is not in 1…1024") }
        guard (1...32).contains(depth) else { throw .invalidConfiguration("depth=\(depth) is not in 1…32") }
        guard (0...256).contains(frequencyCount) else {
            throw .invalidConfiguration("frequencyCount=\(frequencyCount) is not in 0…256")
        }
        guard (0...256).contains(latentCount) else {
            throw .invalidConfiguration("latentCount=\(latentCount) is not in 0…256")
        }
    }
}
