/// Which entries magnitude pruning keeps in one task vector: the `keep` entries of largest
/// |x|, entries tied at the threshold kept in index order (the first ones win).
///
/// Entries are ranked by the *key* of x, the bit pattern of |x| (sign bit cleared), which
/// orders non-negative floats as integers (NaN above +inf), so the rule is total and exact.
/// Entry j is kept when `key(j) > threshold`, or `key(j) == threshold` and `j ≤ lastTie`.
///
/// Selection without a sort, in the spirit of Floyd & Rivest ("Algorithm 489: SELECT",
/// Communications of the ACM 18(3), 1975): a seeded sample of 16384 keys brackets the cut, one
/// pass counts the keys above the bracket and gathers the ones inside it (about 2% of them),
/// and the cut is found among those by a histogram and quickselect (Hoare, "Algorithm 65:
/// FIND", CACM 4(7), 1961). When the bracket misses, or gathers too many keys (heavy ties), or the vector is small,
/// a radix select over the key bits (three passes counting 11, 10 and 10 bits) finds it
/// instead. Either way the result is exact; the sample only decides how fast.
public struct MagnitudeCut: Sendable, Equatable {
    /// The key (bit pattern of |x|) at the cut.
    public let threshold: UInt32
    /// Entries whose key equals `threshold` are kept up to this index (−1: none of them).
    public let lastTie: Int

    /// The largest key: with `lastTie` −1 nothing is kept.
    static let largestKey: UInt32 = 0x7FFF_FFFF

    /// A cut from its parts.
    public init(threshold: UInt32, lastTie: Int) {
        self.threshold = threshold
        self.lastTie = lastTie
    }

    /// The cut keeping the `keep` largest magnitudes of `values` (all of them when `keep ≥
    /// count`, none when `keep ≤ 0`).
    /// - Complexity: O(n) time; O(n/16) extra memory at most.
    public init(_ values: UnsafeBufferPointer<Float>, keep: Int) {
        let n = values.count
        if keep >= n {
            self.init(threshold: 0, lastTie: n - 1)
            return
        }
        if keep <= 0 {
            self.init(threshold: Self.largestKey, lastTie: -1)
            return
        }
        self = values.withMemoryRebound(to: UInt32.self) { keys in
            let found = Self.sampledSelect(keys, keep: keep) ?? Self.radixSelect(keys, keep: keep)
            guard found.tiesKept < found.ties else { return MagnitudeCut(threshold: found.key, lastTie: n - 1) }
            // Index of the tiesKept-th entry at the threshold.
            var seen = 0
            var index = 0
            while true {
                if keys[index] & Self.largestKey == found.key {
                    seen += 1
                    if seen == found.tiesKept { break }
                }
                index += 1
            }
            return MagnitudeCut(threshold: found.key, lastTie: index)
        }
    }

    /// The cut keeping the `keep` largest magnitudes of an F32 tensor.
    public init(_ tensor: Tensor, keep: Int) {
        self = tensor.withUnsafeFloats { MagnitudeCut($0, keep: keep) }
    }

    /// Whether `value` at `index` is kept.
    @inlinable
    public func keeps(_ value: Float, at index: Int) -> Bool {
        let key = value.bitPattern & 0x7FFF_FFFF
        return key > threshold || (key == threshold && index <= lastTie)
    }

    /// The cut at the keep-th largest key: that key, how many keys equal it, and how many of
    /// those are kept (1 … ties).
    typealias Selection = (key: UInt32, ties: Int, tiesKept: Int)

    /// Sample size of the fast path, and the smallest vector it is tried on.
    static let sampleSize = 16384
    static let sampledMinimum = 1 << 16

