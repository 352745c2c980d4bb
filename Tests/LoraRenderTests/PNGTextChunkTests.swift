import Foundation
import Testing

@testable import LoraRender

/// Text chunks against Pillow: `Scripts/fixtures/png_text.py` wrote the PNGs of
/// `Tests/Fixtures/Diffusion/png/` with `PngInfo.add_text` (as A1111 saves) and recorded what
/// Pillow reads back and the chunk bytes it writes for each pair (`expected.json`).
@Suite struct PNGTextChunkTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/Diffusion/png").path

    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/expected.json"))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
    }

    static func hexBytes(_ hex: String) -> [UInt8] {
        var out = [UInt8]()
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            out.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return out
    }

    /// (type, data) of every chunk, walked independently of the decoder.
    static func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8])] {
        var offset = 8
        var out: [(String, [UInt8])] = []
        while offset + 12 <= png.count {
            let length =
                Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8
                | Int(png[offset + 3])
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            out.append((type, Array(png[(offset + 8)..<(offset + 8 + length)])))
            offset += 12 + length
        }
        return out
    }

    /// The fixtures' 4×3 picture: (60x, 100y, 200).
    static var picture: RGBAImage {
        var image = RGBAImage(width: 4, height: 3)
        for y in 0..<3 {
            for x in 0..<4 { image[x, y] = RGBAColor(red: UInt8(x * 60), green: UInt8(y * 100), blue: 200, alpha: 255) }
        }
        return image
    }

    @Test func encodesEachPairAsPillowsAddTextDoes() throws {
        let entries = try Self.expected()["add_text"] as! [[String: String]]
        #expect(entries.count == 7)
        for entry in entries {
            let chunk = PNGTextChunk(keyword: entry["keyword"]!, text: entry["text"]!)
            let (type, data) = chunk.encoded()
            #expect(type == entry["type"]!, "\(entry["text"]!)")
            #expect(data == Self.hexBytes(entry["data_hex"]!), "\(entry["text"]!)")
            #expect(chunk.isLatin1 == (type == "tEXt"))
        }
    }

    @Test func readsWhatPillowWrote() throws {
        let files = try Self.expected()["files"] as! [String: [String: Any]]
        #expect(files.count == 3)
        for (name, entry) in files {
            let png = try Self.bytes(name)
            let pairs = (entry["text"] as! [[String]]).map { PNGTextChunk(keyword: $0[0], text: $0[1]) }
            #expect(try PNGDecoder.textChunks(in: png, file: name) == pairs, "\(name)")
            #expect(try PNGDecoder.readTextChunks(path: Self.folder + "/" + name) == pairs, "\(name)")
            #expect(Self.chunks(png).map(\.type) == entry["chunks"] as! [String], "\(name)")
            // The text chunks do not disturb the pixels.
            #expect(try PNGDecoder.decode(png, file: name) == Self.picture, "\(name)")
        }
        // The variety file holds zTXt, a compressed iTXt with a language tag and an iTXt after IDAT.
        let variety = try PNGDecoder.textChunks(in: Self.bytes("text_variety.png"), file: "v")
        #expect(variety.map(\.keyword) == ["Software", "Comment", "parameters", "Empty", "WithNUL", "Late"])
        #expect(variety[4].text == "before\0after")
        #expect(variety[5].text == "after IDAT ✓")
    }

    /// Our file up to the image data is byte for byte Pillow's (IHDR, then the text chunk); only
    /// the compressed pixels differ.
    @Test func fileHeadMatchesPillowsUpToTheImageData() throws {
        for name in ["a1111_latin1.png", "a1111_unicode.png"] {
            let theirs = try Self.bytes(name)
            let text = try PNGDecoder.textChunks(in: theirs, file: name)
            let ours = PNGEncoder().encode(Self.picture, text: text)
            let theirChunks = Self.chunks(theirs)
            let ourChunks = Self.chunks(ours)
            #expect(ourChunks.map(\.type) == ["IHDR", theirChunks[1].type, "IDAT", "IEND"])
            let headLength = 8 + theirChunks[0...1].reduce(0) { $0 + 12 + $1.data.count }
            #expect(Array(ours[0..<headLength]) == Array(theirs[0..<headLength]), "\(name)")
        }
    }

    @Test func encoderRoundTripsTextInOrder() throws {
        let pairs = [
            PNGTextChunk(keyword: "parameters", text: "a cat\nNegative prompt: dog\nSteps: 20, Seed: 1"),
            PNGTextChunk(keyword: "Comment", text: "Latin-1 ÿ é \u{80}"),
            PNGTextChunk(keyword: "lorash", text: "render base prompt=\"猫 🌸\" seed=1"),
            PNGTextChunk(keyword: "Empty", text: ""),
            PNGTextChunk(keyword: "CRLF", text: "a\r\nb\0c"),
            PNGTextChunk(keyword: "Comment", text: "the same keyword twice is kept twice"),
        ]
        let png = PNGEncoder(maxChunkSize: 5).encode(Self.picture, text: pairs)
        #expect(try PNGDecoder.textChunks(in: png, file: "ours") == pairs)
        #expect(Self.chunks(png).prefix(7).map(\.type) == ["IHDR", "tEXt", "tEXt", "iTXt", "tEXt", "tEXt", "tEXt"])
        #expect(try PNGDecoder.decode(png, file: "ours") == Self.picture)
        // Without text the encoder writes what it always wrote.
        #expect(PNGEncoder().encode(Self.picture, text: []) == PNGEncoder().encode(Self.picture))
    }

    @Test func keywordRules() {
        #expect(PNGTextChunk.isValidKeyword("parameters"))
        #expect(PNGTextChunk.isValidKeyword("Größe"))
        #expect(PNGTextChunk.isValidKeyword(String(repeating: "k", count: 79)))
        #expect(!PNGTextChunk.isValidKeyword(String(repeating: "k", count: 80)))
        #expect(!PNGTextChunk.isValidKeyword(""))
        #expect(!PNGTextChunk.isValidKeyword("a\0b"))
        #expect(!PNGTextChunk.isValidKeyword("猫"))
    }

    // MARK: Malformed chunks, from hand-made bytes (zlib data in stored blocks, RFC 1951 §3.2.4)

    /// A zlib stream of stored blocks (any length), built without zlib.
    static func zlibStoredBlocks(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let end = min(start + 65535, raw.count)
            let length = UInt16(end - start)
            out += [end == raw.count ? 1 : 0, UInt8(length & 255), UInt8(length >> 8)]
            out += [UInt8(~length & 255), UInt8(~length >> 8)]
            out += raw[start..<end]
            start = end
        } while start < raw.count
        return out + HandMadePNG.bigEndian(HandMadePNG.adler32(raw))
    }

    /// A 2×1 grey PNG holding the given chunks between IHDR and IDAT.
    static func png(with chunks: [(String, [UInt8])]) -> [UInt8] {
        var bytes = HandMadePNG.signature + HandMadePNG.header(width: 2, height: 1, colorType: 0)
        for (type, data) in chunks { bytes += HandMadePNG.chunk(type, data) }
        return bytes + HandMadePNG.chunk("IDAT", HandMadePNG.zlibStored([0, 1, 2])) + HandMadePNG.chunk("IEND", [])
    }

    static func text(_ chunks: [(String, [UInt8])]) throws -> [PNGTextChunk] {
        try PNGDecoder.textChunks(in: png(with: chunks), file: "hand.png")
    }

    @Test func readsHandMadeTextChunks() throws {
        let utf8 = Array("東京 ✓".utf8)
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9]
        let found = try Self.text([
            ("tEXt", Array("Title\0".utf8) + latin1),
            ("zTXt", Array("Comment\0".utf8) + [0] + Self.zlibStoredBlocks(latin1)),
            ("iTXt", Array("Plain\0".utf8) + [0, 0] + Array("en\0Titre\0".utf8) + utf8),
            ("iTXt", Array("Packed\0".utf8) + [1, 0] + Array("\0\0".utf8) + Self.zlibStoredBlocks(utf8)),
        ])
        #expect(
            found == [
                PNGTextChunk(keyword: "Title", text: "café"), PNGTextChunk(keyword: "Comment", text: "café"),
                PNGTextChunk(keyword: "Plain", text: "東京 ✓"), PNGTextChunk(keyword: "Packed", text: "東京 ✓"),
            ])
    }

    /// Pillow's leniency, case by case (PIL/PngImagePlugin.py chunk_tEXt, chunk_zTXt, chunk_iTXt).
    @Test func malformedTextChunksAreReadOrSkippedAsPillowDoes() throws {
        // tEXt without NUL: all keyword, empty text. Empty keyword: skipped.
        #expect(try Self.text([("tEXt", Array("Lonely".utf8))]) == [PNGTextChunk(keyword: "Lonely", text: "")])
        #expect(try Self.text([("tEXt", Array("\0no keyword".utf8))]).isEmpty)
        // zTXt with damaged zlib data: empty text; unknown method: skipped; no method byte: empty.
        #expect(
            try Self.text([("zTXt", Array("Bad\0".utf8) + [0, 0x78, 0x01, 0xFF, 0xFF])])
                == [PNGTextChunk(keyword: "Bad", text: "")])
        #expect(try Self.text([("zTXt", Array("Odd\0".utf8) + [1] + Self.zlibStoredBlocks([65]))]).isEmpty)
        #expect(try Self.text([("zTXt", Array("Short\0".utf8))]) == [PNGTextChunk(keyword: "Short", text: "")])
        // iTXt: missing separators, unknown method, bad zlib, invalid UTF-8 — each skipped.
        #expect(try Self.text([("iTXt", Array("NoNul".utf8))]).isEmpty)
        #expect(try Self.text([("iTXt", Array("Cut\0".utf8) + [0])]).isEmpty)
        #expect(try Self.text([("iTXt", Array("OneTag\0".utf8) + [0, 0] + Array("en\0text".utf8))]).isEmpty)
        #expect(try Self.text([("iTXt", Array("Method\0".utf8) + [1, 1, 0, 0] + Self.zlibStoredBlocks([65]))]).isEmpty)
        #expect(try Self.text([("iTXt", Array("Zlib\0".utf8) + [1, 0, 0, 0, 0x78, 0x01, 0xFF])]).isEmpty)
        #expect(try Self.text([("iTXt", Array("Bytes\0".utf8) + [0, 0, 0, 0, 0xC3, 0x28])]).isEmpty)
        #expect(try Self.text([("iTXt", Array("Lang\0".utf8) + [0, 0, 0xFF, 0, 0, 65])]).isEmpty)
        // Other chunks are not text.
        #expect(try Self.text([("gAMA", [0, 0, 0xB1, 0x8F])]).isEmpty)
    }

    @Test func compressedTextOverOneMebibyteIsSkipped() throws {
        let limit = PNGTextChunk.maxInflatedBytes
        let atLimit = [UInt8](repeating: 65, count: limit)
        let over = [UInt8](repeating: 65, count: limit + 1)
        let found = try Self.text([
            ("zTXt", Array("Fits\0".utf8) + [0] + Self.zlibStoredBlocks(atLimit)),
            ("zTXt", Array("Bomb\0".utf8) + [0] + Self.zlibStoredBlocks(over)),
            ("iTXt", Array("Bomb2\0".utf8) + [1, 0, 0, 0] + Self.zlibStoredBlocks(over)),
        ])
        #expect(found.map(\.keyword) == ["Fits"])
        #expect(found.first?.text.unicodeScalars.count == limit)
    }

    @Test func textReadingChecksTheChunkStructure() {
        func failure(_ bytes: [UInt8]) -> PNGError? {
            do {
                _ = try PNGDecoder.textChunks(in: bytes, file: "bad.png")
                return nil
            } catch { return error }
        }
        let good = Self.png(with: [("tEXt", Array("k\0v".utf8))])
        #expect(failure(Array("not a png".utf8)) == .notPNG(file: "bad.png"))
        #expect(failure(Array(good.dropLast(3))) == .truncated(file: "bad.png"))
        var damaged = good
        damaged[8 + 25 + 10] ^= 1  // a byte of the tEXt data
        #expect(failure(damaged) == .badCRC(file: "bad.png", chunk: "tEXt"))
        let headless = HandMadePNG.signature + HandMadePNG.chunk("tEXt", Array("k\0v".utf8))
        #expect(failure(headless) == .missingHeader(file: "bad.png"))
        do {
            _ = try PNGDecoder.readTextChunks(path: "/nonexistent/lorash/picture.png")
            Issue.record("read a missing file")
        } catch {
            guard case .unreadable(let file, _) = error else {
                Issue.record("expected unreadable, got \(error)")
                return
            }
            #expect(file == "/nonexistent/lorash/picture.png")
        }
    }
}
