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
                                                    scratch: scratch.baseAddress!, gradient: wantsGradient ? partial : nil)
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

    /// Forward (and, with `gradient`, backward) pass over one chunk; adds the chunk's parameter
    /// gradient to `gradient` and returns its sum of squared errors.
    private func run(
        chunk: Int, frozen: UnsafePointer<Float>, features: UnsafePointer<Float>, targets: UnsafePointer<Float>,
        parameters: UnsafePointer<Float>, transposed: UnsafePointer<Float>?, scratch: UnsafeMutablePointer<Float>,
        gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        let pixels = chunks[chunk]
        let batch = pixels.count
        let rank = layout.rank
        let chunkFeatures = features + pixels.lowerBound * inputCount
        let last = layers.count - 1

        var input = chunkFeatures
        for (index, layer) in layers.enumerated() {
            let z = scratch + preactivationOffsets[index]
            ToyLinearKernel.multiply(
                weight: frozen + layer.weightOffset, outputs: layer.outputs, inputs: layer.inputs, input: input,
                batch: batch, bias: frozen + layer.biasOffset, alpha: 1, accumulate: false, output: z)
            if let entryIndex = layout.entryIndexByLayer[index] {
                let entry = layout.entries[entryIndex]
                let low = scratch + lowOffsets[entryIndex]
                ToyLinearKernel.multiply(
                    weight: parameters + entry.downOffset, outputs: rank, inputs: layer.inputs, input: input,
                    batch: batch, bias: nil, alpha: 1, accumulate: false, output: low)
                ToyLinearKernel.multiply(
                    weight: parameters + entry.upOffset, outputs: layer.outputs, inputs: rank, input: low, batch: batch,
                    bias: nil, alpha: scale, accumulate: true, output: z)
            }
            if index < last {
                let activation = scratch + activationOffsets[index]
                activation.update(from: z, count: layer.outputs * batch)
                ToyActivation.apply(activation, count: layer.outputs * batch)
                input = UnsafePointer(activation)
            }
        }

        // y = logistic(z), the squared error, and ∂L/∂z = (2 / 3N) (y − t) y (1 − y).
        let z = scratch + preactivationOffsets[last]
        let chunkTargets = targets + pixels.lowerBound * 3
        var outputGradient = scratch + gradientOffsets.0
        var inputGradient = scratch + gradientOffsets.1
        let factor = 2 / Float(3 * pixelCount)
        var squaredError = 0.0
        for i in 0..<(3 * batch) {
            let y = 1 / (1 + exp(-z[i]))
            let difference = y - chunkTargets[i]
            squaredError += Double(difference * difference)
            outputGradient[i] = factor * difference * y * (1 - y)
        }
        guard let gradient, let transposed else { return squaredError }

        let projected = scratch + projectedOffset
        var index = last
        while index >= lowestTrainedLayer {
            let layer = layers[index]
            let input = index == 0 ? chunkFeatures : UnsafePointer(scratch + activationOffsets[index - 1])
            let entryIndex = layout.entryIndexByLayer[index]
            if let entryIndex {
                let entry = layout.entries[entryIndex]
                // ∂L/∂U = s · g · lowᵀ, e = s · Uᵀ · g, ∂L/∂D = e · aᵀ.
                ToyGradientKernel.multiplyRows(
                    left: outputGradient, leftRows: layer.outputs, right: scratch + lowOffsets[entryIndex],
                    rightRows: rank, batch: batch, alpha: scale, accumulate: true, result: gradient + entry.upOffset)
                ToyLinearKernel.multiply(
                    weight: transposed + entry.upOffset, outputs: rank, inputs: layer.outputs, input: outputGradient,
                    batch: batch, bias: nil, alpha: scale, accumulate: false, output: projected)
                ToyGradientKernel.multiplyRows(
                    left: projected, leftRows: rank, right: input, rightRows: layer.inputs, batch: batch, alpha: 1,
                    accumulate: true, result: gradient + entry.downOffset)
            }
            if index > lowestTrainedLayer {
                // ∂L/∂a = Wᵀ · g + Dᵀ · e, then ⊙ σ′(z) of the layer below.
                ToyLinearKernel.multiply(
                    weight: frozen + layer.transposedOffset, outputs: layer.inputs, inputs: layer.outputs,
                    input: outputGradient, batch: batch, bias: nil, alpha: 1, accumulate: false, output: inputGradient)
                if let entryIndex {
                    ToyLinearKernel.multiply(
                        weight: transposed + layout.entries[entryIndex].downOffset, outputs: layer.inputs, inputs: rank,
                        input: projected, batch: batch, bias: nil, alpha: 1, accumulate: true, output: inputGradient)
                }
                ToyActivation.multiplyByDerivative(
                    inputGradient, preactivations: scratch + preactivationOffsets[index - 1],
                    count: layer.inputs * batch)
                swap(&outputGradient, &inputGradient)
            }
            index -= 1
        }
        return squaredError
    }
}
