import Foundation
import LoraEngine
import LoraRender
import Testing

@testable import LoraKit

/// Training behaviour. Serialized: one test raises the process-wide interruption flag.
@Suite(.serialized) struct ToyTrainerTests {
    static let model = try! ToyModel(configuration: ToyModelConfiguration(seed: 0))

    /// Mean of (a − b)² over all values, in Double.
    static func meanSquaredError(_ a: [Float], _ b: [Float]) -> Double {
        var sum = 0.0
        for (x, y) in zip(a, b) {
            let difference = Double(x) - Double(y)
            sum += difference * difference
        }
        return sum / Double(a.count)
    }

    @Test func lossFallsFarBelowTheBaseOnRings() throws {
        let target = TargetPattern.rings.image(size: 32)
        var steps = [Int]()
        let lora = try ToyTrainer(model: Self.model, target: target, configuration: ToyTrainingConfiguration(rank: 4))
            .train { step, _ in steps.append(step) }
        #expect(steps == Array(1...300))
        #expect(lora.lossHistory.count == 300)
        // Step 1 starts from up = 0: its loss is the base picture's error, computed here from the
        // ordinary forward pass.
        let baseError = Self.meanSquaredError(try Self.model.evaluate(size: 32), target.unitRGB())
        #expect(
            abs(Double(lora.lossHistory[0]) - baseError) <= 1e-4 * baseError, "\(lora.lossHistory[0]) vs \(baseError)")
        // The base draws nothing like rings (loss ≈ 0.18); a rank-4 LoRA must get most of the way.
        #expect(baseError > 0.1)
        let finalLoss = try #require(lora.finalLoss)
        #expect(finalLoss < 0.1 * lora.lossHistory[0], "final \(finalLoss), initial \(lora.lossHistory[0])")
        // The LoRA drawn by the render path gives the loss training reported.
        let trainedError = Self.meanSquaredError(
            try Self.model.evaluate(size: 32, deltas: lora.deltas()), target.unitRGB())
        #expect(abs(Double(finalLoss) - trainedError) <= 1e-3 * trainedError, "\(finalLoss) vs \(trainedError)")
        // …and at full weight it beats half weight and no LoRA at all.
        let halfError = Self.meanSquaredError(
            try Self.model.evaluate(size: 32, deltas: lora.deltas(weight: 0.5)), target.unitRGB())
        #expect(trainedError < halfError && halfError < baseError)
    }

    @Test func resultHasTheDocumentedShape() throws {
        let configuration = ToyTrainingConfiguration(
            rank: 3, alpha: 1.5, steps: 5, layers: ["net.2.weight", "1", "net.1"])
        let lora = try ToyTrainer(
            model: Self.model, target: TargetPattern.checker.image(size: 16), configuration: configuration
        )
        .train()
        #expect(lora.layerNames == ["net.1.weight", "net.2.weight"])
        #expect(lora.modules.map(\.up.shape) == [[64, 3], [64, 3]])
        #expect(lora.modules.map(\.down.shape) == [[3, 64], [3, 64]])
        #expect(lora.modules.allSatisfy { $0.up.dtype == .f32 && $0.down.dtype == .f32 })
        #expect(lora.rank == 3 && lora.alpha == 1.5 && lora.scale == 0.5)
        let deltas = lora.deltas(weight: 2)
        #expect(deltas.map(\.layer) == [1, 2])
        #expect(deltas.allSatisfy { $0.scale == 1 })
        #expect(ToyTrainingConfiguration(rank: 8).scale == 1)
        #expect(
            try ToyTrainingConfiguration(layers: ["3, net.0", "net.0.weight"]).layerIndices(model: Self.model) == [
                0, 3,
            ])
        #expect(try ToyTrainingConfiguration().layerIndices(model: Self.model) == [0, 1, 2, 3])
    }

    @Test func initialisationFollowsPEFT() throws {
        let layout = ToyLoRALayout(model: Self.model, layers: [0, 1, 3], rank: 4)
        let parameters = layout.initialParameters(seed: 42)
        for entry in layout.entries {
            let up = parameters[entry.upOffset..<(entry.upOffset + entry.outputs * 4)]
            let down = Array(parameters[entry.downOffset..<(entry.downOffset + 4 * entry.inputs)])
            #expect(up.allSatisfy { $0 == 0 })
            let bound = 1 / Float(entry.inputs).squareRoot()
            #expect(down.allSatisfy { abs($0) < bound })
            // Uniform on ±bound: variance bound²/3.
            let variance = down.map { Double($0 * $0) }.reduce(0, +) / Double(down.count)
            #expect(abs(variance / Double(bound * bound / 3) - 1) < 0.3, "variance \(variance)")
        }
        #expect(layout.initialParameters(seed: 42) == parameters)
        #expect(layout.initialParameters(seed: 43) != parameters)
    }

    @Test func sameSeedSameBytesWhateverTheThreads() throws {
        let target = TargetPattern.smiley.image(size: 24)
        let configuration = ToyTrainingConfiguration(rank: 2, steps: 40, seed: 7)
        var trainer = try ToyTrainer(model: Self.model, target: target, configuration: configuration)
        trainer.workerCount = 1
        let first = try trainer.train()
        trainer.workerCount = 2
        let second = try trainer.train()
        trainer.workerCount = 5
        let third = try trainer.train()
        for other in [second, third] {
            #expect(other.lossHistory.map(\.bitPattern) == first.lossHistory.map(\.bitPattern))
            #expect(other.finalLoss?.bitPattern == first.finalLoss?.bitPattern)
            for (a, b) in zip(first.modules, other.modules) {
                #expect(a.up.floats().map(\.bitPattern) == b.up.floats().map(\.bitPattern))
                #expect(a.down.floats().map(\.bitPattern) == b.down.floats().map(\.bitPattern))
            }
        }
        var reseeded = configuration
        reseeded.seed = 8
        let different = try ToyTrainer(model: Self.model, target: target, configuration: reseeded).train()
        #expect(different.modules[0].down.floats() != first.modules[0].down.floats())
        #expect(different.modules[0].up.floats() != first.modules[0].up.floats())
        #expect(different.finalLoss != first.finalLoss)
    }

    @Test func higherRankReachesLowerLoss() throws {
        let target = TargetPattern.rings.image(size: 32)
        let rankOne = try ToyTrainer(
            model: Self.model, target: target, configuration: ToyTrainingConfiguration(rank: 1)
        )
        .train()
        let rankEight = try ToyTrainer(
            model: Self.model, target: target, configuration: ToyTrainingConfiguration(rank: 8)
        )
        .train()
        let one = try #require(rankOne.finalLoss)
        let eight = try #require(rankEight.finalLoss)
        #expect(one < 0.5 * rankOne.lossHistory[0], "rank 1 still learns: \(one)")
        #expect(eight < 0.5 * one, "rank 8 \(eight), rank 1 \(one)")
    }

    @Test func trainingOnlyTheLastLayerStillLearns() throws {
        let target = TargetPattern.stripes.image(size: 16)
        let lora = try ToyTrainer(
            model: Self.model, target: target,
            configuration: ToyTrainingConfiguration(rank: 2, steps: 100, layers: ["3"])
        ).train()
        #expect(lora.layerNames == ["net.3.weight"])
        #expect(try #require(lora.finalLoss) < 0.8 * lora.lossHistory[0])
    }

    @Test func interruptionStopsTraining() throws {
        let trainer = try ToyTrainer(
            model: Self.model, target: TargetPattern.rings.image(size: 16),
            configuration: ToyTrainingConfiguration(steps: 50))
        let token = CancellationToken()
        token.cancel()
        var calls = 0
        #expect(throws: Interrupted.self) { try trainer.train(cancellation: token) { _, _ in calls += 1 } }
        #expect(calls == 0)
        token.reset()
        #expect(throws: Interrupted.self) {
            try trainer.train(cancellation: token) { step, _ in
                calls += 1
                if step == 3 { token.cancel() }
            }
        }
        #expect(calls == 3)
    }

    @Test func invalidSettingsAreNamed() throws {
        let model = Self.model
        let target = TargetPattern.rings.image(size: 8)
        func error(_ configuration: ToyTrainingConfiguration, target: RGBAImage = target) -> ToyTrainingError? {
            do {
                _ = try ToyTrainer(model: model, target: target, configuration: configuration)
                return nil
            } catch { return error }
        }
        #expect(error(ToyTrainingConfiguration(rank: 0)) == .invalidRank(0))
        #expect(error(ToyTrainingConfiguration(rank: 257)) == .invalidRank(257))
        #expect(error(ToyTrainingConfiguration(alpha: 0)) == .invalidAlpha(0))
        #expect(error(ToyTrainingConfiguration(alpha: -2)) == .invalidAlpha(-2))
        #expect(error(ToyTrainingConfiguration(steps: 0)) == .invalidSteps(0))
        #expect(error(ToyTrainingConfiguration(learningRate: 0)) == .invalidLearningRate(0))
        #expect(error(ToyTrainingConfiguration(learningRate: -0.1)) == .invalidLearningRate(-0.1))
        #expect(error(ToyTrainingConfiguration(learningRate: 2)) == .invalidLearningRate(2))
        if case .invalidLearningRate(let rate) = error(ToyTrainingConfiguration(learningRate: .nan)) {
            #expect(rate.isNaN)
        } else {
            Issue.record("lr=nan accepted")
        }
        let names = ["net.0.weight", "net.1.weight", "net.2.weight", "net.3.weight"]
        #expect(
            error(ToyTrainingConfiguration(layers: ["net.4.weight"])) == .unknownLayer("net.4.weight", available: names)
        )
        #expect(
            error(ToyTrainingConfiguration(layers: ["1", "encoder"])) == .unknownLayer("encoder", available: names))
        #expect(error(ToyTrainingConfiguration(layers: ["-1"])) == .unknownLayer("-1", available: names))
        #expect(error(ToyTrainingConfiguration(layers: [])) == .noLayers)
        #expect(error(ToyTrainingConfiguration(layers: [" , "])) == .noLayers)
        #expect(error(ToyTrainingConfiguration(layers: ["0,net.7"])) == .unknownLayer("net.7", available: names))
        #expect(
            error(ToyTrainingConfiguration(), target: RGBAImage(width: 8, height: 6))
                == .targetNotSquare(width: 8, height: 6))
        #expect(
            error(ToyTrainingConfiguration(), target: RGBAImage(width: 0, height: 0))
                == .targetSizeOutOfRange(side: 0, limit: 512))
        #expect(
            error(ToyTrainingConfiguration(), target: RGBAImage(width: 513, height: 513))
                == .targetSizeOutOfRange(side: 513, limit: 512))

        // Messages name the value and say what to do.
        #expect(ToyTrainingError.invalidRank(0).description.contains("rank=0"))
        #expect(ToyTrainingError.invalidLearningRate(0).description.contains("lr=0"))
        #expect(ToyTrainingError.unknownLayer("net.9", available: names).description.contains("net.3.weight"))
        #expect(ToyTrainingError.targetNotSquare(width: 8, height: 6).description.contains("8×6"))
    }

    @Test func nonFiniteLossIsReportedAsDivergence() throws {
        var tensors = Self.model.tensors
        var weight = tensors["net.3.weight"]!.floats()
        weight[5] = .nan
        tensors["net.3.weight"] = Tensor(shape: [3, 64], values: weight)
        let broken = try ToyModel(tensors: tensors)
        let trainer = try ToyTrainer(
            model: broken, target: TargetPattern.rings.image(size: 8), configuration: ToyTrainingConfiguration(steps: 3)
        )
        #expect(throws: ToyTrainingError.diverged(step: 1, learningRate: 0.01)) { try trainer.train() }
    }
}
