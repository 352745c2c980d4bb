/// The parameters of one render, as AUTOMATIC1111's web UI writes them into a PNG's
/// `parameters` text chunk (its "infotext"), which A1111, Forge, ComfyUI readers and Civitai
/// read back; and the lorash command that reproduces the render.
///
/// An infotext is the prompt (any number of lines), an optional `Negative prompt:` line (and
/// the lines after it), then one line of `Key: value` fields:
///
///     a castle on a hill, golden hour
///     Negative prompt: blurry
///     Steps: 20, Sampler: Euler a, Schedule type: Automatic, CFG scale: 7, Seed: 42, Size: 512x768, …
///
/// `infotext` writes the fields in the order and with the quoting of A1111 1.10's
/// `create_infotext` (`modules/processing.py`; values holding `,`, `:` or a newline are written
/// as JSON strings, `infotext_utils.quote`); `init(parsingInfotext:)` reads them as
/// `parse_generation_parameters` (`modules/infotext_utils.py`) does, with the same field regex,
/// so it also reads what other tools (Forge, Civitai's generator) write in that form. Fields
/// lorash does not use (Hires fix, ADetailer, VAE, TI hashes, …) are kept in `extraFields`, in
/// order, and written back in their places, so an A1111 1.10 infotext read and written again
/// comes out the same.
///
/// Sampler and schedule: lorash's `euler_a`, `euler`, `ddim`, `dpmpp_2m` are A1111's "Euler a",
/// "Euler", "DDIM", "DPM++ 2M". A1111 1.9 moved Karras from the sampler name
/// (`Sampler: DPM++ 2M Karras`) to its own field (`Schedule type: Karras`); both are read, and
/// since 1.9 "Automatic" means Karras for DPM++ 2M (its default scheduler there) and the
/// uniform-in-time schedule for the others, so lorash writes `Uniform` for `dpmpp_2m` without
/// Karras.
///
/// Source: AUTOMATIC1111/stable-diffusion-webui 1.10 `modules/processing.py` (`create_infotext`),
/// `modules/infotext_utils.py` (`parse_generation_parameters`, `quote`, `unquote`),
/// `modules/sd_samplers.py` (`get_sampler_and_scheduler`), `modules/sd_schedulers.py`,
/// `modules/sd_samplers_kdiffusion.py`, `modules/rng.py`, `modules/hashes.py`,
/// `extensions-builtin/Lora/network.py` and `extra_networks_lora.py` (`Lora hashes`).
public struct GenerationParameters: Sendable, Equatable {
    /// The prompt as written (A1111 emphasis and `<lora:…>` tags included).
    public var prompt: String
    /// The negative prompt; empty when there is none (no `Negative prompt:` line is written).
    public var negativePrompt: String
    /// Sampling steps.
    public var steps: Int
    /// The sampler.
    public var sampler: Sampler
    /// The sigma schedule.
    public var schedule: Schedule
    /// Classifier-free guidance scale (`CFG scale`).
    public var cfgScale: Double
    /// The seed of the initial noise.
    public var seed: UInt64
    /// Image width in pixels.
    public var width: Int
    /// Image height in pixels.
    public var height: Int
    /// 1 uses the text encoder's last layer, 2 the one before it (`Clip skip`, written only
    /// when it is not 1, as A1111 does).
    public var clipSkip: Int
    /// A1111's model hash: the first 10 hex digits of the checkpoint file's SHA-256
    /// (`modelHash(fileSHA256:)`); older infotexts hold an 8-digit hash of another kind.
    public var modelHash: String?
    /// The checkpoint's name (A1111 writes the file name without its extension).
    public var modelName: String?
    /// The LoRAs used, with A1111's short hash (`loraHash(dataSectionSHA256:)`), in order.
    public var loraHashes: [LoraHash]
    /// Where the initial noise came from (`RNG`; absent means A1111's default, the GPU).
    public var rng: RandomSource
    /// The program that made the image (`Version`: `v1.10.1` from A1111, `lorash` from lorash).
    public var version: String?
    /// Every other field, in the order read (values unquoted); written back in A1111's place
    /// for its known fields and otherwise after `RNG`/`Tiling`, in this order.
    public var extraFields: [Field]
    /// How many of the free-standing extra fields came before `Lora hashes` (which A1111 writes
    /// among its extra fields, after the Hires fix ones), so a read infotext is written back in
    /// the same order.
    var loraHashesPosition: Int

