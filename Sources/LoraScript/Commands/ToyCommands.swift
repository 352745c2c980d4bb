import LoraFormats
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
        let base = try invocation.object("base", expecting: "a toy base")!
        var request = Session.TrainRequest()
        request.rank = try invocation.integer("rank")
        request.alpha = try invocation.number("alpha")
        request.steps = try invocation.integer("steps")
        request.learningRate = try invocation.number("lr")
        request.seed = try invocation.integer("seed")
        request.layers = try invocation.text("layers")
        request.size = try invocation.integer("size")
        let target = try invocation.value("target")!
        if case .object = target {
            throw invocation.error("a target is a pattern name or a PNG path", at: "target")
        }
        let result = try invocation.perform { try invocation.session.train(base, on: target.text, request) }
        invocation.report([result.line])
        return .object(result.lora)
    }
}
