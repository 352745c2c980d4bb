import Foundation

/// open_clip's text cleaning before CLIP's byte-pair encoding (`SimpleTokenizer` with
/// `clean="lower"`): `whitespace_clean(basic_clean(text)).lower()`, where `basic_clean` is
/// `ftfy.fix_text`, then `html.unescape` twice, then `strip`.
///
/// Everything works on Unicode scalars, as Python's `str` works on code points (Swift's
/// `String` equality is canonical equivalence, which would hide differences that change ids).
///
/// What is reproduced of `ftfy.fix_text` (ftfy 6.3, default configuration), per line and
/// repeated until nothing changes: HTML entities when the line holds no `<` (and no earlier
/// line did: ftfy's `unescape_html="auto"`), C1 controls read as Windows-1252, Latin
/// ligatures (`ﬁ` → `fi`), half- and full-width forms (`ＡＢＣ` → `ABC`, U+3000 → space),
/// curly quotes (`’` → `'`), line breaks (`\r\n`, `\r`, U+2028/9, U+0085 → `\n`), ANSI
/// terminal escapes and unwanted control characters removed, then NFC.
///
/// What is not: ftfy's mojibake repair (`fix_encoding`: text that was decoded in the wrong
/// encoding, such as `sÃ³` → `só`), which needs its statistical "badness" heuristics. Real
/// prompts almost never contain mojibake; when one does, our ids follow the text as typed. Lone
/// surrogates (`fix_surrogates`) cannot occur in a Swift `String`.
///
/// Python's `str.lower` is matched with the full lower-case mappings and the Final_Sigma rule
/// (`ΟΔΟΣ` → `οδος`), which Swift's `lowercased()` does not apply. Character properties come
/// from the Swift runtime's Unicode tables (Python 3.11 uses Unicode 14): only characters
/// added to Unicode since then may be classified differently.
struct CLIPTextCleaner: Sendable {
    /// `html.entities.html5`: name (with or without its `;`) → characters.
    let html5: [String: [Unicode.Scalar]]
    /// ftfy's `HTML_ENTITIES`: names ending in `;` (html5's and the upper-case extras).
    let ftfyEntities: [String: [Unicode.Scalar]]
    /// `html._invalid_charrefs`.
    let invalidCharacterReferences: [UInt32: [Unicode.Scalar]]
    /// `html._invalid_codepoints`.
    let invalidCodePoints: Set<UInt32>
    /// ftfy's width map, ligatures and C1 table, merged (their domains do not overlap).
    let characterFixes: [UInt32: [Unicode.Scalar]]
    /// The longest entity name html5 has (its keys are at most 32 characters, as the regex allows).
    let longestEntityName: Int

    /// Parses the generated tables (about a millisecond).
    init() {
        /// "key<TAB>hex hex…" lines, read byte by byte (the tables are ASCII).
        func rows(_ table: String) -> [(String, [Unicode.Scalar])] {
            var out: [(String, [Unicode.Scalar])] = []
            var key: [UInt8] = []
            var values: [Unicode.Scalar] = []
            var value: UInt32 = 0
            var inKey = true
            var digits = 0
            func endValue() {
                if digits > 0 { values.append(Unicode.Scalar(value)!) }
                value = 0
                digits = 0
            }
            func endRow() {
                endValue()
                if !key.isEmpty { out.append((String(decoding: key, as: UTF8.self), values)) }
                key.removeAll(keepingCapacity: true)
                values = []
                inKey = true
            }
            for byte in table.utf8 {
                switch byte {
                case 0x09: inKey = false
                case 0x20: endValue()
                case 0x0A: endRow()
                default:
                    if inKey {
                        key.append(byte)
                    } else {
                        value = value * 16 + UInt32(byte <= 0x39 ? byte - 0x30 : (byte | 0x20) - 0x61 + 10)
                        digits += 1
                    }
                }
            }
            endRow()
            return out
        }
        var html5: [String: [Unicode.Scalar]] = [:]
        var ftfy: [String: [Unicode.Scalar]] = [:]
        for (name, value) in rows(CLIPTextTables.html5Entities) {
            html5[name] = value
            if name.hasSuffix(";") { ftfy[name] = value }
        }
        for (name, value) in rows(CLIPTextTables.upperCaseEntities) { ftfy[name] = value }
        self.html5 = html5
        self.ftfyEntities = ftfy
        self.longestEntityName = html5.keys.map(\.count).max() ?? 32
        var invalid: [UInt32: [Unicode.Scalar]] = [:]
        for (code, value) in rows(CLIPTextTables.invalidCharacterReferences) {
            invalid[UInt32(code, radix: 16)!] = value
        }
        self.invalidCharacterReferences = invalid
        self.invalidCodePoints = Set(
            CLIPTextTables.invalidCodePoints.split(whereSeparator: { $0 == " " || $0 == "\n" }).map {
                UInt32($0, radix: 16)!
            })
        var fixes: [UInt32: [Unicode.Scalar]] = [:]
        for table in [CLIPTextTables.widthMap, CLIPTextTables.ligatures, CLIPTextTables.c1Controls] {
            for (code, value) in rows(table) { fixes[UInt32(code, radix: 16)!] = value }
        }
        self.characterFixes = fixes
    }