    /// Parameters of a lorash render. The defaults are lorash's: its noise is `torch.randn` on a
    /// CPU generator, which A1111 calls `RNG: CPU`, and it signs `Version: lorash`.
    public init(
        prompt: String, negativePrompt: String = "", steps: Int = 20, sampler: Sampler = .lorash(.eulerAncestral),
        karras: Bool = false, cfgScale: Double = 7, seed: UInt64, width: Int, height: Int, clipSkip: Int = 1,
        modelHash: String? = nil, modelName: String? = nil, loraHashes: [LoraHash] = [], rng: RandomSource = .cpu,
        version: String? = "lorash", extraFields: [Field] = []
    ) {
        self.prompt = prompt
        self.negativePrompt = negativePrompt
        self.steps = steps
        self.sampler = sampler
        self.schedule = karras ? .karras : .standard
        self.cfgScale = cfgScale
        self.seed = seed
        self.width = width
        self.height = height
        self.clipSkip = clipSkip
        self.modelHash = modelHash
        self.modelName = modelName
        self.loraHashes = loraHashes
        self.rng = rng
        self.version = version
        self.extraFields = extraFields
        self.loraHashesPosition = 0
    }

    /// Whether the schedule is Karras's (lorash's `karras=true`).
    public var karras: Bool {
        get { schedule == .karras }
        set { schedule = newValue ? .karras : .standard }
    }

    /// The value of an extra field (one lorash does not use), if present.
    public func extraField(_ key: String) -> String? {
        extraFields.first { $0.key == key }?.value
    }

    // MARK: Parts

    /// A sampler: one lorash draws (`SamplerKind`), or another A1111 sampler by name (kept so it
    /// can be written back and reported).
    public enum Sampler: Sendable, Hashable {
        /// A sampler lorash has.
        case lorash(SamplerKind)
        /// A sampler lorash does not have, by its A1111 name ("DPM++ SDE", "UniPC", …).
        case other(String)

        /// The lorash sampler, or nil for one lorash does not have.
        public var kind: SamplerKind? {
            if case .lorash(let kind) = self { return kind }
            return nil
        }

        /// The name A1111 shows and writes: "Euler a", "Euler", "DDIM", "DPM++ 2M", or the other
        /// name as read.
        public var a1111Name: String {
            switch self {
            case .lorash(let kind): return Self.a1111Name(of: kind)
            case .other(let name): return name
            }
        }

        /// A1111's name for a lorash sampler (`modules/sd_samplers_kdiffusion.py`,
        /// `sd_samplers_timesteps.py`).
        public static func a1111Name(of kind: SamplerKind) -> String {
            switch kind {
            case .eulerAncestral: return "Euler a"
            case .euler: return "Euler"
            case .ddim: return "DDIM"
            case .dpmpp2m: return "DPM++ 2M"
            }
        }

        /// The sampler an A1111 name or k-diffusion alias (`k_euler_a`, `k_dpmpp_2m`, …) or a
        /// lorash word names, compared without regard to case; anything else is `.other(name)`.
        init(a1111Name name: String) {
            let folded = name.lowercased()
            for kind in SamplerKind.allCases {
                if Self.a1111Name(of: kind).lowercased() == folded || kind.rawValue == folded
                    || Self.aliases[kind, default: []].contains(folded)
                {
                    self = .lorash(kind)
                    return
                }
            }
            self = .other(name)
        }

