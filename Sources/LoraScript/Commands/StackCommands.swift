import Foundation
import LoraEngine
import LoraFormats
import LoraKit

/// Stacks and merges: stack, weight, merge, resize, extract.
enum StackCommands {
    static var all: [CommandSpec] { [stack, weight, merge, resize, extract] }

    static let stack = CommandSpec(
        "stack", summary: "Stack LoRAs on a base at weights: NAME = stack BASE LORA[:W] …", topic: "stacks",
        parameters: [
            ParameterSpec("base", .sessionName, help: "the base model (a loaded checkpoint or a toy)"),
            ParameterSpec("loras", .text, optional: true, variadic: true, help: "LORA[:W], LORA:te=W:unet=W, LORA:W:lbw=PRESET, LORA:W:GLOB=W, or an A1111 string \"<lora:NAME:W> …\""),
        ],
        options: [OptionSpec("force", .bool, default: "false", help: "accept LoRAs made for another architecture")],
        help: """
            Builds an ordered stack: the base plus Σ mᵢ·sᵢ·ΔWᵢ on every weight the LoRAs adapt (mᵢ
            your weight, sᵢ the LoRA's scale, alpha/rank). The stack is what the user sees in
            images, and every merge in lorash either reproduces it exactly or reports how far it is.
            W defaults to 1; `te=`/`unet=` split it by component; `lbw=` applies a LoRA Block
            Weight preset (ALL, INS, IND, INALL, MIDD, OUTD, OUTS, OUTALL, …) or a vector of 17 or
            26 (SD 1.5), 12 or 20 (SDXL) numbers, quoted because of its commas
            ("hero:0.8:lbw=1,0,0,…"); a vector of the other model's length is refused, and on
            an SDXL LoRA ALL, NONE, INALL and OUTALL apply by section (the depth presets are
            SD 1.5's); `GLOB=W` gives the modules whose name matches the glob (`*`
            any run, `?` one character; the file's key name or the module's path) that weight
            instead, the last matching glob winning: `hero:1:*attn2*=0` turns off its
            cross-attention. In an A1111 string, NAME is a session name or a
            NAME.safetensors file in the current folder. Each LoRA is checked against the base:
            one for another architecture is refused with the reason unless force=true.
            """,
        examples: [
            "s = stack base hero:0.8 style:0.5", "s = stack base hero:te=0.5:unet=0.8",
            "s = stack base \"<lora:hero:0.8> <lora:style:0.6:lbw=OUTALL>\"", "s = stack base hero:0.8:*attn2*=0",
            "t = stack toybase rings:0.5",
        ]
    ) { invocation in
        let interpreter = invocation.interpreter
        let baseName = invocation.expressions("base").first?.wordText ?? "base"
        let baseValue = try invocation.value("base")!
        let words = try invocation.expressions("loras").map { try interpreter.evaluate($0, as: .text, label: "LoRA").text }
        if case .object(let toy as ToyModel) = baseValue {
            var result = ToyStack(baseName: baseName, base: toy)
            for (word, expression) in zip(words, invocation.expressions("loras")) {
                let spec: LoraSpec
                do { spec = try LoraSpec.parse(word) } catch { throw Diagnostic("\(error)", at: expression.location) }
                guard spec.weight.isUniform else {
                    throw Diagnostic("the built-in model has no text encoder or blocks: write \(spec.name):W", at: expression.location)
                }
                guard let value = interpreter.lookup(spec.name) else {
                    throw Diagnostic(
                        "no session name '\(spec.name)'", at: expression.location,
                        suggestion: Suggestions.closest(to: spec.name, among: interpreter.visibleNames))
                }
                let lora: ToyLoRA
                switch value {
                case .object(let toyLora as ToyLoRA): lora = toyLora
                case .object(let adapter as LoraAdapter):
                    do { lora = try ToyLoRA(adapter: adapter) } catch {
                        throw Diagnostic("'\(spec.name)' does not fit the built-in model: \(error)", at: expression.location)
                    }
                default:
                    throw Diagnostic("'\(spec.name)' is a \(value.typeName), not a LoRA for the built-in model", at: expression.location)
                }
                do {
                    try result.append(name: spec.name, lora: lora, weight: spec.weight.denoiser)
                } catch {
                    throw Diagnostic("\(error)", at: expression.location)
                }
            }
            return .object(result)
        }
        guard case .object(let base as BaseModel) = baseValue else {
            throw invocation.error("the base of a stack is a loaded checkpoint or a toy, not a \(baseValue.typeName)", at: "base")
        }
        var result: Stack
        do {
            result = try Stack.build(base: base, words: words) { name in try resolveLora(name, interpreter: interpreter) }
            result.baseName = baseName
            try result.checkBase(force: try invocation.bool("force") ?? false)
        } catch {
            throw diagnostic(error, words: words, parameter: "loras", invocation: invocation)
        }
        if !interpreter.quiet {
            for (entry, report) in zip(result.entries, result.matchReports(force: true)) {
                invocation.print("\(entry.name): \(report.countLine)")
            }
        }
        return .object(result)
    }

