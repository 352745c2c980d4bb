/// What one text-to-image render is asked for, after defaults are filled in.
public struct ImageSettings: Sendable, Equatable {
    /// The prompt as the text encoder reads it: A1111 emphasis syntax allowed, `<lora:…>` tags
    /// already taken out (they change the weights, not the text).
    public var prompt: String
    /// The negative prompt (encoded as given; an empty one is the empty prompt, as in A1111).
    public var negative: String
    /// Sampling steps (1…1000).
    public var steps: Int
    /// Classifier-free guidance scale; 1 or less turns guidance off (one U-Net pass per step,
    /// as diffusers does).
    public var cfg: Double
    /// The seed of the torch-compatible noise generator.
    public var seed: UInt64
    /// Image size in pixels (multiples of 8).
    public var width: Int
    public var height: Int
    /// The sampler's shell word: `euler_a`, `euler`, `ddim` or `dpmpp_2m`.
    public var sampler: String
    /// Karras sigmas.
    public var karras: Bool
    /// 1: the text encoder's last layer; 2: the one before it (SD 1.5; SDXL always uses the
    /// penultimate layer, as diffusers and A1111 do).
    public var clipSkip: Int

    public init(
        prompt: String, negative: String = "", steps: Int = 20, cfg: Double = 7, seed: UInt64 = 0, width: Int,
        height: Int, sampler: String = "euler_a", karras: Bool = false, clipSkip: Int = 1
    ) {
        self.prompt = prompt
        self.negative = negative
        self.steps = steps
        self.cfg = cfg
        self.seed = seed
        self.width = width
        self.height = height
        self.sampler = sampler
        self.karras = karras
        self.clipSkip = clipSkip
    }

    /// Why `value` cannot be an image side given as `name` (`width`, `height`, or `size` for
    /// both), naming the nearest sides that can; nil when it can (a multiple of 8 in 64…4096).
    public static func sizeProblem(_ name: String, _ value: Int) -> String? {
        guard value % 8 != 0 || !(64...4096).contains(value) else { return nil }
        let clamped = min(max(value, 64), 4096)
        let below = clamped - clamped % 8
        let nearest = below == clamped ? [clamped] : [below, below + 8]
        let nearestText = nearest.map(String.init).joined(separator: " or ")
        return "\(name) must be a multiple of 8 in 64…4096, not \(value) (nearest: \(nearestText))"
    }

    /// The longest prompt (and negative prompt) read, in UTF-8 bytes: about 8 000 tokens, a
    /// hundred of A1111's 75-token chunks, each one more text-encoder pass and 77 more rows of
    /// conditioning. Longer ones are refused before any of it is tokenized.
    public static let maximumPromptBytes = 32_768

    /// Why `text` cannot be the prompt given as `name` (`prompt`, `negative`), or nil.
    public static func promptProblem(_ name: String, _ text: String) -> String? {
        let bytes = text.utf8.count
        guard bytes > maximumPromptBytes else { return nil }
        return
            "\(name) is \(bytes) bytes long; at most \(maximumPromptBytes) are read (each 75 tokens is one more text-encoder pass): shorten it"
    }

    /// The settings' problems, as (setting, message); empty when they can be rendered.
    public var problems: [(String, String)] {
        var found: [(String, String)] = []
        for (name, text) in [("prompt", prompt), ("negative", negative)] {
            if let problem = Self.promptProblem(name, text) { found.append((name, problem)) }
        }
        if !(1...1000).contains(steps) { found.append(("steps", "steps must be 1…1000, not \(steps)")) }
        if !(cfg.isFinite && cfg >= 0 && cfg <= 100) {
            // As lorash prints numbers: -1, 1000000000, 0.5 (not -1.0, 1000000000.0).
            let text = cfg == cfg.rounded() && abs(cfg) < 1e16 ? String(Int64(cfg)) : "\(cfg)"
            found.append(("cfg", "cfg must be 0…100, not \(text)"))
        }
        for (name, value) in [("width", width), ("height", height)] {
            if let problem = Self.sizeProblem(name, value) { found.append((name, problem)) }
        }
        if !(1...2).contains(clipSkip) { found.append(("clip_skip", "clip_skip must be 1 or 2, not \(clipSkip)")) }
        return found
    }
}

/// A decoded picture: 8-bit RGB, row-major, `width · height · 3` bytes.
public struct DecodedImage: Sendable, Equatable {
    public var width: Int
    public var height: Int
    public var rgb: [UInt8]

    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }
}