        /// A1111's k-diffusion aliases (`modules/sd_samplers_kdiffusion.py`).
        private static let aliases: [SamplerKind: [String]] = [
            .eulerAncestral: ["k_euler_a", "k_euler_ancestral"], .euler: ["k_euler"], .dpmpp2m: ["k_dpmpp_2m"],
        ]
    }

    /// The sigma schedule (A1111's "Schedule type").
    public enum Schedule: Sendable, Hashable {
        /// The sampler's usual schedule, evenly spaced in time (lorash `karras=false`; A1111
        /// "Automatic" for Euler a, Euler and DDIM, "Uniform" for DPM++ 2M).
        case standard
        /// Karras et al.'s sigmas (lorash `karras=true`; A1111 "Karras").
        case karras
        /// Another A1111 schedule, by its label ("Exponential", "Align Your Steps", …).
        case other(String)
    }

    /// Where the initial noise was drawn (A1111's `RNG` field, its "Random number generator
    /// source" setting).
    public enum RandomSource: Sendable, Hashable {
        /// The GPU's generator (A1111's default; not written). Not reproducible on a CPU.
        case gpu
        /// `torch.randn` on the CPU, seeded with the seed (`RNG: CPU`; lorash's `rng=torch`
        /// draws the same numbers).
        case cpu
        /// A1111's CPU imitation of NVIDIA's generator (Philox), `RNG: NV`.
        case nv
        /// Another value, as written.
        case other(String)

        /// The `RNG` value written, or nil for the default.
        var infotextValue: String? {
            switch self {
            case .gpu: return nil
            case .cpu: return "CPU"
            case .nv: return "NV"
            case .other(let value): return value
            }
        }

        init(infotextValue value: String) {
            switch value.uppercased() {
            case "GPU": self = .gpu
            case "CPU": self = .cpu
            case "NV": self = .nv
            default: self = .other(value)
            }
        }
    }

    /// A LoRA's name and A1111 short hash, as in `Lora hashes: "name: 0123456789ab"`.
    public struct LoraHash: Sendable, Hashable {
        /// The name the prompt used (A1111 removes `:` and `,` from it when writing).
        public var name: String
        /// The first 12 hex digits of the file's "autov3" hash (`loraHash(dataSectionSHA256:)`).
        public var hash: String

        /// A LoRA's name and short hash.
        public init(name: String, hash: String) {
            self.name = name
            self.hash = hash
        }
    }

    /// One `Key: value` field lorash keeps without using.
    public struct Field: Sendable, Hashable {
        /// The key as written (`Hires upscale`, `ADetailer model`, …).
        public var key: String
        /// The value, unquoted.
        public var value: String

        /// A field (the value unquoted).
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    // MARK: Hashes

    /// A1111's `Model hash` from the SHA-256 of the whole checkpoint file (64 hex digits): its
    /// first 10 digits (`CheckpointInfo.calculate_shorthash` in `modules/sd_models.py`; Civitai's
    /// "AutoV2").
    public static func modelHash(fileSHA256: String) -> String {
        String(fileSHA256.lowercased().prefix(10))
    }

    /// A1111's LoRA hash from the SHA-256 of a safetensors file's data section (the bytes after
    /// the 8-byte length and the JSON header; `hashes.addnet_hash_safetensors`, Civitai's
    /// "AutoV3", kohya's `sshs_model_hash`; LoraFormats' `SafetensorsReader.dataSectionSHA256()`):
    /// its first 12 digits (`NetworkOnDisk.set_hash` in `extensions-builtin/Lora/network.py`).
    public static func loraHash(dataSectionSHA256: String) -> String {
        String(dataSectionSHA256.lowercased().prefix(12))
    }

    // MARK: Writing

