import Foundation

/// One chunk's forward pass, squared error and backpropagation.
extension ToyTrainingPlan {
    /// Forward (and, with `gradient`, backward) pass over one chunk; adds the chunk's parameter
    /// gradient to `gradient` and returns its sum of squared errors.
    func run(
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
