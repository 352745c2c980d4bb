/// The built-in training targets (`train BASE on rings`): simple pictures that a LoRA on the
/// toy model can learn, each defined by a formula so every size draws the same shape.
///
/// Coordinates: u, v ∈ [−1, 1] across the image (pixel centres, v downwards), as the toy model
/// sees them. Edges are anti-aliased by averaging a 4×4 grid of samples inside every pixel.
public enum TargetPattern: String, Sendable, CaseIterable {
    /// Concentric rings around the centre, alternating orange and navy, ring width 0.25.
    case rings
    /// A 4×4 checkerboard of teal and cream, teal in the top-left corner.
    case checker
    /// A yellow face on sky blue: disc of radius 0.8, two dark eyes, a dark smiling arc.
    case smiley
    /// Diagonal magenta and white stripes (lines u + v = constant), period 0.5.
    case stripes

    static let orange = (0.96, 0.55, 0.13), navy = (0.10, 0.16, 0.42)
    static let teal = (0.0, 0.50, 0.50), cream = (0.98, 0.94, 0.82)
    static let sky = (0.55, 0.78, 0.95), yellow = (0.99, 0.84, 0.15), dark = (0.12, 0.10, 0.10)
    static let magenta = (0.80, 0.10, 0.55), white = (1.0, 1.0, 1.0)

    /// The colour (R, G, B in 0…1) of the pattern at the point (u, v).
    public func color(u: Double, v: Double) -> (Double, Double, Double) {
        switch self {
        case .rings:
            let ring = Int(((u * u + v * v).squareRoot() / 0.25).rounded(.down))
            return ring.isMultiple(of: 2) ? Self.orange : Self.navy
        case .checker:
            let column = min(3, Int(((u + 1) * 2).rounded(.down)))
            let row = min(3, Int(((v + 1) * 2).rounded(.down)))
            return (row + column).isMultiple(of: 2) ? Self.teal : Self.cream
        case .smiley:
            let radius = (u * u + v * v).squareRoot()
            if radius > 0.8 { return Self.sky }
            for eyeU in [-0.3, 0.3] {
                let dx = (u - eyeU) / 0.1
                let dy = (v + 0.25) / 0.16
                if dx * dx + dy * dy <= 1 { return Self.dark }
            }
            // The mouth: the lower half of a ring of radius 0.45 ± 0.06 around (0, 0.05).
            let mouth = (u * u + (v - 0.05) * (v - 0.05)).squareRoot()
            if v > 0.15 && abs(mouth - 0.45) < 0.06 { return Self.dark }
            return Self.yellow
        case .stripes:
            let band = Int(((u + v + 2) / 0.25).rounded(.down))
            return band.isMultiple(of: 2) ? Self.magenta : Self.white
        }
    }

    /// The pattern drawn at `size`×`size` pixels, opaque.
    /// - Precondition: `size > 0`.
    /// - Complexity: O(size²) (16 samples per pixel).
    public func image(size: Int) -> RGBAImage {
        precondition(size > 0, "a pattern needs at least one pixel")
        var image = RGBAImage(width: size, height: size)
        let samples = 4
        for row in 0..<size {
            for column in 0..<size {
                var sum = (0.0, 0.0, 0.0)
                for sy in 0..<samples {
                    for sx in 0..<samples {
                        let u = (Double(column) + (Double(sx) + 0.5) / Double(samples)) * 2 / Double(size) - 1
                        let v = (Double(row) + (Double(sy) + 0.5) / Double(samples)) * 2 / Double(size) - 1
                        let c = color(u: u, v: v)
                        sum = (sum.0 + c.0, sum.1 + c.1, sum.2 + c.2)
                    }
                }
                let n = Double(samples * samples)
                image[column, row] = RGBAColor(unitRed: sum.0 / n, green: sum.1 / n, blue: sum.2 / n)
            }
        }
        return image
    }
}
