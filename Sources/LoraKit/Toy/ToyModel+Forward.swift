import Foundation
import LoraEngine
import LoraRender

/// The forward pass: pixels → colours, optionally with low-rank layer deltas; and its inputs.
extension ToyModel {
    /// Pixels per batch: the activations of one batch (width × 256 floats per layer) stay in L2.
    static let batchSize = 256

    /// The RGB colour of every pixel of a `size`×`size` rendering, in 0…1.
    ///
    /// Pixels are evaluated in batches of 256, spread over the available cores; each pixel's
    /// arithmetic is the same whatever the batch or thread, so the output is deterministic.
    /// Every delta adds `scale · up · (down · x)` to its layer's output before the activation.
    /// - Parameters:
    ///   - size: side of the square image in pixels, 1…4096.
    ///   - deltas: low-rank updates; several may target the same layer (they add up).
    ///   - cancellation: asked between batches; once cancelled the workers stop and the
    ///     colours are incomplete (the caller checks the token and throws).
    /// - Returns: `size · size · 3` floats, row-major pixels, R G B each.
    /// - Throws: `ToyModelError` for a bad size or a delta that does not fit its layer.
    /// - Complexity: O(size² · parameters), plus O(size² · r · (inputs + outputs)) per delta.
    public func evaluate(size: Int, deltas: [ToyLayerDelta] = [], cancellation: CancellationToken? = nil)
        throws(ToyModelError) -> [Float]
    {
        guard (1...4096).contains(size) else { throw .invalidConfiguration("image size \(size) is not in 1…4096") }
        let plan = try ToyForwardPlan(model: self, deltas: deltas, size: size)
        let pixelCount = size * size
        var colours = [Float](repeating: 0, count: pixelCount * 3)
        let batchCount = (pixelCount + Self.batchSize - 1) / Self.batchSize
        let workers = max(1, min(ParallelFor.defaultThreadCount, batchCount, 8))
        colours.withUnsafeMutableBufferPointer { buffer in
            let target = SendablePointer(address: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var scratch = plan.makeScratch()
                var batch = worker
                while batch < batchCount, cancellation?.isCancelled != true {
                    let start = batch * Self.batchSize
                    plan.run(
                        pixels: start..<min(start + Self.batchSize, pixelCount), scratch: &scratch, into: target.address
                    )
                    batch += workers
                }
            }
        }
        return colours
    }

    /// The model's picture at `size`×`size` (see `evaluate`), channels rounded to 8 bits.
    /// - Throws: `ToyModelError`; `Interrupted` once `cancellation` is cancelled (a 4096²
    ///   picture takes seconds).
    public func render(size: Int, deltas: [ToyLayerDelta] = [], cancellation: CancellationToken? = nil) throws
        -> RGBAImage
    {
        let colours = try evaluate(size: size, deltas: deltas, cancellation: cancellation)
        try cancellation?.check()
        return RGBAImage(width: size, height: size, unitRGB: colours)
    }

    /// The input features of every pixel of a `size`×`size` image, exactly as the forward pass
    /// computes them: shape [size², inputCount], one row per pixel (row-major pixel order),
    /// columns `x, y, sin 2π(f₁·p) …, cos 2π(f₁·p) …, latent …` (see the type's documentation).
    /// - Throws: `ToyModelError.invalidConfiguration` for a size outside 1…4096.
    public func inputFeatures(size: Int) throws(ToyModelError) -> Tensor {
        guard (1...4096).contains(size) else { throw .invalidConfiguration("image size \(size) is not in 1…4096") }
        let plan = try ToyForwardPlan(model: self, deltas: [], size: size)
        let pixelCount = size * size
        let inputs = inputCount
        var result = Tensor(zeros: [pixelCount, inputs])
        var block = [Float](repeating: 0, count: inputs * Self.batchSize)
        result.withUnsafeMutableFloats { rows in
            var start = 0
            while start < pixelCount {
                let pixels = start..<min(start + Self.batchSize, pixelCount)
                block.withUnsafeMutableBufferPointer { plan.fillFeatures(pixels: pixels, into: $0) }
                for b in 0..<pixels.count {
                    for i in 0..<inputs { rows[(start + b) * inputs + i] = block[i * pixels.count + b] }
                }
                start = pixels.upperBound
            }
        }
        return result
    }

    /// The centre of pixel `index` along an axis of `size` pixels, in [−1, 1]: (2·index + 1)/size − 1.
    public static func pixelCoordinate(_ index: Int, size: Int) -> Float {
        Float((2 * Double(index) + 1) / Double(size) - 1)
    }
}
