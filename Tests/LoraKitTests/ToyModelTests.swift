import Foundation
import LoraEngine
import Testing

@testable import LoraKit

@Suite struct ToyModelTests {
    static let configuration = ToyModelConfiguration(seed: 7, width: 24, depth: 3, frequencyCount: 6, latentCount: 4)

    @Test func namesAndShapes() throws {
        let model = try ToyModel(configuration: Self.configuration)
        #expect(model.inputCount == 2 + 12 + 4)
        #expect(
            Set(model.tensors.keys) == [
                "encoding.frequencies", "encoding.latent", "net.0.weight", "net.0.bias", "net.1.weight", "net.1.bias",
                "net.2.weight", "net.2.bias", "net.3.weight", "net.3.bias",
            ])
        #expect(model.tensors["net.0.weight"]!.shape == [24, 18])
        #expect(model.tensors["net.2.weight"]!.shape == [24, 24])
        #expect(model.tensors["net.3.weight"]!.shape == [3, 24])
        #expect(model.tensors["net.3.bias"]!.shape == [3])
        #expect(model.tensors["encoding.frequencies"]!.shape == [6, 2])
        #expect(model.tensors.values.allSatisfy { $0.dtype == .f32 })
    }

    @Test func sameSeedSameBytesOtherSeedOtherPicture() throws {
        let first = try ToyModel(configuration: Self.configuration).render(size: 40)
        let second = try ToyModel(configuration: Self.configuration).render(size: 40)
        #expect(first == second)
        var other = Self.configuration
        other.seed = 8
        #expect(try ToyModel(configuration: other).render(size: 40) != first)
    }

    @Test func pictureIsNotConstant() throws {
        let image = try ToyModel(configuration: ToyModelConfiguration(seed: 1)).render(size: 64)
        var colours = Set<[UInt8]>()
        var reds = [Double]()
        for pixel in 0..<(64 * 64) {
            colours.insert(Array(image.bytes[(pixel * 4)..<(pixel * 4 + 3)]))
            reds.append(Double(image.bytes[pixel * 4]))
        }
        let mean = reds.reduce(0, +) / Double(reds.count)
        let deviation = (reds.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(reds.count)).squareRoot()
        #expect(colours.count > 500, "only \(colours.count) distinct colours")
        #expect(deviation > 10, "red channel standard deviation \(deviation)")
    }

    /// The network for one pixel, written out directly in Double: features with sin/cos of
    /// 2π f·p (no separable tables), x/√(1+x²) hidden activation, logistic output.
    static func referencePixel(_ model: ToyModel, x: Double, y: Double) -> [Double] {
        let frequencies = model.tensors["encoding.frequencies"]!.floats().map(Double.init)
        let latent = model.tensors["encoding.latent"]!.floats().map(Double.init)
        var sines = [Double](), cosines = [Double]()
        for k in 0..<model.frequencyCount {
            let phase = 2 * Double.pi * (frequencies[2 * k] * x + frequencies[2 * k + 1] * y)
            sines.append(sin(phase))
            cosines.append(cos(phase))
        }
        var activations = [x, y] + sines + cosines + latent
        for layer in 0..<model.layerCount {
            let weight = model.tensors["net.\(layer).weight"]!.floats().map(Double.init)
            let bias = model.tensors["net.\(layer).bias"]!.floats().map(Double.init)
            let inputs = activations.count
            activations = bias.indices.map { o in
                var sum = bias[o]
                for i in 0..<inputs { sum += weight[o * inputs + i] * activations[i] }
                return layer == model.layerCount - 1 ? 1 / (1 + exp(-sum)) : sum / (1 + sum * sum).squareRoot()
            }
        }
        return activations
    }

    @Test func forwardMatchesDirectFormula() throws {
        let model = try ToyModel(configuration: Self.configuration)
        let size = 37
        let colours = try model.evaluate(size: size)
        for (row, column) in [(0, 0), (0, 36), (18, 5), (36, 36), (29, 11)] {
            let x = (2 * Double(column) + 1) / Double(size) - 1
            let y = (2 * Double(row) + 1) / Double(size) - 1
            let expected = Self.referencePixel(model, x: x, y: y)
            for channel in 0..<3 {
                let actual = Double(colours[(row * size + column) * 3 + channel])
                #expect(abs(actual - expected[channel]) < 2e-5, "pixel (\(column), \(row)) channel \(channel)")
            }
        }
    }

    @Test func zeroDeltaChangesNothing() throws {
        let model = try ToyModel(configuration: Self.configuration)
        let plain = try model.evaluate(size: 33)
        let zero = ToyLayerDelta(
            layer: 1, up: Tensor(zeros: [24, 2]), down: Tensor(shape: [2, 24], values: (0..<48).map { Float($0) }),
            scale: 3)
        #expect(try model.evaluate(size: 33, deltas: [zero]) == plain)
        let zeroScale = ToyLayerDelta(
            layer: 0, up: Tensor(shape: [24, 1], values: [Float](repeating: 1, count: 24)),
            down: Tensor(shape: [1, 18], values: [Float](repeating: 1, count: 18)), scale: 0)
        #expect(try model.evaluate(size: 33, deltas: [zeroScale]) == plain)
    }

    @Test(arguments: [0, 2, 3])
    func rankOneDeltaEqualsDenseWeightChange(layer: Int) throws {
        let model = try ToyModel(configuration: Self.configuration)
        let shape = model.layerShape(layer)
        var random = ToyRandom(seed: 99)
        let u = (0..<shape[0]).map { _ in random.normal() }
        let d = (0..<shape[1]).map { _ in random.normal() }
        let scale: Float = 0.3
        // W' = W + scale · u dᵀ, formed densely here.
        var tensors = model.tensors
        var dense = tensors["net.\(layer).weight"]!.floats()
        for o in 0..<shape[0] {
            for i in 0..<shape[1] { dense[o * shape[1] + i] += Float(Double(scale) * Double(u[o]) * Double(d[i])) }
        }
        tensors["net.\(layer).weight"] = Tensor(shape: shape, values: dense)
        let merged = try ToyModel(tensors: tensors)

        let delta = ToyLayerDelta(
            layer: layer, up: Tensor(shape: [shape[0], 1], values: u), down: Tensor(shape: [1, shape[1]], values: d),
            scale: scale)
        let withDelta = try model.evaluate(size: 29, deltas: [delta])
        let withDense = try merged.evaluate(size: 29)
        let plain = try model.evaluate(size: 29)
        let difference = zip(withDelta, withDense).map { abs($0 - $1) }.max()!
        let effect = zip(withDelta, plain).map { abs($0 - $1) }.max()!
        #expect(difference < 1e-5, "delta and dense weights differ by \(difference)")
        #expect(effect > 0.01, "the delta should visibly change the picture (changed by \(effect))")
    }

    @Test func checkpointRoundTripAndHalfPrecision() throws {
        let model = try ToyModel(configuration: Self.configuration)
        #expect(try ToyModel(tensors: model.tensors).render(size: 20) == model.render(size: 20))
        let half = model.tensors.mapValues { $0.converted(to: .f16) }
        let loaded = try ToyModel(tensors: half)
        #expect(loaded.width == 24 && loaded.depth == 3 && loaded.frequencyCount == 6 && loaded.latentCount == 4)
    }

    @Test func loadErrors() throws {
        let tensors = try ToyModel(configuration: Self.configuration).tensors
        var missing = tensors
        missing["net.2.bias"] = nil
        #expect(throws: ToyModelError.missingTensor("net.2.bias")) { try ToyModel(tensors: missing) }
        var misshapen = tensors
        misshapen["net.1.weight"] = Tensor(zeros: [24, 23])
        #expect(throws: ToyModelError.wrongShape(name: "net.1.weight", expected: [24, 24], found: [24, 23])) {
            try ToyModel(tensors: misshapen)
        }
        var extra = tensors
        extra["lora_unet_x.alpha"] = Tensor(zeros: [])
        #expect(throws: ToyModelError.unexpectedTensor("lora_unet_x.alpha")) { try ToyModel(tensors: extra) }
        var integer = tensors
        integer["net.0.bias"] = Tensor(zeros: [24], dtype: .i32)
        #expect(throws: ToyModelError.notFloatingPoint(name: "net.0.bias", dtype: "I32")) {
            try ToyModel(tensors: integer)
        }
        #expect(throws: ToyModelError.self) {
            try ToyModel(configuration: ToyModelConfiguration(width: 0))
        }
    }

    @Test func deltaErrors() throws {
        let model = try ToyModel(configuration: Self.configuration)
        let outOfRange = ToyLayerDelta(layer: 4, up: Tensor(zeros: [3, 1]), down: Tensor(zeros: [1, 24]), scale: 1)
        #expect(throws: ToyModelError.deltaLayerOutOfRange(layer: 4, layerCount: 4)) {
            try model.evaluate(size: 4, deltas: [outOfRange])
        }
        let wrong = ToyLayerDelta(layer: 1, up: Tensor(zeros: [24, 2]), down: Tensor(zeros: [2, 18]), scale: 1)
        #expect(throws: ToyModelError.deltaShapeMismatch(layer: 1, up: [24, 2], down: [2, 18], layerShape: [24, 24])) {
            try model.evaluate(size: 4, deltas: [wrong])
        }
    }

    @Test func activationDerivativeMatchesFiniteDifference() {
        for x: Float in [-3, -0.5, 0, 0.25, 2] {
            let h: Double = 1e-4
            let xd = Double(x)
            let numeric =
                ((xd + h) / (1 + (xd + h) * (xd + h)).squareRoot()
                    - (xd - h) / (1 + (xd - h) * (xd - h)).squareRoot()) / (2 * h)
            #expect(abs(Double(ToyActivation.derivative(x)) - numeric) < 1e-5)
            #expect(abs(Double(ToyActivation.value(x)) - xd / (1 + xd * xd).squareRoot()) < 1e-6)
        }
    }

    @Test func inputFeaturesMatchDirectFormula() throws {
        let model = try ToyModel(configuration: Self.configuration)
        let size = 45
        let features = try model.inputFeatures(size: size)
        #expect(features.shape == [size * size, 18])
        let values = features.floats()
        let frequencies = model.tensors["encoding.frequencies"]!.floats().map(Double.init)
        let latent = model.tensors["encoding.latent"]!.floats()
        for (row, column) in [(0, 0), (44, 3), (22, 22), (7, 44)] {
            let x = (2 * Double(column) + 1) / 45 - 1
            let y = (2 * Double(row) + 1) / 45 - 1
            let base = (row * size + column) * 18
            #expect(abs(Double(values[base]) - x) < 1e-6 && abs(Double(values[base + 1]) - y) < 1e-6)
            for k in 0..<6 {
                let phase = 2 * Double.pi * (frequencies[2 * k] * x + frequencies[2 * k + 1] * y)
                #expect(abs(Double(values[base + 2 + k]) - sin(phase)) < 1e-5)
                #expect(abs(Double(values[base + 8 + k]) - cos(phase)) < 1e-5)
            }
            #expect(Array(values[(base + 14)..<(base + 18)]) == latent)
        }
    }

    /// Each pixel's arithmetic must not depend on how pixels are grouped into batches (or
    /// threads): one batch of 100 and batches of 37 + 63 + … give identical bits.
    @Test func resultsDoNotDependOnBatching() throws {
        let model = try ToyModel(configuration: Self.configuration)
        var random = ToyRandom(seed: 5)
        let delta = ToyLayerDelta(
            layer: 1, up: Tensor(shape: [24, 3], values: (0..<72).map { _ in random.normal() }),
            down: Tensor(shape: [3, 24], values: (0..<72).map { _ in random.normal() }), scale: 0.2)
        let plan = try ToyForwardPlan(model: model, deltas: [delta], size: 10)
        var whole = [Float](repeating: 0, count: 300)
        var pieces = [Float](repeating: 0, count: 300)
        var scratch = plan.makeScratch()
        whole.withUnsafeMutableBufferPointer { plan.run(pixels: 0..<100, scratch: &scratch, into: $0.baseAddress!) }
        pieces.withUnsafeMutableBufferPointer { buffer in
            for range in [0..<37, 37..<45, 45..<46, 46..<100] {
                plan.run(pixels: range, scratch: &scratch, into: buffer.baseAddress!)
            }
        }
        #expect(whole == pieces)
        #expect(try model.evaluate(size: 10, deltas: [delta]) == whole)
    }
}
