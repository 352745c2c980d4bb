import LoraEngine

extension VAEDecoder {
    /// The decoded images as 8-bit RGB, exactly as diffusers'
    /// `VaeImageProcessor.postprocess(output_type="pil")` makes them.
    /// - Parameter decoded: `decode`'s output, [B, 3, H, W].
    /// - Returns: one `DecodedImage` per batch item.
    public static func images(from decoded: Tensor) -> [DecodedImage] {
        precondition(
            decoded.rank == 4 && decoded.shape[1] == 3, "images(from:) needs [B, 3, H, W], got \(decoded.shape)")
        return (0..<decoded.shape[0]).map { item in
            DecodedImage(
                width: decoded.shape[3], height: decoded.shape[2],
                rgb: pixelBytes(of: decoded, item: item, alpha: false))
        }
    }

    /// One decoded image's pixels as bytes, row-major, RGB (or RGBA with opaque alpha).
    ///
    /// Each value x becomes `round(clamp(x·0.5 + 0.5, 0, 1)·255)`, computed in F32 step by
    /// step as diffusers does (`denormalize`, then numpy's `(images * 255).round()`, which
    /// rounds halves to even); NaN becomes 0.
    /// - Parameters:
    ///   - decoded: [B, 3, H, W] (any float dtype).
    ///   - item: which image of the batch.
    ///   - alpha: append an opaque alpha byte to every pixel.
    /// - Returns: `H·W·3` (or `·4`) bytes.
    public static func pixelBytes(of decoded: Tensor, item: Int, alpha: Bool = false) -> [UInt8] {
        precondition(decoded.rank == 4 && decoded.shape[1] == 3, "pixelBytes needs [B, 3, H, W], got \(decoded.shape)")
        precondition(item >= 0 && item < decoded.shape[0], "image \(item) outside a batch of \(decoded.shape[0])")
        let plane = decoded.shape[2] * decoded.shape[3]
        let stride = alpha ? 4 : 3
        var bytes = [UInt8](repeating: 255, count: plane * stride)
        decoded.converted(to: .f32).withUnsafeFloats { values in
            let base = values.baseAddress! + item * 3 * plane
            for channel in 0..<3 {
                let source = base + channel * plane
                for pixel in 0..<plane { bytes[pixel * stride + channel] = byte(source[pixel]) }
            }
        }
        return bytes
    }

    /// `round(clamp(x·0.5 + 0.5, 0, 1)·255)` as a byte, rounding halves to even; NaN gives 0.
    @inline(__always)
    static func byte(_ x: Float) -> UInt8 {
        let half: Float = x * 0.5
        let shifted: Float = half + 0.5
        guard shifted == shifted else { return 0 }
        let clamped = Swift.min(Swift.max(shifted, 0), 1)
        let scaled: Float = clamped * 255
        return UInt8(scaled.rounded(.toNearestOrEven))
    }
}
