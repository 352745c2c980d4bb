/// Reductions over all elements, for any float dtype, without converting the whole tensor:
/// elements are decoded to `Float` a chunk at a time. Sums accumulate in `Double`.
extension Tensor {
    /// Calls `body` with consecutive chunks of the elements decoded to `Float`.
    func forEachFloatChunk(_ body: (UnsafeBufferPointer<Float>) -> Void) {
        precondition(dtype.isFloatingPoint, "reduction over a \(dtype.rawValue) tensor")
        let n = count
        if n == 0 { return }
        withUnsafeRawBytes { raw in
            let base = raw.baseAddress!
            if dtype == .f32 {
                body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: Float.self), count: n))
                return
            }
            withUnsafeTemporaryAllocation(of: Float.self, capacity: DTypeConversion.chunk) { scratch in
                var start = 0
                while start < n {
                    let m = Swift.min(DTypeConversion.chunk, n - start)
                    DTypeConversion.decode(
                        base + start * dtype.byteSize, dtype: dtype, to: scratch.baseAddress!, count: m)
                    body(UnsafeBufferPointer(start: scratch.baseAddress!, count: m))
                    start += m
                }
            }
        }
    }

    /// The sum of the elements, accumulated in `Double`.
    /// - Complexity: O(count).
    public func sum() -> Double {
        var total = 0.0
        forEachFloatChunk { chunk in
            var acc = SIMD8<Double>()
            var i = 0
            let n = chunk.count
            let base = chunk.baseAddress!
            while i + 8 <= n {
                acc += SIMD8<Double>(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Float>.self))
                i += 8
            }
            var tail = 0.0
            while i < n {
                tail += Double(base[i])
                i += 1
            }
            total += acc.sum() + tail
        }
        return total
    }

    /// The sum of squares of the elements, accumulated in `Double`.
    /// - Complexity: O(count).
    public func sumOfSquares() -> Double {
        var total = 0.0
        forEachFloatChunk { chunk in
            var acc = SIMD8<Double>()
            var i = 0
            let n = chunk.count
            let base = chunk.baseAddress!
            while i + 8 <= n {
                let v = SIMD8<Double>(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Float>.self))
                acc = acc.addingProduct(v, v)
                i += 8
            }
            var tail = 0.0
            while i < n {
                tail += Double(base[i]) * Double(base[i])
                i += 1
            }
            total += acc.sum() + tail
        }
        return total
    }

    /// The Frobenius norm √(Σ xᵢ²), accumulated in `Double`.
    /// - Complexity: O(count).
    public func frobeniusNorm() -> Double { sumOfSquares().squareRoot() }

    /// The largest absolute value (NaN if any element is NaN; 0 for an empty tensor).
    ///
    /// Compares the magnitudes' bit patterns as integers (they order like the values, and
    /// every NaN pattern is above +inf), which vectorises where float max with NaN rules does not.
    /// - Complexity: O(count).
    /// How many finite values have a magnitude of at least `limit` (values a narrower dtype
    /// cannot hold: `DType.outOfRangeThreshold`). One SIMD pass for the maximum; values are
    /// counted only when it reaches the limit (or is not finite).
    public func countFinite(atLeast limit: Double) -> Int {
        let largest = maxAbs()
        if largest.isFinite && Double(largest) < limit { return 0 }
        var count = 0
        forEachFloatChunk { chunk in
            for x in chunk where x.isFinite && Double(abs(x)) >= limit { count += 1 }
        }
        return count
    }

    public func maxAbs() -> Float {
        var best: UInt32 = 0
        forEachFloatChunk { chunk in
            var acc = SIMD16<UInt32>()
            var i = 0
            let n = chunk.count
            let raw = UnsafeRawPointer(chunk.baseAddress!)
            while i + 16 <= n {
                acc = pointwiseMax(acc, raw.loadUnaligned(fromByteOffset: 4 * i, as: SIMD16<UInt32>.self) & 0x7FFF_FFFF)
                i += 16
            }
            var m = acc.max()
            while i < n {
                m = Swift.max(m, raw.load(fromByteOffset: 4 * i, as: UInt32.self) & 0x7FFF_FFFF)
                i += 1
            }
            best = Swift.max(best, m)
        }
        return best > 0x7F80_0000 ? .nan : Float(bitPattern: best)
    }

    /// The number of NaN and ±inf elements.
    /// - Complexity: O(count).
    public func nonFiniteCount() -> Int {
        var total = 0
        forEachFloatChunk { chunk in
            guard let base = chunk.baseAddress else { return }
            total += DTypeConversion.nonFiniteCount(UnsafeRawPointer(base), dtype: .f32, count: chunk.count)
        }
        return total
    }

    /// Whether every element is finite (no NaN, no ±inf).
    public var isFinite: Bool { nonFiniteCount() == 0 }
}
