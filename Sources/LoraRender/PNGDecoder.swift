import CZlib
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes PNG files into `RGBAImage`s: 8-bit grey, grey+alpha, RGB and RGBA, not interlaced,
/// all five row filters, image data split over any number of IDAT chunks.
///
/// Grey becomes R = G = B; images without alpha become opaque. Ancillary chunks (tEXt, gAMA,
/// tRNS, …) are skipped after their CRC is checked (`textChunks(in:file:)` reads the text
/// ones); colour management is ignored. Everything else is refused with a `PNGError` case that
/// names the file.
///
/// Source: PNG Specification (Third Edition), W3C Recommendation, 2025, §5 (datastream),
/// §7–9 (scanlines, filters), §11.2 (IHDR); RFC 1950 (zlib stream).
public enum PNGDecoder {
    /// The longest side accepted (a 8192×8192 RGBA image is 256 MiB decoded).
    public static let maxSide = 8192

    /// The eight bytes every PNG starts with.
    public static let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]

    /// Reads and decodes the PNG at `path`.
    /// - Throws: `PNGError` naming `path`.
    public static func read(path: String) throws(PNGError) -> RGBAImage {
        try decode(fileBytes(path: path), file: path)
    }

    /// The text chunks (`tEXt`, `zTXt`, `iTXt`) of the PNG at `path`, in file order, without
    /// decoding the pixels.
    /// - Throws: `PNGError` naming `path` when the file cannot be read or its chunk structure
    ///   is broken (see `textChunks(in:file:)`).
    public static func readTextChunks(path: String) throws(PNGError) -> [PNGTextChunk] {
        try textChunks(in: fileBytes(path: path), file: path)
    }

    /// The text chunks of PNG bytes, in file order (all of them, before and after the image
    /// data), as `PNGTextChunk` reads them: malformed text chunks are skipped as Pillow skips
    /// them. The pixels are not decoded, but the signature, every chunk's length and CRC, the
    /// IHDR coming first and the IEND chunk are checked.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the name errors report.
    /// - Throws: `PNGError` (`.notPNG`, `.truncated`, `.badCRC`, `.missingHeader`).
    /// - Complexity: O(file size) plus inflating compressed text.
    public static func textChunks(in bytes: [UInt8], file: String) throws(PNGError) -> [PNGTextChunk] {
        var found = [PNGTextChunk]()
        try forEachChunk(in: bytes, file: file) { (type: String, _: [UInt8], data: [UInt8]) throws(PNGError) in
            if let chunk = PNGTextChunk.decode(type: type, data: data) { found.append(chunk) }
        }
        return found
    }

    /// The bytes of the regular file at `path`.
    private static func fileBytes(path: String) throws(PNGError) -> [UInt8] {
        // Plain reasons (Foundation's say "NSCocoaErrorDomain error 256" for a folder), and no
        // wait on a pipe: a picture is a regular file.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)).lowercased())
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(file: path, reason: "it is a folder, not a PNG file")
        default: throw .unreadable(file: path, reason: "it is not a regular file (a device, pipe or socket)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)).lowercased())
        }
        return [UInt8](data)
    }

    /// Walks the chunks of a PNG datastream up to and including IEND, calling `visit` with each
    /// chunk's type, type bytes and data after checking the signature, the chunk's length and
    /// its CRC, and that the first chunk is IHDR.
    private static func forEachChunk(
        in bytes: [UInt8], file: String, _ visit: (String, [UInt8], [UInt8]) throws(PNGError) -> Void
    ) throws(PNGError) {
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else {
            // A prefix of the signature is a truncated PNG, anything else is not a PNG.
            if bytes.count < 8 && !bytes.isEmpty && Array(signature[0..<bytes.count]) == bytes {
                throw .truncated(file: file)
            }
            throw .notPNG(file: file)
        }
        var offset = 8
        var isFirst = true
        while true {
            guard offset + 12 <= bytes.count else { throw .truncated(file: file) }
            let length = Int(readBigEndian(bytes, at: offset))
            let typeBytes = Array(bytes[(offset + 4)..<(offset + 8)])
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard length <= Int(Int32.max), offset + 12 + length <= bytes.count else { throw .truncated(file: file) }
            let data = Array(bytes[(offset + 8)..<(offset + 8 + length)])
            let storedCRC = readBigEndian(bytes, at: offset + 8 + length)
            guard crc(typeBytes + data) == storedCRC else { throw .badCRC(file: file, chunk: type) }
            offset += 12 + length
            if isFirst && type != "IHDR" { throw .missingHeader(file: file) }
            isFirst = false
            try visit(type, typeBytes, data)
            if type == "IEND" { return }
        }
    }

    /// Decodes PNG bytes.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - file: the name errors report (a path, or a description such as "<target>").
    /// - Throws: `PNGError`.
    /// - Complexity: O(width · height) plus inflating the data.
    public static func decode(_ bytes: [UInt8], file: String) throws(PNGError) -> RGBAImage {
        var header: (width: Int, height: Int, type: PNGColorType)?
        var compressed = [UInt8]()
        var sawImageData = false
        try forEachChunk(in: bytes, file: file) { (type: String, typeBytes: [UInt8], data: [UInt8]) throws(PNGError) in
            switch type {
            case "IHDR":
                guard header == nil, data.count == 13 else { throw .missingHeader(file: file) }
                header = try parseHeader(data, file: file)
            case "IDAT":
                compressed += data
                sawImageData = true
            case "IEND":
                break
            case "PLTE":
                break  // a suggested palette for a true-colour image; palette images are refused in IHDR
            default:
                if let first = typeBytes.first, first & 0x20 == 0 {
                    throw .unknownCriticalChunk(file: file, chunk: type)
                }
            }
        }
        guard let header, sawImageData else { throw .missingImageData(file: file) }
        let channels = header.type.channels
        let rowBytes = header.width * channels
        let expected = header.height * (rowBytes + 1)
        // Deflate expands at most 1032:1 (RFC 1951 with maximal-length matches), so a short
        // stream cannot hold a large image: refuse before allocating for it.
        guard expected <= compressed.count * 1032 + 64 else {
            throw .corruptImageData(
                file: file, reason: "\(compressed.count) compressed bytes cannot hold \(expected) bytes of pixels")
        }
        var raw = try inflate(compressed, expected: expected, file: file)
        try unfilter(&raw, height: header.height, rowBytes: rowBytes, bytesPerPixel: channels, file: file)
        return expand(raw, width: header.width, height: header.height, type: header.type)
    }

    /// CRC-32 (ISO 3309 / ITU-T V.42, as PNG uses it) of `bytes`, computed by zlib.
    public static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    private static func readBigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8
            | UInt32(bytes[offset + 3])
    }

    private static func parseHeader(_ data: [UInt8], file: String) throws(PNGError) -> (
        width: Int, height: Int, type: PNGColorType
    ) {
        let width = Int(readBigEndian(data, at: 0))
        let height = Int(readBigEndian(data, at: 4))
        let bitDepth = Int(data[8])
        let colorCode = Int(data[9])
        guard width > 0, height > 0, width <= maxSide, height <= maxSide else {
            throw .badDimensions(file: file, width: width, height: height)
        }
        guard [0, 2, 3, 4, 6].contains(colorCode) else { throw .invalidColorType(file: file, colorType: colorCode) }
        if colorCode == 3 { throw .paletteNotSupported(file: file) }
        guard bitDepth == 8 else { throw .unsupportedBitDepth(file: file, bitDepth: bitDepth) }
        guard data[10] == 0, data[11] == 0 else { throw .invalidMethod(file: file) }
        guard data[12] == 0 else {
            if data[12] == 1 { throw .interlaced(file: file) }
            throw .invalidMethod(file: file)
        }
        return (width, height, PNGColorType(rawValue: UInt8(colorCode))!)
    }

    /// Inflates a zlib stream that must hold exactly `expected` bytes.
    private static func inflate(_ compressed: [UInt8], expected: Int, file: String) throws(PNGError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: expected)
        var input = compressed
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptImageData(file: file, reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let (status, produced, message): (Int32, Int, String?) = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                var status = CZlib.inflate(&stream, Z_FINISH)
                if status == Z_BUF_ERROR && stream.avail_out == 0 {
                    // Output is full but the stream goes on: probe whether more data follows.
                    var probe: UInt8 = 0
                    withUnsafeMutablePointer(to: &probe) { pointer in
                        stream.next_out = pointer
                        stream.avail_out = 1
                        status = CZlib.inflate(&stream, Z_FINISH)
                    }
                    return (status, expected + 1 - Int(stream.avail_out), stream.msg.map { String(cString: $0) })
                }
                return (status, expected - Int(stream.avail_out), stream.msg.map { String(cString: $0) })
            }
        }
        if status == Z_STREAM_END && produced == expected { return output }
        if status == Z_DATA_ERROR || status == Z_NEED_DICT {
            throw .corruptImageData(file: file, reason: "zlib: \(message ?? "invalid deflate data")")
        }
        if produced > expected {
            throw .corruptImageData(file: file, reason: "more data than a \(expected)-byte image needs")
        }
        throw .corruptImageData(file: file, reason: "\(produced) of \(expected) bytes present")
    }

    /// Reverses the per-row filters in place; on return `raw` rows still carry their filter byte.
    private static func unfilter(
        _ raw: inout [UInt8], height: Int, rowBytes: Int, bytesPerPixel: Int, file: String
    ) throws(PNGError) {
        let zeros = [UInt8](repeating: 0, count: rowBytes)
        let stride = rowBytes + 1
        let failure: PNGError? = raw.withUnsafeMutableBufferPointer { buffer in
            zeros.withUnsafeBufferPointer { zeroRow in
                for y in 0..<height {
                    let code = buffer[y * stride]
                    guard let filter = PNGFilter(rawValue: code) else {
                        return .invalidFilter(file: file, row: y, filter: Int(code))
                    }
                    let row = UnsafeMutableBufferPointer(rebasing: buffer[(y * stride + 1)..<((y + 1) * stride)])
                    let previous =
                        y == 0
                        ? zeroRow
                        : UnsafeBufferPointer(rebasing: buffer[((y - 1) * stride + 1)..<(y * stride)])
                    filter.reconstruct(row: row, previous: previous, bytesPerPixel: bytesPerPixel)
                }
                return nil
            }
        }
        if let failure { throw failure }
    }

    /// Unfiltered rows (with their filter bytes) of `type` → RGBA.
    private static func expand(_ raw: [UInt8], width: Int, height: Int, type: PNGColorType) -> RGBAImage {
        let channels = type.channels
        let stride = width * channels + 1
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let source = y * stride + 1 + x * channels
                let target = (y * width + x) * 4
                switch type {
                case .rgba:
                    for c in 0..<4 { pixels[target + c] = raw[source + c] }
                case .rgb:
                    for c in 0..<3 { pixels[target + c] = raw[source + c] }
                case .grey:
                    for c in 0..<3 { pixels[target + c] = raw[source] }
                case .greyAlpha:
                    for c in 0..<3 { pixels[target + c] = raw[source] }
                    pixels[target + 3] = raw[source + 1]
                }
            }
        }
        return RGBAImage(width: width, height: height, bytes: pixels)
    }
}
