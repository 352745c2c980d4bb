import Foundation
import LoraDiffusion
import LoraEngine
import LoraFormats
import LoraRender

extension Session {
    /// The settings of a real image as the user wrote them; nil means "the default" (or, for
    /// `render from`, "as in the PNG").
    public struct ImageRequest: Sendable {
        public var prompt: String?
        public var negative: String?
        public var steps: Int?
        public var cfg: Double?
        /// -1 draws a random seed (A1111's convention).
        public var seed: Int?
        public var size: Int?
        public var width: Int?
        public var height: Int?
        public var sampler: String?
        public var karras: Bool?
        public var clipSkip: Int?
        public var rng: String?
        public init() {}
    }

    /// One axis of an image grid: a LoRA of the stack and its weights, or a setting (`seed`,
    /// `cfg`, `steps`, `clip_skip`, `prompt`, `negative`, `sampler`) and its values.
    public struct ImageAxis: Sendable {
        /// The LoRA's name or the setting's.
        public var setting: String
        public var numbers: [Double] = []
        public var texts: [String] = []
        public var count: Int { texts.isEmpty ? numbers.count : texts.count }
        public init(setting: String, numbers: [Double]) {
            self.setting = setting
            self.numbers = numbers
        }
        public init(setting: String, texts: [String]) {
            self.setting = setting
            self.texts = texts
        }
        /// The column or row label of value `index`.
        func label(_ index: Int) -> String {
            if !texts.isEmpty {
                let text = texts[index]
                let short = text.count > 40 ? String(text.prefix(39)) + "…" : text
                return setting == "prompt" ? short : "\(setting) \(short)"
            }
            return "\(setting) \(NumberFormatting.shortest(numbers[index]))"
        }
    }

    /// Whether `object` is drawn by the diffusion pipeline: a checkpoint, or a stack on one.
    public static func isDiffusionSubject(_ object: (any SessionObject)?) -> Bool {
        object is BaseModel || (object as? Stack)?.checkpoint != nil
    }

    /// What the session keeps between renders: the last checkpoint's patched weights (the
    /// tensors its stack changes), so the next render with the same LoRAs patches nothing
    /// again; the rest is converted from the mapped file for each render.
    final class DiffusionState {
        let weights: PatchedCheckpointWeights
        let kind: DiffusionModelKind
        let identity: FileIdentity?
        init(weights: PatchedCheckpointWeights, kind: DiffusionModelKind, identity: FileIdentity?) {
            self.weights = weights
            self.kind = kind
            self.identity = identity
        }
    }

    /// `render BASE|STACK prompt="…" … to PATH.png`: one image from an SD 1.5 / SDXL checkpoint
    /// with the stack's LoRAs (and the prompt's `<lora:…>` tags) applied in memory.
    /// - Throws: `SessionError` about the input at fault; `Interrupted` on Ctrl-C (no file).
    public func renderImage(
        _ object: any SessionObject, name: String, _ request: ImageRequest, to output: PictureOutput
    )
        throws -> Picture
    {
        try renderImage(object, name: name, request, resolved: [:], to: output)
    }

    /// `renderImage`, with some of the prompt's tag names already resolved (`render from`).
    func renderImage(
        _ object: any SessionObject, name: String, _ request: ImageRequest, resolved: [String: LoraAdapter],
        to output: PictureOutput
    ) throws -> Picture {
        var render = try prepareRender(object, name: name, request, resolved: resolved)
        // The folder is made (or refused) before minutes of drawing, not after.
        try prepareOutput(output.path, overwrite: output.overwrite, input: "path")
        let start = DispatchTime.now()
        let image = try generate(&render, label: "render")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rgba = RGBAImage(rgb: image)
        try writeRenderPNG(rgba, render: render, recipe: render, grid: nil, to: output)
        let loras = render.stack.entries.count
        return Picture(
            image: rgba,
            line:
                "wrote \(output.path) (\(image.width)×\(image.height), \(render.kind.displayName), \(render.settings.steps) steps \(render.settings.sampler)\(render.settings.karras ? " karras" : ""), seed \(render.settings.seed)\(loras > 0 ? ", \(loras) LoRA\(loras == 1 ? "" : "s")" : ""), \(String(format: "%.1f", seconds)) s)",
            warnings: render.warnings)
    }

