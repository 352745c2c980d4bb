import Foundation
import LoraDiffusion
import LoraFormats
import LoraRender

/// What `render from PATH.png` renders again: the checkpoint (or a stack on it), the settings
/// read from the PNG's text chunks with the line's own settings put over them, the grid's axes
/// when the PNG is a lorash grid, and warnings about what will not come out the same.
///
/// lorash's own `lorash` chunk (JSON: the checkpoint and LoRA paths, weights, settings, a grid's
/// axes) is preferred; without it, A1111's `parameters` infotext is read: the checkpoint is a
/// loaded one whose file's short hash is the `Model hash`, else one named by `Model` (a session
/// name or a loaded file's stem, `NAME.safetensors` here, a library name), else the only
/// checkpoint loaded — with a warning naming both when the hashes differ; the prompt's
/// `<lora:NAME…>` tags find their LoRAs by the `Lora hashes` entry of NAME among the loaded
/// LoRAs, else as any tag does (session name, file, library) or by a loaded file's stem, with a
/// warning when the hash differs. The settings given on the line are applied before the PNG's
/// values are checked, so `sampler=` replaces a sampler lorash lacks; a value of the PNG that
/// lorash cannot draw is an error naming the PNG and the field, and A1111 settings lorash does
/// not reproduce (hires fix, img2img, other schedules, hypernetworks, …) are warnings, one each.
struct RenderSource {
    var subject: any SessionObject
    var name: String
    /// The PNG's settings with the line's put over them.
    var request: Session.ImageRequest
    /// LoRAs the prompt's tags name, found by the PNG's hashes or recorded paths.
    var resolved: [String: LoraAdapter] = [:]
    var warnings: [SessionError] = []
    /// A lorash grid's axes and title (nil for a single picture).
    var grid: GridRecipe?
    /// The PNG's value of each setting taken from it, as the PNG writes it (`Clip skip: 3`),
    /// for errors about a value the user did not give.
    var fields: [String: String] = [:]

    /// The axes of a lorash grid, as its recipe records them.
    struct GridRecipe {
        var x: Session.ImageAxis
        var y: Session.ImageAxis?
        var title: String?
    }

    /// The render a PNG's chunks describe, with `overrides` (the line's settings) applied.
    /// - Throws: `SessionError` about `subject` (the PNG) saying what is missing, or about an
    ///   override that cannot apply.
    static func from(
        chunks: [PNGTextChunk], png: String, overrides: Session.ImageRequest, session: Session
    ) throws -> RenderSource {
        let infotext = chunks.first(where: { $0.keyword == "parameters" })?.text
        let parameters = infotext.flatMap { try? GenerationParameters(parsingInfotext: $0) }
        var source: RenderSource
        if let recipe = chunks.first(where: { $0.keyword == "lorash" }),
            let json = try? JSONParser.parse(recipe.text), json["tool"]?.stringValue == "lorash"
        {
            source = try fromRecipe(json, parameters: parameters, png: png, session: session)
        } else {
            guard let text = infotext else {
                throw SessionError.input(
                    "subject",
                    "\(png) has no generation parameters (no A1111 'parameters' or lorash text chunk): render from draws again one image that A1111, ComfyUI's A1111-style savers or lorash rendered (not a grid, and not an edited copy, which loses the chunk)"
                )
            }
            let parsed: GenerationParameters
            do { parsed = try GenerationParameters(parsingInfotext: text) } catch {
                throw SessionError.input("subject", "\(png): its parameters do not read: \(error)")
            }
            source = try fromInfotext(parsed, png: png, overrides: overrides, session: session)
        }
        try source.apply(overrides, png: png)
        return source
    }