    /// A1111's fields before its scripts' extra fields, in `create_infotext`'s order (1.10).
    static let leadingKeys = [
        "Steps", "Sampler", "Schedule type", "CFG scale", "Image CFG scale", "Seed", "Face restoration", "Size",
        "Model hash", "Model", "FP8 weight", "Cache FP16 weight for LoRA", "VAE hash", "VAE", "Variation seed",
        "Variation seed strength", "Seed resize from", "Denoising strength", "Conditional mask weight", "Clip skip",
        "ENSD", "Token merging ratio", "Token merging ratio hr", "Init image hash", "RNG", "Tiling",
    ]
    /// A1111's fields after the extra fields.
    static let trailingKeys = ["Version", "User"]
    /// The fields this type models (never taken from `extraFields`).
    static let modelledKeys: Set<String> = [
        "Steps", "Sampler", "Schedule type", "CFG scale", "Seed", "Size", "Model hash", "Model", "Clip skip", "RNG",
        "Lora hashes", "Version",
    ]

    /// The A1111 infotext: the prompt, `Negative prompt: …` when there is one, and the field line,
    /// with surrounding whitespace removed as A1111 does. Store it in a PNG `parameters` text chunk.
    public var infotext: String {
        let fieldsText = fieldList.map { key, value in
            key == value ? key : "\(key): \(Infotext.quote(value))"
        }.joined(separator: ", ")
        let negative = negativePrompt.isEmpty ? "" : "\nNegative prompt: \(negativePrompt)"
        return Infotext.pythonStrip("\(prompt)\(negative)\n\(fieldsText)")
    }

    /// The fields as written, in order, values unquoted.
    var fieldList: [(String, String)] {
        var modelled: [String: String] = [
            "Steps": String(steps), "Sampler": sampler.a1111Name, "Schedule type": scheduleLabel,
            "CFG scale": Infotext.number(cfgScale), "Seed": String(seed), "Size": "\(width)x\(height)",
        ]
        if let modelHash, !modelHash.isEmpty { modelled["Model hash"] = modelHash }
        if let modelName, !modelName.isEmpty { modelled["Model"] = modelName }
        if clipSkip > 1 { modelled["Clip skip"] = String(clipSkip) }
        if let value = rng.infotextValue { modelled["RNG"] = value }
        if let version { modelled["Version"] = version }

        var placed: [String: String] = [:]
        var free: [(String, String)] = []
        for field in extraFields where !Self.modelledKeys.contains(field.key) {
            if Self.leadingKeys.contains(field.key) || Self.trailingKeys.contains(field.key) {
                if placed[field.key] == nil { placed[field.key] = field.value }
            } else {
                free.append((field.key, field.value))
            }
        }
        if !loraHashes.isEmpty {
            let text = loraHashes.map { entry in
                let name = String(String.UnicodeScalarView(entry.name.unicodeScalars.filter { $0 != ":" && $0 != "," }))
                return "\(name): \(entry.hash)"
            }.joined(separator: ", ")
            free.insert(("Lora hashes", text), at: min(max(loraHashesPosition, 0), free.count))
        }

        var list: [(String, String)] = []
        for key in Self.leadingKeys {
            if let value = modelled[key] ?? placed[key] { list.append((key, value)) }
        }
        list += free
        for key in Self.trailingKeys {
            if let value = modelled[key] ?? placed[key] { list.append((key, value)) }
        }
        return list
    }

    /// The `Schedule type` written: Karras, the A1111 label meaning lorash's standard schedule
    /// for this sampler, or the other label as read.
    public var scheduleLabel: String {
        switch schedule {
        case .karras: return "Karras"
        case .standard: return sampler == .lorash(.dpmpp2m) ? "Uniform" : "Automatic"
        case .other(let label): return label
        }
    }

    // MARK: Reading