    /// `render grid STACK x=… [y=…] prompt="…" … to PATH.png`: the X/Y plot of real images,
    /// the same seed in every cell unless an axis is the seed. Between cells only the tensors
    /// whose LoRA weights changed are patched again, from the base's original values.
    ///
    /// The PNG's `parameters` are the first cell's infotext, as A1111 writes for its X/Y plots;
    /// its `lorash` recipe records the grid (the stack, the settings and both axes), so
    /// `render from` draws the whole grid again.
    /// - Throws: `SessionError` about `subject`, `x`, `y` or a setting; `Interrupted`.
    public func renderImageGrid(
        _ object: any SessionObject, name: String, x: ImageAxis?, y: ImageAxis?, _ request: ImageRequest,
        title: String?, cells which: GridCells = .all, to output: PictureOutput
    ) throws -> Picture {
        try renderImageGrid(
            object, name: name, x: x, y: y, request, title: title, resolved: [:], cells: which, to: output)
    }

    /// `renderImageGrid`, with some of the prompt's tag names already resolved (`render from`).
    func renderImageGrid(
        _ object: any SessionObject, name: String, x: ImageAxis?, y: ImageAxis?, _ request: ImageRequest,
        title: String?, resolved: [String: LoraAdapter], cells which: GridCells = .all, to output: PictureOutput
    ) throws -> Picture {
        guard let x else {
            throw SessionError.input(
                "x", "render grid needs x=LORA:a..b step s (or x=seed:[…], x=prompt:[\"…\", …], x=cfg:[…])")
        }
        var render = try prepareRender(object, name: name, request, resolved: resolved)
        for (axis, input) in [(x, "x"), (y, "y")] {
            guard let axis else { continue }
            guard axis.count <= 64 else {
                throw SessionError.input(input, "at most 64 values per axis, not \(axis.count)")
            }
            if Self.settingAxes.contains(axis.setting) {
                if axis.setting != "prompt" && axis.setting != "negative" && axis.setting != "sampler",
                    !axis.texts.isEmpty
                {
                    throw SessionError.input(input, "\(axis.setting) takes numbers")
                }
                continue
            }
            guard render.stack.names.contains(axis.setting) else {
                throw SessionError.input(
                    input,
                    "'\(axis.setting)' is neither a LoRA of the stack (\(render.stack.names.isEmpty ? "it has none" : render.stack.names.joined(separator: ", "))) nor a setting (\(Self.settingAxes.joined(separator: ", ")))",
                    suggestion: Suggestions.closest(to: axis.setting, among: render.stack.names + Self.settingAxes))
            }
        }
        if let y, y.setting == x.setting { throw SessionError.input("y", "x and y are both \(x.setting)") }
        try Self.checkGridSize(
            columns: x.count, rows: y?.count ?? 1, width: render.settings.width, height: render.settings.height)
        try which.check(total: x.count * (y?.count ?? 1))
        try prepareOutput(output.path, overwrite: output.overwrite, input: "path")
        let title = title ?? (render.settings.prompt.isEmpty ? render.stack.summary : render.settings.prompt)
        let base = render
        var rows: [[RGBAImage]] = []
        let total = x.count * (y?.count ?? 1)
        var first: PreparedRender?
        let start = DispatchTime.now().uptimeNanoseconds
        for row in 0..<(y?.count ?? 1) {
            var cells: [RGBAImage] = []
            for column in 0..<x.count {
                try cancellation.check()
                var cell = base
                // A prompt axis first: a new prompt re-reads its tags into the stack, which
                // would undo a LoRA weight the other axis had set.
                var settings = [(x, column)]
                if let y { settings.insert((y, row), at: x.setting == "prompt" ? 1 : 0) }
                for (axis, index) in settings { try apply(axis, index: index, to: &cell) }
                let done = row * x.count + column
                if first == nil { first = cell }
                for warning in cell.warnings where !render.warnings.contains(warning) {
                    render.warnings.append(warning)
                }
                if case .from = which {
                    cells.append(
                        try which.read(done + 1, width: render.settings.width, height: render.settings.height))
                    continue
                }
                guard which.draws(done + 1) else {
                    cells.append(RGBAImage(width: 0, height: 0))
                    continue
                }
                let image = try generate(
                    &cell, label: "render grid cell \(done + 1)/\(total)", part: (done, total, start))
                if case .only = which {
                    var picture = try writeGridCell(RGBAImage(rgb: image), index: done + 1, total: total, to: output)
                    picture.warnings = cell.warnings
                    return picture
                }
                cells.append(RGBAImage(rgb: image))
            }
            rows.append(cells)
        }
        let grid = SweepGrid(
            cells: rows, columnLabels: (0..<x.count).map(x.label),
            rowLabels: y.map { (0..<$0.count).map($0.label) } ?? [], title: title)
        let image = grid.render()
        try writeRenderPNG(
            image, render: first ?? base, recipe: base, grid: GridRecord(x: x, y: y, title: title), to: output)
        let seedAxis = x.setting == "seed" || y?.setting == "seed"
        return Picture(
            image: image,
            line:
                "wrote \(output.path) (\(x.count)×\(y?.count ?? 1) grid of \(render.settings.width)×\(render.settings.height) images, \(image.width)×\(image.height)\(seedAxis ? "" : ", seed \(render.settings.seed)"))",
            warnings: render.warnings)
    }

