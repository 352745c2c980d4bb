import Foundation
import LoraEngine
import LoraFormats
import LoraRender

extension Session {
    /// The `train` option a training error is about.
    static func input(of error: ToyTrainingError) -> String {
        switch error {
        case .invalidRank, .rankAboveLayers: return "rank"
        case .invalidAlpha: return "alpha"
        case .invalidSteps: return "steps"
        case .invalidLearningRate, .diverged: return "lr"
        case .unknownLayer, .noLayers: return "layers"
        case .targetNotSquare, .targetSizeOutOfRange: return "target"
        }
    }

    /// `toy [seed=N] [width=N] [depth=N]`: a new built-in image model.
    /// - Parameter command: the command as it ran (`base = toy seed=7`), the model's recipe.
    /// - Throws: `SessionError` about `seed` or the sizes.
    public func makeToy(seed: Int?, width: Int?, depth: Int?, command: String = "") throws(SessionError) -> ToyModel {
        let seed = seed ?? 0
        guard seed >= 0 else { throw .input("seed", "seed must be 0 or more") }
        do {
            var model = try ToyModel(
                configuration: ToyModelConfiguration(seed: UInt64(seed), width: width ?? 64, depth: depth ?? 3))
            model.recipe = command.isEmpty ? [] : [command]
            return model
        } catch {
            throw SessionError("\(error)")
        }
    }

    /// `train`'s settings as written (nil: the default).
    public struct TrainRequest {
        public var rank: Int?
        public var alpha: Double?
        public var steps: Int?
        public var learningRate: Double?
        public var seed: Int?
        public var layers: String?
        /// The training resolution for a pattern.
        public var size: Int?
        /// The command as it ran, for the LoRA's recipe.
        public var command = ""
        public init() {}
    }

    /// What `train` made: the LoRA (with its loss curve) and the line to print.
    public struct TrainResult {
        public var lora: LoraAdapter
        public var line: String
    }

    /// `NAME = train BASE on TARGET …`: a LoRA for the built-in model that draws `target`, a
    /// built-in pattern or a square PNG. Shows the step, loss and time left as it goes.
    /// - Throws: `SessionError` about `base`, `target`, `size`, `seed` or the settings;
    ///   `Interrupted`.
    public func train(_ baseObject: any SessionObject, on target: String, _ request: TrainRequest) throws -> TrainResult
    {
        guard let model = baseObject as? ToyModel else {
            throw SessionError.input("base", "train needs a toy base (base = toy seed=…)")
        }
        let size = request.size ?? 64
        guard (4...512).contains(size) else { throw SessionError.input("size", "size must be 4…512") }
        let picture: RGBAImage
        var targetFile: [String] = []
        if let pattern = TargetPattern(rawValue: target) {
            picture = pattern.image(size: size)
        } else {
            do {
                picture = try PNGDecoder.read(path: target)
                targetFile = [target]
            } catch {
                throw SessionError.input(
                    "target", "\(error) (a target is a pattern — rings, checker, smiley, stripes — or a PNG)",
                    suggestion: Suggestions.closest(to: target, among: TargetPattern.allCases.map(\.rawValue)))
            }
        }
        let seed = request.seed ?? 0
        guard seed >= 0 else { throw SessionError.input("seed", "seed must be 0 or more") }
        let configuration = ToyTrainingConfiguration(
            rank: request.rank ?? 4, alpha: request.alpha.map(Float.init), steps: request.steps ?? 300,
            learningRate: Float(request.learningRate ?? 0.01), seed: UInt64(seed), layers: request.layers.map { [$0] })
        let meter = meter("train", unit: "step")
        defer { meter.finish() }
        let start = DispatchTime.now()
        let lora: ToyLoRA
        do {
            let trainer = try ToyTrainer(model: model, target: picture, configuration: configuration)
            lora = try trainer.train(cancellation: cancellation) { step, loss in
                if step % 10 == 0 || step == configuration.steps {
                    meter.update(
                        done: step, total: configuration.steps, note: "loss \(String(format: "%.5f", Double(loss)))",
                        always: true)
                }
            }
        } catch let error as ToyTrainingError {
            throw SessionError.input(Self.input(of: error), "\(error)")
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let first = lora.lossHistory.first.map { String(format: "%.5f", Double($0)) } ?? "-"
        let last = lora.finalLoss.map { String(format: "%.5f", Double($0)) } ?? "-"
        var adapter = lora.adapter()
        // The commands that made the base, then this one: with the target PNG's sha256, a
        // replay of the recipe trains the same bytes (training is deterministic).
        adapter.recipe = Provenance(
            commands: model.recipe + (request.command.isEmpty ? [] : [request.command]),
            inputs: Provenance.inputs(targetFile))
        return TrainResult(
            lora: adapter,
            line:
                "trained rank \(lora.rank) on \(picture.width)×\(picture.height): loss \(first) → \(last) in \(configuration.steps) steps (\(String(format: "%.1f", seconds)) s)"
        )
    }
}
