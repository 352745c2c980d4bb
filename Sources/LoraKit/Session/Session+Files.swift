import Foundation
import LoraEngine
import LoraFormats

extension Session {
    /// What `load` found and bound.
    public struct LoadResult {
        public var name: String
        public var object: any SessionObject
        /// `hero: LoRA (kohya), SDXL, lora, rank 32 …`, what `load` prints.
        public var line: String
        /// What the user should know before using it: a LoRA's keys that lorash does not read
        /// (they are left out of every stack, merge and save).
        public var warnings: [SessionError] = []
    }

    /// `load PATH [as NAME]`: a checkpoint, a LoRA file, a PEFT folder or a toy checkpoint,
    /// header only, bound to `name`.
    /// - Throws: `SessionError` about `path`.
    public func load(path: String, as name: String) throws(SessionError) -> LoadResult {
        var path = path
        // A name that is no file may be a library name (`load hero`).
        if !FileManager.default.fileExists(atPath: path),
            !FileManager.default.fileExists(atPath: path + ".safetensors"),
            let found = try libraryPath(for: path, about: .input("path"))
        {
            path = found
        }
        let loaded: LoadedFile
        do {
            loaded = try LoraFile.load(path: path)
        } catch {
            throw .input("path", "\(error)")
        }
        // Most next commands (stack, check, merge, save) look the architecture's table up.
        ArchitectureTable.prepareInBackground(for: loaded.summary.architecture)
        let object: any SessionObject
        var line = loaded.summary.line
        switch loaded {
        case .lora(let adapter): object = adapter
        case .checkpoint(let base) where ToyModel.isToyCheckpoint(base):
            do {
                object = try ToyModel(checkpoint: base)
            } catch {
                throw .input("path", "\(error)")
            }
            line = object.summary
        case .checkpoint(let base): object = base
        }
        bind(name, object)
        var warnings: [SessionError] = []
        if case .lora(let adapter) = loaded, !adapter.unrecognisedKeys.isEmpty {
            let keys = adapter.unrecognisedKeys
            let one = keys.count == 1
            warnings.append(
                .input(
                    "path",
                    "\(path): \(keys.count) key\(one ? "" : "s") \(one ? "is" : "are") not a LoRA module lorash reads and \(one ? "is" : "are") left out of stacks, merges and saves: "
                        + keys.prefix(3).joined(separator: ", ") + (keys.count > 3 ? ", …" : "")
                        + " (info \(name) lists them)"))
        }
        return LoadResult(name: name, object: object, line: "\(name): \(line)", warnings: warnings)
    }

