/// A picture as text for a 24-bit-colour terminal: one "▀" (upper half block) per two pixels
/// stacked vertically, its foreground the top pixel and its background the bottom one.
///
/// The image is box-averaged down to at most `columns` characters wide (and, if asked, at most
/// `maxLines` lines high; never enlarged), keeping
/// the aspect ratio with two pixel rows per text line. Semi-transparent pixels are blended over
/// `background`. Each line ends with the SGR reset `ESC[0m` and a newline. The caller decides
/// whether the output is a terminal that understands `ESC[38;2;r;g;bm` (ISO 8613-6 direct colour).
public enum TerminalPreview {
    /// The escape-sequence text of `image`.
    /// - Parameters:
    ///   - columns: the widest line, in characters (pixels across).
    ///   - maxLines: if given, the picture is shrunk further so it takes at most this many lines.
    ///   - background: the colour transparency is blended onto.
    /// - Complexity: O(width · height) for the downsampling, O(columns · lines) output.
    public static func render(
        _ image: RGBAImage, columns: Int, maxLines: Int? = nil, background: RGBAColor = .black
    ) -> String {
        precondition(columns > 0 && (maxLines ?? 1) > 0, "a preview needs at least one column and line")
        guard image.width > 0, image.height > 0 else { return "" }
        var targetWidth = min(columns, image.width)
        if let maxLines, Double(image.height) * Double(targetWidth) / Double(image.width) > Double(2 * maxLines) {
            targetWidth = max(1, Int(Double(2 * maxLines) * Double(image.width) / Double(image.height)))
        }
        var targetHeight = max(1, Int((Double(image.height) * Double(targetWidth) / Double(image.width)).rounded()))
        if targetHeight % 2 == 1 { targetHeight += 1 }
        let small = image.resized(width: targetWidth, height: targetHeight)

        var text = ""
        text.reserveCapacity(targetWidth * targetHeight / 2 * 40)
        var y = 0
        while y < targetHeight {
            for x in 0..<targetWidth {
                let top = blend(small[x, y], over: background)
                let bottom = blend(small[x, y + 1], over: background)
                text +=
                    "\u{1B}[38;2;\(top.red);\(top.green);\(top.blue);48;2;\(bottom.red);\(bottom.green);\(bottom.blue)m▀"
            }
            text += "\u{1B}[0m\n"
            y += 2
        }
        return text
    }

    /// `color` composited over an opaque `background` ("over" with straight alpha).
    static func blend(_ color: RGBAColor, over background: RGBAColor) -> RGBAColor {
        if color.alpha == 255 { return color }
        let a = Int(color.alpha)
        func mix(_ front: UInt8, _ back: UInt8) -> UInt8 { UInt8((Int(front) * a + Int(back) * (255 - a) + 127) / 255) }
        return RGBAColor(
            red: mix(color.red, background.red), green: mix(color.green, background.green),
            blue: mix(color.blue, background.blue))
    }
}
