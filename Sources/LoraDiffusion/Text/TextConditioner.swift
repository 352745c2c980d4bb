import LoraEngine

/// What the U-Net is conditioned on for one prompt.
public struct PromptConditioning: Sendable {
    /// The cross-attention context, [1, 77·chunks, width]: 768 for SD 1.5, 2048 for SDXL
    /// (CLIP-L's 768 features, then bigG's 1280).
    public var context: Tensor
    /// SDXL's pooled text embedding, [1, projection] (bigG's projected pooled output of the first
    /// chunk); nil for SD 1.5.
    public var pooled: Tensor?
    /// The LoRA tags taken out of a positive prompt (a negative prompt keeps its tags as text).
    public var loraTags: [LoraTag]
    /// The kinds of other extra-network tags taken out (`hypernet`), which are not applied.
    public var otherNetworks: [String]
    /// The tokens and emphasis multipliers that were encoded.
    public var chunks: PromptChunks
}

/// How emphasis multipliers act on the encoder's output (A1111's "Emphasis mode" setting,
/// `modules/sd_emphasis.py`).
public enum EmphasisMode: Sendable, Equatable {
    /// z · multiplier per token, then z rescaled so its mean is what it was (A1111's default,
    /// "Original").
    case original
    /// z · multiplier per token, no rescaling ("No norm").
    case noNorm
    /// The syntax is parsed (brackets disappear, `BREAK` works) but multipliers are not applied
    /// ("Ignore").
    case ignore
    /// No parsing at all: brackets and `BREAK` are read as text ("None").
    case none
}

/// A1111's text conditioning (`modules/sd_hijack_clip.py`, `sd_hijack_open_clip.py`,
/// `sd_emphasis.py`, `sd_models_xl.py`): prompt → LoRA tags out → emphasis segments →
/// 75-token chunks → text encoder per chunk → emphasis → chunks side by side.
///
/// - SD 1.5: CLIP-L at `clipSkip` (1 = the last layer, 2 = the penultimate; both through the
///   final LayerNorm), the chunks padded with EOS; context [1, 77·chunks, 768].
/// - SDXL: CLIP-L's penultimate hidden state (no final LayerNorm; chunks padded with EOS) and
///   bigG's (chunks padded with 0 after the first EOS), each with its own emphasis rescaling,
///   side by side on the feature axis: [1, 77·chunks, 2048]; pooled = bigG's projected pooled
///   output of the first chunk. An empty negative prompt is all zeros, context and pooled (A1111
///   zeroes SDXL's empty negative prompt).
///
/// Emphasis (`.original`): for each chunk's z [1, 77, width], with the token multipliers m,
/// z ← z·m (per token), then z ← z · mean(z before) / mean(z after).
///
/// Differences from A1111: the tokenizer is open_clip's for both encoders (A1111 uses
/// transformers' for CLIP-L, which skips ftfy and HTML unescaping; ordinary prompts give the same
/// ids); prompt editing `[a:b:N]`, alternation `[a|b]`, `AND`, textual-inversion embeddings and
/// comment lines are not interpreted.
public struct TextConditioner: Sendable {
    /// The encoders of one model family.
    public enum Encoders: Sendable {
        /// SD 1.5's CLIP-L.
        case sd15(CLIPTextEncoder)
        /// SDXL's CLIP-L and OpenCLIP-bigG.
        case sdxl(clipL: CLIPTextEncoder, bigG: OpenCLIPTextEncoder)
    }

    /// The text encoders.
    public var encoders: Encoders
    /// CLIP's tokenizer.
    public var tokenizer: CLIPTokenizer
    /// A1111's "Clip skip" for SD 1.5 (1 = the last layer); SDXL ignores it (always the
    /// penultimate layer, as A1111's default for SDXL).
    public var clipSkip: Int
    /// How emphasis is applied.
    public var emphasis: EmphasisMode
    /// A1111's "comma padding backtrack" (0 = off).
    public var commaPaddingBacktrack: Int

    /// A conditioner over given encoders.
    public init(
        encoders: Encoders, tokenizer: CLIPTokenizer, clipSkip: Int = 1, emphasis: EmphasisMode = .original,
        commaPaddingBacktrack: Int = PromptChunks.defaultCommaPaddingBacktrack
    ) {
        self.encoders = encoders
        self.tokenizer = tokenizer
        self.clipSkip = clipSkip
        self.emphasis = emphasis
        self.commaPaddingBacktrack = commaPaddingBacktrack
    }

    /// SD 1.5's conditioner from a checkpoint: CLIP-L under
    /// `cond_stage_model.transformer.` (`.clipL`, or another `config` such as the tiny one).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`; `.vocabularyUnreadable`.
    public static func sd15(
        _ weights: some WeightSource, config: CLIPTextConfig = .clipL, prefix: String = "cond_stage_model.transformer.",
        clipSkip: Int = 1
    ) throws(DiffusionError) -> TextConditioner {
        TextConditioner(
            encoders: .sd15(try CLIPTextEncoder(weights, prefix: prefix, config: config)),
            tokenizer: try CLIPTokenizer.standard(), clipSkip: clipSkip)
    }

