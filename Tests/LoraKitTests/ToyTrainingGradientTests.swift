import Foundation
import LoraEngine
import LoraRender
import Testing

@testable import LoraKit

/// The backward pass against central finite differences of the loss, written out in `Double`.
@Suite struct ToyTrainingGradientTests {
    static let configuration = ToyModelConfiguration(seed: 3, width: 8, depth: 2, frequencyCount: 3, latentCount: 2)

    /// A target of seeded random opaque colours.
    static func randomTarget(size: Int, seed: UInt64) -> RGBAImage {
        var random = ToyRandom(seed: seed)
        var bytes = [UInt8]()
        for _ in 0..<(size * size) {
            bytes += [UInt8(random.next() >> 56), UInt8(random.next() >> 56), UInt8(random.next() >> 56), 255]
        }
        return RGBAImage(width: size, height: size, bytes: bytes)
    }

    /// The training loss written directly: per pixel, z = W·a + b + s·U·(D·a) layer by layer,
    /// x/√(1+x²) between layers, logistic at the end; mean of (y − t)² over pixels and channels.
    static func referenceLoss(
        model: ToyModel, features: [Double], target: [Double], pixelCount: Int, layout: ToyLoRALayout,
        parameters: [Double], scale: Double
    ) -> Double {
        let inputs = model.inputCount
        let rank = layout.rank
        var weights = [[Double]](), biases = [[Double]]()
        for layer in 0..<model.layerCount {
            weights.append(model.tensors["net.\(layer).weight"]!.floats().map(Double.init))
            biases.append(model.tensors["net.\(layer).bias"]!.floats().map(Double.init))
        }
        var total = 0.0
        for pixel in 0..<pixelCount {
            var a = Array(features[(pixel * inputs)..<((pixel + 1) * inputs)])
            for layer in 0..<model.layerCount {
                let shape = model.layerShape(layer)
                var z = biases[layer]
                for o in 0..<shape[0] {
                    for i in 0..<shape[1] { z[o] += weights[layer][o * shape[1] + i] * a[i] }
                }
                if let entry = layout.entries.first(where: { $0.layer == layer }) {
                    var low = [Double](repeating: 0, count: rank)
                    for k in 0..<rank {
                        for i in 0..<shape[1] { low[k] += parameters[entry.downOffset + k * shape[1] + i] * a[i] }
                    }
                    for o in 0..<shape[0] {
                        for k in 0..<rank { z[o] += scale * parameters[entry.upOffset + o * rank + k] * low[k] }
                    }
                }
                a =
                    layer == model.layerCount - 1
                    ? z.map { 1 / (1 + exp(-$0)) } : z.map { $0 / (1 + $0 * $0).squareRoot() }
            }
            for channel in 0..<3 {
                let difference = a[channel] - target[pixel * 3 + channel]
                total += difference * difference
            }
        }
        return total / Double(3 * pixelCount)
    }

    @Test(arguments: [(1, [0, 1, 2]), (4, [0, 1, 2]), (4, [1]), (4, [0, 2]), (20, [0, 1, 2]), (20, [2])])
    func gradientMatchesFiniteDifferences(size: Int, layers: [Int]) throws {
        let model = try ToyModel(configuration: Self.configuration)
        let target = Self.randomTarget(size: size, seed: 11)
        let layout = ToyLoRALayout(model: model, layers: layers, rank: 2)
        let scale: Float = 1.5
        var random = ToyRandom(seed: 5)
        // Both factors non-zero, so every gradient term is exercised.
        let parameters = (0..<layout.parameterCount).map { _ in 0.5 * random.normal() }
        let plan = ToyTrainingPlan(model: model, target: target.unitRGB(), size: size, layout: layout, scale: scale)
        let (loss, gradient) = plan.evaluate(parameters: parameters, wantsGradient: true, workers: 1)

        let features = try model.inputFeatures(size: size).floats().map(Double.init)
        let targetValues = target.unitRGB().map(Double.init)
        let pixelCount = size * size
        func reference(_ values: [Double]) -> Double {
            Self.referenceLoss(
                model: model, features: features, target: targetValues, pixelCount: pixelCount, layout: layout,
                parameters: values, scale: Double(scale))
        }
        let point = parameters.map(Double.init)
        let referenceValue = reference(point)
        #expect(abs(Double(loss) - referenceValue) <= 1e-5 * referenceValue, "loss \(loss) vs \(referenceValue)")

        let step = 1e-6
        var numeric = [Double]()
        for p in point.indices {
            var plus = point, minus = point
            plus[p] += step
            minus[p] -= step
            numeric.append((reference(plus) - reference(minus)) / (2 * step))
        }
        let largest = numeric.map(abs).max()!
        #expect(largest > 1e-4, "the check needs gradients that are not all zero")
        for entry in layout.entries {
            let blocks = [
                ("up", entry.upOffset..<(entry.upOffset + entry.outputs * layout.rank)),
                ("down", entry.downOffset..<(entry.downOffset + layout.rank * entry.inputs)),
            ]
            for (name, range) in blocks {
                for p in range {
                    let error = abs(Double(gradient[p]) - numeric[p])
                    #expect(
                        error <= 1e-3 * abs(numeric[p]) + 1e-5 * largest,
                        "net.\(entry.layer) \(name)[\(p - range.lowerBound)]: backprop \(gradient[p]), finite differences \(numeric[p])"
                    )
                }
            }
        }
    }

    @Test func resultDoesNotDependOnThreads() throws {
        let model = try ToyModel(configuration: Self.configuration)
        let size = 70  // 4900 pixels: 20 chunks in 16 shards, the last chunk partial.
        let target = Self.randomTarget(size: size, seed: 2)
        let layout = ToyLoRALayout(model: model, layers: [0, 1, 2], rank: 3)
        var random = ToyRandom(seed: 9)
        let parameters = (0..<layout.parameterCount).map { _ in random.normal() }
        let plan = ToyTrainingPlan(model: model, target: target.unitRGB(), size: size, layout: layout, scale: 0.5)
        let one = plan.evaluate(parameters: parameters, wantsGradient: true, workers: 1)
        for workers in [2, 3, 16] {
            let other = plan.evaluate(parameters: parameters, wantsGradient: true, workers: workers)
            #expect(other.loss.bitPattern == one.loss.bitPattern)
            #expect(other.gradient.map(\.bitPattern) == one.gradient.map(\.bitPattern))
        }
        #expect(
            plan.evaluate(parameters: parameters, wantsGradient: false, workers: 2).loss.bitPattern
                == one.loss.bitPattern)
    }
}