    /// What a grid's recipe records besides its first render: the axes and the title drawn.
    struct GridRecord {
        var x: ImageAxis
        var y: ImageAxis?
        var title: String
    }

    /// The settings an axis can sweep besides LoRA weights.
    static let settingAxes = ["seed", "cfg", "steps", "clip_skip", "prompt", "negative", "sampler"]

    /// Sets a grid cell's value of `axis`.
    private func apply(_ axis: ImageAxis, index: Int, to render: inout PreparedRender) throws {
        let number = axis.numbers.isEmpty ? 0 : axis.numbers[index]
        func whole(_ name: String) throws -> Int {
            guard number == number.rounded(), abs(number) < 1e15 else {
                throw SessionError.input(
                    name, "\(name) values are whole numbers, not \(NumberFormatting.shortest(number))")
            }
            return Int(number)
        }
        switch axis.setting {
        case "seed": render.settings.seed = UInt64(bitPattern: Int64(try whole("seed")))
        case "cfg": render.settings.cfg = number
        case "steps": render.settings.steps = try whole("steps")
        case "clip_skip": render.settings.clipSkip = try whole("clip_skip")
        case "prompt":
            render.prompt = axis.texts[index]
            try render.parsePrompt(session: self)
        case "negative": render.settings.negative = axis.texts[index]
        case "sampler": render.settings.sampler = axis.texts[index]
        default:
            let current = render.stack.entries.first { $0.name == axis.setting }!.weight
            var weight = current
            weight.textEncoder = Float(number)
            weight.denoiser = Float(number)
            do { try render.stack.setWeight(of: axis.setting, to: weight) } catch {
                throw SessionError("\(error)")
            }
        }
        for (setting, message) in render.settings.problems { throw SessionError.input(setting, message) }
    }

    /// A render made ready: the base, the stack (with the prompt's LoRAs), the settings.
    struct PreparedRender {
        var base: BaseModel
        var kind: DiffusionModelKind
        /// The stack as the user gave it, without the prompt's `<lora:…>` tags.
        var userStack: Stack
        /// `userStack` plus the prompt's LoRAs, in the order of its tags; a grid's axis changes
        /// the weights here.
        var stack: Stack
        /// The stack's name or the base's, for the recipe.
        var subjectName: String
        /// The prompt as written (tags included; the infotext keeps it so).
        var prompt: String
        var settings: ImageSettings
        /// Tag names resolved before (`render from`: by the PNG's hashes or recorded paths).
        var resolved: [String: LoraAdapter] = [:]
        /// What will not be drawn as written (a hypernetwork tag, `dyn=`), one warning each.
        var warnings: [SessionError] = []

        /// The prompt's tags, once parsed (nil before `parsePrompt`).
        var tags: [LoraTag] = []

