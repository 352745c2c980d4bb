/// A run of prompt text and the multiplier A1111's emphasis gives it (or a `BREAK`).
public struct PromptSegment: Sendable, Equatable {
    /// The text, with emphasis brackets and escapes removed.
    public var text: String
    /// The emphasis multiplier (1 = none); A1111 marks a `BREAK` as text "BREAK" with weight −1.
    public var weight: Double

    /// A segment of text with its multiplier.
    public init(_ text: String, _ weight: Double) {
        self.text = text
        self.weight = weight
    }

    /// Whether this is a `BREAK` (which starts a new 75-token chunk).
    public var isBreak: Bool { text == "BREAK" && weight == -1 }
}

/// A1111's emphasis syntax (`modules/prompt_parser.py`, `parse_prompt_attention`): the text of
/// a prompt cut into segments, each with its attention multiplier.
///
/// - `(text)` multiplies by 1.1, `((text))` by 1.21, `[text]` divides by 1.1;
/// - `(text:1.3)` multiplies by 1.3 (any `[+-]?[.\d]+`; a weight Python cannot read, such as
///   `1.2.3`, is an error, as it is in A1111);
/// - `\(`, `\)`, `\[`, `\]`, `\\` are the characters themselves; a lone `\` disappears;
/// - a bracket left open applies to the end of the prompt; an unmatched `)`, `]` or `:` is text;
/// - `BREAK` (a whole word, in capitals) ends the current 75-token chunk; the whitespace
///   around it goes with it;
/// - neighbouring segments of equal weight are joined.
///
/// Prompt editing (`[a:b:0.5]`, `[a|b]`), composition with `AND` and comment lines are
/// sampler-level features A1111 handles before this step; they are not interpreted here (their
/// brackets read as emphasis, as they would in a prompt without steps).
public enum PromptParser {
    /// The multiplier of one pair of round brackets.
    public static let roundBracketMultiplier = 1.1
    /// The multiplier of one pair of square brackets.
    public static let squareBracketMultiplier = 1 / 1.1

