import Foundation
import LoraEngine

/// Everything one forward pass of a `ToyModel` reads, flattened into arrays: weights, deltas,
/// the coordinate grid and separable sine/cosine tables for the Fourier features. Immutable
/// and shared by the worker threads; each worker brings its own `Scratch`.
struct ToyForwardPlan: Sendable {
    struct Layer: Sendable {
        var weight: [Float]
        var bias: [Float]
        var outputs: Int
        var inputs: Int
        var deltas: [(up: [Float], down: [Float], rank: Int, scale: Float)]
    }

    struct Scratch {
        var features: [Float]
        var first: [Float]
        var second: [Float]
        var low: [Float]
    }

    let size: Int
    let frequencyCount: Int
    let latent: [Float]
    let layers: [Layer]
    /// sin/cos of 2π·f_k,x·x_j (by k, then column j) and of 2π·f_k,y·y_i (by k, then row i).
    let sinX: [Float], cosX: [Float], sinY: [Float], cosY: [Float]
    /// Pixel centre coordinates in [−1, 1].
    let coordinates: [Float]
    let inputCount: Int
    let maxWidth: Int
    let maxRank: Int

    init(model: ToyModel, deltas: [ToyLayerDelta], size: Int) throws(ToyModelError) {
        self.size = size
        frequencyCount = model.frequencyCount
        inputCount = model.inputCount
        latent = model.tensors[ToyModel.latentName]!.floats()
        var layers = [Layer]()
        for index in 0..<model.layerCount {
            let shape = model.layerShape(index)
            layers.append(
                Layer(
                    weight: model.tensors[ToyModel.weightName(layer: index)]!.floats(),
                    bias: model.tensors[ToyModel.biasName(layer: index)]!.floats(), outputs: shape[0],
                    inputs: shape[1], deltas: []))
        }
        var maxRank = 0
        for delta in deltas {
            guard (0..<model.layerCount).contains(delta.layer) else {
                throw .deltaLayerOutOfRange(layer: delta.layer, layerCount: model.layerCount)
            }
            let shape = model.layerShape(delta.layer)
            let rank = delta.down.shape.first ?? 0
            guard delta.up.rank == 2, delta.down.rank == 2, delta.up.shape == [shape[0], rank],
                delta.down.shape == [rank, shape[1]], delta.up.dtype.isFloatingPoint, delta.down.dtype.isFloatingPoint
            else {
                throw .deltaShapeMismatch(
                    layer: delta.layer, up: delta.up.shape, down: delta.down.shape, layerShape: shape)
            }
            if rank == 0 { continue }
            layers[delta.layer].deltas.append((delta.up.floats(), delta.down.floats(), rank, delta.scale))
            maxRank = max(maxRank, rank)
        }
        self.layers = layers
        self.maxRank = maxRank
        maxWidth = layers.map(\.outputs).max()!

        coordinates = (0..<size).map { ToyModel.pixelCoordinate($0, size: size) }
        let frequencies = model.tensors[ToyModel.frequenciesName]!.floats()
        var sinX = [Float](), cosX = [Float](), sinY = [Float](), cosY = [Float]()
        for k in 0..<frequencyCount {
            for j in 0..<size {
                let angleX = 2 * Double.pi * Double(frequencies[2 * k]) * Double(coordinates[j])
                let angleY = 2 * Double.pi * Double(frequencies[2 * k + 1]) * Double(coordinates[j])
                sinX.append(Float(sin(angleX)))
                cosX.append(Float(cos(angleX)))
                sinY.append(Float(sin(angleY)))
                cosY.append(Float(cos(angleY)))
            }
        }
        (self.sinX, self.cosX, self.sinY, self.cosY) = (sinX, cosX, sinY, cosY)
    }

    func makeScratch() -> Scratch {
        let batch = ToyModel.batchSize
        return Scratch(
            features: [Float](repeating: 0, count: inputCount * batch),
            first: [Float](repeating: 0, count: maxWidth * batch),
            second: [Float](repeating: 0, count: maxWidth * batch),
            low: [Float](repeating: 0, count: max(1, maxRank) * batch))
    }

