/// How many terminal columns text takes: East Asian wide and fullwidth characters (CJK, kana,
/// Hangul, fullwidth forms) and emoji take two, combining marks ride on their base character.
/// The ranges are those of Unicode's EastAsianWidth.txt W and F classes, coarsened to blocks
/// (as Markus Kuhn's `wcwidth` does), enough to line up tables of names.
enum TerminalColumns {
    /// Columns of one character (its first scalar decides).
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.count > 1,
            character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation })
        {
            return 2
        }
        return isWide(scalar.value) ? 2 : 1
    }

    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// Columns of `text`.
    static func width(_ text: String) -> Int { text.reduce(0) { $0 + width(of: $1) } }

    /// `text` cut to at most `columns` (ending in "…" when cut).
    static func clip(_ text: String, to columns: Int) -> String {
        guard width(text) > columns else { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `columns`.
    static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: max(0, columns - width(text)))
    }
}