    /// An error building a stack, located at the LoRA it is about (a name given twice: at its
    /// second place).
    static func diagnostic(_ error: any Error, words: [String], parameter: String, invocation: CommandInvocation) -> Diagnostic {
        let stackError = error as? StackError
        let isDuplicate = if case .duplicateLora? = stackError { true } else { false }
        return Diagnostic("\(error)", at: location(ofLora: stackError?.loraName, words: words, last: isDuplicate, parameter: parameter, invocation: invocation))
    }

    /// Where the LoRA `name` is written among the stack's words (a spec `name:…` or an A1111
    /// tag `<lora:name…>`; its `last` place when asked), else where the LoRAs start.
    static func location(ofLora name: String?, words: [String], last: Bool, parameter: String, invocation: CommandInvocation) -> SourceLocation {
        let expressions = invocation.expressions(parameter)
        if let name {
            let pairs = Array(zip(words, expressions))
            for (word, expression) in last ? pairs.reversed() : pairs {
                if word == name || word.hasPrefix(name + ":") || word.contains("<lora:\(name):") || word.contains("<lora:\(name)>")
                    || word.contains("<lyco:\(name):") || word.contains("<lyco:\(name)>")
                {
                    return expression.location
                }
            }
        }
        return expressions.first?.location ?? invocation.call.verbLocation
    }

    /// A LoRA by session name, else `NAME.safetensors` (or a path) in the current folder.
    static func resolveLora(_ name: String, interpreter: Interpreter) throws -> LoraAdapter? {
        if case .object(let adapter as LoraAdapter)? = interpreter.lookup(name) { return adapter }
        if case .object(let toyLora as ToyLoRA)? = interpreter.lookup(name) { return toyLora.adapter() }
        if interpreter.lookup(name) != nil {
            throw ScriptFileError("'\(name)' is a \(interpreter.lookup(name)!.typeName), not a LoRA")
        }
        for path in [name, name + ".safetensors"] where FileManager.default.fileExists(atPath: path) {
            return try LoraFile.loadLora(path: path)
        }
        return nil
    }

    static let weight = CommandSpec(
        "weight", summary: "Change the weight of one LoRA in a stack.", topic: "stacks",
        parameters: [
            ParameterSpec("stack", .sessionName, help: "a stack"),
            ParameterSpec("lora", .text, help: "the LoRA's name in the stack, or a whole spec LORA:te=W:unet=W / LORA:W:lbw=PRESET"),
            ParameterSpec("weight", .number, optional: true, help: "the new weight (0 = off, 1 = as trained, beyond 1 exaggerates)"),
        ],
        examples: ["weight s hero 0.5", "weight s hero:te=0.3:unet=0.9", "weight s hero:1:lbw=OUTALL"]
    ) { invocation in
        let stackName = invocation.expressions("stack").first!.wordText ?? ""
        let text = try invocation.text("lora")!
        let number = try invocation.number("weight")
        if let number, !Float(number).isFinite {
            throw invocation.error(LoraSpec.notFiniteReason(NumberFormatting.shortest(number)), at: "weight")
        }
        let spec: LoraSpec
        do {
            spec = number == nil ? try LoraSpec.parse(text) : LoraSpec(name: text, weight: LoraWeight(Float(number!)))
        } catch {
            throw invocation.error("\(error)", at: "lora")
        }
        guard number != nil || text.contains(":") else {
            throw invocation.error("weight needs the new weight: weight \(stackName) \(text) W (or \(text):te=W:unet=W)", at: "lora")
        }
        switch try invocation.value("stack")! {
        case .object(var toy as ToyStack):
            guard spec.weight.isUniform else {
                throw invocation.error("the built-in model has no text encoder or blocks: give one number", at: "lora")
            }
            do {
                try toy.setWeight(spec.weight.denoiser, for: spec.name)
            } catch {
                throw invocation.error("\(error)", at: "lora", suggestion: Suggestions.closest(to: spec.name, among: toy.entries.map(\.name)))
            }
            invocation.interpreter.bind(stackName, .object(toy))
        case .object(var stack as Stack):
            do {
                try stack.setWeight(of: spec.name, to: spec.weight)
            } catch {
                throw invocation.error("\(error)", at: "lora", suggestion: Suggestions.closest(to: spec.name, among: stack.names))
            }
            invocation.interpreter.bind(stackName, .object(stack))
        case let other:
            throw invocation.error("weight changes a stack, not a \(other.typeName)", at: "stack")
        }
        return .nothing
    }

