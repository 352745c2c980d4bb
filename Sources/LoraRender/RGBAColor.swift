/// One 8-bit RGBA pixel (straight, not premultiplied, alpha).
public struct RGBAColor: Sendable, Hashable {
    /// Red, 0…255.
    public var red: UInt8
    /// Green, 0…255.
    public var green: UInt8
    /// Blue, 0…255.
    public var blue: UInt8
    /// Opacity, 0 (transparent) … 255 (opaque).
    public var alpha: UInt8

    /// A colour from its four channels; `alpha` defaults to opaque.
    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A grey level, opaque.
    public init(grey: UInt8) { self.init(red: grey, green: grey, blue: grey) }

    /// An opaque colour from channel values in 0…1 (clamped, rounded to nearest).
    public init(unitRed red: Double, green: Double, blue: Double) {
        self.init(red: Self.byte(red), green: Self.byte(green), blue: Self.byte(blue))
    }

    /// `value` in 0…1 as a byte 0…255 (clamped, rounded to nearest; NaN gives 0).
    public static func byte(_ value: Double) -> UInt8 {
        guard value > 0 else { return 0 }
        guard value < 1 else { return 255 }
        return UInt8((value * 255).rounded())
    }

    /// `#rrggbb`, as SVG and CSS write colours (alpha is dropped).
    public var hexString: String {
        let digits = Array("0123456789abcdef")
        var text = "#"
        for channel in [red, green, blue] {
            text.append(digits[Int(channel >> 4)])
            text.append(digits[Int(channel & 15)])
        }
        return text
    }

    /// Opaque black.
    public static let black = RGBAColor(red: 0, green: 0, blue: 0)
    /// Opaque white.
    public static let white = RGBAColor(red: 255, green: 255, blue: 255)
    /// Fully transparent black.
    public static let transparent = RGBAColor(red: 0, green: 0, blue: 0, alpha: 0)
}
