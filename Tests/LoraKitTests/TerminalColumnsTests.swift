import Testing

@testable import LoraKit

@Suite struct TerminalColumnsTests {
    @Test func wideCharactersTakeTwoColumns() {
        #expect(TerminalColumns.width("hero") == 4)
        #expect(TerminalColumns.width("水彩") == 4)  // CJK ideographs
        #expect(TerminalColumns.width("ヒーロー") == 8)  // katakana
        #expect(TerminalColumns.width("한글") == 4)  // Hangul syllables
        #expect(TerminalColumns.width("é") == 1)  // e + combining acute: one character
        #expect(TerminalColumns.width("ＡＢ") == 4)  // fullwidth forms
    }

    @Test func clipAndPadCountColumns() {
        #expect(TerminalColumns.clip("水彩画スタイル", to: 7) == "水彩画…")
        #expect(TerminalColumns.width(TerminalColumns.clip("水彩画スタイル", to: 7)) == 7)
        #expect(TerminalColumns.clip("ink", to: 7) == "ink")
        #expect(TerminalColumns.pad("水彩", to: 6) == "水彩  ")
        #expect(TerminalColumns.pad("ink", to: 6) == "ink   ")
    }
}