    /// Writes the input features of `pixels` (row-major pixel indices) feature-major into
    /// `features` (`features[i · pixels.count + b]`). sin and cos of 2π(f·p) come from the
    /// separable tables: sin(a + b) = sin a cos b + cos a sin b, cos(a + b) = cos a cos b − sin a sin b.
    func fillFeatures(pixels: Range<Int>, into features: UnsafeMutableBufferPointer<Float>) {
        let batch = pixels.count
        let f = frequencyCount
        for (b, pixel) in pixels.enumerated() {
            let row = pixel / size
            let column = pixel % size
            features[b] = coordinates[column]
            features[batch + b] = coordinates[row]
            for k in 0..<f {
                let sx = sinX[k * size + column], cx = cosX[k * size + column]
                let sy = sinY[k * size + row], cy = cosY[k * size + row]
                features[(2 + k) * batch + b] = sx * cy + cx * sy
                features[(2 + f + k) * batch + b] = cx * cy - sx * sy
            }
            for (l, value) in latent.enumerated() { features[(2 + 2 * f + l) * batch + b] = value }
        }
    }

    /// Evaluates `pixels` (row-major indices) and writes their RGB into `output`.
    func run(pixels: Range<Int>, scratch: inout Scratch, into output: UnsafeMutablePointer<Float>) {
        let batch = pixels.count
        scratch.features.withUnsafeMutableBufferPointer { fillFeatures(pixels: pixels, into: $0) }
        for (index, layer) in layers.enumerated() {
            let isLast = index == layers.count - 1
            // Layer 0 reads the features; hidden results alternate between the two buffers.
            withInputAndOutput(&scratch, inputIsFeatures: index == 0, writeFirst: index.isMultiple(of: 2)) {
                input, result, low in
                layer.weight.withUnsafeBufferPointer { weight in
                    layer.bias.withUnsafeBufferPointer { bias in
                        ToyLinearKernel.multiply(
                            weight: weight.baseAddress!, outputs: layer.outputs, inputs: layer.inputs, input: input,
                            batch: batch, bias: bias.baseAddress!, alpha: 1, accumulate: false, output: result)
                    }
                }
                for delta in layer.deltas {
                    delta.down.withUnsafeBufferPointer { down in
                        ToyLinearKernel.multiply(
                            weight: down.baseAddress!, outputs: delta.rank, inputs: layer.inputs, input: input,
                            batch: batch, bias: nil, alpha: 1, accumulate: false, output: low)
                    }
                    delta.up.withUnsafeBufferPointer { up in
                        ToyLinearKernel.multiply(
                            weight: up.baseAddress!, outputs: layer.outputs, inputs: delta.rank, input: low,
                            batch: batch, bias: nil, alpha: delta.scale, accumulate: true, output: result)
                    }
                }
                if isLast {
                    for channel in 0..<3 {
                        for b in 0..<batch {
                            let z = result[channel * batch + b]
                            output[(pixels.lowerBound + b) * 3 + channel] = Float(1 / (1 + exp(-Double(z))))
                        }
                    }
                } else {
                    ToyActivation.apply(result, count: layer.outputs * batch)
                }
            }
        }
    }

    /// Calls `body` with (layer input, layer output, low-rank scratch) pointers.
    private func withInputAndOutput(
        _ scratch: inout Scratch, inputIsFeatures: Bool, writeFirst: Bool,
        _ body: (UnsafePointer<Float>, UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) -> Void
    ) {
        scratch.low.withUnsafeMutableBufferPointer { low in
            scratch.first.withUnsafeMutableBufferPointer { first in
                scratch.second.withUnsafeMutableBufferPointer { second in
                    scratch.features.withUnsafeBufferPointer { features in
                        let input: UnsafePointer<Float>
                        if inputIsFeatures {
                            input = features.baseAddress!
                        } else {
                            input = UnsafePointer(writeFirst ? second.baseAddress! : first.baseAddress!)
                        }
                        body(input, writeFirst ? first.baseAddress! : second.baseAddress!, low.baseAddress!)
                    }
                }
            }
        }
    }
}