    static let rankOptions: [OptionSpec] = [
        OptionSpec("rank", .integer, help: "fixed output rank K"),
        OptionSpec("fro", .number, help: "minimal rank keeping this fraction of the Frobenius norm (e.g. 0.95)"),
        OptionSpec("ratio", .number, help: "keep singular values above σ₀/ratio"),
        OptionSpec("cumulative", .number, help: "minimal rank whose singular values sum to this fraction"),
        OptionSpec("conv_rank", .integer, help: "rank for conv modules (default: as for linear ones)"),
    ]

    static func rankTarget(_ invocation: CommandInvocation, required: Bool) throws -> RankTarget? {
        let given = ["rank", "fro", "ratio", "cumulative"].filter { invocation.has($0) }
        guard given.count <= 1 else {
            throw invocation.error("give one of rank=, fro=, ratio=, cumulative= (not \(given.joined(separator: " and ")))", at: given[1])
        }
        guard let key = given.first else {
            if required { throw invocation.error("\(invocation.spec.name) needs rank=K, fro=T, ratio=T or cumulative=T") }
            return nil
        }
        do {
            return try RankTarget(key: key, value: try invocation.value(key)!.text)
        } catch {
            throw invocation.error("\(error)", at: key)
        }
    }

    static let merge = CommandSpec(
        "merge", summary: "Bake a stack into a checkpoint, or merge LoRAs into one LoRA.", topic: "stacks",
        parameters: [
            ParameterSpec("inputs", .text, variadic: true, help: "a stack (with `into`), or LoRAs A[:W] B[:W] …"),
            ParameterSpec("path", .path, keyword: "into", optional: true, help: "the checkpoint to write (bake)"),
        ],
        options: [
            OptionSpec("method", .choice(MergeMethod.allCases.map(\.rawValue)), default: "concat", help: "how LoRAs are merged"),
        ] + rankOptions + [
            OptionSpec("density", .number, default: "0.5", help: "ties/dare/magnitude_prune: fraction of entries kept"),
            OptionSpec("seed", .integer, default: "0", help: "dare: the random drop is seeded"),
            OptionSpec("dtype", FileCommands.dtypeChoice, default: "the base's", help: "bake: element type of the written checkpoint"),
            OptionSpec("overwrite", .bool, default: "false", help: "bake: replace an existing output"),
            OptionSpec("force", .bool, default: "false", help: "accept LoRAs made for another architecture"),
        ],
        help: """
            `merge STACK into PATH` writes a new checkpoint = base + Σ mᵢ·sᵢ·ΔWᵢ, streaming: the base
            is memory-mapped and each tensor is updated and written as it goes, so memory stays
            near the largest tensor. Untouched tensors are copied through; fused q/k/v slices are
            patched in place; output metadata records merged_from and the recipe. Ctrl-C leaves no
            partial file; a missing output folder is created.

            `NAME = merge A[:W] B[:W] … method=…` merges LoRAs into one: concat is exact (the
            result reproduces the stack), svd is the optimal rank-K truncation of the exact sum,
            ties / dare_linear / dare_ties / magnitude_prune act on the dense deltas then return to
            rank K; kohya_sum, kohya_concat, peft_linear and peft_svd reproduce those tools. Every
            merge reports the fraction of the stack's Frobenius energy it retains. Modules are
            paired by the weight they patch, so kohya and diffusers files of one model merge.
            Options the form or method does not use (rank= with concat, dtype= without into)
            are errors, not ignored.
            """,
        examples: [
            "merge s into out/baked.safetensors dtype=f16", "m = merge hero:0.8 style:0.5 method=concat",
            "m = merge hero style method=svd rank=32", "m = merge hero style method=ties density=0.3 rank=16",
        ]
    ) { invocation in
        let interpreter = invocation.interpreter
        try refuseMergeOptionsThatDoNotApply(invocation)
        if invocation.has("path") {
            let inputs = invocation.expressions("inputs")
            let subject = inputs.count == 1 ? try interpreter.evaluate(inputs[0], as: .sessionName, label: "stack") : nil
            if case .object(let toyStack as ToyStack)? = subject {
                throw invocation.error(
                    "'\(toyStack.baseName)' is the built-in model (a toy, even when loaded from a file): its stacks are drawn with render, not baked; merge … into PATH bakes a stack on a real checkpoint",
                    at: "inputs")
            }
            guard case .object(let stack as Stack)? = subject else {
                throw invocation.error("merge … into PATH bakes one stack made of a loaded checkpoint (s = stack BASE LORA…)", at: "inputs")
            }
            let path = try invocation.text("path")!
            let commandText = invocation.recordedText
            let output = interpreter.output
            // The bake calls progress on the calling thread, between tensors.
            nonisolated(unsafe) let progressSink = output
            let options = BakeOptions(
                dtype: try invocation.text("dtype").flatMap(DType.init(userName:)), overwrite: try invocation.overwriteChecked(path: path, at: "path"),
                force: try invocation.bool("force") ?? false, provenance: Provenance(commands: [commandText], inputs: Provenance.inputs(stack.sourceFiles, hashing: false)),
                progress: { done, total in progressSink.progress("merge: tensor \(done)/\(total)") })
            try invocation.createFolder(for: path, at: "path")
            do {
                let report = try StreamingBake.run(stack, to: path, options: options)
                output.endProgress()
                if !interpreter.quiet { invocation.print(report.summary) }
            } catch {
                output.endProgress()
                if case .interrupted? = error as? BakeError { throw Interrupted() }
                throw invocation.error("\(error)", at: "path")
            }
            return .nothing
        }
        let words = try invocation.expressions("inputs").map { try interpreter.evaluate($0, as: .text, label: "LoRA").text }
        let stack: Stack
        do {
            stack = try Stack.build(base: nil, words: words) { name in try resolveLora(name, interpreter: interpreter) }
        } catch {
            throw diagnostic(error, words: words, parameter: "inputs", invocation: invocation)
        }
        let method = MergeMethod(rawValue: try invocation.text("method") ?? "concat")!
        var convTarget: RankTarget?
        if let convRank = try invocation.integer("conv_rank") { convTarget = .rank(convRank) }
        let seed = try invocation.integer("seed") ?? 0
        guard seed >= 0 else { throw invocation.error("seed must be 0 or more", at: "seed") }
        let options = MergeOptions(
            method: method, target: try rankTarget(invocation, required: false), convTarget: convTarget,
            density: try invocation.number("density") ?? 0.5, seed: UInt64(seed), force: try invocation.bool("force") ?? false)
        do {
            var (merged, report) = try LoraMerge.merge(stack, options: options)
            merged.recipe = invocation.derivedRecipe(from: stack.entries.map(\.lora))
            if !interpreter.quiet { invocation.print(report.summary) }
            return .object(merged)
        } catch {
            if case .interrupted? = error as? MergeError { throw Interrupted() }
            throw invocation.error("\(error)", at: "inputs")
        }
    }

