import Foundation
import LoraEngine

/// The element-wise kernels over buffers and tensors, on `VectorMath`'s lane functions.
extension VectorMath {
    /// Applies `lanes` to every element of `buffer` (eight at a time, the tail padded), in place.
    @inline(__always)
    static func apply(_ buffer: UnsafeMutablePointer<Float>, count: Int, _ lanes: (Lanes) -> Lanes) {
        var i = 0
        while i + 8 <= count {
            let raw = UnsafeMutableRawPointer(buffer + i)
            raw.storeBytes(of: lanes(raw.loadUnaligned(as: Lanes.self)), as: Lanes.self)
            i += 8
        }
        if i < count {
            var tail = Lanes()
            for j in 0..<(count - i) { tail[j] = buffer[i + j] }
            let result = lanes(tail)
            for j in 0..<(count - i) { buffer[i + j] = result[j] }
        }
    }

    /// Applies `lanes` to every element of an F32 tensor, in parallel over fixed blocks.
    static func map(_ x: Tensor, _ lanes: @escaping (Lanes) -> Lanes) -> Tensor {
        var out = x.converted(to: .f32)
        mapInPlace(&out, lanes)
        return out
    }

    /// Applies `lanes` to every element of an F32 tensor in place.
    static func mapInPlace(_ x: inout Tensor, _ lanes: (Lanes) -> Lanes) {
        let count = x.count
        x.withUnsafeMutableFloats { buffer in
            guard let base = buffer.baseAddress else { return }
            Parallel.forEachBlock(count: count, blockSize: 1 << 15) { range in
                apply(base + range.lowerBound, count: range.count, lanes)
            }
        }
    }
}

/// Threading for the kernels outside GEMM: fixed blocks of work, so results never depend on the
/// thread count (each block is computed the same way whichever worker takes it).
enum Parallel {
    /// The worker count the kernels use.
    static var threads: Int { ParallelFor.defaultThreadCount }

    /// Calls `body(item)` for every item in `0..<count`, in parallel.
    @inline(__always)
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        if count <= 1 || threads <= 1 {
            for item in 0..<count { body(item) }
            return
        }
        _ = ParallelFor.map(count: count, workers: threads) { body($0) }
    }

    /// Calls `body(range)` for consecutive ranges of `blockSize` items covering `0..<count`.
    @inline(__always)
    static func forEachBlock(count: Int, blockSize: Int, _ body: (Range<Int>) -> Void) {
        let blocks = (count + blockSize - 1) / blockSize
        forEach(blocks) { block in
            let start = block * blockSize
            body(start..<Swift.min(count, start + blockSize))
        }
    }
}
