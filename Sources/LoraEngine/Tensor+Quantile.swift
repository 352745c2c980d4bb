/// Quantiles by selection, for tensors of any size (no sort, no element limit).
extension Tensor {
    /// The `q`-quantile of the elements (or of their absolute values), with numpy's default
    /// "linear" interpolation: position h = q·(n−1), result x₍⌊h⌋₎ + (h−⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)
    /// over the sorted values (Hyndman & Fan 1996, definition 7).
    ///
    /// The order statistic is found by quickselect (Hoare, "Algorithm 65: FIND", CACM 1961)
    /// with pivots drawn from a fixed-seed `SplitMix64`, on one F32 copy of the data; the next
    /// order statistic is then the minimum of the upper part. Unlike `torch.quantile` there
    /// is no size limit.
    /// - Parameters:
    ///   - q: in [0, 1].
    ///   - ofMagnitudes: take |x| instead of x (magnitude pruning thresholds).
    /// - Returns: NaN if any element is NaN (as numpy does).
    /// - Precondition: `count > 0`, float dtype.
    /// - Complexity: O(count) expected time, O(count) extra memory.
    public func quantile(_ q: Double, ofMagnitudes: Bool = false) -> Float {
        precondition(count > 0, "quantile of an empty tensor")
        precondition(q >= 0 && q <= 1, "quantile \(q) outside [0, 1]")
        var values = floats()
        if ofMagnitudes { for i in values.indices { values[i] = abs(values[i]) } }
        if values.contains(where: { $0.isNaN }) { return .nan }
        let n = values.count
        let h = q * Double(n - 1)
        let lower = Int(h.rounded(.down))
        let fraction = h - Double(lower)
        return values.withUnsafeMutableBufferPointer { buffer -> Float in
            let low = QuickSelect.select(buffer, rank: lower)
            if fraction == 0 || lower + 1 >= n { return low }
            var high = Float.infinity
            for i in (lower + 1)..<n { high = Swift.min(high, buffer[i]) }
            return Float(Double(low) + fraction * (Double(high) - Double(low)))
        }
    }
}

/// In-place selection of an order statistic (quickselect, three-way partition).
enum QuickSelect {
    /// Rearranges `values` so that `values[rank]` is the element of that rank in sorted order,
    /// everything before it ≤ and everything after it ≥; returns it.
    /// Reference: C. A. R. Hoare, "Algorithm 65: FIND", Communications of the ACM 4(7), 1961.
    static func select<Element: Comparable>(_ values: UnsafeMutableBufferPointer<Element>, rank: Int) -> Element {
        var generator = SplitMix64(seed: 0x5E1EC7)
        var low = 0
        var high = values.count  // half-open
        while high - low > 1 {
            let pivot = values[low + Int(generator.next() % UInt64(high - low))]
            // Dutch national flag: [low, lt) < pivot, [lt, i) == pivot, (gt, high) > pivot.
            var lt = low
            var i = low
            var gt = high - 1
            while i <= gt {
                let v = values[i]
                if v < pivot {
                    values.swapAt(lt, i)
                    lt += 1
                    i += 1
                } else if v > pivot {
                    values.swapAt(i, gt)
                    gt -= 1
                } else {
                    i += 1
                }
            }
            if rank < lt {
                high = lt
            } else if rank > gt {
                low = gt + 1
            } else {
                return pivot
            }
        }
        return values[rank]
    }
}