    /// Reads an A1111 infotext as `parse_generation_parameters` does: the last line holds the
    /// fields when the field regex finds at least three `Key: value` pairs in it (else it is part
    /// of the prompt); earlier lines are the prompt until one starting `Negative prompt:`, and the
    /// negative prompt from there, each line stripped of surrounding whitespace; quoted values
    /// are unquoted as JSON strings; an empty value is dropped and a repeated key keeps its first
    /// place and last value. `Sampler: DPM++ 2M Karras` (before 1.9) and `Schedule type: Karras`
    /// both give Karras; a missing `Clip skip` is 1 and a missing `RNG` the GPU.
    /// - Throws: `DiffusionError.badSetting` when there is no field line, or when one of the
    ///   fields A1111 always writes (Steps, Sampler, CFG scale, Seed, Size) is missing or is not a
    ///   number of the right kind (also Clip skip); the setting named is lorash's option.
    public init(parsingInfotext text: String) throws(DiffusionError) {
        var lines = Infotext.lines(Infotext.pythonStrip(text))
        var lastLine = lines.removeLast()
        var found = Infotext.findFields(in: Array(lastLine.unicodeScalars))
        if found.count < 3 {
            lines.append(lastLine)
            lastLine = ""
            found = []
        }
        var prompt = ""
        var negative = ""
        var inNegative = false
        for raw in lines {
            var line = Infotext.pythonStrip(raw)
            if line.hasPrefix("Negative prompt:") {
                inNegative = true
                line = Infotext.pythonStrip(String(line.unicodeScalars.dropFirst(16)))
            }
            if inNegative {
                negative += (negative.isEmpty ? "" : "\n") + line
            } else {
                prompt += (prompt.isEmpty ? "" : "\n") + line
            }
        }
        guard !found.isEmpty else {
            throw .badSetting(
                "parameters",
                "the text has no line of generation parameters (like \"Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1, Size: 512x512\")"
            )
        }

        // A dictionary in insertion order: a repeated key keeps its first place, last value.
        var fields: [(key: String, value: String)] = []
        for (key, rawValue) in found {
            guard let first = rawValue.unicodeScalars.first else { continue }  // A1111: v[0] fails, skipped
            var value = rawValue
            if first == "\"" && rawValue.unicodeScalars.last == "\"" { value = Infotext.unquote(rawValue) }
            if let index = fields.firstIndex(where: { $0.key == key }) {
                fields[index].value = value
            } else {
                fields.append((key, value))
            }
        }
        func value(_ key: String) -> String? { fields.first { $0.key == key }?.value }
        func required(_ key: String, _ option: String) throws(DiffusionError) -> String {
            guard let found = value(key) else {
                throw .badSetting(option, "the parameters have no \(key) field")
            }
            return found
        }
        func integer<T: FixedWidthInteger>(_ key: String, _ option: String, _ text: String) throws(DiffusionError) -> T
        {
            guard let number = T(Infotext.pythonStrip(text)) else {
                throw .badSetting(option, "\(key) '\(text)' is not a whole number")
            }
            return number
        }

        let steps: Int = try integer("Steps", "steps", try required("Steps", "steps"))
        let cfgText = try required("CFG scale", "cfg")
        guard let cfg = Double(Infotext.pythonStrip(cfgText)), cfg.isFinite else {
            throw .badSetting("cfg", "CFG scale '\(cfgText)' is not a number")
        }
        let seed: UInt64 = try integer("Seed", "seed", try required("Seed", "seed"))
        let sizeText = try required("Size", "size")
        guard let (width, height) = Infotext.imageSize(Infotext.pythonStrip(sizeText)) else {
            throw .badSetting("size", "Size '\(sizeText)' is not WIDTHxHEIGHT")
        }
        let clipSkip: Int =
            try value("Clip skip").map { (text) throws(DiffusionError) -> Int in
                try integer("Clip skip", "clip_skip", text)
            } ?? 1
        let (sampler, schedule) = Self.samplerAndSchedule(
            samplerName: Infotext.pythonStrip(try required("Sampler", "sampler")),
            scheduleLabel: value("Schedule type").map(Infotext.pythonStrip))

        self.init(
            prompt: prompt, negativePrompt: negative, steps: steps, sampler: sampler, cfgScale: cfg, seed: seed,
            width: width, height: height, clipSkip: clipSkip, modelHash: value("Model hash"), modelName: value("Model"),
            loraHashes: value("Lora hashes").map(Self.parseLoraHashes) ?? [],
            rng: value("RNG").map { RandomSource(infotextValue: Infotext.pythonStrip($0)) } ?? .gpu,
            version: value("Version"))
        self.schedule = schedule
        var position = 0
        for field in fields where !Self.modelledKeys.contains(field.key) {
            extraFields.append(Field(key: field.key, value: field.value))
        }
        for field in fields {
            if field.key == "Lora hashes" { break }
            if !Self.modelledKeys.contains(field.key) && !Self.leadingKeys.contains(field.key)
                && !Self.trailingKeys.contains(field.key)
            {
                position += 1
            }
        }
        loraHashesPosition = position
    }

