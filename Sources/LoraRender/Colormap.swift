/// Maps numbers to colours for heatmaps.
///
/// - `diverging`: for signed data; −1 is dark blue, 0 near-white, +1 dark red. The 11 anchor
///   colours are ColorBrewer's "RdBu" scheme (Cynthia Brewer, colorbrewer2.org), reversed so
///   that negative is blue.
/// - `sequential`: for magnitudes; 0 is dark purple, 1 yellow. The 11 anchors are matplotlib's
///   "viridis" (van der Walt & Smith, 2015) sampled at 0, 0.1, …, 1.
///
/// Between anchors colours are interpolated linearly in sRGB. NaN maps to mid grey.
public enum Colormap: Sendable, Hashable {
    /// Blue–white–red for values in −1…1.
    case diverging
    /// Purple–green–yellow for values in 0…1.
    case sequential

    /// The domain the colormap expects: −1…1 for `diverging`, 0…1 for `sequential`.
    public var domain: ClosedRange<Double> {
        switch self {
        case .diverging: return -1...1
        case .sequential: return 0...1
        }
    }

    /// The colour of `value` (clamped to `domain`).
    public func color(_ value: Double) -> RGBAColor {
        if value.isNaN { return RGBAColor(grey: 128) }
        let anchors = self == .diverging ? Self.redBlue : Self.viridis
        let unit =
            (min(max(value, domain.lowerBound), domain.upperBound) - domain.lowerBound)
            / (domain.upperBound - domain.lowerBound)
        let position = unit * Double(anchors.count - 1)
        let index = min(Int(position), anchors.count - 2)
        let fraction = position - Double(index)
        let a = anchors[index]
        let b = anchors[index + 1]
        func mix(_ x: UInt32, _ y: UInt32) -> UInt8 {
            UInt8((Double(x) + (Double(y) - Double(x)) * fraction).rounded())
        }
        return RGBAColor(
            red: mix(a >> 16, b >> 16), green: mix(a >> 8 & 255, b >> 8 & 255), blue: mix(a & 255, b & 255))
    }

    /// Black or white, whichever reads better on `background` (by Rec. 709 luma).
    public static func textColor(on background: RGBAColor) -> RGBAColor {
        let luma =
            0.2126 * Double(background.red) + 0.7152 * Double(background.green) + 0.0722 * Double(background.blue)
        return luma > 140 ? RGBAColor(grey: 20) : .white
    }

    /// ColorBrewer RdBu (11 classes), from blue (−1) to red (+1).
    static let redBlue: [UInt32] = [
        0x053061, 0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B, 0x67001F,
    ]
    /// matplotlib viridis at 0, 0.1, …, 1.
    static let viridis: [UInt32] = [
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C, 0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    ]
}