    /// The segments of a prompt's text (already without its `<lora:…>` tags).
    /// - Throws: `DiffusionError.badPrompt` for a weight such as `(a:1.2.3)` or `(a:.)`.
    /// - Complexity: O(n·d) for n characters and d nesting depth.
    public static func segments(_ text: String) throws(DiffusionError) -> [PromptSegment] {
        var result: [PromptSegment] = []
        var roundOpen: [Int] = []
        var squareOpen: [Int] = []
        func scale(from start: Int, by factor: Double) {
            for p in start..<result.count { result[p].weight *= factor }
        }
        for piece in pieces(Array(text.unicodeScalars)) {
            switch piece {
            case .escaped(let character):
                result.append(PromptSegment(character, 1))
            case .openRound:
                roundOpen.append(result.count)
            case .openSquare:
                squareOpen.append(result.count)
            case .closeWeighted(let weightText, let written):
                if let start = roundOpen.popLast() {
                    guard let weight = PythonText.float(weightText) else {
                        throw .badPrompt("'\(written)': the emphasis weight '\(weightText)' is not a number")
                    }
                    scale(from: start, by: weight)
                } else {
                    appendText(written, to: &result)
                }
            case .closeRound:
                if let start = roundOpen.popLast() {
                    scale(from: start, by: roundBracketMultiplier)
                } else {
                    appendText(")", to: &result)
                }
            case .closeSquare:
                if let start = squareOpen.popLast() {
                    scale(from: start, by: squareBracketMultiplier)
                } else {
                    appendText("]", to: &result)
                }
            case .text(let t):
                appendText(t, to: &result)
            }
        }
        for start in roundOpen { scale(from: start, by: roundBracketMultiplier) }
        for start in squareOpen { scale(from: start, by: squareBracketMultiplier) }
        if result.isEmpty { result = [PromptSegment("", 1)] }
        var i = 0
        while i + 1 < result.count {
            if result[i].weight == result[i + 1].weight {
                result[i].text += result[i + 1].text
                result.remove(at: i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Plain text, split at each `BREAK` (`re.split(r"\s*\bBREAK\b\s*", text)`).
    static func appendText(_ text: String, to result: inout [PromptSegment]) {
        for (i, part) in splitAtBreaks(Array(text.unicodeScalars)).enumerated() {
            if i > 0 { result.append(PromptSegment("BREAK", -1)) }
            result.append(PromptSegment(String(String.UnicodeScalarView(part)), 1))
        }
    }

    /// The parts of `s` between matches of `\s*\bBREAK\b\s*` (Python's `re.split`).
    static func splitAtBreaks(_ s: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        let word = Array("BREAK".unicodeScalars)
        var parts: [[Unicode.Scalar]] = []
        var partStart = 0
        var k = 0
        while k + word.count <= s.count {
            let boundedBefore = k == 0 || !PythonText.isWordCharacter(s[k - 1])
            let end = k + word.count
            let boundedAfter = end == s.count || !PythonText.isWordCharacter(s[end])
            guard boundedBefore && boundedAfter && CLIPTokenizer.hasPrefix(s, word, at: k) else {
                k += 1
                continue
            }
            // The match starts at the whitespace before BREAK (not before the last cut).
            var matchStart = k
            while matchStart > partStart && CLIPTextCleaner.isPythonSpace(s[matchStart - 1]) { matchStart -= 1 }
            var matchEnd = end
            while matchEnd < s.count && CLIPTextCleaner.isPythonSpace(s[matchEnd]) { matchEnd += 1 }
            parts.append(Array(s[partStart..<matchStart]))
            partStart = matchEnd
            k = matchEnd
        }
        parts.append(Array(s[partStart...]))
        return parts
    }

    /// One token of A1111's `re_attention`.
    enum Piece {
        case escaped(String)
        case openRound, openSquare
        /// `:WEIGHT)`, with the weight's text and the whole match.
        case closeWeighted(String, String)
        case closeRound, closeSquare
        case text(String)
    }

    /// The text cut as `re_attention.finditer` cuts it (alternatives in its order:
    /// `\(` `\)` `\[` `\]` `\\` `\` `(` `[` `:([+-]?[.\d]+)\)` `)` `]` `[^\\()\[\]:]+` `:`).
    static func pieces(_ s: [Unicode.Scalar]) -> [Piece] {
        var out: [Piece] = []
        var i = 0
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(s[range])) }
        while i < s.count {
            switch s[i] {
            case "\\":
                if i + 1 < s.count, ["(", ")", "[", "]", "\\"].contains(s[i + 1]) {
                    out.append(.escaped(String(s[i + 1])))
                    i += 2
                } else {
                    out.append(.escaped(""))
                    i += 1
                }
            case "(":
                out.append(.openRound)
                i += 1
            case "[":
                out.append(.openSquare)
                i += 1
            case ":":
                var j = i + 1
                if j < s.count && (s[j] == "+" || s[j] == "-") { j += 1 }
                let numberStart = j
                while j < s.count && (s[j] == "." || PythonText.decimalDigit(s[j]) != nil) { j += 1 }
                if j > numberStart && j < s.count && s[j] == ")" {
                    out.append(.closeWeighted(string((i + 1)..<j), string(i..<(j + 1))))
                    i = j + 1
                } else {
                    out.append(.text(":"))
                    i += 1
                }
            case ")":
                out.append(.closeRound)
                i += 1
            case "]":
                out.append(.closeSquare)
                i += 1
            default:
                var j = i + 1
                while j < s.count && !["\\", "(", ")", "[", "]", ":"].contains(s[j]) { j += 1 }
                out.append(.text(string(i..<j)))
                i = j
            }
        }
        return out
    }
}