    /// Options of `merge` that the form or method written does not use are refused, never
    /// ignored: a bake has no method or rank, a LoRA merge writes no file, concat is exact.
    static func refuseMergeOptionsThatDoNotApply(_ invocation: CommandInvocation) throws {
        let rankOptions = ["rank", "fro", "ratio", "cumulative", "conv_rank"]
        func refuse(_ names: [String], _ reason: String) throws {
            if let name = names.first(where: invocation.has) { throw invocation.error("\(name)= \(reason)", at: name) }
        }
        if invocation.has("path") {
            try refuse(["method", "density", "seed"] + rankOptions, "applies to merging LoRAs into one LoRA (NAME = merge A B …), not to a bake into a checkpoint")
            return
        }
        try refuse(["dtype", "overwrite"], "applies to a bake (merge STACK into PATH); a merged LoRA is written by save, which takes it")
        let method = MergeMethod(rawValue: try invocation.text("method") ?? "concat")!
        switch method {
        case .concat, .kohyaConcat, .kohyaSum, .peftLinear:
            try refuse(rankOptions, "does not apply to method=\(method.rawValue), which keeps the inputs' ranks; resize the result, or use method=svd with a rank")
        default: break
        }
        if ![.ties, .dareLinear, .dareTies, .magnitudePrune].contains(method) {
            try refuse(["density"], "applies to ties, dare_linear, dare_ties and magnitude_prune, not to method=\(method.rawValue)")
        }
        if ![.dareLinear, .dareTies].contains(method) {
            try refuse(["seed"], "seeds the random drop of dare_linear and dare_ties; method=\(method.rawValue) draws nothing")
        }
    }

