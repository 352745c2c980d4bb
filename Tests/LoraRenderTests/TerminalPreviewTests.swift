import Testing

@testable import LoraRender

@Suite struct TerminalPreviewTests {
    @Test func halfBlocksCarryTopAndBottomColours() {
        var image = RGBAImage(width: 2, height: 2)
        image[0, 0] = RGBAColor(red: 255, green: 0, blue: 0)
        image[0, 1] = RGBAColor(red: 0, green: 0, blue: 255)
        image[1, 0] = RGBAColor(red: 1, green: 2, blue: 3)
        image[1, 1] = RGBAColor(red: 4, green: 5, blue: 6, alpha: 0)
        let text = TerminalPreview.render(image, columns: 10, background: RGBAColor(red: 10, green: 20, blue: 30))
        #expect(
            text == "\u{1B}[38;2;255;0;0;48;2;0;0;255m▀\u{1B}[38;2;1;2;3;48;2;10;20;30m▀\u{1B}[0m\n",
            "transparent pixel shows the background")
    }

    @Test func downsamplesToTheColumnWidth() {
        let image = RGBAImage(width: 100, height: 50, fill: RGBAColor(red: 9, green: 8, blue: 7))
        let text = TerminalPreview.render(image, columns: 20)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 5, "20 columns → 10 pixel rows → 5 lines")
        #expect(lines.allSatisfy { $0.filter { $0 == "▀" }.count == 20 })
        #expect(text.contains("38;2;9;8;7;48;2;9;8;7m"))
    }

    @Test func averagesBlocks() {
        // 4×2 image into 2 columns: each character averages a 2×1 block per half.
        var image = RGBAImage(width: 4, height: 2, fill: .black)
        image[0, 0] = RGBAColor(red: 200, green: 0, blue: 0)
        let text = TerminalPreview.render(image, columns: 2)
        #expect(text.hasPrefix("\u{1B}[38;2;100;0;0;48;2;0;0;0m▀"))
    }

    @Test func fitsTheLineLimit() {
        let image = RGBAImage(width: 100, height: 100, fill: .white)
        let lines = TerminalPreview.render(image, columns: 80, maxLines: 10).split(separator: "\n")
        #expect(lines.count == 10, "100×100 into 10 lines → 20×20 pixels")
        #expect(lines.allSatisfy { $0.filter { $0 == "▀" }.count == 20 })
    }
}
