import Foundation
import LoraEngine
import LoraFormats
import LoraKit

/// Files: load, info, check, save, convert.
enum FileCommands {
    static var all: [CommandSpec] { [load, info, check, save, convert] }

    static let load = CommandSpec(
        "load", summary: "Load a checkpoint, LoRA file or PEFT adapter folder.", topic: "files",
        parameters: [
            ParameterSpec(
                "path", .path,
                help: "a .safetensors file or a PEFT folder (adapter_model.safetensors + adapter_config.json)"),
            ParameterSpec(
                "name", .newName, keyword: "as", optional: true, help: "the session name; default: the file's stem"),
        ],
        help: """
            Recognises what the file is (a base checkpoint or a LoRA in any of the kohya,
            diffusers/PEFT, LyCORIS and ComfyUI schemes) and which architecture it is for, and
            prints a one-line summary. Only the header is read: tensors are mapped from disk when
            used, so loading a 7 GB checkpoint takes milliseconds. The file is never modified.
            `NAME = load PATH` is `load PATH as NAME`.
            """,
        examples: [
            "load models/sdxl_base.safetensors as base", "load loras/hero.safetensors",
            "load adapters/peft_run1 as run1",
            "style = load loras/watercolor_v2.safetensors",
        ],
        result: .value
    ) { invocation in
        let path = try invocation.text("path")!
        // `name = load PATH` is `load PATH as name`.
        if let binding = invocation.interpreter.bindingName, invocation.has("name") {
            throw invocation.error("give the name once: \(binding) = load PATH, or load PATH as NAME", at: "name")
        }
        var name = try invocation.interpreter.bindingName ?? invocation.text("name") ?? LoraFile.defaultName(for: path)
        if !Parser.isIdentifier(name) {
            let cleaned = String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            name = cleaned.first?.isNumber == true ? "_" + cleaned : cleaned
        }
        let loaded = try invocation.perform { try invocation.session.load(path: path, as: name) }
        // In the REPL `name = load PATH` shows `name = …` already; elsewhere the line is the news.
        if invocation.interpreter.bindingName == nil || !invocation.interpreter.isInteractive {
            invocation.report([loaded.line])
        }
        invocation.warn(loaded.warnings)
        // The session bound it; binding it as a global too keeps its place in `ls`. An
        // assignment binds the result itself.
        guard invocation.interpreter.bindingName == nil else { return .object(loaded.object) }
        invocation.interpreter.bind(name, .object(loaded.object))
        return .nothing
    }

    static let info = CommandSpec(
        "info", summary: "Describe a base, LoRA or stack: architecture, ranks, metadata, hashes.", topic: "files",
        parameters: [
            ParameterSpec("name", .sessionName, help: "a session name"),
            ParameterSpec("modules", .flag, keyword: "modules", optional: true, help: "list every module (LoRAs)"),
        ],
        options: [
            OptionSpec(
                "hash", .bool, default: "true for files under 1 GB",
                help: "compute the file's sha256 (cached per path, size and modification time)")
        ],
        help: """
            Shows the architecture and how it was recognised, on one line each (with metadata
            hints such as ss_base_model_version for SDXL's families — Pony, Illustrious, NoobAI,
            Animagine — which shapes cannot tell apart), rank and alpha per module group, dtypes, parameters, training settings,
            trigger words from ss_tag_frequency, the base model name, and the sha256 with its
            10-digit short form (the "AutoV2" hash sites search by).
            """,
        examples: ["info hero", "info hero modules", "info base hash=true"]
    ) { invocation in
        let object = try invocation.object("name", expecting: "a base, a LoRA or a stack")!
        let lines = try invocation.perform {
            try invocation.session.info(object, modules: invocation.has("modules"), hash: try invocation.bool("hash"))
        }
        for line in lines { invocation.print(line) }
        return .nothing
    }

    static let check = CommandSpec(
        "check", summary: "Which modules of a LoRA match a base, and why the others do not.", topic: "files",
        parameters: [
            ParameterSpec("lora", .sessionName, help: "a loaded LoRA"),
            ParameterSpec("base", .sessionName, keyword: "on", help: "a loaded base"),
        ],
        options: [
            OptionSpec(
                "all", .bool, default: "false",
                help: "list every module, matched ones too (otherwise at most 20 problems)")
        ],
        help: """
            Matches every LoRA module to a tensor of the base through the base's own key list
            (as ComfyUI does), including fused tensors (SDXL text encoder 2 in_proj_weight, FLUX
            qkv and linear1 row slices). The verdict comes first (the count of matching modules,
            or "refused:" and why), then the modules that do not match with the reason — modules
            sharing a reason grouped under their count — then the count line. A LoRA that does
            not fit (another architecture, or no module matches) is an error: a script stops
            with exit status 65, so check can gate a batch; the REPL goes on. Stacking or merging
            such a LoRA is refused unless force=true. A line "family:" follows the verdict: which
            base family (SD 1.5, Pony, Illustrious, NoobAI, Animagine, SDXL 1.0, FLUX.1 …) the LoRA
            was trained on and which the base is, with the evidence (the training base's sha256,
            a sidecar, your tags, names); a LoRA of another family of the same architecture is
            warned about, not refused (it loads, and usually draws poorly). On the built-in model, modules are checked
            against its layers.
            """,
        examples: ["check hero on base", "check hero on base all=true"]
    ) { invocation in
        let lora = try invocation.object("lora", expecting: "a LoRA")!
        let base = try invocation.object("base", expecting: "a base")!
        let result = try invocation.perform {
            try invocation.session.check(
                lora, on: base, all: try invocation.bool("all") ?? false,
                loraName: invocation.word("lora") ?? "the LoRA",
                baseName: invocation.word("base") ?? "the base")
        }
        for line in result.lines { invocation.print(line) }
        if let warning = result.familyWarning { invocation.warn([warning]) }
        if let refusal = result.refusal {
            // A script stops here (exit 65), so check can gate a batch; the REPL goes on.
            throw invocation.error(
                "\(invocation.word("lora") ?? "the LoRA") does not fit \(invocation.word("base") ?? "the base"): \(refusal); stacking it is refused unless force=true",
                at: "lora")
        }
        return .nothing
    }