    static let resize = CommandSpec(
        "resize", summary: "Shrink a LoRA's rank: NAME = resize LORA rank=K | fro=… | ratio=… | cumulative=…", topic: "stacks",
        parameters: [ParameterSpec("lora", .sessionName, help: "a LoRA")],
        options: rankOptions,
        help: """
            Truncates every module's exact ΔW to the target rank in factor space (QR of the thin
            factors and an SVD of the small core, never the dense product). Strength is preserved
            (alpha_new = scale_old·k); a dynamic target (fro, ratio, cumulative) picks the minimal
            rank that meets it, per module. Prints the retained energy per module and overall.
            """,
        examples: ["small = resize hero rank=8", "small = resize hero fro=0.9"]
    ) { invocation in
        let lora: LoraAdapter
        switch try invocation.value("lora")! {
        case .object(let adapter as LoraAdapter): lora = adapter
        case .object(let toyLora as ToyLoRA): lora = toyLora.adapter()
        default: throw invocation.error("resize works on a LoRA", at: "lora")
        }
        var convTarget: RankTarget?
        if let convRank = try invocation.integer("conv_rank") { convTarget = .rank(convRank) }
        do {
            var (small, report) = try LoraResize.resize(
                lora, target: try rankTarget(invocation, required: true)!, convTarget: convTarget,
                name: invocation.expressions("lora").first?.wordText)
            small.recipe = invocation.derivedRecipe(from: [lora])
            if !invocation.interpreter.quiet { invocation.print(report.summary) }
            return .object(small)
        } catch let error as MergeError {
            if case .interrupted = error { throw Interrupted() }
            throw invocation.error("\(error)", at: "lora")
        }
    }

    static let extract = CommandSpec(
        "extract", summary: "A LoRA from the difference of two checkpoints: NAME = extract TUNED from BASE rank=K", topic: "stacks",
        parameters: [
            ParameterSpec("tuned", .sessionName, help: "the fine-tuned checkpoint"),
            ParameterSpec("base", .sessionName, keyword: "from", help: "the checkpoint it was tuned from"),
        ],
        options: [
            OptionSpec("rank", .integer, help: "rank of the extracted modules (required)"),
            OptionSpec("conv_rank", .integer, help: "rank for conv modules"),
            OptionSpec("clamp", .number, default: "0.99", help: "clamp factor entries at this quantile of their magnitudes (1 = no clamp)"),
            OptionSpec("seed", .integer, default: "0", help: "randomized SVD seed"),
        ],
        help: """
            Tensor by tensor: ΔW = tuned − base, then a randomized SVD (Halko–Martinsson–Tropp,
            with power iterations) keeps the top rank singular triplets. The clamp uses an exact
            quantile by selection, with no size limit. Both checkpoints stay memory-mapped.
            k×k conv weights are extracted only with conv_rank (as in kohya); biases and norms
            cannot be a LoRA. The report notes every tensor that differs but was left out.
            """,
        examples: ["delta = extract tuned from base rank=32", "delta = extract tuned from base rank=32 conv_rank=16"]
    ) { invocation in
        guard case .object(let tuned as BaseModel) = try invocation.value("tuned")! else {
            throw invocation.error("extract needs a loaded checkpoint here", at: "tuned")
        }
        guard case .object(let base as BaseModel) = try invocation.value("base")! else {
            throw invocation.error("extract needs a loaded checkpoint here", at: "base")
        }
        guard let rank = try invocation.integer("rank"), rank >= 1 else {
            throw invocation.error("extract needs rank=K (1 or more)", at: invocation.has("rank") ? "rank" : nil)
        }
        let clamp = try invocation.number("clamp") ?? 0.99
        guard clamp > 0 && clamp <= 1 else {
            throw invocation.error("clamp=\(NumberFormatting.shortest(clamp)): expected a quantile in (0, 1] (1 = no clamp)", at: "clamp")
        }
        let options = LoraExtract.Options(
            rank: rank, convRank: try invocation.integer("conv_rank"), clamp: clamp >= 1 ? nil : clamp,
            seed: UInt64(max(0, try invocation.integer("seed") ?? 0)))
        do {
            var (lora, report) = try LoraExtract.extract(tuned: tuned, base: base, options: options)
            lora.recipe = invocation.derivedRecipe(from: [], files: [tuned.path, base.path])
            if !invocation.interpreter.quiet { invocation.print(report.summary) }
            return .object(lora)
        } catch {
            if case .interrupted? = error as? MergeError { throw Interrupted() }
            throw invocation.error("\(error)", at: "tuned")
        }
    }
}