    /// A1111's schedule labels and names (`modules/sd_schedulers.py`), which older sampler names
    /// carry as a suffix ("DPM++ 2M Karras", "DPM++ 2M SDE Exponential").
    static let scheduleSuffixes = [
        "Automatic", "Uniform", "Karras", "Exponential", "Polyexponential", "SGM Uniform", "KL Optimal",
        "Align Your Steps", "Simple", "Normal", "DDIM", "Beta", "sgm_uniform", "SGMUniform", "kl_optimal",
        "align_your_steps",
    ]

    /// Sampler and schedule from A1111's `Sampler` and `Schedule type` values, as
    /// `get_sampler_and_scheduler` splits them (a schedule suffix on the sampler wins). The
    /// shell reads `sampler="DPM++ 2M Karras"` with it as `render from` reads a PNG.
    public static func samplerAndSchedule(samplerName: String, scheduleLabel: String?) -> (Sampler, Schedule) {
        var name = samplerName
        var label = scheduleLabel
        if case .other = Sampler(a1111Name: name) {
            for suffix in scheduleSuffixes where name.lowercased().hasSuffix(" " + suffix.lowercased()) {
                name = String(name.dropLast(suffix.count + 1))
                label = suffix
                break
            }
        }
        if name.lowercased() == "k_dpmpp_2m_ka" {  // the old alias of "DPM++ 2M Karras"
            return (.lorash(.dpmpp2m), .karras)
        }
        let sampler = Sampler(a1111Name: name)
        guard let label else { return (sampler, .standard) }
        switch label.lowercased() {
        case "karras": return (sampler, .karras)
        case "automatic":  // since 1.9 DPM++ 2M's default scheduler is Karras
            return (sampler, sampler == .lorash(.dpmpp2m) ? .karras : .standard)
        case "uniform": return (sampler, .standard)
        default: return (sampler, .other(label))
        }
    }

