import Foundation
import Testing

@testable import LoraRender

@Suite struct PNGDecoderTests {
    /// A 2×5 grey image whose rows use filters Sub, Paeth, Average, Up, None; the filtered bytes
    /// were worked out by hand from PNG spec §9.2–9.4 (see comments).
    @Test func decodesAllFiveFiltersFromHandMadeBytes() throws {
        let scanlines: [UInt8] = [
            1, 10, 10,  // Sub: 10, 20-10
            4, 20, 15,  // Paeth over (10,20): x0 predicts up=10 → 20; x1 p=30+20-10=40, left=30 nearest → 15
            3, 35, 13,  // Average over (30,45): x0 (0+30)/2=15 → 35; x1 (50+45)/2=47 → 13
            2, 20, 246,  // Up over (50,60): 70-50=20; 50-60=-10 → 246
            0, 1, 2,  // None
        ]
        let bytes = HandMadePNG.file(width: 2, height: 5, colorType: 0, scanlines: scanlines, idatSplit: 3)
        let image = try PNGDecoder.decode(bytes, file: "hand.png")
        let expected: [UInt8] = [10, 20, 30, 45, 50, 60, 70, 50, 1, 2]
        #expect(image.width == 2 && image.height == 5)
        for y in 0..<5 {
            for x in 0..<2 {
                let grey = expected[y * 2 + x]
                #expect(image[x, y] == RGBAColor(red: grey, green: grey, blue: grey, alpha: 255))
            }
        }
    }

    @Test func decodesRGBAndGreyAlphaFromHandMadeBytes() throws {
        let rgb = HandMadePNG.file(width: 2, height: 1, colorType: 2, scanlines: [0, 1, 2, 3, 200, 100, 50])
        let rgbImage = try PNGDecoder.decode(rgb, file: "rgb.png")
        #expect(rgbImage.bytes == [1, 2, 3, 255, 200, 100, 50, 255])

        let greyAlpha = HandMadePNG.file(width: 2, height: 1, colorType: 4, scanlines: [1, 7, 100, 5, 50])
        let greyAlphaImage = try PNGDecoder.decode(greyAlpha, file: "ga.png")
        // Sub: second pixel is (7+5, 100+50).
        #expect(greyAlphaImage.bytes == [7, 7, 7, 100, 12, 12, 12, 150])

        let rgba = HandMadePNG.file(width: 1, height: 2, colorType: 6, scanlines: [0, 1, 2, 3, 4, 2, 1, 1, 1, 255])
        let rgbaImage = try PNGDecoder.decode(rgba, file: "rgba.png")
        #expect(rgbaImage.bytes == [1, 2, 3, 4, 2, 3, 4, 3])
    }

    @Test func knownCRCOfIEND() {
        // Every PNG ends with 00 00 00 00 49 45 4E 44 AE 42 60 82.
        #expect(PNGDecoder.crc(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(HandMadePNG.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    private func expectError(_ bytes: [UInt8], _ expected: PNGError, sourceLocation: SourceLocation = #_sourceLocation)
    {
        do {
            _ = try PNGDecoder.decode(bytes, file: "bad.png")
            Issue.record("decoded a bad PNG; expected \(expected)", sourceLocation: sourceLocation)
        } catch {
            #expect(error == expected, sourceLocation: sourceLocation)
            #expect(error.file == "bad.png", sourceLocation: sourceLocation)
            #expect(error.description.hasPrefix("bad.png: "), sourceLocation: sourceLocation)
        }
    }

    private var goodGrey: [UInt8] { HandMadePNG.file(width: 2, height: 1, colorType: 0, scanlines: [0, 1, 2]) }
    private let sig = HandMadePNG.signature
    private let end = HandMadePNG.chunk("IEND", [])
    private var idat: [UInt8] { HandMadePNG.chunk("IDAT", HandMadePNG.zlibStored([0, 1, 2])) }

    @Test func notPNG() { expectError(Array("GIF89a not a png at all".utf8), .notPNG(file: "bad.png")) }

    @Test func emptyFileIsNotPNG() { expectError([], .notPNG(file: "bad.png")) }

    @Test func truncated() {
        let bytes = goodGrey
        expectError(Array(bytes[0..<(bytes.count - 5)]), .truncated(file: "bad.png"))
        expectError(Array(bytes[0..<4]), .truncated(file: "bad.png"))
        expectError(Array(bytes[0..<20]), .truncated(file: "bad.png"))
    }

    @Test func badCRC() {
        let bytes =
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0)
            + HandMadePNG.chunk("IDAT", HandMadePNG.zlibStored([0, 1, 2]), corruptCRC: true) + end
        expectError(bytes, .badCRC(file: "bad.png", chunk: "IDAT"))
    }

