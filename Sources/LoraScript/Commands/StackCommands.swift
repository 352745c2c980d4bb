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
            ParameterSpec(
                "loras", .text, optional: true, variadic: true,
                help:
                    "LORA[:W], LORA:te=W:unet=W, LORA:W:lbw=PRESET, LORA:W:GLOB=W, or an A1111 string \"<lora:NAME:W> …\""
            ),
        ],
        options: [OptionSpec("force", .bool, default: "false", help: "accept LoRAs made for another architecture")],
        help: """
            Builds an ordered stack: the base plus Σ mᵢ·sᵢ·ΔWᵢ on every weight the LoRAs adapt (mᵢ
            your weight, sᵢ the LoRA's scale, alpha/rank). The stack is what the user sees in
            images, and every merge in lorash either reproduces it exactly or reports how far it is.
            W defaults to 1 (a library name written alone takes its sidecar's preferred weight,
            and says so; `<lora:NAME>` is 1, as in A1111); `te=`/`unet=` split it by component; `lbw=` applies a LoRA Block
            Weight preset (ALL, INS, IND, INALL, MIDD, OUTD, OUTS, OUTALL, …) or a vector of 17 or
            26 (SD 1.5), 12 or 20 (SDXL) numbers, quoted because of its commas
            ("hero:0.8:lbw=1,0,0,…"); a vector of the other model's length is refused, and on
            an SDXL LoRA ALL, NONE, INALL and OUTALL apply by section (the depth presets are
            SD 1.5's); `GLOB=W` gives the modules whose name matches the glob (`*`
            any run, `?` one character; the file's key name or the module's path) that weight
            instead, the last matching glob winning: `hero:1:*attn2*=0` turns off its
            cross-attention. In an A1111 string, NAME is a session name, a NAME.safetensors file
            in the current folder, or a library name. Each LoRA is checked against the base:
            one for another architecture is refused with the reason unless force=true. A weight
            beyond ±10 is kept but warned about (LoRAs are made for weights near 1). On the
            built-in model (a toy base) weights are one number per LoRA, and every module must fit
            a layer; its stacks are drawn with render.
            """,
        examples: [
            "s = stack base hero:0.8 style:0.5", "s = stack base hero:te=0.5:unet=0.8",
            "s = stack base \"<lora:hero:0.8> <lora:style:0.6:lbw=OUTALL>\"", "s = stack base hero:0.8:*attn2*=0",
            "t = stack toybase rings:0.5",
        ],
        result: .value
    ) { invocation in
        let base = try invocation.object("base", expecting: "a base")!
        let words = try invocation.texts("loras")
        let result = try invocation.perform(loras: "loras") {
            try invocation.session.stack(
                base: base, baseName: invocation.word("base") ?? "base", loras: words,
                force: try invocation.bool("force") ?? false)
        }
        invocation.warn(result.warnings, loras: "loras")
        invocation.report(result.matchLines)
        return .object(result.stack)
    }

    static let weight = CommandSpec(
        "weight", summary: "Change the weight of one LoRA in a stack.", topic: "stacks",
        parameters: [
            ParameterSpec("stack", .sessionName, help: "a stack"),
            ParameterSpec(
                "lora", .text,
                help: "the LoRA's name in the stack, or a whole spec LORA:te=W:unet=W / LORA:W:lbw=PRESET"),
            ParameterSpec(
                "weight", .number, optional: true,
                help: "the new weight (0 = off, 1 = as trained, beyond 1 exaggerates)"),
        ],
        examples: ["weight s hero 0.5", "weight s hero:te=0.3:unet=0.9", "weight s hero:1:lbw=OUTALL"]
    ) { invocation in
        let stack = try invocation.object("stack", expecting: "a stack")!
        let result = try invocation.perform {
            try invocation.session.setWeight(
                of: stack, named: invocation.word("stack") ?? "", lora: try invocation.text("lora")!,
                weight: try invocation.number("weight"))
        }
        invocation.warn(result.warnings)
        return .nothing
    }

    static let rankOptions: [OptionSpec] = [
        OptionSpec("rank", .integer, help: "fixed output rank K"),
        OptionSpec("fro", .number, help: "minimal rank keeping this fraction of the Frobenius norm (e.g. 0.95)"),
        OptionSpec("ratio", .number, help: "keep singular values above σ₀/ratio"),
        OptionSpec("cumulative", .number, help: "minimal rank whose singular values sum to this fraction"),
        OptionSpec("conv_rank", .integer, help: "rank for conv modules (default: as for linear ones)"),
    ]

    /// The rank-like options as written, for the session's one parser.
    static func rankOptions(_ invocation: CommandInvocation) throws -> RankOptions {
        let names = ["rank", "fro", "ratio", "cumulative", "conv_rank"].filter { name in
            invocation.spec.options.contains { $0.name == name } && invocation.has(name)
        }
        let written = names.sorted {
            let (a, b) = (invocation.location(of: $0), invocation.location(of: $1))
            return (a.line, a.column) < (b.line, b.column)
        }
        return RankOptions(given: try written.map { ($0, try invocation.value($0)!.text) })
    }

    static let merge = CommandSpec(
        "merge", summary: "Bake a stack into a checkpoint, or merge LoRAs into one LoRA.", topic: "stacks",
        parameters: [
            ParameterSpec("inputs", .text, variadic: true, help: "a stack (with `into`), or LoRAs A[:W] B[:W] …"),
            ParameterSpec("path", .path, keyword: "into", optional: true, help: "the checkpoint to write (bake)"),
        ],
        options: [
            OptionSpec(
                "method", .choice(MergeMethod.allCases.map(\.rawValue)), default: "concat", help: "how LoRAs are merged"
            )
        ] + rankOptions + [
            OptionSpec("density", .number, default: "0.5", help: "ties/dare/magnitude_prune: fraction of entries kept"),
            OptionSpec("seed", .integer, default: "0", help: "dare: the random drop is seeded"),
            OptionSpec(
                "dtype", FileCommands.dtypeChoice, default: "the base's",
                help: "bake: element type of the written checkpoint"),
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
        ],
        result: .valueUnless("path")
    ) { invocation in
        var request = Session.MergeRequest()
        request.into = try invocation.text("path")
        if request.into != nil {
            let inputs = invocation.expressions("inputs")
            if inputs.count == 1,
                case .object(let object) = try invocation.interpreter.evaluate(
                    inputs[0], as: .sessionName, label: "stack")
            {
                request.stack = object
            }
        } else {
            request.loras = try invocation.texts("inputs")
        }
        request.method = try invocation.text("method").flatMap(MergeMethod.init(rawValue:))
        request.ranks = try rankOptions(invocation)
        request.density = try invocation.number("density")
        request.seed = try invocation.integer("seed")
        request.dtype = try invocation.text("dtype").flatMap(DType.init(userName:))
        request.overwrite = try invocation.bool("overwrite")
        request.force = try invocation.bool("force") ?? false
        request.command = invocation.recordedText
        switch try invocation.perform(loras: "inputs", { try invocation.session.merge(request) }) {
        case .baked(let report):
            invocation.report([report.summary])
            return .nothing
        case .merged(let lora, let report, let warnings):
            invocation.warn(warnings, loras: "inputs")
            invocation.report([report.summary])
            return .object(lora)
        }
    }

    static let resize = CommandSpec(
        "resize", summary: "Shrink a LoRA's rank: NAME = resize LORA rank=K | fro=… | ratio=… | cumulative=…",
        topic: "stacks",
        parameters: [ParameterSpec("lora", .sessionName, help: "a LoRA")],
        options: rankOptions,
        help: """
            Truncates every module's exact ΔW to the target rank in factor space (QR of the thin
            factors and an SVD of the small core, never the dense product). Strength is preserved
            (alpha_new = scale_old·k); a dynamic target (fro, ratio, cumulative) picks the minimal
            rank that meets it, per module. Prints the retained energy overall and the module that keeps the least.
            A module whose rank is below K keeps it; a K above every module's matrix is refused.
            """,
        examples: ["small = resize hero rank=8", "small = resize hero fro=0.9"],
        result: .value
    ) { invocation in
        let lora = try invocation.object("lora", expecting: "a LoRA")!
        let (small, report) = try invocation.perform {
            try invocation.session.resize(
                lora, name: invocation.word("lora"), ranks: try rankOptions(invocation),
                command: invocation.recordedText)
        }
        invocation.report([report.summary])
        return .object(small)
    }

    static let extract = CommandSpec(
        "extract", summary: "A LoRA from the difference of two checkpoints: NAME = extract TUNED from BASE rank=K",
        topic: "stacks",
        parameters: [
            ParameterSpec("tuned", .sessionName, help: "the fine-tuned checkpoint"),
            ParameterSpec("base", .sessionName, keyword: "from", help: "the checkpoint it was tuned from"),
        ],
        options: [
            OptionSpec(
                "rank", .integer,
                help: "rank of the extracted modules (required; a K above every weight's smaller side is refused)"),
            OptionSpec("conv_rank", .integer, help: "rank for conv modules"),
            OptionSpec(
                "clamp", .number, default: "0.99",
                help: "clamp factor entries to ±h, h this quantile of their values, as kohya does (1 = no clamp)"),
            OptionSpec("seed", .integer, default: "0", help: "randomized SVD seed"),
        ],
        help: """
            Tensor by tensor: ΔW = tuned − base, then a randomized SVD (Halko–Martinsson–Tropp,
            with power iterations) keeps the top rank singular triplets. The clamp uses an exact
            quantile by selection, with no size limit. Both checkpoints stay memory-mapped.
            k×k conv weights are extracted only with conv_rank (as in kohya); biases and norms
            cannot be a LoRA. The report notes every tensor that differs but was left out.
            """,
        examples: ["delta = extract tuned from base rank=32", "delta = extract tuned from base rank=32 conv_rank=16"],
        result: .value
    ) { invocation in
        let tuned = try invocation.object("tuned", expecting: "a checkpoint")!
        let base = try invocation.object("base", expecting: "a checkpoint")!
        var request = Session.ExtractRequest()
        request.ranks = try rankOptions(invocation)
        request.clamp = try invocation.number("clamp")
        request.seed = try invocation.integer("seed")
        request.command = invocation.recordedText
        let (lora, report) = try invocation.perform {
            try invocation.session.extract(tuned: tuned, from: base, request)
        }
        invocation.report([report.summary])
        return .object(lora)
    }
}
