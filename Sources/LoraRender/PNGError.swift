/// Why a PNG file could not be read. Every case names the file (`file`: its path, or the name
/// given to `PNGDecoder.decode(_:file:)` for bytes in memory).
///
/// lorash reads the PNGs people use as training targets: 8-bit grey, grey+alpha, RGB and RGBA,
/// not interlaced. Anything else is refused with a case saying which rule it breaks and how to
/// convert the picture.
public enum PNGError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The first eight bytes are not the PNG signature.
    case notPNG(file: String)
    /// The data ends in the middle of a chunk, or before the IEND chunk.
    case truncated(file: String)
    /// A chunk's stored CRC-32 does not match its type and data.
    case badCRC(file: String, chunk: String)
    /// The first chunk is not IHDR, or IHDR is not 13 bytes long.
    case missingHeader(file: String)
    /// Width or height is zero or larger than `PNGDecoder.maxSide` (8192) pixels.
    case badDimensions(file: String, width: Int, height: Int)
    /// Bit depth other than 8 (1, 2, 4 or 16 bits per sample).
    case unsupportedBitDepth(file: String, bitDepth: Int)
    /// Colour type 3: pixels are indices into a palette.
    case paletteNotSupported(file: String)
    /// A colour type the PNG standard does not define.
    case invalidColorType(file: String, colorType: Int)
    /// Adam7 interlacing.
    case interlaced(file: String)
    /// Compression or filter method other than 0, the only ones PNG defines.
    case invalidMethod(file: String)
    /// A chunk this reader does not know whose name says it is critical (upper-case first letter).
    case unknownCriticalChunk(file: String, chunk: String)
    /// No IDAT chunk before IEND.
    case missingImageData(file: String)
    /// The IDAT stream is not valid zlib data, or holds fewer or more bytes than the image needs.
    case corruptImageData(file: String, reason: String)
    /// A row starts with a filter type other than 0…4.
    case invalidFilter(file: String, row: Int, filter: Int)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .notPNG(let file), .truncated(let file), .badCRC(let file, _),
            .missingHeader(let file), .badDimensions(let file, _, _), .unsupportedBitDepth(let file, _),
            .paletteNotSupported(let file), .invalidColorType(let file, _), .interlaced(let file),
            .invalidMethod(let file), .unknownCriticalChunk(let file, _), .missingImageData(let file),
            .corruptImageData(let file, _), .invalidFilter(let file, _, _):
            return file
        }
    }

    private static let convertHint = "convert it to an 8-bit RGB PNG (for example `magick IN -depth 8 PNG24:OUT.png`)"

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read (\(reason))"
        case .notPNG(let file):
            return "\(file): not a PNG file (the PNG signature is missing); give a .png picture"
        case .truncated(let file):
            return "\(file): PNG data ends early (file truncated); copy or export the picture again"
        case .badCRC(let file, let chunk):
            return "\(file): chunk \(chunk) fails its CRC check (file damaged); export the picture again"
        case .missingHeader(let file):
            return "\(file): PNG does not start with a valid IHDR chunk (file damaged)"
        case .badDimensions(let file, let width, let height):
            return
                "\(file): image size \(width)×\(height) is not supported (1…\(PNGDecoder.maxSide) pixels per side); scale the picture down"
        case .unsupportedBitDepth(let file, let bitDepth):
            return "\(file): \(bitDepth)-bit PNG is not supported; \(Self.convertHint)"
        case .paletteNotSupported(let file):
            return "\(file): palette (indexed-colour) PNG is not supported; \(Self.convertHint)"
        case .invalidColorType(let file, let colorType):
            return "\(file): PNG colour type \(colorType) is not defined by the PNG standard (file damaged)"
        case .interlaced(let file):
            return "\(file): interlaced PNG is not supported; \(Self.convertHint)"
        case .invalidMethod(let file):
            return "\(file): PNG compression or filter method is not 0 (file damaged)"
        case .unknownCriticalChunk(let file, let chunk):
            return "\(file): PNG has a critical chunk \(chunk) this reader does not know; \(Self.convertHint)"
        case .missingImageData(let file):
            return "\(file): PNG has no image data (no IDAT chunk)"
        case .corruptImageData(let file, let reason):
            return "\(file): PNG image data is corrupt (\(reason)); export the picture again"
        case .invalidFilter(let file, let row, let filter):
            return "\(file): row \(row) uses PNG filter type \(filter), which does not exist (file damaged)"
        }
    }
}