    /// The cleaned text: what open_clip's `SimpleTokenizer.encode` splits into words.
    func clean(_ text: String) -> [Unicode.Scalar] {
        var scalars = fixText(Array(text.unicodeScalars))
        scalars = htmlUnescape(htmlUnescape(scalars))
        return Self.pythonLower(Self.collapseWhitespace(scalars))
    }

    // MARK: ftfy.fix_text

    /// `ftfy.fix_text` without mojibake repair: each line (with its `\n`) fixed on its own.
    func fixText(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var unescape = true
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count && text[end] != "\n" { end += 1 }
            if end < text.count { end += 1 }
            let segment = Array(text[start..<end])
            // ftfy turns "auto" unescaping off for good at the first line holding a '<'.
            if unescape && segment.contains("<") { unescape = false }
            out += fixSegment(segment, unescape: unescape)
            start = end
        }
        return out
    }

    /// ftfy's `fix_and_explain` on one segment: the fixers in ftfy's order, until a fixed point.
    func fixSegment(_ segment: [Unicode.Scalar], unescape: Bool) -> [Unicode.Scalar] {
        var text = segment
        while true {
            let original = text
            if unescape { text = ftfyUnescape(text) }
            text = fixCharacters(text)
            text = Self.fixLineBreaks(text)
            text = Self.removeTerminalEscapes(text)
            text = text.filter { !Self.isUnwantedControl($0.value) }
            text = Self.nfc(text)
            if text.elementsEqual(original, by: { $0.value == $1.value }) { return text }
        }
    }

    /// C1 controls, ligatures, character width, then curly quotes (ftfy applies them in this
    /// order and none of their outputs feeds another, so one pass does all four).
    func fixCharacters(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        for scalar in text {
            let replaced = characterFixes[scalar.value] ?? [scalar]
            for s in replaced {
                switch s.value {
                case 0x02BC, 0x2018...0x201B: out.append("'")
                case 0x201C...0x201F: out.append("\"")
                default: out.append(s)
                }
            }
        }
        return out
    }

    /// ftfy's `unescape_html`: `&name;` from its entity table, `&#…;` when Python's
    /// `html.unescape` decodes the whole reference.
    func ftfyUnescape(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains("&") else { return text }
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < text.count {
            guard text[i] == "&" else {
                out.append(text[i])
                i += 1
                continue
            }
            // `&#?[0-9A-Za-z]{1,24};`
            var j = i + 1
            if j < text.count && text[j] == "#" { j += 1 }
            var k = j
            while k < text.count && k - j < 25 && Self.isASCIIAlphanumeric(text[k]) { k += 1 }
            let run = k - j
            guard run >= 1 && run <= 24 && k < text.count && text[k] == ";" else {
                out.append(text[i])
                i += 1
                continue
            }
            let match = Array(text[i...k])
            let name = String(String.UnicodeScalarView(match.dropFirst()))
            if let value = ftfyEntities[name] {
                out += value
            } else if match.count > 1 && match[1] == "#" {
                let decoded = htmlUnescape(match)
                out += decoded.contains(";") ? match : decoded
            } else {
                out += match
            }
            i = k + 1
        }
        return out
    }

    /// `text.replace("\r\n", "\n").replace("\r", "\n")` and U+2028, U+2029, U+0085 → `\n`.
    static func fixLineBreaks(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            switch text[i].value {
            case 0x0D:
                out.append("\n")
                if i + 1 < text.count && text[i + 1] == "\n" { i += 1 }
            case 0x2028, 0x2029, 0x85: out.append("\n")
            default: out.append(text[i])
            }
            i += 1
        }
        return out
    }

    /// ftfy's `remove_terminal_escapes`: `ESC [ (digit | ;)* letter` removed.
    static func removeTerminalEscapes(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains("\u{1B}") else { return text }
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < text.count {
            if text[i] == "\u{1B}" && i + 1 < text.count && text[i + 1] == "[" {
                var j = i + 2
                while j < text.count && (text[j] == ";" || text[j].properties.generalCategory == .decimalNumber) {
                    j += 1
                }
                if j < text.count && text[j].isASCII && text[j].properties.isAlphabetic {
                    i = j + 1
                    continue
                }
            }
            out.append(text[i])
            i += 1
        }
        return out
    }

    /// ftfy's `remove_control_chars` set.
    static func isUnwantedControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x08, 0x0B, 0x0E...0x1F, 0x7F, 0x206A...0x206F, 0xFEFF, 0xFFF9...0xFFFC: return true
        default: return false
        }
    }

    /// Unicode NFC (`unicodedata.normalize("NFC", …)`).
    static func nfc(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        if text.allSatisfy({ $0.value < 0x300 }) { return text }  // nothing below U+0300 composes
        let string = String(String.UnicodeScalarView(text))
        return Array(string.precomposedStringWithCanonicalMapping.unicodeScalars)
    }

    // MARK: html.unescape

    /// Python's `html.unescape`: `&#…`, `&#x…` and named references (with or without `;`,
    /// longest known prefix for html5's legacy names), as HTML5 browsers decode them.
    func htmlUnescape(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains("&") else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            guard text[i] == "&", i + 1 < text.count else {
                out.append(text[i])
                i += 1
                continue
            }
            if text[i + 1] == "#" {
                if let (decoded, next) = numericReference(text, from: i + 2) {
                    out += decoded
                    i = next
                } else {
                    out.append(text[i])
                    i += 1
                }
                continue
            }
            // `[^\t\n\f <&#;]{1,32};?`
            var j = i + 1
            while j < text.count && j - (i + 1) < 32 && !Self.endsEntityName(text[j]) { j += 1 }
            guard j > i + 1 else {
                out.append(text[i])
                i += 1
                continue
            }
            if j < text.count && text[j] == ";" { j += 1 }
            let name = Array(text[(i + 1)..<j])
            out += namedReference(name)
            i = j
        }
        return out
    }

    /// `&#123;` / `&#x7B;` (the `;` optional) starting after `&#`: the decoded characters and
    /// the index after the reference, or nil when no digits follow.
    func numericReference(_ text: [Unicode.Scalar], from start: Int) -> ([Unicode.Scalar], Int)? {
        var j = start
        var hex = false
        if j < text.count && (text[j] == "x" || text[j] == "X") {
            hex = true
            j += 1
        }
        let digitsStart = j
        var value: UInt64 = 0
        var overflow = false
        while j < text.count {
            let v = text[j].value
            let digit: UInt64
            switch v {
            case 0x30...0x39: digit = UInt64(v - 0x30)
            case 0x41...0x46 where hex: digit = UInt64(v - 0x41 + 10)
            case 0x61...0x66 where hex: digit = UInt64(v - 0x61 + 10)
            default: digit = UInt64.max
            }
            if digit == UInt64.max { break }
            value = value * (hex ? 16 : 10) + digit
            if value > 0x1_0000_0000 { overflow = true; value = 0x1_0000_0000 }
            j += 1
        }
        guard j > digitsStart else { return nil }
        if j < text.count && text[j] == ";" { j += 1 }
        if !overflow, value <= UInt64(UInt32.max), let replaced = invalidCharacterReferences[UInt32(value)] {
            return (replaced, j)
        }
        if overflow || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return (["\u{FFFD}"], j) }
        if invalidCodePoints.contains(UInt32(value)) { return ([], j) }
        return ([Unicode.Scalar(UInt32(value))!], j)
    }

    /// A named reference `name` (with its `;` if present): html5's characters, or those of its
    /// longest known prefix followed by the rest, or `&name` unchanged.
    func namedReference(_ name: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let whole = String(String.UnicodeScalarView(name))
        if let value = html5[whole] { return value }
        var length = name.count - 1
        while length > 1 {
            if let value = html5[String(String.UnicodeScalarView(name[0..<length]))] {
                return value + name[length...]
            }
            length -= 1
        }
        return ["&"] + name
    }

    static func endsEntityName(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\t", "\n", "\u{0C}", " ", "<", "&", "#", ";": return true
        default: return false
        }
    }

    static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    // MARK: whitespace and case

    /// Python's `str.isspace`: White_Space, plus U+001C…U+001F (bidirectional class B/S).
    static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        s.properties.isWhitespace || (0x1C...0x1F).contains(s.value)
    }

    /// `" ".join(text.split())`, which also strips both ends.
    static func collapseWhitespace(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var pendingSpace = false
        for s in text {
            if isPythonSpace(s) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return out
    }

    /// Python's `str.lower`: full lower-case mappings, and Σ → ς at the end of a word
    /// (Unicode's Final_Sigma context: a cased letter before, skipping case-ignorables, and
    /// none after).
    static func pythonLower(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        for (i, s) in text.enumerated() {
            if s.isASCII {
                out.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s)
            } else if s == "\u{03A3}" {
                out.append(isFinalSigma(text, at: i) ? "\u{03C2}" : "\u{03C3}")
            } else {
                out += s.properties.lowercaseMapping.unicodeScalars
            }
        }
        return out
    }

    static func isFinalSigma(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0 && text[j].properties.isCaseIgnorable { j -= 1 }
        guard j >= 0 && text[j].properties.isCased else { return false }
        j = i + 1
        while j < text.count && text[j].properties.isCaseIgnorable { j += 1 }
        return j == text.count || !text[j].properties.isCased
    }
}