    static let formatChoice = ValueKind.choice(LoraFormat.allCases.map(\.rawValue))
    static let dtypeChoice = ValueKind.choice(["f32", "f16", "bf16", "fp8_e4m3", "fp8_e5m2"])

    /// The options `save` and `convert` share (read by `saveOptions`).
    static func writeOptions(formatDefault: String?, dtypeDefault: String) -> [OptionSpec] {
        [
            OptionSpec(
                "format", formatChoice, default: formatDefault, required: formatDefault == nil,
                help: "key scheme to write"),
            OptionSpec("dtype", dtypeChoice, default: dtypeDefault, help: "element type of the written tensors"),
            OptionSpec("overwrite", .bool, default: "false", help: "replace an existing output"),
            OptionSpec(
                "rank", .integer,
                help:
                    "approximate LyCORIS modules (LoHa, LoKr, full) by rank-K LoRAs for diffusers/peft; the retained energy is reported"
            ),
        ]
    }

    static let save = CommandSpec(
        "save", summary: "Write a LoRA to a file (kohya, diffusers) or a PEFT folder.", topic: "files",
        parameters: [
            ParameterSpec("name", .sessionName, help: "a LoRA in the session"),
            ParameterSpec("path", .path, help: "the output file (a folder for format=peft)"),
        ],
        options: writeOptions(formatDefault: "kohya", dtypeDefault: "the LoRA's"),
        help: """
            Lossless between schemes: alpha is kept, fused and split q/k/v are handled exactly,
            metadata is carried and the recipe (commands and input sha256s) is recorded. LyCORIS
            algorithms are written with their own suffixes on kohya names; saving them as
            diffusers or peft needs rank=K. A PEFT folder holds one model, so a LoRA that also
            patches the text encoders is saved as kohya or diffusers instead. Written to a
            temporary file and renamed into place (a missing folder is created); an existing
            output is kept unless overwrite=true; an input, or a file the session has loaded, is
            never overwritten. A LoRA made in the session records the commands that made it.
            """,
        examples: ["save hero out/hero_kohya.safetensors", "save rings out/rings_peft format=peft dtype=f16"]
    ) { invocation in
        let object = try invocation.object("name", expecting: "a LoRA")!
        let path = try invocation.text("path")!
        let lines = try invocation.perform {
            try invocation.session.save(
                object, name: invocation.word("name") ?? "", to: path, try saveRequest(invocation))
        }
        invocation.report(lines)
        return .nothing
    }

    static let convert = CommandSpec(
        "convert", summary: "Convert a LoRA file between kohya, diffusers and PEFT.", topic: "files",
        parameters: [
            ParameterSpec("input", .path, help: "a LoRA file or PEFT folder"),
            ParameterSpec("output", .path, help: "the file (or folder for peft) to write"),
        ],
        options: writeOptions(formatDefault: nil, dtypeDefault: "the input's"),
        help: "`load` + `save` in one step, without binding a name. The input is never modified.",
        examples: ["convert hero.safetensors out/hero_diffusers.safetensors format=diffusers"]
    ) { invocation in
        let input = try invocation.text("input")!
        let output = try invocation.text("output")!
        let lines = try invocation.perform {
            try invocation.session.convert(input, to: output, try saveRequest(invocation))
        }
        invocation.report(lines)
        return .nothing
    }

    /// The options `save` and `convert` share, as written.
    static func saveRequest(_ invocation: CommandInvocation) throws -> Session.SaveRequest {
        var request = Session.SaveRequest()
        request.format = try invocation.text("format").flatMap(LoraFormat.init(rawValue:))
        request.dtype = try invocation.text("dtype").flatMap(DType.init(userName:))
        request.overwrite = try invocation.bool("overwrite")
        request.ranks = RankOptions(rank: try invocation.value("rank")?.text)
        request.command = invocation.recordedText
        return request
    }
}