    /// Puts the line's settings over the PNG's, then checks what only the PNG gave.
    private mutating func apply(_ overrides: Session.ImageRequest, png: String) throws {
        var merged = request
        for (keyPath, value) in [
            (\Session.ImageRequest.prompt, overrides.prompt), (\Session.ImageRequest.negative, overrides.negative),
            (\Session.ImageRequest.sampler, overrides.sampler), (\Session.ImageRequest.rng, overrides.rng),
        ] where value != nil { merged[keyPath: keyPath] = value }
        for (keyPath, value) in [
            (\Session.ImageRequest.steps, overrides.steps), (\Session.ImageRequest.seed, overrides.seed),
            (\Session.ImageRequest.width, overrides.width), (\Session.ImageRequest.height, overrides.height),
            (\Session.ImageRequest.clipSkip, overrides.clipSkip), (\Session.ImageRequest.size, overrides.size),
        ] where value != nil { merged[keyPath: keyPath] = value }
        if let cfg = overrides.cfg { merged.cfg = cfg }
        if let karras = overrides.karras { merged.karras = karras }
        if overrides.size != nil {
            if overrides.width == nil { merged.width = nil }
            if overrides.height == nil { merged.height = nil }
        }
        // The PNG's Karras schedule is its value, not the user's: with a sampler that has no
        // Karras schedule (the PNG's, or one the line gives) it is dropped, with a warning.
        if overrides.karras == nil, merged.karras == true, let sampler = merged.sampler,
            let kind = try? SamplerKind.named(sampler.lowercased()), !kind.supportsKarras
        {
            merged.karras = false
            let with = SamplerKind.allCases.filter(\.supportsKarras).map(\.rawValue).joined(separator: " and ")
            warnings.append(
                .input(
                    "subject",
                    "\(png): its schedule type Karras is not reproduced: lorash's \(kind.rawValue) has no Karras schedule (karras=true applies to \(with)); drawn with \(kind.rawValue)'s usual schedule"
                ))
        }
        if let grid {
            for (label, axis) in [("x", grid.x), ("y", grid.y)] {
                guard let axis else { continue }
                let given: Bool
                switch axis.setting {
                case "seed": given = overrides.seed != nil
                case "cfg": given = overrides.cfg != nil
                case "steps": given = overrides.steps != nil
                case "clip_skip": given = overrides.clipSkip != nil
                case "prompt": given = overrides.prompt != nil
                case "negative": given = overrides.negative != nil
                case "sampler": given = overrides.sampler != nil
                default: given = false
                }
                if given {
                    throw SessionError.input(
                        axis.setting,
                        "\(png) is a grid whose \(label) axis is \(axis.setting), so \(axis.setting)= would be replaced in every cell; to draw one cell, render the stack with that cell's settings (the PNG's parameters are its first cell's)"
                    )
                }
            }
        }
        request = merged
    }

    // MARK: lorash's recipe

