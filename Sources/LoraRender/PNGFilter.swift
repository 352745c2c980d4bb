/// The five PNG row filters (the byte that starts each scanline) and the heuristic that
/// chooses between them.
///
/// Source: PNG Specification (Third Edition), W3C, §7.3 and §9 "Filtering"; the minimum sum
/// of absolute differences heuristic is the one §12.7 "Filter selection" recommends and libpng
/// uses (filtered bytes read as signed, their magnitudes summed, the smallest sum wins).
public enum PNGFilter: UInt8, CaseIterable, Sendable {
    /// "None": bytes stored as they are (named so that it cannot be mistaken for `Optional.none`).
    case unfiltered = 0
    /// "Sub": difference from the byte one pixel to the left.
    case sub = 1
    /// "Up": difference from the byte above.
    case up = 2
    /// "Average": difference from the floor of the mean of left and above.
    case average = 3
    /// "Paeth": difference from the Paeth predictor of left, above and upper-left.
    case paeth = 4

    /// The Paeth predictor (PNG spec §9.4): whichever of left, above, upper-left is closest to
    /// left + above − upper-left, ties broken in that order.
    @inline(__always)
    static func paethPredictor(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let p = Int(a) + Int(b) - Int(c)
        let pa = abs(p - Int(a))
        let pb = abs(p - Int(b))
        let pc = abs(p - Int(c))
        if pa <= pb && pa <= pc { return a }
        if pb <= pc { return b }
        return c
    }

    /// Writes `row` filtered with this filter into `output` (same length).
    /// - Parameters:
    ///   - row: the raw bytes of the current scanline.
    ///   - previous: the raw bytes of the scanline above (zeros for the first row).
    ///   - bytesPerPixel: distance to the corresponding byte of the pixel to the left.
    func apply(
        row: UnsafeBufferPointer<UInt8>, previous: UnsafeBufferPointer<UInt8>,
        bytesPerPixel bpp: Int, output: UnsafeMutableBufferPointer<UInt8>
    ) {
        let n = row.count
        switch self {
        case .unfiltered:
            for i in 0..<n { output[i] = row[i] }
        case .sub:
            for i in 0..<n { output[i] = row[i] &- (i >= bpp ? row[i - bpp] : 0) }
        case .up:
            for i in 0..<n { output[i] = row[i] &- previous[i] }
        case .average:
            for i in 0..<n {
                let left = i >= bpp ? Int(row[i - bpp]) : 0
                output[i] = row[i] &- UInt8((left + Int(previous[i])) / 2)
            }
        case .paeth:
            for i in 0..<n {
                let left = i >= bpp ? row[i - bpp] : 0
                let upperLeft = i >= bpp ? previous[i - bpp] : 0
                output[i] = row[i] &- Self.paethPredictor(left, previous[i], upperLeft)
            }
        }
    }

    /// Reverses this filter in place: `row` holds filtered bytes on entry, raw bytes on return.
    /// - Parameters:
    ///   - previous: the already reconstructed scanline above (zeros for the first row).
    func reconstruct(
        row: UnsafeMutableBufferPointer<UInt8>, previous: UnsafeBufferPointer<UInt8>, bytesPerPixel bpp: Int
    ) {
        let n = row.count
        switch self {
        case .unfiltered:
            break
        case .sub:
            if n > bpp { for i in bpp..<n { row[i] = row[i] &+ row[i - bpp] } }
        case .up:
            for i in 0..<n { row[i] = row[i] &+ previous[i] }
        case .average:
            for i in 0..<n {
                let left = i >= bpp ? Int(row[i - bpp]) : 0
                row[i] = row[i] &+ UInt8((left + Int(previous[i])) / 2)
            }
        case .paeth:
            for i in 0..<n {
                let left = i >= bpp ? row[i - bpp] : 0
                let upperLeft = i >= bpp ? previous[i - bpp] : 0
                row[i] = row[i] &+ Self.paethPredictor(left, previous[i], upperLeft)
            }
        }
    }

    /// The "minimum sum of absolute differences" cost of a filtered row: bytes read as signed.
    static func cost(_ filtered: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var sum = 0
        for byte in filtered { sum += abs(Int(Int8(bitPattern: byte))) }
        return sum
    }
}
