import Foundation

/// CLIP's byte-pair-encoding tokenizer, as open_clip's `SimpleTokenizer` (OpenAI CLIP's
/// `simple_tokenizer.py`) computes it: the ids SD 1.5's CLIP-L and SDXL's two encoders take.
///
/// `encode` cleans the text (`CLIPTextCleaner`: ftfy's fixes, HTML entities, whitespace,
/// lower case), splits it into words with CLIP's pattern
/// `<start_of_text>|<end_of_text>|'s|'t|'re|'ve|'m|'ll|'d|\p{L}+|\p{N}|[^\s\p{L}\p{N}]+`,
/// maps each word's UTF-8 bytes to CLIP's 256 byte symbols (GPT-2's `bytes_to_unicode`), marks
/// the last symbol as ending the word (`</w>`), and applies the merges in rank order
/// (Sennrich et al., "Neural Machine Translation of Rare Words with Subword Units", ACL 2016).
///
/// The vocabulary is the 49 408-entry table built from `bpe_simple_vocab_16e6.txt.gz`: 256 byte
/// symbols, the same 256 with `</w>`, 48 894 merges (the file's lines 1…48 894), then
/// `<start_of_text>` (49 406) and `<end_of_text>` (49 407). Loading it takes some tens of
/// milliseconds; `standard()` loads it once per process and keeps it.
///
/// transformers' `CLIPTokenizer` (the tokenizers-backed one A1111 and diffusers use for CLIP-L)
/// gives the same ids for ordinary prompts; it differs where open_clip's ftfy and HTML
/// unescaping change the text (curly quotes, full-width forms, `&amp;`, ligatures, a final
/// `Σ`, control characters) and on the literal text `<start_of_text>`.
public struct CLIPTokenizer: Sendable {
    /// Token id of `<start_of_text>` (BOS).
    public static let startOfText = 49406
    /// Token id of `<end_of_text>` (EOS; SD 1.5 also pads with it).
    public static let endOfText = 49407
    /// The number of token ids.
    public static let vocabularySize = 49408
    /// Tokens per sequence the CLIP text encoders take (BOS, 75 tokens, EOS).
    public static let contextLength = 77
    /// The vocabulary's file name (a resource of this module, and open_clip's name for it).
    public static let vocabularyFileName = "bpe_simple_vocab_16e6.txt.gz"
    /// The environment variable naming another copy of the vocabulary.
    public static let vocabularyEnvironmentVariable = "LORASH_CLIP_VOCAB"

    /// Token strings by id (byte symbols as CLIP writes them, `</w>` marking a word's end).
    let vocabulary: CLIPVocabulary
    /// The merge rank of each mergeable pair of ids, keyed `left << 32 | right`.
    let mergeRanks: [UInt64: Int32]
    /// Each merge by rank: the left and right ids and the id they make together.
    let merges: [(Int32, Int32, Int32)]
    /// The id of each byte's symbol (add 256 for the symbol with `</w>`).
    let byteIDs: [Int32]
    /// The text cleaning tables.
    let cleaner: CLIPTextCleaner

    /// The id of `,</w>` (267), where A1111 may end a chunk early.
    public var commaID: Int { 267 }