        /// Takes the `<lora:NAME:W>` tags out of `prompt` into `stack`.
        mutating func parsePrompt(session: Session) throws {
            let parsed: PromptLoraTags
            do { parsed = try PromptLoraTags.extract(from: prompt) } catch {
                throw SessionError.input("prompt", "\(error)")
            }
            settings.prompt = parsed.text
            tags = parsed.tags
            stack = userStack
            for tag in parsed.tags {
                guard let lora = try resolved[tag.name] ?? session.resolveLora(tag.name) else {
                    throw SessionError.input(
                        "prompt",
                        "<lora:\(tag.name):…> names no LoRA: no session name, no \(tag.name).safetensors here, nothing in the library",
                        suggestion: Suggestions.closest(to: tag.name, among: session.visibleNames))
                }
                let name = stack.names.contains(tag.name) ? "\(tag.name)#\(stack.entries.count + 1)" : tag.name
                stack.entries.append(
                    StackEntry(
                        name: name, lora: lora,
                        weight: LoraWeight(textEncoder: tag.textEncoderWeight, denoiser: tag.unetWeight)))
                for item in tag.ignoredItems {
                    let what =
                        item.hasPrefix("dyn=") || !item.contains("=")
                        ? "lorash applies the LoRA at its full rank (dyn, LyCORIS's dynamic rank, is not read)"
                        : "A1111 itself does not read it (an extension's item), nor does lorash"
                    warn("\(item) in \(tag.written) is not reproduced: \(what)")
                }
            }
            for other in parsed.otherTags {
                warn(
                    "\(other) is not reproduced: lorash applies LoRA tags (<lora:…>, <lyco:…>) only; the tag is left out of the prompt"
                )
            }
        }

        private mutating func warn(_ message: String) {
            let warning = SessionError.input("prompt", message)
            if !warnings.contains(warning) { warnings.append(warning) }
        }
    }

    /// Resolves the subject and fills in the defaults.
    func prepareRender(
        _ object: any SessionObject, name: String, _ request: ImageRequest, resolved: [String: LoraAdapter] = [:]
    ) throws -> PreparedRender {
        // A megabyte of prompt is refused before its tags are read or a word is tokenized.
        for (setting, text) in [("prompt", request.prompt), ("negative", request.negative)] {
            if let text, let problem = ImageSettings.promptProblem(setting, text) {
                throw SessionError.input(setting, problem)
            }
        }
        let stack: Stack
        if let base = object as? BaseModel {
            stack = Stack(base: base, entries: [])
        } else if let given = object as? Stack, given.checkpoint != nil {
            stack = given
        } else {
            throw SessionError.input(
                "target", "'\(name)' is a \(object.kindName): render draws a checkpoint or a stack on one")
        }
        let base = stack.checkpoint!
        let kind: DiffusionModelKind
        do { kind = try DiffusionModelKind.detect(keys: base.shapes.keys) } catch {
            throw SessionError.input("target", "\(base.path): \(error)")
        }
        if let rng = request.rng, rng != "torch" {
            throw SessionError.input(
                "rng", "rng=\(rng) is not known; the generator is torch (torch.randn on a CPU generator)")
        }
        let size = request.size ?? kind.nativeSize
        var seed = request.seed ?? 0
        if seed == -1 { seed = Int.random(in: 0..<(1 << 32)) }
        guard seed >= 0 else {
            throw SessionError.input("seed", "seed must be 0 or more (or -1 for a random one), not \(seed)")
        }
        let sampler = (request.sampler ?? "euler_a").lowercased()
        guard Self.samplers.contains(sampler) else {
            throw SessionError.input(
                "sampler", "sampler=\(sampler) is not known: \(Self.samplers.joined(separator: ", "))",
                suggestion: Suggestions.closest(to: sampler, among: Self.samplers))
        }
        let settings = ImageSettings(
            prompt: "", negative: request.negative ?? "", steps: request.steps ?? 20, cfg: request.cfg ?? 7,
            seed: UInt64(seed), width: request.width ?? size, height: request.height ?? size, sampler: sampler,
            karras: request.karras ?? false, clipSkip: request.clipSkip ?? 1)
        for (setting, message) in settings.problems {
            throw SessionError.input(setting == "width" && request.width == nil ? "size" : setting, message)
        }
        if settings.karras, let kind = try? SamplerKind.named(sampler), !kind.supportsKarras {
            let with = SamplerKind.allCases.filter(\.supportsKarras).map(\.rawValue).joined(separator: " and ")
            throw SessionError.input(
                "karras", "karras=true applies to \(with) (as in diffusers), not \(sampler)")
        }
        var render = PreparedRender(
            base: base, kind: kind, userStack: stack, stack: stack, subjectName: name, prompt: request.prompt ?? "",
            settings: settings, resolved: resolved)
        try render.parsePrompt(session: self)
        return render
    }

