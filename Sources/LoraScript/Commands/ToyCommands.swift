import Foundation
import LoraEngine
import LoraKit
import LoraRender

/// Teaching with the built-in model: train.
enum ToyCommands {
    static var all: [CommandSpec] { [train] }

    static let train = CommandSpec(
        "train", summary: "Train a LoRA for the built-in model so that it draws a target picture.", topic: "pictures",
        parameters: [
            ParameterSpec("base", .sessionName, help: "a toy base (from `toy`)"),
            ParameterSpec("target", .sessionOrWord, keyword: "on", help: "a pattern (rings, checker, smiley, stripes) or a square PNG"),
        ],
        options: [
            OptionSpec("rank", .integer, default: "4", help: "LoRA rank r: the capacity of the update"),
            OptionSpec("alpha", .number, default: "the rank", help: "alpha; the update is scaled by alpha/rank"),
            OptionSpec("steps", .integer, default: "300", help: "Adam steps (full batch)"),
            OptionSpec("lr", .number, default: "0.01", help: "learning rate"),
            OptionSpec("seed", .integer, default: "0", help: "initialisation seed: the same seed gives the same bytes"),
            OptionSpec("layers", .text, help: "which layers get a LoRA, e.g. \"0,3\" or net.2 (default: all)"),
            OptionSpec("size", .integer, default: "64", help: "training resolution for patterns"),
        ],
        help: """
            Trains LoRA factors (down seeded, up zero, as kohya and PEFT start) on the frozen base
            with Adam and hand-written backpropagation, minimising the squared error between what
            base + LoRA draws and the target. Shows the loss while it runs (on a terminal); Ctrl-C
            stops it. Deterministic: the same seed gives byte-identical factors.
            """,
        examples: ["rings = train base on rings rank=4", "tiny = train base on smiley rank=1 steps=200"]
    ) { invocation in
        guard case .object(let model as ToyModel) = try invocation.value("base")! else {
            throw invocation.error("train needs a toy base (base = toy seed=…)", at: "base")
        }
        let size = try invocation.integer("size") ?? 64
        guard (4...512).contains(size) else { throw invocation.error("size must be 4…512", at: "size") }
        let target: RGBAImage
        switch try invocation.value("target")! {
        case .string(let word) where TargetPattern(rawValue: word) != nil:
            target = TargetPattern(rawValue: word)!.image(size: size)
        case .string(let path):
            do {
                target = try PNGDecoder.read(path: path)
            } catch {
                throw invocation.error(
                    "\(error) (a target is a pattern — rings, checker, smiley, stripes — or a PNG)", at: "target",
                    suggestion: Suggestions.closest(to: path, among: TargetPattern.allCases.map(\.rawValue)))
            }
        default:
            throw invocation.error("a target is a pattern name or a PNG path", at: "target")
        }
        let seed = try invocation.integer("seed") ?? 0
        guard seed >= 0 else { throw invocation.error("seed must be 0 or more", at: "seed") }
        let configuration = ToyTrainingConfiguration(
            rank: try invocation.integer("rank") ?? 4, alpha: try invocation.number("alpha").map(Float.init),
            steps: try invocation.integer("steps") ?? 300, learningRate: Float(try invocation.number("lr") ?? 0.01),
            seed: UInt64(seed), layers: try invocation.text("layers").map { [$0] })
        let output = invocation.interpreter.output
        let start = DispatchTime.now()
        let lora: ToyLoRA
        do {
            let trainer = try ToyTrainer(model: model, target: target, configuration: configuration)
            lora = try trainer.train { step, loss in
                if step % 10 == 0 || step == configuration.steps {
                    output.progress("train: step \(step)/\(configuration.steps)  loss \(String(format: "%.5f", Double(loss)))")
                }
            }
            output.endProgress()
        } catch let error as ToyTrainingError {
            output.endProgress()
            throw invocation.error("\(error)")
        } catch {
            output.endProgress()
            throw error
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        if !invocation.interpreter.quiet {
            let first = lora.lossHistory.first.map { String(format: "%.5f", Double($0)) } ?? "-"
            let last = lora.finalLoss.map { String(format: "%.5f", Double($0)) } ?? "-"
            invocation.print("trained rank \(lora.rank) on \(target.width)×\(target.height): loss \(first) → \(last) in \(configuration.steps) steps (\(String(format: "%.1f", seconds)) s)")
        }
        return .object(lora)
    }
}
