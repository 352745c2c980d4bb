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

    /// What the session keeps between renders: the last checkpoint's converted (and patched)
    /// weights, so the next render of the same base converts nothing again, and the tokenizer.
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
        var render = try prepareRender(object, name: name, request)
        let start = DispatchTime.now()
        let image = try generate(&render, label: "render")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rgba = RGBAImage(rgb: image)
        try writeRenderPNG(rgba, render: render, to: output)
        let loras = render.stack.entries.count
        return Picture(
            image: rgba,
            line:
                "wrote \(output.path) (\(image.width)×\(image.height), \(render.kind.displayName), \(render.settings.steps) steps \(render.settings.sampler)\(render.settings.karras ? " karras" : ""), seed \(render.settings.seed)\(loras > 0 ? ", \(loras) LoRA\(loras == 1 ? "" : "s")" : ""), \(String(format: "%.1f", seconds)) s)"
        )
    }

    /// `render grid STACK x=… [y=…] prompt="…" … to PATH.png`: the X/Y plot of real images,
    /// the same seed in every cell unless an axis is the seed. Between cells only the tensors
    /// whose LoRA weights changed are patched again, from the base's original values.
    /// - Throws: `SessionError` about `subject`, `x`, `y` or a setting; `Interrupted`.
    public func renderImageGrid(
        _ object: any SessionObject, name: String, x: ImageAxis?, y: ImageAxis?, _ request: ImageRequest,
        title: String?, to output: PictureOutput
    ) throws -> Picture {
        guard let x else {
            throw SessionError.input(
                "x", "render grid needs x=LORA:a..b step s (or x=seed:[…], x=prompt:[\"…\", …], x=cfg:[…])")
        }
        var render = try prepareRender(object, name: name, request)
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
        let base = render
        var rows: [[RGBAImage]] = []
        let total = x.count * (y?.count ?? 1)
        var first: PreparedRender?
        for row in 0..<(y?.count ?? 1) {
            var cells: [RGBAImage] = []
            for column in 0..<x.count {
                try cancellation.check()
                var cell = base
                if let y { try apply(y, index: row, to: &cell) }
                try apply(x, index: column, to: &cell)
                let done = row * x.count + column
                let image = try generate(&cell, label: "render grid cell \(done + 1)/\(total)")
                cells.append(RGBAImage(rgb: image))
                if first == nil { first = cell }
            }
            rows.append(cells)
        }
        let grid = SweepGrid(
            cells: rows, columnLabels: (0..<x.count).map(x.label),
            rowLabels: y.map { (0..<$0.count).map($0.label) } ?? [],
            title: title ?? (base.settings.prompt.isEmpty ? base.stack.summary : base.settings.prompt))
        let image = grid.render()
        try writeRenderPNG(image, render: first ?? base, to: output)
        return Picture(
            image: image,
            line:
                "wrote \(output.path) (\(x.count)×\(y?.count ?? 1) grid of \(render.settings.width)×\(render.settings.height) images, \(image.width)×\(image.height))"
        )
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
        /// `userStack` plus the prompt's LoRAs.
        var stack: Stack
        /// The stack's name or the base's, for the recipe.
        var subjectName: String
        /// The prompt as written (tags included; the infotext keeps it so).
        var prompt: String
        var settings: ImageSettings

        /// Takes the `<lora:NAME:W>` tags out of `prompt` into `stack`.
        mutating func parsePrompt(session: Session) throws {
            let parsed: PromptLoraTags
            do { parsed = try PromptLoraTags.extract(from: prompt) } catch {
                throw SessionError.input("prompt", "\(error)")
            }
            settings.prompt = parsed.text
            stack = userStack
            for tag in parsed.tags {
                guard let lora = try session.resolveLora(tag.name) else {
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
            }
        }
    }

    /// Resolves the subject and fills in the defaults.
    func prepareRender(_ object: any SessionObject, name: String, _ request: ImageRequest) throws -> PreparedRender {
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
            settings: settings)
        try render.parsePrompt(session: self)
        return render
    }

    /// The samplers' shell words.
    static let samplers = SamplerKind.allCases.map(\.rawValue)

    /// Runs the pipeline for one render, showing per-step progress.
    func generate(_ render: inout PreparedRender, label: String) throws -> DecodedImage {
        let weights = try diffusionWeights(for: render)
        do {
            try weights.weights.update(to: render.stack)
        } catch {
            throw SessionError("\(error)")
        }
        let meter = meter(label, unit: "step")
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
                    meter.update(done: done, total: total, note: note, always: true)
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

    /// Writes the PNG with A1111's `parameters` text and lorash's recipe (`lorash`, JSON).
    func writeRenderPNG(_ image: RGBAImage, render: PreparedRender, to output: PictureOutput) throws {
        let parameters = generationParameters(render)
        let chunks = [
            PNGTextChunk(keyword: "parameters", text: parameters.infotext),
            PNGTextChunk(keyword: "lorash", text: recipe(render, parameters: parameters, output: output.path)),
        ]
        try writePicture(PNGEncoder().encode(image, text: chunks), format: "png", to: output)
    }

    /// A stack entry's name as A1111 writes it: the file's stem when it was given as a path.
    static func tagName(_ entry: StackEntry) -> String {
        entry.name.contains("/") || entry.name.hasSuffix(".safetensors")
            ? LoraFile.defaultName(for: entry.lora.sourcePath) : entry.name
    }

    /// The A1111 parameters of a render.
    func generationParameters(_ render: PreparedRender) -> GenerationParameters {
        let s = render.settings
        let modelHash = (try? FileHash.of(path: render.base.path)).map {
            GenerationParameters.modelHash(fileSHA256: $0.sha256)
        }
        let loraHashes = render.stack.entries.map { entry in
            let hash = (try? SafetensorsReader(path: entry.lora.sourcePath).dataSectionSHA256()) ?? ""
            return GenerationParameters.LoraHash(
                name: Self.tagName(entry), hash: GenerationParameters.loraHash(dataSectionSHA256: hash))
        }
        // The stack's own LoRAs are written into the prompt as A1111 tags, so A1111, Civitai and
        // `render from` without the recipe see them and their weights.
        let tags = render.userStack.entries.map { entry -> String in
            let w = entry.weight
            let text: (Float) -> String = { $0 == $0.rounded() && abs($0) < 1e6 ? String(Int($0)) : "\($0)" }
            return w.textEncoder == w.denoiser
                ? "<lora:\(Self.tagName(entry)):\(text(w.denoiser))>"
                : "<lora:\(Self.tagName(entry)):\(text(w.textEncoder)):\(text(w.denoiser))>"
        }
        let prompt = ([render.prompt] + tags).filter { !$0.isEmpty }.joined(separator: " ")
        return GenerationParameters(
            prompt: prompt, negativePrompt: s.negative, steps: s.steps,
            sampler: .lorash((try? SamplerKind.named(s.sampler)) ?? .eulerAncestral), karras: s.karras, cfgScale: s.cfg,
            seed: s.seed, width: s.width, height: s.height, clipSkip: s.clipSkip, modelHash: modelHash,
            modelName: LoraFile.defaultName(for: render.base.path), loraHashes: loraHashes)
    }

    /// An absolute, standardised path.
    static func absolutePath(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

    /// lorash's recipe of a render, as JSON: the checkpoint and the LoRAs by absolute path (with
    /// their weights as a stack spec writes them), the settings, and the command.
    func recipe(_ render: PreparedRender, parameters: GenerationParameters, output: String) -> String {
        let s = render.settings
        let loras: [JSONValue] = render.userStack.entries.map { entry in
            .object([
                ("name", .string(entry.name)), ("path", .string(Self.absolutePath(entry.lora.sourcePath))),
                ("weight", .string("\(entry.weight)")),
            ])
        }
        return JSONWriter.string(
            .object([
                ("tool", .string("lorash")), ("recipe", .number(1, integer: 1)),
                ("checkpoint", .string(Self.absolutePath(render.base.path))),
                ("model", .string(render.kind.rawValue)),
                ("loras", .array(loras)),
                ("prompt", .string(render.prompt)), ("negative", .string(s.negative)),
                ("steps", .number(Double(s.steps), integer: s.steps)), ("cfg", .number(s.cfg, integer: nil)),
                ("seed", .string(String(s.seed))), ("width", .number(Double(s.width), integer: s.width)),
                ("height", .number(Double(s.height), integer: s.height)), ("sampler", .string(s.sampler)),
                ("karras", .bool(s.karras)), ("clip_skip", .number(Double(s.clipSkip), integer: s.clipSkip)),
                ("rng", .string("torch")),
                ("command", .string(parameters.recipe(stack: render.subjectName, output: output))),
            ]))
    }

    /// `render from PATH.png to OUT.png`: renders a PNG's parameters again — lorash's recipe
    /// when the PNG has one, else A1111's `parameters` (the checkpoint found by its hash in
    /// the library or by name, LoRAs by the prompt's tags) — with `request`'s settings changed.
    public func renderImage(from png: String, overriding request: ImageRequest, to output: PictureOutput) throws
        -> Picture
    {
        let chunks: [PNGTextChunk]
        do { chunks = try PNGDecoder.readTextChunks(path: png) } catch {
            throw SessionError.input("subject", "\(error)")
        }
        let found = try RenderSource.from(chunks: chunks, png: png, session: self)
        var merged = found.request
        for (keyPath, value) in [
            (\ImageRequest.prompt, request.prompt), (\ImageRequest.negative, request.negative),
            (\ImageRequest.sampler, request.sampler), (\ImageRequest.rng, request.rng),
        ] where value != nil { merged[keyPath: keyPath] = value }
        for (keyPath, value) in [
            (\ImageRequest.steps, request.steps), (\ImageRequest.seed, request.seed),
            (\ImageRequest.width, request.width),
            (\ImageRequest.height, request.height), (\ImageRequest.clipSkip, request.clipSkip),
            (\ImageRequest.size, request.size),
        ] where value != nil { merged[keyPath: keyPath] = value }
        if let cfg = request.cfg { merged.cfg = cfg }
        if let karras = request.karras { merged.karras = karras }
        if request.size != nil {
            if request.width == nil { merged.width = nil }
            if request.height == nil { merged.height = nil }
        }
        return try renderImage(found.subject, name: found.name, merged, to: output)
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
