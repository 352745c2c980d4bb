/// The PNG colour types lorash writes and reads (8 bits per sample), with their IHDR codes.
public enum PNGColorType: UInt8, Sendable, CaseIterable {
    /// One grey sample per pixel.
    case grey = 0
    /// Red, green, blue.
    case rgb = 2
    /// Grey and alpha.
    case greyAlpha = 4
    /// Red, green, blue, alpha.
    case rgba = 6

    /// Bytes per pixel at 8 bits per sample.
    public var channels: Int {
        switch self {
        case .grey: return 1
        case .rgb: return 3
        case .greyAlpha: return 2
        case .rgba: return 4
        }
    }
}
