import Foundation
import LoraEngine

/// The fixed half of LoRA training on the toy model: the frozen base weights (and their
/// transposes), every pixel's input features, the target colours, and how the pixels are cut
/// into chunks and shards. `evaluate` runs the forward and backward passes over all pixels.
///
/// Determinism: pixels are cut into chunks of 256 and the chunks into at most 16 contiguous
/// shards; the number of shards depends only on the image size. Each shard sums its chunks'
/// gradients in chunk order, and the shards are added in shard order, so the result is the same
/// bytes whatever the number of threads.
struct ToyTrainingPlan: Sendable {
    /// One Linear layer; its weight, transposed weight and bias live in `frozen`.
    struct Layer: Sendable {
        let outputs: Int
        let inputs: Int
        /// outputs × inputs, row-major.
        let weightOffset: Int
        /// inputs × outputs, row-major.
        let transposedOffset: Int
        let biasOffset: Int
    }

    static let chunkSize = ToyModel.batchSize
    static let maximumShardCount = 16

    let layers: [Layer]
    let frozen: [Float]
    let layout: ToyLoRALayout
    let scale: Float
    let pixelCount: Int
    let inputCount: Int
    let chunks: [Range<Int>]
    let shardCount: Int
    /// Chunk c's features start at `chunks[c].lowerBound · inputCount`, feature-major inside it.
    let features: [Float]
    /// Chunk c's target colours start at `chunks[c].lowerBound · 3`, channel-major inside it.
    let targets: [Float]
    /// The lowest trained layer: the backward pass stops there.
    let lowestTrainedLayer: Int

    // Offsets into one worker's scratch buffer (each region sized for a full chunk).
    let preactivationOffsets: [Int]
    let activationOffsets: [Int]
    let lowOffsets: [Int]
    let gradientOffsets: (Int, Int)
    let projectedOffset: Int
    let scratchCount: Int

    /// A plan for `model` drawing `target` (`size · size · 3` RGB floats in 0…1, row-major).
    /// - Precondition: `layout` has at least one entry; `target.count == size · size · 3`.
    init(model: ToyModel, target: [Float], size: Int, layout: ToyLoRALayout, scale: Float) {
        precondition(!layout.entries.isEmpty && target.count == size * size * 3)
        self.layout = layout
        self.scale = scale
        inputCount = model.inputCount
        pixelCount = size * size
        lowestTrainedLayer = layout.entries[0].layer

        var frozen = [Float]()
        var layers = [Layer]()
        for index in 0..<model.layerCount {
            let (outputs, inputs) = (model.layerShape(index)[0], model.layerShape(index)[1])
            let weight = model.tensors[ToyModel.weightName(layer: index)]!.floats()
            var transposed = [Float](repeating: 0, count: weight.count)
            for o in 0..<outputs {
                for i in 0..<inputs { transposed[i * outputs + o] = weight[o * inputs + i] }
            }
            let start = frozen.count
            layers.append(
                Layer(
                    outputs: outputs, inputs: inputs, weightOffset: start, transposedOffset: start + weight.count,
                    biasOffset: start + 2 * weight.count))
            frozen += weight
            frozen += transposed
            frozen += model.tensors[ToyModel.biasName(layer: index)]!.floats()
        }
        self.layers = layers
        self.frozen = frozen

        let chunkSize = Self.chunkSize
        let pixelCount = self.pixelCount
        let chunks = stride(from: 0, to: pixelCount, by: chunkSize).map { $0..<min($0 + chunkSize, pixelCount) }
        self.chunks = chunks
        shardCount = min(chunks.count, Self.maximumShardCount)

        // The forward pass's own feature code, so training sees exactly what rendering sees.
        // It cannot throw: there are no deltas, and the trainer checked the size.
        let forward = try! ToyForwardPlan(model: model, deltas: [], size: size)
        let inputCount = self.inputCount
        var features = [Float](repeating: 0, count: pixelCount * inputCount)
        features.withUnsafeMutableBufferPointer { buffer in
            for pixels in chunks {
                let region = (pixels.lowerBound * inputCount)..<(pixels.upperBound * inputCount)
                forward.fillFeatures(pixels: pixels, into: UnsafeMutableBufferPointer(rebasing: buffer[region]))
            }
        }
        self.features = features
        var targets = [Float](repeating: 0, count: pixelCount * 3)
        for pixels in chunks {
            for (b, pixel) in pixels.enumerated() {
                for channel in 0..<3 {
                    targets[pixels.lowerBound * 3 + channel * pixels.count + b] = target[pixel * 3 + channel]
                }
            }
        }
        self.targets = targets

        var offset = 0
        var preactivationOffsets = [Int](), activationOffsets = [Int]()
        for layer in layers {
            preactivationOffsets.append(offset)
            offset += layer.outputs * chunkSize
            activationOffsets.append(offset)
            offset += layer.outputs * chunkSize
        }
        var lowOffsets = [Int]()
        for _ in layout.entries {
            lowOffsets.append(offset)
            offset += layout.rank * chunkSize
        }
        let widest = layers.map(\.outputs).max()!
        gradientOffsets = (offset, offset + widest * chunkSize)
        offset += 2 * widest * chunkSize
        projectedOffset = offset
        offset += layout.rank * chunkSize
        (self.preactivationOffsets, self.activationOffsets, self.lowOffsets) =
            (preactivationOffsets, activationOffsets, lowOffsets)
        scratchCount = offset
    }