    private static func fromRecipe(
        _ json: JSONValue, parameters: GenerationParameters?, png: String, session: Session
    ) throws -> RenderSource {
        guard let path = json["checkpoint"]?.stringValue else {
            if case .array(let commands)? = json["commands"] {
                // A picture of the built-in model: its recipe is the commands that drew it.
                let lines = commands.compactMap(\.stringValue)
                throw SessionError.input(
                    "subject",
                    "\(png) is a picture of the built-in model; render from draws SD 1.5 / SDXL renders. Its recipe draws it again: \(lines.joined(separator: "; ")) to PATH.png"
                )
            }
            throw SessionError.input("subject", "\(png): its lorash recipe names no checkpoint")
        }
        var warnings: [SessionError] = []
        let base: BaseModel
        var name = LoraFile.defaultName(for: path)
        if let (loadedName, loaded) = loadedCheckpoint(session, where: { sameFile($0.path, path) }) {
            base = loaded
            name = loadedName
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw SessionError.input(
                    "subject",
                    "\(png) was rendered from \(path), which is not there any more; load the checkpoint and render it with the PNG's settings"
                )
            }
            do { base = try BaseModel(path: path) } catch { throw SessionError.input("subject", "\(path): \(error)") }
        }
        if let subject = json["subject"]?.stringValue, !subject.isEmpty { name = subject }
        if let wanted = parameters?.modelHash, let now = modelHash(base.path), wanted.lowercased() != now {
            warnings.append(
                .input(
                    "subject",
                    "\(png) was made from \(path) with hash \(wanted); the file there now has hash \(now): the picture will differ"
                ))
        }
        let hashes = Dictionary(
            (parameters?.loraHashes ?? []).map { ($0.name, $0.hash.lowercased()) }, uniquingKeysWith: { a, _ in a })
        var entries: [StackEntry] = []
        for item in json["loras"]?.arrayValue ?? [] {
            guard let loraPath = item["path"]?.stringValue else { continue }
            let loraName = item["name"]?.stringValue ?? LoraFile.defaultName(for: loraPath)
            let lora: LoraAdapter
            do { lora = try LoraFile.loadLora(path: loraPath) } catch {
                throw SessionError.input("subject", "\(png) used the LoRA \(loraPath): \(error)")
            }
            var stack = Stack(base: base, entries: [StackEntry(name: loraName, lora: lora)])
            if let weight = item["weight"]?.stringValue {
                do { try stack.setWeight(of: loraName, parsing: weight) } catch {
                    throw SessionError.input("subject", "\(png): the weight of \(loraName) does not read: \(error)")
                }
            }
            warnings += hashWarning(png: png, path: loraPath, wanted: hashes[LoraFile.defaultName(for: loraPath)])
            entries.append(stack.entries[0])
        }
        var resolved: [String: LoraAdapter] = [:]
        for item in json["prompt_loras"]?.arrayValue ?? [] {
            guard let tag = item["name"]?.stringValue, let loraPath = item["path"]?.stringValue,
                resolved[tag] == nil, FileManager.default.fileExists(atPath: loraPath)
            else { continue }
            if let lora = try? LoraFile.loadLora(path: loraPath) {
                resolved[tag] = lora
                warnings += hashWarning(png: png, path: loraPath, wanted: hashes[LoraFile.defaultName(for: loraPath)])
            }
        }
        var request = Session.ImageRequest()
        request.prompt = json["prompt"]?.stringValue
        request.negative = json["negative"]?.stringValue
        request.steps = json["steps"]?.intValue
        request.cfg = json["cfg"]?.doubleValue
        request.seed = json["seed"]?.stringValue.flatMap { UInt64($0) }.map { Int(clamping: $0) }
        request.width = json["width"]?.intValue
        request.height = json["height"]?.intValue
        request.sampler = json["sampler"]?.stringValue
        request.karras = json["karras"]?.boolValue
        request.clipSkip = json["clip_skip"]?.intValue
        var fields: [String: String] = [:]
        for (option, key) in [
            ("steps", "steps"), ("cfg", "cfg"), ("seed", "seed"), ("width", "width"), ("height", "height"),
            ("sampler", "sampler"), ("karras", "karras"), ("clip_skip", "clip_skip"),
        ] {
            if let value = json[key] { fields[option] = "\(key) \(value.stringValue ?? JSONWriter.string(value))" }
        }
        var grid: GridRecipe?
        if let recorded = json["grid"], let x = recorded["x"].flatMap(axis) {
            grid = GridRecipe(x: x, y: recorded["y"].flatMap(axis), title: recorded["title"]?.stringValue)
        }
        let subject: any SessionObject
        if entries.isEmpty {
            subject = base
        } else {
            var stack = Stack(base: base, entries: entries)
            stack.baseName = LoraFile.defaultName(for: base.path)
            subject = stack
        }
        return RenderSource(
            subject: subject, name: name, request: request, resolved: resolved, warnings: warnings, grid: grid,
            fields: fields)
    }

    /// An axis as the recipe records it: `{"setting": …, "numbers": […]}` or `"texts"`.
    private static func axis(_ json: JSONValue) -> Session.ImageAxis? {
        guard let setting = json["setting"]?.stringValue else { return nil }
        if let texts = json["texts"]?.arrayValue {
            return Session.ImageAxis(setting: setting, texts: texts.compactMap(\.stringValue))
        }
        return Session.ImageAxis(
            setting: setting, numbers: (json["numbers"]?.arrayValue ?? []).compactMap(\.doubleValue))
    }

    // MARK: A1111's infotext

    private static func fromInfotext(
        _ parameters: GenerationParameters, png: String, overrides: Session.ImageRequest, session: Session
    ) throws -> RenderSource {
        var warnings: [SessionError] = []
        func warn(_ message: String) { warnings.append(.input("subject", "\(png): \(message)")) }
        var request = Session.ImageRequest()
        if let sampler = parameters.sampler.kind {
            request.sampler = sampler.rawValue
        } else if overrides.sampler == nil {
            throw SessionError.input(
                "subject",
                "\(png) was made with the sampler \(parameters.sampler.a1111Name), which lorash does not have; give sampler= (euler_a, euler, ddim, dpmpp_2m) to draw it with one lorash has"
            )
        }
        request.prompt = parameters.prompt
        request.negative = parameters.negativePrompt
        request.steps = parameters.steps
        request.cfg = parameters.cfgScale
        request.seed = Int(clamping: parameters.seed)
        request.width = parameters.width
        request.height = parameters.height
        request.karras = parameters.karras
        request.clipSkip = parameters.clipSkip
        let fields: [String: String] = [
            "steps": "Steps: \(parameters.steps)",
            "cfg": "CFG scale: \(NumberFormatting.shortest(parameters.cfgScale))",
            "seed": "Seed: \(parameters.seed)", "width": "Size: \(parameters.width)x\(parameters.height)",
            "height": "Size: \(parameters.width)x\(parameters.height)",
            "size": "Size: \(parameters.width)x\(parameters.height)",
            "sampler": "Sampler: \(parameters.sampler.a1111Name)", "clip_skip": "Clip skip: \(parameters.clipSkip)",
            "karras": "Schedule type: \(parameters.scheduleLabel)",
        ]
        let (base, name, checkpointWarnings) = try checkpoint(for: parameters, png: png, session: session)
        warnings += checkpointWarnings
        if case .other(let label) = parameters.schedule, overrides.karras == nil {
            warn(
                "Schedule type: \(label) is not reproduced: lorash draws each sampler's usual schedule, or Karras's (karras=true); drawn with the usual one"
            )
        }
        warnings += unreproducedFields(parameters).map { .input("subject", "\(png): \($0)") }

        // The prompt's LoRAs: by hash among the loaded ones, else by name.
        var resolved: [String: LoraAdapter] = [:]
        let prompt = overrides.prompt ?? parameters.prompt
        let tags = (try? PromptLoraTags.extract(from: prompt))?.tags ?? []
        var hashes: [String: String] = [:]
        for entry in parameters.loraHashes where hashes[entry.name] == nil {
            hashes[entry.name] = entry.hash.lowercased()
        }
        var hashOf: [String: String?] = [:]
        func hash(_ lora: LoraAdapter) -> String? {
            if let known = hashOf[lora.sourcePath] { return known }
            let value = Session.loraShortHash(path: lora.sourcePath)
            hashOf[lora.sourcePath] = value
            return value
        }
        let loaded = session.visibleNames.compactMap { name in
            (session.object(named: name) as? LoraAdapter).map { (name, $0) }
        }
        for tag in tags where resolved[tag.name] == nil {
            let wanted = hashes[Session.infotextLoraName(tag.name)]
            let byName =
                (try? session.resolveLora(tag.name))
                ?? loaded.first { LoraFile.defaultName(for: $0.1.sourcePath) == tag.name }?.1
            guard let wanted else {
                if let byName { resolved[tag.name] = byName }
                continue
            }
            if let byName, hash(byName) == wanted {
                resolved[tag.name] = byName
            } else if let byHash = loaded.first(where: { hash($0.1) == wanted }) {
                resolved[tag.name] = byHash.1
            } else if let byName {
                resolved[tag.name] = byName
                warn(
                    "its LoRA '\(tag.name)' had hash \(wanted); the '\(tag.name)' found here (\(byName.sourcePath)) has \(hash(byName) ?? "no hash"), a different file: the picture will differ"
                )
            }
        }
        return RenderSource(
            subject: base, name: name, request: request, resolved: resolved, warnings: warnings, fields: fields)
    }

    /// One sentence per A1111 setting of the infotext that changes the picture and that lorash
    /// does not reproduce (hires fix, img2img, variation seeds, another VAE, the GPU's noise, …),
    /// then one naming the fields it does not know.
    static func unreproducedFields(_ parameters: GenerationParameters) -> [String] {
        var messages: [String] = []
        var known: Set<String> = [
            "Version", "User", "Hashes", "Emphasis", "Pad conds", "Downcast alphas_cumprod", "FP8 weight",
            "Cache FP16 weight for LoRA", "Model", "Model hash", "Lora hashes", "Schedule type", "ENSD",
        ]
        func field(_ key: String) -> String? {
            known.insert(key)
            return parameters.extraField(key)
        }
        let hires = [
            "Hires upscale", "Hires resize", "Hires steps", "Hires upscaler", "Hires sampler", "Hires prompt",
            "Hires negative prompt", "Hires CFG Scale", "Hires checkpoint", "Hires schedule type",
        ].compactMap { key in
            field(key).map { "\(key): \($0)" }
        }
        let denoising = field("Denoising strength")
        if !hires.isEmpty {
            var size = ""
            if let scale = parameters.extraField("Hires upscale").flatMap(Double.init), scale > 0 {
                let w = Int((Double(parameters.width) * scale).rounded()),
                    h = Int((Double(parameters.height) * scale).rounded())
                size = " (A1111 made \(w)×\(h); lorash draws the first pass, \(parameters.width)×\(parameters.height))"
            } else if let resize = parameters.extraField("Hires resize") {
                size = " (A1111 made \(resize); lorash draws the first pass, \(parameters.width)×\(parameters.height))"
            }
            let all = hires + (denoising.map { ["Denoising strength: \($0)"] } ?? [])
            messages.append("hires fix (\(all.joined(separator: ", "))) is not reproduced\(size)")
        } else if let denoising {
            messages.append(
                "Denoising strength: \(denoising) is not reproduced: it was img2img or inpainting, and lorash draws text-to-image from noise"
            )
        }
        for key in [
            "Image CFG scale", "Conditional mask weight", "Mask blur", "Inpaint area", "Masked area padding",
            "Init image hash",
        ] {
            if let value = field(key), denoising == nil {
                messages.append("\(key): \(value) is not reproduced: lorash draws text-to-image, not img2img")
            }
        }
        let variation = ["Variation seed", "Variation seed strength"].compactMap { key in
            field(key).map { "\(key): \($0)" }
        }
        if !variation.isEmpty {
            messages.append(
                "\(variation.joined(separator: ", ")) is not reproduced: lorash draws the seed's noise only")
        }
        if let value = field("Seed resize from") {
            messages.append("Seed resize from: \(value) is not reproduced: the noise is drawn at the image's own size")
        }
        if let value = parameters.extraField("ENSD"), value != "0" {
            messages.append(
                "ENSD: \(value) (eta noise seed delta) is not reproduced: the ancestral sampler's noise starts from the seed itself"
            )
        }
        for key in [
            "Eta", "Eta DDIM", "Sigma churn", "Sigma tmin", "Sigma tmax", "Sigma noise", "s_churn", "s_tmin", "s_tmax",
            "s_noise",
        ] {
            if let value = field(key) {
                messages.append("\(key): \(value) is not reproduced: lorash's samplers use diffusers' defaults")
            }
        }
        for (key, what) in [
            ("Face restoration", "face restoration is a post-process lorash does not run"),
            ("Tiling", "lorash does not draw tiling images"),
            ("VAE", "lorash decodes with the checkpoint's own VAE"),
            ("VAE hash", "lorash decodes with the checkpoint's own VAE"),
            ("TI hashes", "textual-inversion embeddings are not loaded; their words are read as plain text"),
            ("Refiner", "lorash draws with one checkpoint, without a refiner"),
            ("Refiner switch at", "lorash draws with one checkpoint, without a refiner"),
            ("Token merging ratio", "lorash does not merge tokens"),
            ("Token merging ratio hr", "lorash does not merge tokens"),
            ("NGMS", "lorash does not skip negative guidance"),
            ("Skip Early CFG", "lorash does not skip guidance steps"),
            ("CFG Rescale", "lorash does not rescale guidance"),
        ] {
            if let value = field(key) {
                if key == "VAE hash", parameters.extraField("VAE") != nil { continue }
                if key == "Refiner switch at", parameters.extraField("Refiner") != nil { continue }
                if key == "Token merging ratio hr", parameters.extraField("Token merging ratio") != nil { continue }
                messages.append("\(key): \(value) is not reproduced: \(what)")
            }
        }
        switch parameters.rng {
        case .cpu: break
        case .gpu:
            if parameters.version != "lorash" {
                messages.append(
                    "its noise came from the GPU (no RNG field: A1111's default), which is not reproduced: lorash draws torch's CPU noise (A1111's RNG: CPU), so the picture will differ"
                )
            }
        case .nv:
            messages.append("RNG: NV is not reproduced: lorash draws torch's CPU noise (A1111's RNG: CPU)")
        case .other(let value):
            messages.append("RNG: \(value) is not reproduced: lorash draws torch's CPU noise (A1111's RNG: CPU)")
        }
        let unknown = parameters.extraFields.map(\.key).filter { !known.contains($0) }
        if !unknown.isEmpty {
            messages.append("not read (settings of other tools or extensions): \(unknown.joined(separator: ", "))")
        }
        return messages
    }

    /// The checkpoint an A1111 infotext was made with, among what the session can reach, and
    /// warnings when it is not the same file.
    private static func checkpoint(for parameters: GenerationParameters, png: String, session: Session) throws -> (
        BaseModel, String, [SessionError]
    ) {
        let wantedHash = parameters.modelHash?.lowercased()
        let wantedName = parameters.modelName ?? ""
        let described = [
            wantedName.isEmpty ? nil : "'\(wantedName)'", wantedHash.map { "hash \($0)" },
        ].compactMap { $0 }.joined(separator: ", ")
        if let wantedHash, !wantedHash.isEmpty,
            let found = loadedCheckpoint(session, where: { modelHash($0.path) == wantedHash })
        {
            return (found.1, found.0, [])
        }
        func mismatch(_ base: BaseModel, _ name: String, why: String) -> [SessionError] {
            guard let wantedHash, !wantedHash.isEmpty else { return [] }
            let stem = LoraFile.defaultName(for: base.path)
            return [
                .input(
                    "subject",
                    "\(png) was made with the checkpoint \(described); drawn with \(name == stem ? "'\(name)'" : "'\(name)' (\(stem))"), hash \(modelHash(base.path) ?? "unknown"), \(why): the picture will differ"
                )
            ]
        }
        if !wantedName.isEmpty {
            if let base = session.object(named: wantedName) as? BaseModel {
                return (base, wantedName, mismatch(base, wantedName, why: "the loaded checkpoint of that name"))
            }
            if let (name, base) = loadedCheckpoint(session, where: { LoraFile.defaultName(for: $0.path) == wantedName })
            {
                return (base, name, mismatch(base, name, why: "a loaded file of that name with a different hash"))
            }
            for path in [wantedName, wantedName + ".safetensors"] where FileManager.default.fileExists(atPath: path) {
                if let base = try? BaseModel(path: path) {
                    return (base, wantedName, mismatch(base, wantedName, why: "the file \(path) here"))
                }
            }
            if let base = try session.libraryObject(named: wantedName) as? BaseModel {
                return (base, wantedName, mismatch(base, wantedName, why: "the library's checkpoint of that name"))
            }
        }
        let loaded = session.visibleNames.compactMap { name in
            (session.object(named: name) as? BaseModel).map { (name, $0) }
        }
        if loaded.count == 1 {
            let (name, base) = loaded[0]
            let warnings =
                described.isEmpty
                ? []
                : mismatch(base, name, why: "the only checkpoint loaded")
                    + (wantedHash == nil || wantedHash!.isEmpty
                        ? [
                            .input(
                                "subject",
                                "\(png) was made with the checkpoint \(described); drawn with '\(name)', the only checkpoint loaded"
                            )
                        ] : [])
            return (base, name, warnings)
        }
        let list = loaded.map { name, base in
            "\(name) (\(LoraFile.defaultName(for: base.path)), hash \(modelHash(base.path) ?? "unknown"))"
        }
        throw SessionError.input(
            "subject",
            "\(png) was made with the checkpoint \(described.isEmpty ? "(not named)" : described), which is not loaded\(list.isEmpty ? "" : " (loaded: \(list.joined(separator: ", ")))"); load it first (base = load PATH), then render from \(png) again"
        )
    }

    /// A1111's short hash of a checkpoint file (cached by `FileHash`).
    static func modelHash(_ path: String) -> String? {
        (try? FileHash.of(path: path)).map { GenerationParameters.modelHash(fileSHA256: $0.sha256) }
    }

    /// A warning when the LoRA file at `path` no longer has the hash the PNG recorded.
    private static func hashWarning(png: String, path: String, wanted: String?) -> [SessionError] {
        guard let wanted, let now = Session.loraShortHash(path: path), now != wanted else { return [] }
        return [
            .input(
                "subject",
                "\(png) was made with the LoRA \(path) with hash \(wanted); the file there now has hash \(now): the picture will differ"
            )
        ]
    }

    private static func loadedCheckpoint(_ session: Session, where matches: (BaseModel) -> Bool) -> (String, BaseModel)?
    {
        for name in session.visibleNames {
            if let base = session.object(named: name) as? BaseModel, matches(base) { return (name, base) }
        }
        return nil
    }

    private static func sameFile(_ a: String, _ b: String) -> Bool {
        guard let x = FileIdentity.ifExists(a), let y = FileIdentity.ifExists(b) else { return a == b }
        return x.sameFile(as: y)
    }
}
