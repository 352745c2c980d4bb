import Foundation
import Testing

@testable import LoraRender

@Suite struct PNGEncoderTests {
    /// A deterministic pseudo-random image (xorshift), optionally with varying alpha.
    static func noiseImage(width: Int, height: Int, alpha: Bool, seed: UInt32 = 12345) -> RGBAImage {
        var state = seed
        var bytes = [UInt8]()
        for _ in 0..<(width * height) {
            for channel in 0..<4 {
                state ^= state << 13
                state ^= state >> 17
                state ^= state << 5
                bytes.append(channel == 3 && !alpha ? 255 : UInt8(truncatingIfNeeded: state))
            }
        }
        return RGBAImage(width: width, height: height, bytes: bytes)
    }

    /// Gradient whose pixel values the tests know by formula.
    static func gradient(width: Int, height: Int, alpha: Bool) -> RGBAImage {
        var image = RGBAImage(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                image[x, y] = Self.gradientPixel(x, y, alpha: alpha)
            }
        }
        return image
    }

    static func gradientPixel(_ x: Int, _ y: Int, alpha: Bool) -> RGBAColor {
        RGBAColor(
            red: UInt8((x * 4) % 256), green: UInt8((y * 5) % 256), blue: UInt8((x * y) % 256),
            alpha: alpha ? UInt8((x * 3 + y) % 256) : 255)
    }

    @Test(arguments: [(1, 1), (3, 5), (37, 19), (64, 2)])
    func roundTripsEveryFilterAndColorType(width: Int, height: Int) throws {
        let image = Self.noiseImage(width: width, height: height, alpha: true)
        let filters: [PNGFilter?] = [nil] + PNGFilter.allCases
        for filter in filters {
            let rgba = PNGEncoder(fixedFilter: filter, maxChunkSize: 7).encode(image)
            #expect(try PNGDecoder.decode(rgba, file: "rgba") == image)

            let opaque = Self.noiseImage(width: width, height: height, alpha: false)
            let rgb = PNGEncoder(fixedFilter: filter).encode(opaque)
            #expect(rgb[25] == 2, "opaque images are stored as RGB")
            #expect(try PNGDecoder.decode(rgb, file: "rgb") == opaque)

            let grey = PNGEncoder(colorType: .grey, fixedFilter: filter).encode(image)
            let greyImage = try PNGDecoder.decode(grey, file: "grey")
            for y in 0..<height {
                for x in 0..<width {
                    let r = image[x, y].red
                    #expect(greyImage[x, y] == RGBAColor(red: r, green: r, blue: r, alpha: 255))
                }
            }
            let greyAlpha = PNGEncoder(colorType: .greyAlpha, fixedFilter: filter).encode(image)
            let greyAlphaImage = try PNGDecoder.decode(greyAlpha, file: "greyAlpha")
            #expect(greyAlphaImage[width - 1, height - 1].alpha == image[width - 1, height - 1].alpha)
        }
    }

    @Test func headerAndChunkLayout() {
        let png = PNGEncoder().encode(Self.gradient(width: 300, height: 2, alpha: true))
        #expect(Array(png[0..<8]) == [137, 80, 78, 71, 13, 10, 26, 10])
        #expect(Array(png[8..<16]) == [0, 0, 0, 13] + Array("IHDR".utf8))
        #expect(Array(png[16..<29]) == [0, 0, 1, 44, 0, 0, 0, 2, 8, 6, 0, 0, 0])
        // IHDR's CRC, computed independently.
        let crc = HandMadePNG.crc32(Array(png[12..<29]))
        #expect(Array(png[29..<33]) == HandMadePNG.bigEndian(crc))
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    }

    @Test(arguments: PNGCompression.allCases)
    func compressesSmoothImages(compression: PNGCompression) throws {
        let image = Self.gradient(width: 128, height: 128, alpha: false)
        let png = PNGEncoder(compression: compression).encode(image)
        // Run-length coding alone halves it; LZ77 matching does at least twice as well again.
        let ratio = compression == .fast ? 2 : 4
        #expect(png.count < 128 * 128 * 3 / ratio, "expected \(ratio)× compression, got \(png.count) bytes")
        #expect(try PNGDecoder.decode(png, file: "gradient") == image)
        let noise = Self.noiseImage(width: 50, height: 30, alpha: true)
        #expect(try PNGDecoder.decode(PNGEncoder(compression: compression).encode(noise), file: "noise") == noise)
    }

    @Test func heuristicPicksAFilterPerRow() {
        // A horizontal gradient row is cheapest with Sub, a row equal to the one above with Up.
        var image = RGBAImage(width: 16, height: 3)
        for x in 0..<16 {
            for y in 0..<3 { image[x, y] = RGBAColor(red: UInt8(x * 10 + 50), green: 0, blue: 0) }
        }
        let rows = PNGEncoder().filteredScanlines(image, type: .rgb)
        #expect(rows[0] == PNGFilter.sub.rawValue)
        #expect(rows[49] == PNGFilter.up.rawValue)
    }

    @Test(arguments: [false, true])
    func pythonDecodesOurPNG(alpha: Bool) throws {
        guard let python = TestSupport.python() else {
            print("skipped: python3 not found (needed to decode PNGs independently)")
            return
        }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/gradient.png"
        let (width, height) = (70, 45)
        try TestSupport.save(
            PNGEncoder(maxChunkSize: 1000).encode(Self.gradient(width: width, height: height, alpha: alpha)), to: path)
        let script = TestSupport.packageRoot.appendingPathComponent("Scripts/check_png.py").path
        let json = try TestSupport.run(python, [script, path])
        let decoded = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let channels = alpha ? 4 : 3
        #expect(decoded["width"] as? Int == width)
        #expect(decoded["height"] as? Int == height)
        #expect(decoded["color_type"] as? Int == (alpha ? 6 : 2))
        #expect((decoded["idat_chunks"] as? Int ?? 0) >= 1)
        let samples = try #require(decoded["samples"] as? [Int])
        #expect(samples.count == width * height * channels)
        var mismatches = 0
        for y in 0..<height {
            for x in 0..<width {
                let pixel = Self.gradientPixel(x, y, alpha: alpha)
                let expected = [pixel.red, pixel.green, pixel.blue, pixel.alpha].prefix(channels).map(Int.init)
                let base = (y * width + x) * channels
                if Array(samples[base..<(base + channels)]) != expected { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }
}