    /// The mean squared error over every pixel and RGB channel of the model with the LoRA
    /// `parameters` (laid out by `layout`), and, if `wantsGradient`, its gradient with respect
    /// to those parameters (otherwise an empty array).
    ///
    /// Loss: L = (1 / 3N) Σ_pixels Σ_channels (y − t)², y = logistic(z) of the last layer.
    /// Backpropagation (reverse-mode chain rule) through z = W·a + b + s·U·(D·a):
    /// with g = ∂L/∂z and e = s·Uᵀ·g, ∂L/∂U = s·g·(D·a)ᵀ, ∂L/∂D = e·aᵀ and
    /// ∂L/∂a = Wᵀ·g + Dᵀ·e; below a hidden layer ∂L/∂z = ∂L/∂a ⊙ σ′(z).
    /// - Complexity: O(N · parameters of the layers from the lowest trained one up); threads
    ///   share the shards.
    func evaluate(parameters: [Float], wantsGradient: Bool, workers: Int) -> (loss: Float, gradient: [Float]) {
        let transposed = wantsGradient ? layout.transposedBlocks(parameters) : []
        let parameterCount = layout.parameterCount
        let slot = parameterCount + 1
        var partials = [Float](repeating: 0, count: shardCount * slot)
        let workerCount = max(1, min(workers, shardCount))
        partials.withUnsafeMutableBufferPointer { buffer in
            let output = SendablePointer(address: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
                var scratch = [Float](repeating: 0, count: scratchCount)
                frozen.withUnsafeBufferPointer { frozen in
                    features.withUnsafeBufferPointer { features in
                        targets.withUnsafeBufferPointer { targets in
                            parameters.withUnsafeBufferPointer { parameters in
                                transposed.withUnsafeBufferPointer { transposed in
                                    scratch.withUnsafeMutableBufferPointer { scratch in
                                        var shard = worker
                                        while shard < shardCount {
                                            let partial = output.address + shard * slot
                                            var squaredError = 0.0
                                            for chunk in chunkRange(shard: shard) {
                                                squaredError += run(
                                                    chunk: chunk, frozen: frozen.baseAddress!,
                                                    features: features.baseAddress!, targets: targets.baseAddress!,
                                                    parameters: parameters.baseAddress!,
                                                    transposed: wantsGradient ? transposed.baseAddress! : nil,
                                                    scratch: scratch.baseAddress!,
                                                    gradient: wantsGradient ? partial : nil)
                                            }
                                            partial[parameterCount] = Float(squaredError)
                                            shard += workerCount
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var squaredError = 0.0
        var gradient = [Float](repeating: 0, count: wantsGradient ? parameterCount : 0)
        for shard in 0..<shardCount {
            squaredError += Double(partials[shard * slot + parameterCount])
            if wantsGradient {
                for p in 0..<parameterCount { gradient[p] += partials[shard * slot + p] }
            }
        }
        return (Float(squaredError / Double(3 * pixelCount)), gradient)
    }

    /// The chunks of shard `shard`: a contiguous share of `chunks`.
    func chunkRange(shard: Int) -> Range<Int> {
        (shard * chunks.count / shardCount)..<((shard + 1) * chunks.count / shardCount)
    }
}
