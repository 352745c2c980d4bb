/// An 8-bit RGBA raster with value semantics.
///
/// Pixels are stored row-major, top row first, four bytes per pixel (red, green, blue, alpha;
/// straight alpha). The storage is a Swift array, so copies share it until one is written.
/// PNG writing stores the image as RGB when every pixel is opaque, as RGBA otherwise.
public struct RGBAImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `width · height · 4` bytes: R, G, B, A per pixel, rows top to bottom.
    public var bytes: [UInt8]

    /// An image filled with one colour.
    /// - Precondition: `width` and `height` are not negative.
    public init(width: Int, height: Int, fill: RGBAColor = .black) {
        precondition(width >= 0 && height >= 0, "negative image size \(width)×\(height)")
        self.width = width
        self.height = height
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        pixels.withUnsafeMutableBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                buffer[index] = fill.red
                buffer[index + 1] = fill.green
                buffer[index + 2] = fill.blue
                buffer[index + 3] = fill.alpha
                index += 4
            }
        }
        bytes = pixels
    }

    /// An image over existing RGBA bytes.
    /// - Precondition: `bytes.count == width · height · 4`.
    public init(width: Int, height: Int, bytes: [UInt8]) {
        precondition(width >= 0 && height >= 0, "negative image size \(width)×\(height)")
        precondition(bytes.count == width * height * 4, "\(bytes.count) bytes for a \(width)×\(height) RGBA image")
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// The pixel at column `x`, row `y` (0,0 is top left).
    /// - Precondition: the point lies inside the image.
    public subscript(x: Int, y: Int) -> RGBAColor {
        get {
            precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) outside \(width)×\(height)")
            let i = (y * width + x) * 4
            return RGBAColor(red: bytes[i], green: bytes[i + 1], blue: bytes[i + 2], alpha: bytes[i + 3])
        }
        set {
            precondition(x >= 0 && x < width && y >= 0 && y < height, "pixel (\(x), \(y)) outside \(width)×\(height)")
            let i = (y * width + x) * 4
            bytes[i] = newValue.red
            bytes[i + 1] = newValue.green
            bytes[i + 2] = newValue.blue
            bytes[i + 3] = newValue.alpha
        }
    }

    /// Whether every pixel has alpha 255.
    public var isOpaque: Bool {
        var index = 3
        while index < bytes.count {
            if bytes[index] != 255 { return false }
            index += 4
        }
        return true
    }
}