    /// `name: hash, name2: hash2` → pairs (entries without `:` are skipped).
    static func parseLoraHashes(_ text: String) -> [LoraHash] {
        text.split(separator: ",", omittingEmptySubsequences: false).compactMap { entry in
            let parts = Infotext.pythonStrip(String(entry)).split(
                separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return LoraHash(
                name: Infotext.pythonStrip(String(parts[0])), hash: Infotext.pythonStrip(String(parts[1])))
        }
    }

    // MARK: Recipe

    /// The lorash command that renders these parameters again:
    ///
    ///     render STACK prompt="…" negative="…" steps=20 cfg=7 seed=42 size=512 sampler=euler_a karras=true clip_skip=2 to PATH
    ///
    /// `stack` is written as given (the checkpoint or stack expression, `base + hero:0.8`);
    /// strings are double-quoted with lorash's escapes (`\"`, `\\`, `\{`, `\}`, `\$`, `\n`,
    /// `\t`), so `{…}` in a prompt is not read as an interpolation. The negative prompt is
    /// written when there is one, `size=` when the image is square (else `width=` and
    /// `height=`), `karras=true` and `clip_skip=` when they are not the default; a sampler lorash
    /// does not have is written by its A1111 name (quoted), which `render` then refuses by name.
    /// - Parameters:
    ///   - stack: the STACK argument, as lorash source text.
    ///   - output: the picture's path, written after `to` (quoted unless it is a plain word).
    public func recipe(stack: String, output: String? = nil) -> String {
        var parts = ["render", stack, "prompt=" + Self.shellQuoted(prompt)]
        if !negativePrompt.isEmpty { parts.append("negative=" + Self.shellQuoted(negativePrompt)) }
        parts.append("steps=\(steps)")
        parts.append("cfg=" + Infotext.number(cfgScale))
        parts.append("seed=\(seed)")
        if width == height {
            parts.append("size=\(width)")
        } else {
            parts += ["width=\(width)", "height=\(height)"]
        }
        parts.append("sampler=" + (sampler.kind?.rawValue ?? Self.shellQuoted(sampler.a1111Name)))
        if karras { parts.append("karras=true") }
        if clipSkip != 1 { parts.append("clip_skip=\(clipSkip)") }
        if let output { parts += ["to", Self.shellWord(output)] }
        return parts.joined(separator: " ")
    }

    /// `text` as a lorash double-quoted string literal (the lexer's escapes: `\"`, `\\`, `\{`,
    /// `\}`, `\$`, `\n`, `\t`; other characters as they are).
    public static func shellQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "{", "}", "$": quoted += "\\" + String(scalar)
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// `text` bare when lorash reads it back as one plain word (a path such as `out/a.png`),
    /// else quoted.
    public static func shellWord(_ text: String) -> String {
        let delimiters: Set<Character> = [";", "{", "}", "[", "]", "(", ")", ",", "\"", "'", "$", "=", "#", "\\"]
        guard let first = text.first, first.isASCII && (first.isLetter || first == "_" || first == "/" || first == "~"),
            text.allSatisfy({ !$0.isWhitespace && !delimiters.contains($0) })
        else { return shellQuoted(text) }
        return text
    }
}

/// The text rules of A1111's infotext, in Python's terms (the web UI is Python: `str.strip`,
/// `re`'s `\w` and `\s`, `json.dumps`/`json.loads`).
enum Infotext {
    /// Python's `str.isspace()`: the characters `str.strip()` removes and `\s` matches.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python `re`'s `\w` on `str`: letters, digits and other numerics (`str.isalnum()`), and `_`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    /// Python's `str.strip()`.
    static func pythonStrip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end && isSpace(scalars[start]) { start += 1 }
        while end > start && isSpace(scalars[end - 1]) { end -= 1 }
        if start == 0 && end == scalars.count { return text }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// Python's `text.split("\n")`: split at every U+000A, so `\r\n` leaves a `\r` at the end
    /// of a line (which `str.strip` then removes).
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
    }

