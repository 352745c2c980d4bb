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
            ParameterSpec("path", .path, help: "a .safetensors file or a PEFT folder (adapter_model.safetensors + adapter_config.json)"),
            ParameterSpec("name", .newName, keyword: "as", optional: true, help: "the session name; default: the file's stem"),
        ],
        help: """
            Recognises what the file is (a base checkpoint or a LoRA in any of the kohya,
            diffusers/PEFT, LyCORIS and ComfyUI schemes) and which architecture it is for, and
            prints a one-line summary. Only the header is read: tensors are mapped from disk when
            used, so loading a 7 GB checkpoint takes milliseconds. The file is never modified.
            """,
        examples: ["load models/sdxl_base.safetensors as base", "load loras/hero.safetensors", "load adapters/peft_run1 as run1"]
    ) { invocation in
        let path = try invocation.text("path")!
        let loaded: LoadedFile
        do {
            loaded = try LoraFile.load(path: path)
        } catch {
            throw invocation.error("\(error)", at: "path")
        }
        // Most next commands (stack, check, merge, save) look the architecture's table up.
        ArchitectureTable.prepareInBackground(for: loaded.summary.architecture)
        var name = try invocation.text("name") ?? LoraFile.defaultName(for: path)
        if !Parser.isIdentifier(name) {
            let cleaned = String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" })
            name = cleaned.first?.isNumber == true ? "_" + cleaned : cleaned
        }
        let object: any SessionObject
        switch loaded {
        case .lora(let adapter): object = adapter
        case .checkpoint(let base) where ToyModel.isToyCheckpoint(base):
            do {
                object = try ToyModel(checkpoint: base)
            } catch {
                throw invocation.error("\(error)", at: "path")
            }
        case .checkpoint(let base): object = base
        }
        invocation.interpreter.bind(name, .object(object))
        if !invocation.interpreter.quiet {
            invocation.print("\(name): \(object is ToyModel ? object.summary : loaded.summary.line)")
        }
        return .nothing
    }

    static let info = CommandSpec(
        "info", summary: "Describe a base, LoRA or stack: architecture, ranks, metadata, hashes.", topic: "files",
        parameters: [
            ParameterSpec("name", .sessionName, help: "a session name"),
            ParameterSpec("modules", .flag, keyword: "modules", optional: true, help: "list every module (LoRAs)"),
        ],
        options: [
            OptionSpec("hash", .bool, default: "true for files under 1 GB", help: "compute the file's sha256 (cached per path, size and modification time)"),
        ],
        help: """
            Shows the architecture and how it was recognised (with metadata hints such as
            ss_base_model_version for derivatives like Pony or Illustrious, which shapes cannot
            tell apart), rank and alpha per module group, dtypes, parameters, training settings,
            trigger words from ss_tag_frequency, the base model name, and the sha256 with its
            10-digit short form (the "AutoV2" hash sites search by).
            """,
        examples: ["info hero", "info hero modules", "info base hash=true"]
    ) { invocation in
        let value = try invocation.value("name")!
        let loaded: LoadedFile
        switch value {
        case .object(let adapter as LoraAdapter): loaded = .lora(adapter)
        case .object(let base as BaseModel): loaded = .checkpoint(base)
        case .object(let stack as Stack):
            invocation.print(stack.summary)
            let analysis = StackAnalysis.analyse(stack)
            if !analysis.contributions.isEmpty { invocation.print("strength per block, ‖weight · scale · ΔW‖ (Frobenius norm over the block's modules):") }
            for line in analysis.contributionLines { invocation.print("  " + line) }
            for line in analysis.interferenceLines { invocation.print(line) }
            if !analysis.interferences.isEmpty {
                invocation.print("(cosine between two LoRAs' ΔW on a module they share: 1 same direction, 0 unrelated, −1 they cancel)")
            }
            return .nothing
        case .object(let toyLora as ToyLoRA): loaded = .lora(toyLora.adapter())
        case .object(let toyStack as ToyStack):
            invocation.print(toyStack.summary)
            for entry in toyStack.entries {
                invocation.print("  \(entry.name): weight \(NumberFormatting.shortest(float: entry.weight)), \(entry.lora.summary)")
            }
            return .nothing
        case .object(let toy as ToyModel):
            invocation.print(toy.summary)
            for name in toy.tensors.keys.sorted() {
                invocation.print("  \(name)  \(toy.tensors[name]!.shape)")
            }
            return .nothing
        default:
            throw invocation.error("info describes bases, LoRAs and stacks, not a \(value.typeName)", at: "name")
        }
        if invocation.has("modules"), case .lora(let adapter) = loaded {
            for module in adapter.modules { invocation.print(module.summary) }
            return .nothing
        }
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: loaded.path)[.size] as? Int) ?? 0
        let onDisk = !loaded.path.isEmpty
        let hash = try onDisk && (invocation.bool("hash") ?? (fileSize < 1 << 30))
        let details: FileInfo
        do {
            details = try FileInfo(loaded, computeHash: hash)
        } catch {
            throw invocation.error("\(error)", at: "name")
        }
        for line in InfoFormatter.lines(details, path: loaded.path) { invocation.print(line) }
        return .nothing
    }

    static let check = CommandSpec(
        "check", summary: "Which modules of a LoRA match a base, and why the others do not.", topic: "files",
        parameters: [
            ParameterSpec("lora", .sessionName, help: "a loaded LoRA"),
            ParameterSpec("base", .sessionName, keyword: "on", help: "a loaded base"),
        ],
        options: [OptionSpec("all", .bool, default: "false", help: "list every module, matched ones too (otherwise at most 20 problems)")],
        help: """
            Matches every LoRA module to a tensor of the base through the base's own key list
            (as ComfyUI does), including fused tensors (SDXL text encoder 2 in_proj_weight, FLUX
            qkv and linear1 row slices). Prints each module that does not match with the reason
            (missing, shape mismatch, other architecture) and a final count line. Stacking or
            merging a LoRA onto a base of another architecture is refused unless force=true.
            """,
        examples: ["check hero on base", "check hero on base all=true"]
    ) { invocation in
        let loraValue = try invocation.value("lora")!
        if case .object(let toy as ToyModel) = try invocation.value("base")! {
            return try checkOnToy(loraValue, toy, invocation: invocation)
        }
        guard case .object(let adapter as LoraAdapter) = loraValue else {
            throw invocation.error("check needs a LoRA here", at: "lora")
        }
        guard case .object(let base as BaseModel) = try invocation.value("base")! else {
            throw invocation.error("check needs a loaded base checkpoint here", at: "base")
        }
        let report = ModuleMatcher.check(lora: adapter, base: base, force: false)
        let all = try invocation.bool("all") ?? false
        let shown = report.matches.filter { all || !$0.isMatched }
        let limit = all ? shown.count : 20
        for match in shown.prefix(limit) { invocation.print(match.summary) }
        if shown.count > limit { invocation.print("… and \(shown.count - limit) more (all=true lists every module)") }
        if let refusal = report.refusal { invocation.print("refused: \(refusal)") }
        invocation.print(report.countLine)
        return .nothing
    }

    /// `check LORA on TOY`: every module against the built-in model's layer shapes.
    static func checkOnToy(_ value: Value, _ toy: ToyModel, invocation: CommandInvocation) throws -> Value {
        let lora: ToyLoRA
        switch value {
        case .object(let toyLora as ToyLoRA): lora = toyLora
        case .object(let adapter as LoraAdapter):
            do { lora = try ToyLoRA(adapter: adapter) } catch {
                invocation.print("refused: \(error) (this LoRA is not for the built-in model)")
                invocation.print("0 of \(adapter.modules.count) modules match; \(adapter.modules.count) missing, 0 shape mismatches, 0 other architecture")
                return .nothing
            }
        default: throw invocation.error("check needs a LoRA here", at: "lora")
        }
        let all = try invocation.bool("all") ?? false
        var matched = 0, missing = 0, mismatched = 0
        for module in lora.modules {
            let found = [module.up.shape[0], module.down.shape[1]]
            guard module.layer < toy.layerCount else {
                missing += 1
                invocation.print("\(module.name): missing (the model has \(toy.layerCount) layers)")
                continue
            }
            let expected = toy.layerShape(module.layer)
            if expected == found {
                matched += 1
                if all { invocation.print("net.\(module.layer) → \(module.name)") }
            } else {
                mismatched += 1
                invocation.print("net.\(module.layer): shape mismatch on \(module.name): LoRA delta \(found), base \(expected)")
            }
        }
        if matched == 0 { invocation.print("refused: no module of the LoRA matches a layer of the base") }
        invocation.print("\(matched) of \(lora.modules.count) modules match; \(missing) missing, \(mismatched) shape mismatches, 0 other architecture")
        return .nothing
    }

    static let formatChoice = ValueKind.choice(LoraFormat.allCases.map(\.rawValue))
    static let dtypeChoice = ValueKind.choice(["f32", "f16", "bf16", "fp8_e4m3", "fp8_e5m2"])

    /// The options `save` and `convert` share (read by `saveOptions`).
    static func writeOptions(formatDefault: String?, dtypeDefault: String) -> [OptionSpec] {
        [
            OptionSpec("format", formatChoice, default: formatDefault, required: formatDefault == nil, help: "key scheme to write"),
            OptionSpec("dtype", dtypeChoice, default: dtypeDefault, help: "element type of the written tensors"),
            OptionSpec("overwrite", .bool, default: "false", help: "replace an existing output"),
            OptionSpec("rank", .integer, help: "approximate LyCORIS modules (LoHa, LoKr, full) by rank-K LoRAs for diffusers/peft; the retained energy is reported"),
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
        let value = try invocation.value("name")!
        let path = try invocation.text("path")!
        if case .object(let toy as ToyModel) = value {
            if let option = ["format", "dtype", "rank"].first(where: invocation.has) {
                throw invocation.error("\(option)= applies to saving a LoRA; the built-in model is written as its own F32 checkpoint", at: option)
            }
            let overwrite = try invocation.overwriteChecked(path: path, at: "path")
            try invocation.createFolder(for: path, at: "path")
            do {
                try toy.write(to: path, overwrite: overwrite)
            } catch {
                throw invocation.error("\(error)", at: "path")
            }
            if !invocation.interpreter.quiet { invocation.print("wrote \(path) (built-in model checkpoint, \(toy.tensors.count) tensors)") }
            return .nothing
        }
        let lora: LoraAdapter? = switch value {
        case .object(let adapter as LoraAdapter): adapter
        case .object(let toyLora as ToyLoRA): toyLora.adapter()
        default: nil
        }
        guard let adapter = lora else {
            throw invocation.error(
                "save writes LoRAs; '\(invocation.expressions("name").first?.wordText ?? "")' is a \(value.typeName) (bake a stack into a checkpoint with 'merge STACK into PATH')",
                at: "name")
        }
        var options = try saveOptions(invocation, command: "save")
        options.overwrite = try invocation.overwriteChecked(path: path, at: "path")
        if let recipe = adapter.recipe {
            // Made in the session: the commands that made it, then this save.
            options.provenance = Provenance(
                commands: recipe.commands + (options.provenance?.commands ?? []), inputs: Provenance.inputs(recipe.inputs.map(\.path)))
        } else {
            options.provenance?.inputs = Provenance.inputs(adapter.sourceSnapshot.map { [$0.path] } ?? [])
        }
        try invocation.createFolder(for: path, at: "path")
        do {
            let result = try LoraWriter.save(adapter, to: path, options: options)
            report(result, of: adapter, invocation: invocation)
        } catch {
            if case .interrupted? = error as? LoraFormatError { throw Interrupted() }
            throw invocation.error("\(error)", at: "path")
        }
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
        guard invocation.has("format") else {
            throw invocation.error("convert needs format=kohya|diffusers|peft")
        }
        let input = try invocation.text("input")!
        let output = try invocation.text("output")!
        let adapter: LoraAdapter
        do {
            adapter = try LoraFile.loadLora(path: input)
        } catch {
            throw invocation.error("\(error)", at: "input")
        }
        var options = try saveOptions(invocation, command: "convert")
        options.overwrite = try invocation.overwriteChecked(path: output, at: "output")
        options.provenance?.inputs = Provenance.inputs(adapter.sourceSnapshot.map { [$0.path] } ?? [])
        try invocation.createFolder(for: output, at: "output")
        do {
            report(try LoraWriter.save(adapter, to: output, options: options), of: adapter, invocation: invocation)
        } catch {
            if case .interrupted? = error as? LoraFormatError { throw Interrupted() }
            throw invocation.error("\(error)", at: "output")
        }
        return .nothing
    }

    static func saveOptions(_ invocation: CommandInvocation, command: String) throws -> LoraSaveOptions {
        let format = LoraFormat(rawValue: try invocation.text("format") ?? "kohya")!
        let dtype = try invocation.text("dtype").flatMap(DType.init(userName:))
        let rank = try invocation.integer("rank")
        if let rank, rank < 1 { throw invocation.error("rank must be 1 or more", at: "rank") }
        return LoraSaveOptions(
            format: format, dtype: dtype, overwrite: try invocation.bool("overwrite") ?? false, rank: rank,
            approximator: rank == nil ? nil : EngineApproximator(), provenance: Provenance(commands: [invocation.recordedText], inputs: []))
    }

    static func report(_ result: LoraWriter.SaveResult, of adapter: LoraAdapter, invocation: CommandInvocation) {
        guard !invocation.interpreter.quiet else { return }
        invocation.print("wrote \(result.paths.joined(separator: ", ")) (\(result.moduleCount) modules)")
        let skipped = adapter.unrecognisedKeys
        if !skipped.isEmpty {
            // Never dropped silently: the input held tensors that are not LoRA modules lorash reads.
            invocation.print(
                "note: \(skipped.count) key\(skipped.count == 1 ? "" : "s") of the input \(skipped.count == 1 ? "is" : "are") not a LoRA module lorash reads and \(skipped.count == 1 ? "was" : "were") not written: "
                    + skipped.prefix(3).joined(separator: ", ") + (skipped.count > 3 ? ", …" : ""))
        }
        if !result.approximations.isEmpty {
            let worst = result.approximations.min { $0.retainedEnergy < $1.retainedEnergy }!
            let mean = result.approximations.map(\.retainedEnergy).reduce(0, +) / Double(result.approximations.count)
            invocation.print(
                "approximated \(result.approximations.count) modules: mean retained energy \(String(format: "%.4f", mean)), lowest \(String(format: "%.4f", worst.retainedEnergy)) (\(worst.module))")
        }
    }
}
