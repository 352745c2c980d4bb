/// A prompt's tokens in A1111's 77-token chunks, with the emphasis multiplier of every token
/// (`FrozenCLIPEmbedderWithCustomWordsBase.tokenize_line` in `modules/sd_hijack_clip.py`).
///
/// Each segment's text is tokenized on its own; tokens fill chunks of 75, each chunk then framed
/// by BOS and EOS (BOS and EOS have multiplier 1) and padded with EOS to 77. A `BREAK` closes the
/// current chunk. When a chunk is full and the next token is not a comma, and a comma is among the
/// chunk's last `commaPaddingBacktrack` tokens, the tokens after that comma move to the next
/// chunk (A1111's "comma padding backtrack", default 20), so a phrase is not cut in two. An empty
/// prompt is one chunk of BOS and EOS padding.
public struct PromptChunks: Sendable, Equatable {
    /// Tokens per chunk between BOS and EOS.
    public static let chunkLength = 75
    /// A1111's default `comma_padding_backtrack`.
    public static let defaultCommaPaddingBacktrack = 20

    /// The chunks' token ids, 77 each: BOS, 75 tokens or EOS padding, EOS.
    public var tokens: [[Int]]
    /// The emphasis multiplier of every token, 77 per chunk.
    public var multipliers: [[Double]]
    /// A1111's token count (what its UI shows as "n/75"): 75 per chunk before the last, plus
    /// the last chunk's prompt tokens.
    public var tokenCount: Int

    /// The chunks of parsed segments.
    /// - Parameters:
    ///   - segments: `PromptParser.segments` of the prompt's text.
    ///   - tokenizer: CLIP's tokenizer.
    ///   - commaPaddingBacktrack: how far back a comma may pull a chunk's end (0 = never).
    /// - Complexity: O(n) in the number of tokens.
    public init(
        segments: [PromptSegment], tokenizer: CLIPTokenizer, commaPaddingBacktrack: Int = defaultCommaPaddingBacktrack
    ) {
        let length = Self.chunkLength
        let comma = tokenizer.commaID
        var chunks: [[Int]] = []
        var chunkMultipliers: [[Double]] = []
        var current: [Int] = []
        var currentMultipliers: [Double] = []
        var lastComma = -1
        var count = 0

        func closeChunk(isLast: Bool) {
            count += isLast ? current.count : length
            if current.count < length {
                let missing = length - current.count
                current += Array(repeating: CLIPTokenizer.endOfText, count: missing)
                currentMultipliers += Array(repeating: 1, count: missing)
            }
            chunks.append([CLIPTokenizer.startOfText] + current + [CLIPTokenizer.endOfText])
            chunkMultipliers.append([1] + currentMultipliers + [1])
            current = []
            currentMultipliers = []
            lastComma = -1
        }

        for segment in segments {
            if segment.isBreak {
                closeChunk(isLast: false)
                continue
            }
            for token in tokenizer.encode(segment.text) {
                if token == comma {
                    lastComma = current.count
                } else if commaPaddingBacktrack != 0 && current.count == length && lastComma != -1
                    && current.count - lastComma <= commaPaddingBacktrack
                {
                    let cut = lastComma + 1
                    let movedTokens = Array(current[cut...])
                    let movedMultipliers = Array(currentMultipliers[cut...])
                    current.removeSubrange(cut...)
                    currentMultipliers.removeSubrange(cut...)
                    closeChunk(isLast: false)
                    current = movedTokens
                    currentMultipliers = movedMultipliers
                }
                if current.count == length { closeChunk(isLast: false) }
                current.append(token)
                currentMultipliers.append(segment.weight)
            }
        }
        if !current.isEmpty || chunks.isEmpty { closeChunk(isLast: true) }
        self.tokens = chunks
        self.multipliers = chunkMultipliers
        self.tokenCount = count
    }

    /// The chunks of a prompt's text (its `<lora:…>` tags already taken out).
    /// - Throws: `DiffusionError.badPrompt` for an unreadable emphasis weight.
    public init(text: String, tokenizer: CLIPTokenizer, commaPaddingBacktrack: Int = defaultCommaPaddingBacktrack)
        throws(DiffusionError)
    {
        self.init(
            segments: try PromptParser.segments(text), tokenizer: tokenizer,
            commaPaddingBacktrack: commaPaddingBacktrack)
    }

    /// The number of chunks.
    public var count: Int { tokens.count }

    /// A chunk's tokens as OpenCLIP-bigG takes them in SDXL: everything after the first EOS
    /// replaced by the pad id 0 (A1111's `process_tokens` when `id_end != id_pad`).
    public func tokensPaddedWithZero(chunk: Int) -> [Int] {
        var ids = tokens[chunk]
        if let end = ids.firstIndex(of: CLIPTokenizer.endOfText) {
            for k in (end + 1)..<ids.count { ids[k] = 0 }
        }
        return ids
    }
}
