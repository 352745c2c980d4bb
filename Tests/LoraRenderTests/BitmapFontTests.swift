import Testing

@testable import LoraRender

@Suite struct BitmapFontTests {
    let font = BitmapFont.standard

    @Test func glyphShapesByHand() {
        #expect(font.rows(of: "A") == [0b01110, 0b10001, 0b10001, 0b11111, 0b10001, 0b10001, 0b10001, 0])
        #expect(font.rows(of: "1") == [0b00100, 0b01100, 0b00100, 0b00100, 0b00100, 0b00100, 0b01110, 0])
        #expect(font.rows(of: " ") == [UInt8](repeating: 0, count: 8))
        #expect(font.rows(of: "y")[7] == 0b01110, "descender on the last row")
        #expect(font.rows(of: "é") == font.rows(of: "?"), "non-ASCII falls back to ?")
    }

    @Test func everyPrintableGlyphIsDrawnAndDistinct() {
        var seen: [[UInt8]: Character] = [:]
        for code in UInt8(33)...UInt8(126) {
            let character = Character(UnicodeScalar(code))
            let rows = font.rows(of: character)
            #expect(rows.contains { $0 != 0 }, "\(character) is blank")
            #expect(rows.allSatisfy { $0 < 32 }, "\(character) is wider than 5 columns")
            if let other = seen[rows] { Issue.record("\(character) looks like \(other)") }
            seen[rows] = character
        }
    }

    @Test func widthsAndTruncation() {
        #expect(font.width(of: "") == 0)
        #expect(font.width(of: "a") == 5)
        #expect(font.width(of: "hero 0.25") == 8 * 6 + 5)
        #expect(font.width(of: "ab", scale: 3) == 33)
        #expect(font.truncated("hero 0.25", toWidth: 100) == "hero 0.25")
        // 5 characters: "her.." is 29 pixels wide, "hero.." 35.
        #expect(font.truncated("hero 0.25", toWidth: 30) == "her..")
    }

    @Test func drawTextSetsExactlyTheGlyphPixels() {
        var image = RGBAImage(width: 20, height: 20, fill: .black)
        image.drawText("I", x: 2, y: 3, color: .white, scale: 2)
        // "I" has 3 + 5·1 + 3 = 11 pixels set, each a 2×2 square.
        var white = 0
        for y in 0..<20 { for x in 0..<20 where image[x, y] == .white { white += 1 } }
        #expect(white == 11 * 4)
        #expect(image[2 + 2, 3] == .white, "top bar starts at glyph column 1")
        #expect(image[2, 3] == .black)
        #expect(image[2 + 4, 3 + 2] == .white, "stem at glyph column 2, row 1")
        #expect(image[2 + 2, 3 + 2] == .black)
    }
}