    /// The fast path: a sample brackets the cut, one pass gathers the keys inside the bracket.
    /// Nil when the bracket misses the cut or would gather more than n/16 keys.
    static func sampledSelect(_ keys: UnsafeBufferPointer<UInt32>, keep: Int) -> Selection? {
        let n = keys.count
        guard n >= sampledMinimum else { return nil }
        let s = sampleSize
        // The cut's expected place in the (ascending) sample, and 3 standard deviations either
        // side: a miss costs one more pass (the radix select), not a wrong answer.
        let fraction = Double(keep) / Double(n)
        let center = (1 - fraction) * Double(s)
        let spread = 3 * (Double(s) * fraction * (1 - fraction)).squareRoot() + 8
        let lowIndex = Int((center - spread).rounded(.down))
        let highIndex = Int((center + spread).rounded(.up))
        var sample = [UInt32](repeating: 0, count: s)
        let (low, high) = sample.withUnsafeMutableBufferPointer { b -> (UInt32, UInt32) in
            for i in 0..<s { b[i] = keys[Int(SplitMix64.hash(0x5A3D_1E, UInt64(i)) % UInt64(n))] & largestKey }
            // Two order statistics of the sample by quickselect (the second among the keys
            // the first left above it).
            let low = lowIndex < 0 ? 0 : QuickSelect.select(b, rank: lowIndex)
            guard highIndex < s else { return (low, largestKey) }
            let from = Swift.max(lowIndex, 0)
            return (low, QuickSelect.select(UnsafeMutableBufferPointer(rebasing: b[from...]), rank: highIndex - from))
        }
        let capacity = Swift.max(4096, n / 16)
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity + 8) { gathered -> Selection? in
            guard
                let (above, count) = gather(
                    keys, low: low, high: high, into: gathered.baseAddress!, capacity: capacity),
                above < keep && keep <= above + count
            else { return nil }
            return select(
                UnsafeMutableBufferPointer(start: gathered.baseAddress!, count: count), rank: keep - above, low: low,
                high: high)
        }
    }

    /// One pass: the number of keys above `high`, and the keys in [low, high] copied to
    /// `gathered` (nil when more than `capacity` of them). Eight keys at a time in integer SIMD
    /// (for keys and bounds below 2³¹, (b − a) >> 31 is 1 exactly when a > b); the few groups of
    /// eight holding a key in the bracket are gathered one by one.
    static func gather(
        _ keys: UnsafeBufferPointer<UInt32>, low: UInt32, high: UInt32, into gathered: UnsafeMutablePointer<UInt32>,
        capacity: Int
    ) -> (above: Int, count: Int)? {
        let n = keys.count
        let raw = UnsafeRawPointer(keys.baseAddress!)
        let magnitude = SIMD8<UInt32>(repeating: largestKey)
        let highs = SIMD8<UInt32>(repeating: high)
        let lows = SIMD8<UInt32>(repeating: low)
        var aboveLanes = SIMD8<UInt32>()
        var above = 0
        var count = 0
        var j = 0
        while j + 8 <= n {
            let key = raw.loadUnaligned(fromByteOffset: j * 4, as: SIMD8<UInt32>.self) & magnitude
            let isAbove = (highs &- key) &>> 31
            let isBelow = (key &- lows) &>> 31
            aboveLanes &+= isAbove
            if (isAbove | isBelow).wrappedSum() != 8 {
                for i in j..<(j + 8) {
                    let k = keys[i] & largestKey
                    gathered[count] = k
                    count &+= (k &- low) <= high &- low ? 1 : 0
                }
                if count > capacity { return nil }
            }
            j += 8
        }
        while j < n {
            let k = keys[j] & largestKey
            above += k > high ? 1 : 0
            if k >= low && k <= high {
                if count == capacity { return nil }
                gathered[count] = k
                count += 1
            }
            j += 1
        }
        for lane in 0..<8 { above += Int(aboveLanes[lane]) }
        return (above, count)
    }

    /// The `rank`-th largest of the gathered keys (all in [low, high]), with its ties: a
    /// histogram of 4096 buckets over [low, high] finds the bucket that holds it, whose keys
    /// are then selected by quickselect.
    static func select(_ gathered: UnsafeMutableBufferPointer<UInt32>, rank: Int, low: UInt32, high: UInt32)
        -> Selection
    {
        let count = gathered.count
        var shift: UInt32 = 0
        while (high &- low) >> shift >= 4096 { shift += 1 }
        var histogram = [Int](repeating: 0, count: 4096)
        for key in gathered { histogram[Int((key &- low) >> shift)] += 1 }
        var bucket = 4095
        var remaining = rank
        while histogram[bucket] < remaining {
            remaining -= histogram[bucket]
            bucket -= 1
        }
        // Move the bucket's keys to the front, then select among them.
        var size = 0
        for i in 0..<count where Int((gathered[i] &- low) >> shift) == bucket {
            gathered.swapAt(i, size)
            size += 1
        }
        let slice = UnsafeMutableBufferPointer(rebasing: gathered[0..<size])
        let key = QuickSelect.select(slice, rank: size - remaining)
        var greater = 0
        var equal = 0
        for k in slice {
            greater += k > key ? 1 : 0
            equal += k == key ? 1 : 0
        }
        return (key, equal, remaining - greater)
    }

    /// The exact path: radix select from the top, 11 + 10 + 10 key bits, one counting pass
    /// each over the keys that share the bits found so far.
    static func radixSelect(_ keys: UnsafeBufferPointer<UInt32>, keep: Int) -> Selection {
        var prefix: UInt32 = 0
        var prefixMask: UInt32 = 0
        var remaining = keep
        var ties = 0
        for (shift, bits) in [(20, 11), (10, 10), (0, 10)] {
            let buckets = 1 << bits
            var histogram = [Int](repeating: 0, count: buckets)
            histogram.withUnsafeMutableBufferPointer { h in
                let digitMask = UInt32(buckets - 1)
                if prefixMask == 0 {
                    for key in keys { h[Int(((key & largestKey) >> UInt32(shift)) & digitMask)] += 1 }
                } else {
                    for key in keys where key & prefixMask == prefix {
                        h[Int(((key & largestKey) >> UInt32(shift)) & digitMask)] += 1
                    }
                }
            }
            var digit = buckets - 1
            while histogram[digit] < remaining {
                remaining -= histogram[digit]
                digit -= 1
            }
            ties = histogram[digit]
            prefix |= UInt32(digit) << UInt32(shift)
            prefixMask |= UInt32(buckets - 1) << UInt32(shift)
        }
        return (prefix, ties, remaining)
    }

    /// The plain reference: sorts one packed key per entry (|x|'s bits above the complemented
    /// index, so equal magnitudes come in index order) and keeps the first `keep`.
    /// Returns whether each entry is kept. For tests.
    static func referenceMask(_ values: [Float], keep: Int) -> [Bool] {
        let keep = Swift.max(0, Swift.min(keep, values.count))
        var keys = values.indices.map { i in
            UInt64(values[i].bitPattern & 0x7FFF_FFFF) << 32 | UInt64(UInt32.max - UInt32(i))
        }
        keys.sort(by: >)
        var kept = [Bool](repeating: false, count: values.count)
        for key in keys[..<keep] { kept[Int(UInt32.max - UInt32(truncatingIfNeeded: key))] = true }
        return kept
    }
}
