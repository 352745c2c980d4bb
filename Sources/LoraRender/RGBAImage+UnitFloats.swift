/// Conversion between 8-bit pixels and RGB floats in 0…1 (what models draw and train on).
extension RGBAImage {
    /// An opaque image from `width · height · 3` floats, R G B per pixel, row-major, in 0…1
    /// (clamped; each channel rounded to the nearest of 0, 1/255, …, 1; NaN becomes 0).
    /// - Precondition: `unitRGB.count == width · height · 3`.
    public init(width: Int, height: Int, unitRGB: [Float]) {
        precondition(unitRGB.count == width * height * 3, "\(unitRGB.count) floats for a \(width)×\(height) RGB image")
        var bytes = [UInt8](repeating: 255, count: width * height * 4)
        for pixel in 0..<(width * height) {
            for channel in 0..<3 {
                let value = unitRGB[pixel * 3 + channel]
                bytes[pixel * 4 + channel] = value > 0 ? (value < 1 ? UInt8((value * 255).rounded()) : 255) : 0
            }
        }
        self.init(width: width, height: height, bytes: bytes)
    }

    /// The pixels as `width · height · 3` floats in 0…1 (channel / 255), R G B per pixel,
    /// row-major; transparent pixels are first composited over `background`.
    public func unitRGB(background: RGBAColor = .white) -> [Float] {
        var floats = [Float](repeating: 0, count: width * height * 3)
        for pixel in 0..<(width * height) {
            let alpha = Float(bytes[pixel * 4 + 3]) / 255
            let back = [background.red, background.green, background.blue]
            for channel in 0..<3 {
                let front = Float(bytes[pixel * 4 + channel])
                floats[pixel * 3 + channel] = (front * alpha + Float(back[channel]) * (1 - alpha)) / 255
            }
        }
        return floats
    }
}
