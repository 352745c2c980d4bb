/// Drawing primitives: rectangles, text in the built-in font, pasting and scaling images.
/// Everything is clipped to the image; colours are written as given (no blending).
extension RGBAImage {
    /// Fills the rectangle with top-left corner (`x`, `y`) and the given size.
    public mutating func fillRectangle(x: Int, y: Int, width w: Int, height h: Int, color: RGBAColor) {
        let x0 = max(0, x)
        let y0 = max(0, y)
        let x1 = min(width, x + w)
        let y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        let value = [color.red, color.green, color.blue, color.alpha]
        bytes.withUnsafeMutableBufferPointer { pixels in
            for row in y0..<y1 {
                for column in x0..<x1 {
                    let i = (row * width + column) * 4
                    pixels[i] = value[0]
                    pixels[i + 1] = value[1]
                    pixels[i + 2] = value[2]
                    pixels[i + 3] = value[3]
                }
            }
        }
    }

    /// Draws the outline of a rectangle, `thickness` pixels wide, inside its bounds.
    public mutating func strokeRectangle(
        x: Int, y: Int, width w: Int, height h: Int, color: RGBAColor, thickness: Int = 1
    ) {
        fillRectangle(x: x, y: y, width: w, height: thickness, color: color)
        fillRectangle(x: x, y: y + h - thickness, width: w, height: thickness, color: color)
        fillRectangle(x: x, y: y, width: thickness, height: h, color: color)
        fillRectangle(x: x + w - thickness, y: y, width: thickness, height: h, color: color)
    }

    /// Draws one line of `text` with its top-left corner at (`x`, `y`).
    /// - Parameters:
    ///   - scale: integer magnification of the 5×8 glyphs.
    public mutating func drawText(
        _ text: String, x: Int, y: Int, color: RGBAColor, scale: Int = 1, font: BitmapFont = .standard
    ) {
        var originX = x
        for character in text {
            let rows = font.rows(of: character)
            for (row, mask) in rows.enumerated() where mask != 0 {
                for column in 0..<font.glyphWidth where mask >> (font.glyphWidth - 1 - column) & 1 == 1 {
                    fillRectangle(
                        x: originX + column * scale, y: y + row * scale, width: scale, height: scale, color: color)
                }
            }
            originX += font.advance * scale
        }
    }

    /// Copies `image` into this one with its top-left corner at (`x`, `y`) (clipped).
    public mutating func paste(_ image: RGBAImage, x: Int, y: Int) {
        let x0 = max(0, x)
        let x1 = min(width, x + image.width)
        guard x0 < x1 else { return }
        for row in max(0, y)..<min(height, y + image.height) {
            let sourceRow = row - y
            let source = (sourceRow * image.width + (x0 - x)) * 4
            let target = (row * width + x0) * 4
            bytes.replaceSubrange(
                target..<(target + (x1 - x0) * 4), with: image.bytes[source..<(source + (x1 - x0) * 4)])
        }
    }

    /// This image resized to `newWidth`×`newHeight`: box-averaged when shrinking, nearest
    /// pixel when enlarging (so scaled-up pixels stay sharp squares).
    /// - Complexity: O(width · height + newWidth · newHeight).
    public func resized(width newWidth: Int, height newHeight: Int) -> RGBAImage {
        precondition(newWidth > 0 && newHeight > 0, "cannot resize to \(newWidth)×\(newHeight)")
        if newWidth == width && newHeight == height { return self }
        var output = [UInt8](repeating: 0, count: newWidth * newHeight * 4)
        for ty in 0..<newHeight {
            let sy0 = ty * height / newHeight
            let sy1 = max(sy0 + 1, (ty + 1) * height / newHeight)
            for tx in 0..<newWidth {
                let sx0 = tx * width / newWidth
                let sx1 = max(sx0 + 1, (tx + 1) * width / newWidth)
                var sums = (0, 0, 0, 0)
                for sy in sy0..<sy1 {
                    for sx in sx0..<sx1 {
                        let i = (sy * width + sx) * 4
                        sums.0 += Int(bytes[i])
                        sums.1 += Int(bytes[i + 1])
                        sums.2 += Int(bytes[i + 2])
                        sums.3 += Int(bytes[i + 3])
                    }
                }
                let n = (sy1 - sy0) * (sx1 - sx0)
                let o = (ty * newWidth + tx) * 4
                output[o] = UInt8((sums.0 + n / 2) / n)
                output[o + 1] = UInt8((sums.1 + n / 2) / n)
                output[o + 2] = UInt8((sums.2 + n / 2) / n)
                output[o + 3] = UInt8((sums.3 + n / 2) / n)
            }
        }
        return RGBAImage(width: newWidth, height: newHeight, bytes: output)
    }
}
