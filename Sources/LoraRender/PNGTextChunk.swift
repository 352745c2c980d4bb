import CZlib

/// One textual chunk of a PNG: a keyword and its text (PNG spec §11.3.3), such as A1111's
/// `parameters` infotext or a `Comment`.
///
/// Writing follows Pillow's `PngInfo.add_text` (what AUTOMATIC1111's web UI saves with): a
/// `tEXt` chunk when every character of the text is in Latin-1 (U+0000…U+00FF), else an
/// uncompressed `iTXt` chunk holding UTF-8 with empty language tag and translated keyword, so
/// the bytes are the ones Pillow writes for the same pair. Reading accepts `tEXt`, `zTXt`
/// (zlib) and `iTXt` (compressed or not) and, like Pillow, skips a malformed text chunk rather
/// than refusing the picture.
///
/// Source: PNG Specification (Third Edition), W3C Recommendation, 2025, §11.3.3 (tEXt, zTXt,
/// iTXt); Pillow `PIL/PngImagePlugin.py` (`PngInfo.add_text`, `chunk_tEXt`, `chunk_zTXt`,
/// `chunk_iTXt`).
public struct PNGTextChunk: Sendable, Hashable {
    /// The keyword: 1–79 Latin-1 characters, no NUL (`parameters`, `Comment`, `Software`, …).
    public var keyword: String
    /// The text: any Unicode for `iTXt`, Latin-1 for `tEXt` and `zTXt`.
    public var text: String

    /// A keyword and its text.
    public init(keyword: String, text: String) {
        self.keyword = keyword
        self.text = text
    }

    /// The longest text read from a compressed chunk (1 MiB, Pillow's `MAX_TEXT_CHUNK`); a
    /// chunk that inflates to more is skipped (a decompression bomb).
    public static let maxInflatedBytes = 1 << 20

    /// Whether `keyword` can name a PNG text chunk: 1–79 characters, each in Latin-1 and not NUL.
    public static func isValidKeyword(_ keyword: String) -> Bool {
        let scalars = keyword.unicodeScalars
        return (1...79).contains(scalars.count) && scalars.allSatisfy { $0.value >= 1 && $0.value <= 0xFF }
    }

    /// Whether the text fits a `tEXt` chunk (every scalar in U+0000…U+00FF, Python's
    /// `str.encode("latin-1")` succeeding).
    public var isLatin1: Bool { text.unicodeScalars.allSatisfy { $0.value <= 0xFF } }

    /// The chunk type and data written for this pair: `tEXt` with Latin-1 bytes when the text is
    /// Latin-1, else `iTXt` (keyword, NUL, compression flag 0, method 0, empty language tag, NUL,
    /// empty translated keyword, NUL, UTF-8 text).
    /// - Precondition: `isValidKeyword(keyword)`.
    public func encoded() -> (type: String, data: [UInt8]) {
        precondition(Self.isValidKeyword(keyword), "a PNG text keyword is 1–79 Latin-1 characters without NUL")
        var data = keyword.unicodeScalars.map { UInt8($0.value) }
        data.append(0)
        if isLatin1 {
            data += text.unicodeScalars.map { UInt8($0.value) }
            return ("tEXt", data)
        }
        data += [0, 0, 0, 0]  // not compressed, method 0, "" language, NUL, "" translated keyword, NUL
        data += Array(text.utf8)
        return ("iTXt", data)
    }

    /// The pair a `tEXt`, `zTXt` or `iTXt` chunk holds, or nil when the chunk is another type or
    /// is malformed as Pillow judges it (empty keyword; `iTXt` without its separators, with an
    /// unknown compression method, bad zlib data or invalid UTF-8; compressed text over
    /// `maxInflatedBytes`). A `tEXt` without a NUL is all keyword and empty text, and a `zTXt`
    /// whose zlib data is damaged reads as empty text, as in Pillow.
    public static func decode(type: String, data: [UInt8]) -> PNGTextChunk? {
        let separator = data.firstIndex(of: 0)
        let keywordBytes = data[..<(separator ?? data.count)]
        let rest = separator.map { Array(data[($0 + 1)...]) } ?? []
        guard !keywordBytes.isEmpty else { return nil }
        let keyword = latin1(keywordBytes)
        switch type {
        case "tEXt":
            return PNGTextChunk(keyword: keyword, text: latin1(rest[...]))
        case "zTXt":
            guard let method = rest.first else { return PNGTextChunk(keyword: keyword, text: "") }
            guard method == 0 else { return nil }
            guard let inflated = inflate(Array(rest.dropFirst())) else {
                // Pillow: a zlib error leaves the text empty; too large a text is refused.
                return isTooLarge(Array(rest.dropFirst())) ? nil : PNGTextChunk(keyword: keyword, text: "")
            }
            return PNGTextChunk(keyword: keyword, text: latin1(inflated[...]))
        case "iTXt":
            guard separator != nil, rest.count >= 2 else { return nil }
            let compressed = rest[0]
            let method = rest[1]
            let tail = rest[2...]
            guard let languageEnd = tail.firstIndex(of: 0),
                let translatedEnd = tail[(languageEnd + 1)...].firstIndex(of: 0)
            else { return nil }
            var textBytes = Array(tail[(translatedEnd + 1)...])
            if compressed != 0 {
                guard method == 0, let inflated = inflate(textBytes) else { return nil }
                textBytes = inflated
            }
            // Pillow refuses the chunk unless language tag, translated keyword and text are UTF-8.
            guard strictUTF8(Array(tail[..<languageEnd])) != nil,
                strictUTF8(Array(tail[(languageEnd + 1)..<translatedEnd])) != nil,
                let text = strictUTF8(textBytes)
            else { return nil }
            return PNGTextChunk(keyword: keyword, text: text)
        default:
            return nil
        }
    }

    private static func latin1(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(Unicode.Scalar(byte)) }
        return String(text)
    }

    private static func strictUTF8(_ bytes: [UInt8]) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    /// Whether a zlib stream inflates past `maxInflatedBytes` (told apart from bad data).
    private static func isTooLarge(_ compressed: [UInt8]) -> Bool {
        inflateStatus(compressed).tooLarge
    }

    /// The bytes of a complete zlib stream, or nil when it is damaged, incomplete or inflates
    /// to more than `maxInflatedBytes`.
    static func inflate(_ compressed: [UInt8]) -> [UInt8]? {
        inflateStatus(compressed).bytes
    }

    private static func inflateStatus(_ compressed: [UInt8]) -> (bytes: [UInt8]?, tooLarge: Bool) {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return (nil, false)
        }
        defer { inflateEnd(&stream) }
        var input = compressed
        var output = [UInt8]()
        var block = [UInt8](repeating: 0, count: 1 << 14)
        return input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced): (Int32, Int) = block.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output += block[0..<produced]
                if output.count > maxInflatedBytes { return (nil, true) }
                switch status {
                case Z_STREAM_END: return (output, false)
                case Z_OK: continue
                default: return (nil, false)  // Z_BUF_ERROR (input ended early), Z_DATA_ERROR, …
                }
            }
        }
    }
}