    /// `re.findall` of A1111's `re_param`,
    /// `\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)`, over one line: (key, raw value)
    /// pairs. Written out by hand; the pattern never needs to backtrack into the key, and its
    /// `[^,]*` branch always matches, so a quoted value that is not followed by `,` or the end
    /// is read up to the next comma instead, as Python's engine does.
    static func findFields(in line: [Unicode.Scalar]) -> [(String, String)] {
        var found: [(String, String)] = []
        var start = 0
        let count = line.count
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: line[range])
            return String(view)
        }
        func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
            isWord(scalar) || scalar == " " || scalar == "-" || scalar == "/"
        }
        while start < count {
            var keyStart = start
            while keyStart < count && isSpace(line[keyStart]) { keyStart += 1 }
            guard keyStart < count, isWord(line[keyStart]) else {
                start += 1
                continue
            }
            var keyEnd = keyStart + 1
            while keyEnd < count && isKeyCharacter(line[keyEnd]) { keyEnd += 1 }
            guard keyEnd - keyStart >= 2, keyEnd < count, line[keyEnd] == ":" else {
                start += 1
                continue
            }
            var valueStart = keyEnd + 1
            while valueStart < count && isSpace(line[valueStart]) { valueStart += 1 }
            var valueEnd: Int?
            if valueStart < count && line[valueStart] == "\"" {
                // "(?:\\.|[^\\"])+" then `,` or the end.
                var position = valueStart + 1
                var characters = 0
                while position < count {
                    let scalar = line[position]
                    if scalar == "\\" {
                        guard position + 1 < count, line[position + 1] != "\n" else { break }
                        position += 2
                    } else if scalar == "\"" {
                        break
                    } else {
                        position += 1
                    }
                    characters += 1
                }
                if characters > 0, position < count, line[position] == "\"",
                    position + 1 == count || line[position + 1] == ","
                {
                    valueEnd = position + 1
                }
            }
            let end: Int
            if let valueEnd {
                end = valueEnd
            } else {
                var position = valueStart
                while position < count && line[position] != "," { position += 1 }
                end = position
            }
            found.append((text(keyStart..<keyEnd), text(valueStart..<end)))
            start = end < count ? end + 1 : end  // past the comma
        }
        return found
    }

    /// A1111's `quote`: the value itself unless it holds `,`, a newline or `:`, else
    /// `json.dumps(value, ensure_ascii=False)`.
    static func quote(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\n" || $0 == ":" }) else { return value }
        return jsonString(value)
    }

    /// Python's `json.dumps(text, ensure_ascii=False)` for a string: `"` and `\` escaped,
    /// `\n \r \t \b \f` by letter, other control characters below U+0020 as `\u00xx`.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A1111's `unquote`: `json.loads(text)` when the text starts and ends with `"` and is one
    /// valid JSON string, else the text unchanged (a control character inside, a bad escape,
    /// anything after the closing quote).
    static func unquote(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return text }
        var out = String.UnicodeScalarView()
        var position = 1
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= scalars.count else { return nil }
            var value: UInt32 = 0
            for scalar in scalars[at..<(at + 4)] {
                guard let digit = Character(scalar).hexDigitValue else { return nil }
                value = value * 16 + UInt32(digit)
            }
            return value
        }
        while true {
            guard position < scalars.count else { return text }
            let scalar = scalars[position]
            if scalar == "\"" {
                position += 1
                break
            }
            if scalar.value < 0x20 { return text }
            if scalar != "\\" {
                out.append(scalar)
                position += 1
                continue
            }
            guard position + 1 < scalars.count else { return text }
            let escape = scalars[position + 1]
            position += 2
            switch escape {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                guard let unit = hex4(position) else { return text }
                position += 4
                var value = unit
                if (0xD800...0xDBFF).contains(unit), position + 6 <= scalars.count, scalars[position] == "\\",
                    scalars[position + 1] == "u", let low = hex4(position + 2), (0xDC00...0xDFFF).contains(low)
                {
                    value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                }
                // A lone surrogate is a Python string Swift cannot hold: keep the text as written.
                guard let decoded = Unicode.Scalar(value) else { return text }
                out.append(decoded)
            default:
                return text
            }
        }
        // json.loads allows only whitespace after the value.
        while position < scalars.count {
            guard [" ", "\t", "\n", "\r"].contains(scalars[position]) else { return text }
            position += 1
        }
        return String(out)
    }

    /// A1111's `re_imagesize`, `^(\d+)x(\d+)$`, as (width, height).
    static func imageSize(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "x", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let width = Int(parts[0]), let height = Int(parts[1])
        else { return nil }
        return (width, height)
    }

    /// A number as A1111's UI shows it: whole numbers without a decimal point (`7`), others in
    /// their shortest form (`6.5`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