    @Test func missingHeader() {
        expectError(sig + idat + end, .missingHeader(file: "bad.png"))
        expectError(sig + HandMadePNG.chunk("IHDR", [0, 0, 0, 2]) + idat + end, .missingHeader(file: "bad.png"))
    }

    @Test func badDimensions() {
        expectError(
            sig + HandMadePNG.header(width: 0, height: 1, colorType: 0) + idat + end,
            .badDimensions(file: "bad.png", width: 0, height: 1))
    }

    @Test func hugeDimensionsAreRefusedBeforeAllocating() {
        expectError(
            sig + HandMadePNG.header(width: 8193, height: 1, colorType: 0) + idat + end,
            .badDimensions(file: "bad.png", width: 8193, height: 1))
        // 8000×8000 RGBA needs 256 MB of pixels; 10 bytes of zlib data cannot hold them.
        do {
            _ = try PNGDecoder.decode(
                sig + HandMadePNG.header(width: 8000, height: 8000, colorType: 6) + idat + end, file: "bad.png")
            Issue.record("accepted an impossible IDAT")
        } catch {
            guard case .corruptImageData(let file, _) = error else {
                Issue.record("expected corruptImageData, got \(error)")
                return
            }
            #expect(file == "bad.png")
        }
    }

    @Test func sixteenBit() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, bitDepth: 16, colorType: 2) + idat + end,
            .unsupportedBitDepth(file: "bad.png", bitDepth: 16))
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, bitDepth: 1, colorType: 0) + idat + end,
            .unsupportedBitDepth(file: "bad.png", bitDepth: 1))
    }

    @Test func palette() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 3)
                + HandMadePNG.chunk("PLTE", [0, 0, 0, 255, 255, 255]) + idat + end,
            .paletteNotSupported(file: "bad.png"))
    }

    @Test func invalidColorType() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 5) + idat + end,
            .invalidColorType(file: "bad.png", colorType: 5))
    }

    @Test func interlaced() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0, interlace: 1) + idat + end,
            .interlaced(file: "bad.png"))
    }

    @Test func invalidMethod() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0, compression: 1) + idat + end,
            .invalidMethod(file: "bad.png"))
    }

    @Test func unknownCriticalChunk() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0) + HandMadePNG.chunk("ZZZZ", [1]) + idat + end,
            .unknownCriticalChunk(file: "bad.png", chunk: "ZZZZ"))
    }

    @Test func ancillaryChunksAreSkipped() throws {
        let bytes =
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0)
            + HandMadePNG.chunk("tEXt", Array("Comment\0hello".utf8)) + idat + end
        #expect(try PNGDecoder.decode(bytes, file: "ok.png").bytes == [1, 1, 1, 255, 2, 2, 2, 255])
    }

    @Test func missingImageData() {
        expectError(
            sig + HandMadePNG.header(width: 2, height: 1, colorType: 0) + end, .missingImageData(file: "bad.png"))
    }

    @Test func corruptImageData() {
        let header = sig + HandMadePNG.header(width: 2, height: 1, colorType: 0)
        for data: [UInt8] in [
            [0x78, 0x01, 0xFF, 0xFF, 0xFF],  // invalid block type
            HandMadePNG.zlibStored([0, 1]),  // one byte short
            HandMadePNG.zlibStored([0, 1, 2, 3]),  // one byte too many
        ] {
            do {
                _ = try PNGDecoder.decode(header + HandMadePNG.chunk("IDAT", data) + end, file: "bad.png")
                Issue.record("decoded corrupt image data \(data)")
            } catch {
                guard case .corruptImageData(let file, _) = error else {
                    Issue.record("expected corruptImageData, got \(error)")
                    continue
                }
                #expect(file == "bad.png")
            }
        }
    }

    @Test func invalidFilter() {
        expectError(
            HandMadePNG.file(width: 2, height: 2, colorType: 0, scanlines: [0, 1, 2, 7, 1, 2]),
            .invalidFilter(file: "bad.png", row: 1, filter: 7))
    }

    @Test func unreadableNamesThePath() {
        do {
            _ = try PNGDecoder.read(path: "/nonexistent/lorash/target.png")
            Issue.record("read a missing file")
        } catch {
            guard case .unreadable(let file, _) = error else {
                Issue.record("expected unreadable, got \(error)")
                return
            }
            #expect(file == "/nonexistent/lorash/target.png")
        }
    }
}