    /// The samplers' shell words.
    static let samplers = SamplerKind.allCases.map(\.rawValue)

    /// Runs the pipeline for one render, showing per-step progress: "render: step 4/20,
    /// 0.42 s/it, 7 s left". A grid cell gives `part` (its index, the cell count and the grid's
    /// start), so the time left is the whole grid's.
    func generate(
        _ render: inout PreparedRender, label: String, part: (index: Int, count: Int, start: UInt64)? = nil
    ) throws -> DecodedImage {
        let weights = try diffusionWeights(for: render)
        do {
            try weights.weights.update(to: render.stack)
        } catch {
            throw SessionError("\(error)")
        }
        let meter = ProgressMeter(label, unit: "step", sink: progressSink, start: part?.start)
        defer { meter.finish() }
        let pipeline: TextToImage
        do { pipeline = try TextToImage(kind: render.kind, weights: weights.weights) } catch {
            throw SessionError.input("target", "\(render.base.path): \(error)")
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let token = cancellation
        do {
            return try pipeline.generate(
                render.settings,
                progress: { done, total in
                    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    let note = done > 0 ? String(format: "%.2f s/it", elapsed / Double(done)) : ""
                    let fraction = part.map { part in
                        (Double(part.index) + (total > 0 ? Double(done) / Double(total) : 1)) / Double(part.count)
                    }
                    meter.update(done: done, total: total, fraction: fraction, note: note, always: true)
                }, isCancelled: { token.isCancelled })
        } catch DiffusionError.cancelled {
            throw Interrupted()
        } catch {
            throw SessionError("\(error)")
        }
    }

    /// The converted weights of `render`'s base: the ones kept from the last render when the
    /// base is the same file, unchanged; else read now (and kept).
    func diffusionWeights(for render: PreparedRender) throws -> DiffusionState {
        let identity = FileIdentity.ifExists(render.base.path)
        if let kept = diffusionState, kept.weights.base.path == render.base.path, kept.identity == identity {
            return kept
        }
        diffusionState = nil  // free the old weights before converting new ones
        let state = DiffusionState(
            weights: PatchedCheckpointWeights(base: render.base), kind: render.kind, identity: identity)
        diffusionState = state
        return state
    }

    /// Writes the PNG with A1111's `parameters` text (of `render`: a grid's first cell) and
    /// lorash's recipe (`lorash`, JSON, of `recipe` and the grid's axes). Neither holds the
    /// output path, so the same render writes the same bytes wherever it goes.
    func writeRenderPNG(
        _ image: RGBAImage, render: PreparedRender, recipe: PreparedRender, grid: GridRecord?,
        to output: PictureOutput
    ) throws {
        let chunks = [
            PNGTextChunk(keyword: "parameters", text: generationParameters(render).infotext),
            PNGTextChunk(keyword: "lorash", text: self.recipe(recipe, grid: grid)),
        ]
        try writePicture(PNGEncoder().encode(image, text: chunks), format: "png", to: output)
    }

    /// A LoRA's name as A1111 writes and reads it (`<lora:NAME>` finds the file NAME.safetensors
    /// among its LoRAs): the file's stem, whatever session name it has; a LoRA made in the
    /// session and not saved keeps its entry name.
    static func tagName(_ entry: StackEntry) -> String {
        entry.lora.sourcePath.isEmpty ? entry.name : LoraFile.defaultName(for: entry.lora.sourcePath)
    }

    /// A name as A1111 writes it in `Lora hashes` (without `:` and `,`).
    static func infotextLoraName(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { $0 != ":" && $0 != "," }))
    }

    /// A1111's short hash of a LoRA file (the data section's SHA-256, 12 digits), or nil when
    /// the file cannot be read.
    static func loraShortHash(path: String) -> String? {
        guard !path.isEmpty, let reader = try? SafetensorsReader(path: path) else { return nil }
        return GenerationParameters.loraHash(dataSectionSHA256: reader.dataSectionSHA256())
    }

    /// `<lora:NAME:W>` or `<lora:NAME:TE:UNET>` for a weight, plus items kept as written.
    static func tagText(name: String, weight: LoraWeight, extra: [String] = []) -> String {
        let text: (Float) -> String = { $0 == $0.rounded() && abs($0) < 1e6 ? String(Int($0)) : "\($0)" }
        let weights =
            weight.textEncoder == weight.denoiser
            ? text(weight.denoiser) : "\(text(weight.textEncoder)):\(text(weight.denoiser))"
        return "<lora:\(([name, weights] + extra).joined(separator: ":"))>"
    }

    /// The A1111 parameters of a render: the prompt with the stack's LoRAs added as tags and the
    /// prompt's own tags naming their files (each at the weight drawn, which a grid axis may
    /// have changed), and each LoRA's hash once, under the name the tags use.
    func generationParameters(_ render: PreparedRender) -> GenerationParameters {
        let s = render.settings
        let modelHash = RenderSource.modelHash(render.base.path)
        var loraHashes: [GenerationParameters.LoraHash] = []
        var hashed: [String: String?] = [:]
        for entry in render.stack.entries {
            let name = Self.infotextLoraName(Self.tagName(entry))
            guard !loraHashes.contains(where: { $0.name == name }) else { continue }
            let hash = hashed[entry.lora.sourcePath] ?? Self.loraShortHash(path: entry.lora.sourcePath)
            hashed[entry.lora.sourcePath] = hash
            if let hash { loraHashes.append(.init(name: name, hash: hash)) }
        }
        // The prompt's tags, renamed to their files and reweighted where a grid axis moved them.
        var prompt = ""
        var rest = Substring(render.prompt)
        let userCount = render.userStack.entries.count
        for (index, tag) in render.tags.enumerated() where userCount + index < render.stack.entries.count {
            guard !tag.written.isEmpty, let range = rest.range(of: tag.written) else { continue }
            let entry = render.stack.entries[userCount + index]
            let weight = LoraWeight(textEncoder: tag.textEncoderWeight, denoiser: tag.unetWeight)
            let name = Self.tagName(entry)
            let same =
                name == tag.name && entry.weight.textEncoder == weight.textEncoder
                && entry.weight.denoiser == weight.denoiser
            prompt += rest[..<range.lowerBound]
            prompt += same ? tag.written : Self.tagText(name: name, weight: entry.weight, extra: tag.ignoredItems)
            rest = rest[range.upperBound...]
        }
        prompt += rest
        // The stack's own LoRAs are written into the prompt as A1111 tags, so A1111, Civitai and
        // `render from` without the recipe see them and their weights; in front of the prompt's
        // own tags, since they were applied first: A1111 adds LoRAs up in the order of their
        // tags, and F32 sums in another order can differ in the last bit.
        let tags = render.stack.entries.prefix(userCount).map {
            Self.tagText(name: Self.tagName($0), weight: $0.weight)
        }
        prompt = (tags + [prompt]).filter { !$0.isEmpty }.joined(separator: " ")
        return GenerationParameters(
            prompt: prompt, negativePrompt: s.negative, steps: s.steps,
            sampler: .lorash((try? SamplerKind.named(s.sampler)) ?? .eulerAncestral), karras: s.karras, cfgScale: s.cfg,
            seed: s.seed, width: s.width, height: s.height, clipSkip: s.clipSkip, modelHash: modelHash,
            modelName: LoraFile.defaultName(for: render.base.path), loraHashes: loraHashes)
    }

    /// An absolute, standardised path.
    static func absolutePath(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// lorash's recipe of a render, as JSON: the subject's name, the checkpoint and the LoRAs by
    /// absolute path (the stack's with their weights as a stack spec writes them; the prompt
    /// tags' names with the files they found), the settings, a grid's axes and title, and the
    /// command — the user's own prompt and the stack's name, without `to PATH`: the recipe
    /// does not depend on where the picture was written, so `render from x.png to y.png` writes
    /// the same bytes as x.png.
    func recipe(_ render: PreparedRender, grid: GridRecord?) -> String {
        let s = render.settings
        let loras: [JSONValue] = render.userStack.entries.map { entry in
            .object([
                ("name", .string(entry.name)), ("path", .string(Self.absolutePath(entry.lora.sourcePath))),
                ("weight", .string("\(entry.weight)")),
            ])
        }
        var promptLoras: [JSONValue] = []
        var seen: Set<String> = []
        let userCount = render.userStack.entries.count
        for (index, tag) in render.tags.enumerated() where userCount + index < render.stack.entries.count {
            let path = render.stack.entries[userCount + index].lora.sourcePath
            guard !path.isEmpty, seen.insert(tag.name).inserted else { continue }
            promptLoras.append(.object([("name", .string(tag.name)), ("path", .string(Self.absolutePath(path)))]))
        }
        var members: [(String, JSONValue)] = [
            ("tool", .string("lorash")), ("recipe", .number(1, integer: 1)),
            ("checkpoint", .string(Self.absolutePath(render.base.path))),
            ("model", .string(render.kind.rawValue)), ("subject", .string(render.subjectName)),
            ("loras", .array(loras)),
        ]
        if !promptLoras.isEmpty { members.append(("prompt_loras", .array(promptLoras))) }
        members += [
            ("prompt", .string(render.prompt)), ("negative", .string(s.negative)),
            ("steps", .number(Double(s.steps), integer: s.steps)), ("cfg", .number(s.cfg, integer: nil)),
            ("seed", .string(String(s.seed))), ("width", .number(Double(s.width), integer: s.width)),
            ("height", .number(Double(s.height), integer: s.height)), ("sampler", .string(s.sampler)),
            ("karras", .bool(s.karras)), ("clip_skip", .number(Double(s.clipSkip), integer: s.clipSkip)),
            ("rng", .string("torch")),
        ]
        if let grid {
            func axis(_ axis: ImageAxis) -> JSONValue {
                .object([
                    ("setting", .string(axis.setting)),
                    axis.texts.isEmpty
                        ? ("numbers", .array(axis.numbers.map { .number($0, integer: nil) }))
                        : ("texts", .array(axis.texts.map(JSONValue.string))),
                ])
            }
            var record: [(String, JSONValue)] = [("x", axis(grid.x))]
            if let y = grid.y { record.append(("y", axis(y))) }
            record.append(("title", .string(grid.title)))
            members.append(("grid", .object(record)))
        }
        members.append(("command", .string(command(render, grid: grid))))
        return JSONWriter.string(.object(members))
    }

    /// The lorash command that renders `render` (and a grid's axes) again, as the user wrote
    /// it: their prompt, the stack's name, the settings; without `to PATH` (add `to OUT.png`).
    /// A grid's axes are bound with `let` first (`let x = hero:[0, 0.5]; render grid s x=$x …`).
    func command(_ render: PreparedRender, grid: GridRecord?) -> String {
        let s = render.settings
        let parameters = GenerationParameters(
            prompt: render.prompt, negativePrompt: s.negative, steps: s.steps,
            sampler: .lorash((try? SamplerKind.named(s.sampler)) ?? .eulerAncestral), karras: s.karras, cfgScale: s.cfg,
            seed: s.seed, width: s.width, height: s.height, clipSkip: s.clipSkip)
        var prefix = ""
        var subject = render.subjectName
        if subject.isEmpty || subject.contains(where: { $0.isWhitespace }) {
            let baseName = render.userStack.baseName ?? LoraFile.defaultName(for: render.base.path)
            let specs = render.userStack.entries.map { LoraSpec(name: $0.name, weight: $0.weight).description }
            subject = "s"
            prefix = "s = stack \(([baseName] + specs).joined(separator: " ")); "
        }
        guard let grid else { return prefix + parameters.recipe(stack: subject) }
        func literal(_ axis: ImageAxis) -> String {
            let values =
                axis.texts.isEmpty
                ? axis.numbers.map { NumberFormatting.shortest($0) } : axis.texts.map(GenerationParameters.shellQuoted)
            return "\(axis.setting):[\(values.joined(separator: ", "))]"
        }
        var axes = "x=$x"
        prefix += "let x = \(literal(grid.x)); "
        if let y = grid.y {
            prefix += "let y = \(literal(y)); "
            axes += " y=$y"
        }
        return prefix + parameters.recipe(stack: "grid \(subject) \(axes)")
    }

    /// `render from PATH.png to OUT.png`: renders a PNG's parameters again — lorash's recipe
    /// when the PNG has one (a grid's recipe draws the whole grid again), else A1111's
    /// `parameters` (the checkpoint found by its hash or name, LoRAs by the prompt's tags and
    /// their hashes) — with `request`'s settings put over the PNG's before they are checked.
    /// Settings of the PNG lorash does not reproduce, and a checkpoint or LoRA whose hash
    /// differs from the PNG's, are warnings of the picture.
    public func renderImage(from png: String, overriding request: ImageRequest, to output: PictureOutput) throws
        -> Picture
    {
        let chunks: [PNGTextChunk]
        do { chunks = try PNGDecoder.readTextChunks(path: png) } catch {
            throw SessionError.input("subject", "\(error)")
        }
        let found = try RenderSource.from(chunks: chunks, png: png, overrides: request, session: self)
        var picture: Picture
        do {
            if let grid = found.grid {
                picture = try renderImageGrid(
                    found.subject, name: found.name, x: grid.x, y: grid.y, found.request, title: grid.title,
                    resolved: found.resolved, to: output)
            } else {
                picture = try renderImage(
                    found.subject, name: found.name, found.request, resolved: found.resolved, to: output)
            }
        } catch var error as SessionError {
            // A value only the PNG gave is the PNG's fault, not the line's.
            if case .input(let setting) = error.subject, let field = found.fields[setting],
                !Self.given(setting, in: request)
            {
                let option = setting == "width" || setting == "height" ? "size" : setting
                error = .input(
                    "subject",
                    "\(png): its \(field) cannot be drawn: \(error.message); give \(option)= to draw it with another value"
                )
            } else if case .input("prompt") = error.subject, request.prompt == nil {
                error = .input("subject", "\(png): its prompt: \(error.message)", suggestion: error.suggestion)
            }
            throw error
        }
        // Warnings about the PNG's prompt are about the PNG, not a prompt= the line lacks.
        let promptWarnings = picture.warnings.map { warning -> SessionError in
            guard case .input("prompt") = warning.subject, request.prompt == nil else { return warning }
            return .input("subject", "\(png): its prompt: \(warning.message)")
        }
        picture.warnings = found.warnings + promptWarnings
        return picture
    }

    /// Whether the line gave `setting`.
    private static func given(_ setting: String, in request: ImageRequest) -> Bool {
        switch setting {
        case "steps": return request.steps != nil
        case "cfg": return request.cfg != nil
        case "seed": return request.seed != nil
        case "width", "height", "size": return request.width != nil || request.height != nil || request.size != nil
        case "sampler": return request.sampler != nil
        case "karras": return request.karras != nil
        case "clip_skip": return request.clipSkip != nil
        default: return false
        }
    }
}

extension RGBAImage {
    /// An opaque image from 8-bit RGB.
    init(rgb image: DecodedImage) {
        var bytes = [UInt8](repeating: 255, count: image.width * image.height * 4)
        for i in 0..<(image.width * image.height) {
            bytes[4 * i] = image.rgb[3 * i]
            bytes[4 * i + 1] = image.rgb[3 * i + 1]
            bytes[4 * i + 2] = image.rgb[3 * i + 2]
        }
        self.init(width: image.width, height: image.height, bytes: bytes)
    }
}