    /// `info NAME [modules] [hash=…]`: what an object is, line by line.
    /// - Throws: `SessionError` about `name` (hashing failed, nothing to describe).
    public func info(_ object: any SessionObject, modules: Bool = false, hash: Bool? = nil) throws(SessionError)
        -> [String]
    {
        let loaded: LoadedFile
        switch object {
        case let adapter as LoraAdapter: loaded = .lora(adapter)
        case let base as BaseModel: loaded = .checkpoint(base)
        case let stack as Stack: return stackInfo(stack)
        case let toy as ToyModel:
            return [toy.summary] + toy.tensors.keys.sorted().map { "  \($0)  \(toy.tensors[$0]!.shape)" }
        default:
            throw .input("name", "info describes bases, LoRAs and stacks, not a \(object.kindName)")
        }
        if modules, case .lora(let adapter) = loaded { return adapter.modules.map(\.summary) }
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: loaded.path)[.size] as? Int) ?? 0
        let onDisk = !loaded.path.isEmpty
        let details: FileInfo
        do {
            details = try FileInfo(loaded, computeHash: onDisk && (hash ?? (fileSize < 1 << 30)))
        } catch {
            throw .input("name", "\(error)")
        }
        var lines = InfoFormatter.lines(details, path: loaded.path)
        // The base family, with every piece of evidence (families of one architecture share
        // their keys, so this is what tells Pony from Illustrious).
        if onDisk, details.architecture.architecture != .generic,
            let evidence = familyEvidence(
                path: loaded.path, architecture: details.architecture.architecture, metadata: details.metadata)
        {
            let at =
                (lines.firstIndex { $0.hasPrefix("  recognised by:") }
                ?? lines.firstIndex { $0.hasPrefix("architecture:") })
                .map { $0 + 1 } ?? lines.count
            lines.insert(
                contentsOf: ["family: \(evidence.family.displayName)"] + evidence.lines.map { "  evidence: " + $0 },
                at: at)
        }
        if onDisk { lines += libraryLines(path: loaded.path) }
        return lines
    }

    /// `info STACK`: the stack, each LoRA's strength per block, and how the LoRAs interfere.
    func stackInfo(_ stack: Stack) -> [String] {
        var lines = [stack.summary]
        if stack.toy != nil {
            // The built-in model has no blocks: each LoRA with its one weight.
            for entry in stack.entries {
                lines.append(
                    "  \(entry.name): weight \(NumberFormatting.shortest(float: entry.weight.denoiser)), \(entry.lora.summary)"
                )
            }
            return lines
        }
        let analysis = StackAnalysis.analyse(stack)
        if !analysis.contributions.isEmpty {
            lines.append("strength per block, ‖weight · scale · ΔW‖ (Frobenius norm over the block's modules):")
        }
        lines += analysis.contributionLines.map { "  " + $0 }
        lines += analysis.interferenceLines
        if !analysis.interferences.isEmpty {
            lines.append(
                "(cosine between two LoRAs' ΔW on a module they share: 1 same direction, 0 unrelated, −1 they cancel)")
        }
        return lines
    }

    /// What `check` found: the lines to print (verdict first) and the refusal, if the LoRA
    /// does not fit.
    public struct CheckResult {
        public var lines: [String]
        /// Why the LoRA would be refused on the base (nil: it fits).
        public var refusal: String?
        /// The family verdict when the LoRA was made for another family of the base's
        /// architecture: it loads, and usually draws poorly (a warning, not a refusal).
        public var familyWarning: SessionError?
    }

    /// `check LORA on BASE [all=true]`: which modules match the base, and why the others do
    /// not. The verdict comes first, then the reasons, the same reasons grouped with a count,
    /// then the count line; `all` lists every module.
    /// - Throws: `SessionError` about `lora` or `base`.
    public func check(
        _ loraObject: any SessionObject, on baseObject: any SessionObject, all: Bool = false,
        loraName: String = "the LoRA", baseName: String = "the base"
    ) throws(SessionError) -> CheckResult {
        guard let lora = loraObject as? LoraAdapter else { throw .input("lora", "check needs a LoRA here") }
        let report: MatchReport
        switch StackBase(baseObject) {
        case .checkpoint(let base)?: report = ModuleMatcher.check(lora: lora, base: base, force: false)
        case .toy(let toy)?: report = toy.matchReport(for: lora)
        case nil: throw .input("base", "check needs a loaded base checkpoint here")
        }
        var lines = CheckReportLines.lines(report, all: all)
        var warning: SessionError? = nil
        // The family verdict (from the library, the files' metadata and sidecars), after the
        // shapes' verdict: families of one architecture cannot be told apart by keys.
        if case .checkpoint(let base)? = StackBase(baseObject),
            let verdict = familyVerdict(
                lora: lora, loraName: loraName, base: base, baseName: baseName, modulesFit: report.refusal == nil)
        {
            // Another family of the same architecture is a warning (said once, as one).
            if verdict.grade == .sameArchitectureOtherFamily {
                warning = SessionError("family: " + verdict.message, about: .input("lora"))
            } else {
                lines.insert("family: " + verdict.message, at: min(1, lines.count))
            }
        }
        return CheckResult(lines: lines, refusal: report.refusal, familyWarning: warning)
    }

    /// `save`'s and `convert`'s settings as written.
    public struct SaveRequest {
        public var format: LoraFormat?
        public var dtype: DType?
        public var overwrite: Bool?
        /// `rank=`: approximate LyCORIS modules by rank-K LoRAs for diffusers/peft.
        public var ranks = RankOptions()
        /// The command as it ran, for the output's recipe.
        public var command = ""
        public init() {}

        /// The options given, for refusals.
        var given: [String] {
            (format != nil ? ["format"] : []) + (dtype != nil ? ["dtype"] : []) + ranks.names
        }
    }

    /// `save NAME PATH [format=…] [dtype=…] [rank=K] [overwrite=true]`: a LoRA as a kohya or
    /// diffusers file or a PEFT folder; the built-in model as its own checkpoint.
    /// - Returns: the lines to print.
    /// - Throws: `SessionError` about `name`, `path` or an option; `Interrupted`.
    public func save(_ object: any SessionObject, name: String, to path: String, _ request: SaveRequest) throws
        -> [String]
    {
        if let toy = object as? ToyModel {
            if let option = request.given.first {
                throw SessionError.input(
                    option,
                    "\(option)= applies to saving a LoRA; the built-in model is written as its own F32 checkpoint")
            }
            let overwrite = request.overwrite ?? false
            try prepareOutput(path, overwrite: overwrite, input: "path")
            do {
                try toy.write(to: path, overwrite: overwrite)
            } catch {
                throw SessionError.input("path", "\(error)")
            }
            return ["wrote \(path) (built-in model checkpoint, \(toy.tensors.count) tensors)"]
        }
        guard let adapter = object as? LoraAdapter else {
            throw SessionError.input(
                "name",
                "save writes LoRAs; '\(name)' is a \(object.kindName) (bake a stack into a checkpoint with 'merge STACK into PATH')"
            )
        }
        var options = try saveOptions(request)
        // A LoRA made from F16 files is saved as F16 unless told: shrinking one must not grow it.
        let inherited = request.dtype == nil ? adapter.inputDType : nil
        if let inherited { options.dtype = inherited }
        if let recipe = adapter.recipe {
            // Made in the session: the commands that made it, then this save.
            options.provenance = Provenance(
                commands: recipe.commands + (options.provenance?.commands ?? []),
                inputs: Provenance.inputs(recipe.inputs.map(\.path)))
        } else {
            options.provenance?.inputs = Provenance.inputs(adapter.sourceSnapshot.map { [$0.path] } ?? [])
        }
        var lines = try write(adapter, to: path, options: options, input: "path")
        if let inherited {
            lines.append(
                "note: written as \(inherited.userName), the dtype of the files it was made from (dtype=f32 keeps the full precision)"
            )
        }
        return lines
    }

    /// `convert IN OUT format=…`: `load` + `save` without binding a name.
    /// - Throws: `SessionError` about `input`, `output` or an option; `Interrupted`.
    public func convert(_ input: String, to output: String, _ request: SaveRequest) throws -> [String] {
        guard request.format != nil else { throw SessionError("convert needs format=kohya|diffusers|peft") }
        var input = input
        // A name that is no file may be a library name (`convert hero out/hero_peft format=peft`).
        if !FileManager.default.fileExists(atPath: input),
            !FileManager.default.fileExists(atPath: input + ".safetensors"),
            let found = try libraryPath(for: input, about: .input("input"))
        {
            input = found
        }
        let adapter: LoraAdapter
        do {
            adapter = try LoraFile.loadLora(path: input)
        } catch {
            throw SessionError.input("input", "\(error)")
        }
        var options = try saveOptions(request)
        options.provenance?.inputs = Provenance.inputs(adapter.sourceSnapshot.map { [$0.path] } ?? [])
        return try write(adapter, to: output, options: options, input: "output")
    }

    func saveOptions(_ request: SaveRequest) throws(SessionError) -> LoraSaveOptions {
        let rank = try request.ranks.fixedRank("rank")
        return LoraSaveOptions(
            format: request.format ?? .kohya, dtype: request.dtype, overwrite: request.overwrite ?? false, rank: rank,
            approximator: rank == nil ? nil : EngineApproximator(),
            provenance: Provenance(commands: [request.command], inputs: []))
    }

    /// Writes `adapter` with `options` (after the output checks) and says what was written.
    func write(_ adapter: LoraAdapter, to path: String, options: LoraSaveOptions, input: String) throws -> [String] {
        var options = options
        let name = FilePaths.name(of: path)
        if options.format == .peft, name.lowercased().hasSuffix(".safetensors") {
            throw SessionError.input(
                input,
                "\(path): format=peft writes a folder (adapter_model.safetensors and adapter_config.json); name the folder without .safetensors"
            )
        }
        try prepareOutput(path, overwrite: options.overwrite, input: input)
        let meter = meter("save", unit: "tensor")
        defer { meter.finish() }
        options.cancellation = cancellation
        options.progress = meter.callback
        let result: LoraWriter.SaveResult
        do {
            result = try LoraWriter.save(adapter, to: path, options: options)
        } catch .interrupted {
            throw Interrupted()
        } catch {
            throw SessionError.input(input, "\(error)")
        }
        var lines = ["wrote \(result.paths.joined(separator: ", ")) (\(result.moduleCount) modules)"]
        if options.format != .peft, !name.lowercased().hasSuffix(".safetensors") {
            lines.append("note: A1111, ComfyUI and Forge list only files ending in .safetensors")
        }
        let skipped = adapter.unrecognisedKeys
        if !skipped.isEmpty {
            // Never dropped silently: the input held tensors that are not LoRA modules lorash reads.
            let one = skipped.count == 1
            lines.append(
                "note: \(skipped.count) key\(one ? "" : "s") of the input \(one ? "is" : "are") not a LoRA module lorash reads and \(one ? "was" : "were") not written: "
                    + skipped.prefix(3).joined(separator: ", ") + (skipped.count > 3 ? ", …" : ""))
        }
        if !result.approximations.isEmpty {
            let worst = result.approximations.min { $0.retainedEnergy < $1.retainedEnergy }!
            let mean = result.approximations.map(\.retainedEnergy).reduce(0, +) / Double(result.approximations.count)
            lines.append(
                "approximated \(result.approximations.count) modules: retained \(String(format: "%.1f", 100 * mean))% of the energy on average, lowest \(String(format: "%.1f", 100 * worst.retainedEnergy))% (\(worst.module))"
            )
        }
        return lines
    }
}