    /// SDXL's conditioner from a checkpoint: CLIP-L under `conditioner.embedders.0.transformer.`
    /// and bigG under `conditioner.embedders.1.model.`.
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`; `.vocabularyUnreadable`.
    public static func sdxl(
        _ weights: some WeightSource, clipLConfig: CLIPTextConfig = .clipL,
        bigGConfig: CLIPTextConfig = .openCLIPBigG, clipLPrefix: String = "conditioner.embedders.0.transformer.",
        bigGPrefix: String = "conditioner.embedders.1.model."
    ) throws(DiffusionError) -> TextConditioner {
        TextConditioner(
            encoders: .sdxl(
                clipL: try CLIPTextEncoder(weights, prefix: clipLPrefix, config: clipLConfig),
                bigG: try OpenCLIPTextEncoder(weights, prefix: bigGPrefix, config: bigGConfig)),
            tokenizer: try CLIPTokenizer.standard())
    }

    /// The conditioning of one prompt.
    /// - Parameters:
    ///   - prompt: the prompt as written.
    ///   - isNegative: a negative prompt keeps `<…:…>` tags as text (A1111 takes extra networks
    ///     from the positive prompt only), and for SDXL an empty one is all zeros.
    /// - Throws: `DiffusionError.badPrompt` for a LoRA tag or emphasis weight that is not a
    ///   number.
    /// - Complexity: one encoder pass per 75-token chunk.
    public func encode(_ prompt: String, isNegative: Bool = false) throws(DiffusionError) -> PromptConditioning {
        let tags =
            isNegative ? PromptLoraTags(text: prompt, tags: []) : try PromptLoraTags.extract(from: prompt)
        let segments = emphasis == .none ? [PromptSegment(tags.text, 1)] : try PromptParser.segments(tags.text)
        let chunks = PromptChunks(
            segments: segments, tokenizer: tokenizer, commaPaddingBacktrack: commaPaddingBacktrack)
        let (context, pooled): (Tensor, Tensor?)
        switch encoders {
        case .sd15(let clipL):
            let z = clipL.encode(chunks.tokens, selection: .clipSkip(clipSkip)).hiddenStates
            context = applyEmphasis(z, chunks.multipliers)
            pooled = nil
        case .sdxl(let clipL, let bigG):
            if isNegative && tags.text.isEmpty {
                context = Tensor(zeros: [1, CLIPTokenizer.contextLength, clipL.config.width + bigG.config.width])
                pooled = Tensor(zeros: [1, bigG.config.projectionWidth ?? bigG.config.width])
            } else {
                let l = clipL.encode(chunks.tokens, selection: .penultimate).hiddenStates
                let gTokens = (0..<chunks.count).map { chunks.tokensPaddedWithZero(chunk: $0) }
                let g = bigG.encode(gTokens, selection: .penultimate, pooled: true)
                context = Self.sideBySide(
                    applyEmphasis(l, chunks.multipliers), applyEmphasis(g.hiddenStates, chunks.multipliers))
                pooled = g.pooled!.rowSlice(0..<1)
            }
        }
        return PromptConditioning(
            context: context, pooled: pooled, loraTags: tags.tags, otherNetworks: tags.otherNetworks, chunks: chunks)
    }

    /// The chunks' hidden states [C, 77, width] with emphasis applied, as [1, C·77, width].
    func applyEmphasis(_ z: Tensor, _ multipliers: [[Double]]) -> Tensor {
        var out = z.converted(to: .f32)
        let chunks = z.shape[0]
        let length = z.shape[1]
        let width = z.shape[2]
        switch emphasis {
        case .original, .noNorm:
            out.withUnsafeMutableFloats { values in
                for c in 0..<chunks {
                    Self.emphasize(
                        values.baseAddress! + c * length * width, length: length, width: width,
                        multipliers: multipliers[c].map { Float($0) }, keepMean: emphasis == .original)
                }
            }
        case .ignore, .none:
            break
        }
        return out.reshaped([1, chunks * length, width])
    }

    /// One chunk's emphasis: each token's row times its multiplier, then (`keepMean`) everything
    /// times mean(before) / mean(after) (`EmphasisOriginal.after_transformers`). Means are summed
    /// in double precision.
    static func emphasize(
        _ z: UnsafeMutablePointer<Float>, length: Int, width: Int, multipliers: [Float], keepMean: Bool
    ) {
        let count = length * width
        var before = 0.0
        for i in 0..<count { before += Double(z[i]) }
        for t in 0..<length {
            let m = multipliers[t]
            if m == 1 { continue }
            for c in 0..<width { z[t * width + c] *= m }
        }
        guard keepMean else { return }
        var after = 0.0
        for i in 0..<count { after += Double(z[i]) }
        let factor = Float(Float(before / Double(count)) / Float(after / Double(count)))
        for i in 0..<count { z[i] *= factor }
    }

    /// [1, L, a] and [1, L, b] side by side: [1, L, a + b] (`torch.cat(…, dim=2)`).
    static func sideBySide(_ left: Tensor, _ right: Tensor) -> Tensor {
        let rows = left.shape[1]
        let a = left.shape[2]
        let b = right.shape[2]
        var out = Tensor(uninitialized: [1, rows, a + b])
        left.withUnsafeFloats { l in
            right.withUnsafeFloats { r in
                out.withUnsafeMutableFloats { o in
                    for row in 0..<rows {
                        (o.baseAddress! + row * (a + b)).update(from: l.baseAddress! + row * a, count: a)
                        (o.baseAddress! + row * (a + b) + a).update(from: r.baseAddress! + row * b, count: b)
                    }
                }
            }
        }
        return out
    }
}