    /// A tokenizer reading the vocabulary from a gzip file.
    /// - Throws: `DiffusionError.vocabularyUnreadable` naming the path, when the file is
    ///   missing, not gzip, or not CLIP's merges.
    public init(vocabularyPath path: String) throws(DiffusionError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .vocabularyUnreadable(path: path, reason: "no such file, or it cannot be read. " + Self.howToGetIt)
        }
        try self.init(gzipData: [UInt8](data), source: path)
    }

    /// A tokenizer from the bytes of `bpe_simple_vocab_16e6.txt.gz`.
    /// - Parameter source: where the bytes came from, for error messages.
    /// - Throws: `DiffusionError.vocabularyUnreadable`.
    public init(gzipData: [UInt8], source: String) throws(DiffusionError) {
        let text = try Self.gunzip(gzipData, source: source, lines: 49152 - 256 - 2 + 1)
        try self.init(mergesText: text, source: source)
    }

    /// The tokenizer on the vocabulary found the standard way, loaded once per process:
    /// `$LORASH_CLIP_VOCAB` if set, else the copy bundled with this module.
    /// - Throws: `DiffusionError.vocabularyUnreadable`, saying how to get the file.
    public static func standard() throws(DiffusionError) -> CLIPTokenizer {
        try StandardTokenizer.loaded.get()
    }

    /// Where `standard()` reads the vocabulary: `$LORASH_CLIP_VOCAB`, else the module's
    /// resource bundle, or nil when neither is there.
    public static func standardVocabularyPath() -> String? {
        if let path = ProcessInfo.processInfo.environment[vocabularyEnvironmentVariable], !path.isEmpty {
            return path
        }
        return bundledVocabularyPath()
    }

    static let howToGetIt =
        "CLIP's vocabulary \(vocabularyFileName) ships with lorash (in lorash_LoraDiffusion.resources, "
        + "next to the executable or in ../share/lorash beside its folder, where Scripts/install puts it); "
        + "it is also in the open-clip-torch package "
        + "(open_clip/\(vocabularyFileName)) and in OpenAI's CLIP repository (clip/\(vocabularyFileName)). "
        + "Set \(vocabularyEnvironmentVariable) to its path."

    // MARK: Encoding

    /// The token ids of `text`, without BOS/EOS (open_clip's `SimpleTokenizer.encode`).
    /// - Complexity: O(n·w) for n bytes in words of at most w symbols.
    public func encode(_ text: String) -> [Int] {
        let cleaned = cleaner.clean(text)
        var ids: [Int] = []
        ids.reserveCapacity(cleaned.count)
        for word in Self.words(cleaned) {
            switch word {
            case .special(let id): ids.append(id)
            case .text(let range): appendBPE(of: cleaned[range], to: &ids)
            }
        }
        return ids
    }

    /// A whole context (open_clip's `SimpleTokenizer.__call__`): BOS, the ids, EOS, then
    /// `padding` up to `length`; a longer text is cut to `length` with EOS last.
    /// - Parameter padding: 0 as open_clip pads; `endOfText` as SD 1.5's tokenizer pads.
    public func tokenize(_ text: String, length: Int = contextLength, padding: Int = 0) -> [Int] {
        var ids = [Self.startOfText] + encode(text) + [Self.endOfText]
        if ids.count > length {
            ids.removeLast(ids.count - length)
            ids[length - 1] = Self.endOfText
        }
        return ids + Array(repeating: padding, count: length - ids.count)
    }

    /// The text of token ids (`</w>` read as a space; bytes that do not form UTF-8 become U+FFFD).
    public func decode(_ ids: [Int]) -> String {
        var bytes: [UInt8] = []
        for id in ids where id >= 0 && id < vocabulary.count {
            var token = vocabulary.string(of: id)
            if id == Self.startOfText || id == Self.endOfText {
                bytes += Array(token.utf8)
                continue
            }
            let endsWord = token.hasSuffix("</w>")
            if endsWord { token.removeLast(4) }
            for scalar in token.unicodeScalars { bytes.append(Self.byteOfSymbol[Int(scalar.value)]) }
            if endsWord { bytes.append(0x20) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id of a token string as CLIP's vocabulary writes it (`cat</w>`, `<end_of_text>`).
    public func id(of token: String) -> Int? { vocabulary.id(of: token).map(Int.init) }

    /// The token string of an id.
    /// - Precondition: `0 <= id < vocabularySize`.
    public func token(of id: Int) -> String { vocabulary.string(of: id) }

    /// Appends the BPE ids of one word.
    func appendBPE(of word: ArraySlice<Unicode.Scalar>, to ids: inout [Int]) {
        var symbols: [Int32] = []
        for scalar in word {
            for byte in String(scalar).utf8 { symbols.append(byteIDs[Int(byte)]) }
        }
        guard !symbols.isEmpty else { return }
        symbols[symbols.count - 1] += 256
        if symbols.count > 1 { merge(&symbols) }
        for s in symbols { ids.append(Int(s)) }
    }

    /// Applies merges to a word's symbols until none applies: each round merges every
    /// occurrence, left to right, of the adjacent pair with the lowest rank (as open_clip's
    /// `bpe` does).
    func merge(_ symbols: inout [Int32]) {
        var out: [Int32] = []
        out.reserveCapacity(symbols.count)
        while symbols.count > 1 {
            var best = Int32.max
            for i in 0..<(symbols.count - 1) {
                if let rank = mergeRanks[Self.pairKey(symbols[i], symbols[i + 1])], rank < best { best = rank }
            }
            if best == Int32.max { return }
            let (first, second, merged) = merges[Int(best)]
            out.removeAll(keepingCapacity: true)
            var i = 0
            while i < symbols.count {
                if symbols[i] == first && i + 1 < symbols.count && symbols[i + 1] == second {
                    out.append(merged)
                    i += 2
                } else {
                    out.append(symbols[i])
                    i += 1
                }
            }
            swap(&symbols, &out)
        }
    }

    @inline(__always) static func pairKey(_ left: Int32, _ right: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
    }

    // MARK: Pre-tokenisation

    /// One word of the cleaned text.
    enum Word {
        /// A literal `<start_of_text>` / `<end_of_text>`, which open_clip maps to its id.
        case special(Int)
        /// A range of the cleaned text to byte-pair encode.
        case text(Range<Int>)
    }

    /// CLIP's word pattern, matched left to right as `regex.findall` does (what no
    /// alternative matches, whitespace, is skipped).
    static func words(_ text: [Unicode.Scalar]) -> [Word] {
        var out: [Word] = []
        var i = 0
        let specials: [([Unicode.Scalar], Int)] = [
            (Array("<start_of_text>".unicodeScalars), startOfText),
            (Array("<end_of_text>".unicodeScalars), endOfText),
        ]
        let contractions: [[Unicode.Scalar]] = ["s", "t", "re", "ve", "m", "ll", "d"].map { Array($0.unicodeScalars) }
        scan: while i < text.count {
            let s = text[i]
            if s == "<" {
                for (literal, id) in specials where hasPrefix(text, literal, at: i) {
                    out.append(.special(id))
                    i += literal.count
                    continue scan
                }
            }
            if s == "'" {
                for c in contractions where hasPrefix(text, c, at: i + 1) {
                    out.append(.text(i..<(i + 1 + c.count)))
                    i += 1 + c.count
                    continue scan
                }
            }
            switch characterClass(s) {
            case .letter:
                var j = i + 1
                while j < text.count && characterClass(text[j]) == .letter { j += 1 }
                out.append(.text(i..<j))
                i = j
            case .number:
                out.append(.text(i..<(i + 1)))
                i += 1
            case .other:
                var j = i + 1
                while j < text.count && characterClass(text[j]) == .other { j += 1 }
                out.append(.text(i..<j))
                i = j
            case .space:
                i += 1
            }
        }
        return out
    }

    enum CharacterClass { case letter, number, space, other }

    /// `\p{L}`, `\p{N}`, `\s` or anything else.
    static func characterClass(_ s: Unicode.Scalar) -> CharacterClass {
        if s.isASCII {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x30...0x39: return .number
            case 0x09...0x0D, 0x1C...0x20: return .space
            default: return .other
            }
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber, .letterNumber, .otherNumber: return .number
        default: return s.properties.isWhitespace ? .space : .other
        }
    }

    static func hasPrefix(_ text: [Unicode.Scalar], _ prefix: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + prefix.count <= text.count else { return false }
        for (k, p) in prefix.enumerated() where text[start + k] != p { return false }
        return true
    }
}
