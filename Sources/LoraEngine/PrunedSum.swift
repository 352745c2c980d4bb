/// The sum of pruned task vectors, in one pass over them: what TIES, DARE and magnitude pruning
/// do to dense deltas once each delta's rule is known.
///
/// Each part is pruned by its `Rule`, then the parts are summed; with `consensus` (TIES-Merging:
/// Yadav et al., NeurIPS 2023, as mergekit's `get_mask(method="sum")` does it), the sign of the
/// sum of the pruned parts is elected per entry and only the entries that agree with it are
/// summed. The pass works on blocks of 1024 entries: every part's block is pruned into a small
/// scratch area (integer SIMD for magnitude cuts, the seeded hash for DARE), then the block is
/// summed. The result equals `reference(_:rules:consensus:)` bit for bit (tested): the same
/// F32 additions in the same order.
public enum PrunedSum {
    /// What is kept of one part.
    public enum Rule: Sendable, Equatable {
        /// Every entry.
        case all
        /// The entries a magnitude cut keeps (magnitude pruning, TIES).
        case magnitude(MagnitudeCut)
        /// DARE (Yu et al., ICML 2024): entry j is kept when u = (SplitMix64.hash(seed, j) >> 11)·2⁻⁵³
        /// is below `density`, and kept entries are multiplied by Float(1/density).
        case dropout(seed: UInt64, density: Double)
    }

    /// Entries per block.
    static let block = 1024

    /// Σ over parts of the kept entries (with `consensus`, of the kept entries whose sign is the
    /// sign of that sum), as an F32 tensor shaped like the first part.
    ///
    /// The result is written over the first part's buffer when the array held the only
    /// reference to it (each block is read before it is written), so merging n parts takes
    /// n buffers, not n + 1.
    /// - Precondition: parts of equal element counts, one rule per part.
    /// - Complexity: O(n · parts), one pass.
    public static func combine(_ parts: consuming [Tensor], rules: [Rule], consensus: Bool) -> Tensor {
        precondition(
            !parts.isEmpty && parts.count == rules.count, "PrunedSum: \(parts.count) parts, \(rules.count) rules")
        let n = parts[0].count
        precondition(parts.allSatisfy { $0.count == n }, "PrunedSum: parts differ in size")
        var out = parts.removeFirst().converted(to: .f32)
        let others = parts.map { $0.converted(to: .f32) }
        parts.removeAll()
        guard n > 0 else { return out }
        out.withUnsafeMutableFloats { o in
            let target = o.baseAddress!
            withFloatPointers(others[...]) { sources in
                sum([UnsafePointer(target)] + sources, count: n, rules: rules, consensus: consensus, into: target)
            }
        }
        return out
    }

    /// Calls `body` with the F32 elements of every tensor (none empty), nesting one
    /// `withUnsafeFloats` per tensor.
    static func withFloatPointers<R>(_ tensors: ArraySlice<Tensor>, _ body: ([UnsafePointer<Float>]) -> R) -> R {
        guard let first = tensors.first else { return body([]) }
        return first.withUnsafeFloats { buffer in
            withFloatPointers(tensors.dropFirst()) { rest in body([buffer.baseAddress!] + rest) }
        }
    }

    /// The pass: prune each part's block into scratch, then sum the block into `out` (which
    /// may be one of the sources: a block is read before it is written).
    static func sum(
        _ sources: [UnsafePointer<Float>], count n: Int, rules: [Rule], consensus: Bool,
        into out: UnsafeMutablePointer<Float>
    ) {
        let parts = sources.count
        withUnsafeTemporaryAllocation(of: Float.self, capacity: parts * block) { scratch in
            let s = scratch.baseAddress!
            var start = 0
            while start < n {
                let length = Swift.min(block, n - start)
                for p in 0..<parts {
                    prune(sources[p] + start, into: s + p * block, count: length, first: start, rule: rules[p])
                }
                if consensus {
                    electedSum(s, parts: parts, stride: block, count: length, into: out + start)
                } else {
                    plainSum(s, parts: parts, stride: block, count: length, into: out + start)
                }
                start += length
            }
        }
    }

    /// Writes the pruned `count` entries starting at index `first` of one part.
    @inline(__always)
    static func prune(
        _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int, first: Int, rule: Rule
    ) {
        switch rule {
        case .all:
            target.update(from: source, count: count)
        case .magnitude(let cut):
            // Entries up to lastTie are kept from the threshold up, the others above it.
            let split = Swift.max(0, Swift.min(count, cut.lastTie + 1 - first))
            let threshold = Int32(cut.threshold)
            keepAbove(source, into: target, count: split, limit: threshold - 1)
            keepAbove(source + split, into: target + split, count: count - split, limit: threshold)
        case .dropout(let seed, let density):
            let limit = UInt64((density * 0x1p53).rounded(.up))  // u < d ⇔ (h >> 11) < ⌈d·2⁵³⌉
            let scale = Float(1 / density)
            var state = seed &+ UInt64(first &+ 1) &* SplitMix64.increment
            for i in 0..<count {
                let h = SplitMix64.mix(state)
                state &+= SplitMix64.increment
                target[i] = h >> 11 < limit ? source[i] * scale : 0
            }
        }
    }

    /// target[i] = source[i] where its key (|x|'s bits) is above `limit`, else +0; integer SIMD:
    /// (limit − key) >> 31 is all ones exactly when key > limit (both within 0…2³¹−1, limit ≥ −1).
    @inline(__always)
    static func keepAbove(
        _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int, limit: Int32
    ) {
        let limits = SIMD8<Int32>(repeating: limit)
        let magnitude = SIMD8<Int32>(repeating: 0x7FFF_FFFF)
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(target)
        var i = 0
        while i + 8 <= count {
            let bits = from.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Int32>.self)
            let kept = (limits &- (bits & magnitude)) &>> 31
            to.storeBytes(of: bits & kept, toByteOffset: i * 4, as: SIMD8<Int32>.self)
            i += 8
        }
        while i < count {
            let bits = Int32(bitPattern: source[i].bitPattern)
            let kept = (limit &- (bits & 0x7FFF_FFFF)) &>> 31
            target[i] = Float(bitPattern: UInt32(bitPattern: bits & kept))
            i += 1
        }
    }

    /// out[i] = 0 + Σ_p s[p][i], parts in order.
    @inline(__always)
    static func plainSum(
        _ s: UnsafePointer<Float>, parts: Int, stride: Int, count: Int, into out: UnsafeMutablePointer<Float>
    ) {
        let from = UnsafeRawPointer(s)
        let to = UnsafeMutableRawPointer(out)
        var i = 0
        while i + 8 <= count {
            var total = SIMD8<Float>()
            for p in 0..<parts {
                total += from.loadUnaligned(fromByteOffset: (p * stride + i) * 4, as: SIMD8<Float>.self)
            }
            to.storeBytes(of: total, toByteOffset: i * 4, as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            var total: Float = 0
            for p in 0..<parts { total += s[p * stride + i] }
            out[i] = total
            i += 1
        }
    }

    /// out[i] = 0 + Σ_p s[p][i] over the parts whose sign bit is the sign bit of 0 + Σ_p s[p][i].
    ///
    /// Equal to the definition (sum the non-zero entries with (x > 0) == (total ≥ 0)): a zero
    /// entry adds nothing, and the total is never −0 (it starts at +0), so its sign bit is set
    /// exactly when it is negative.
    @inline(__always)
    static func electedSum(
        _ s: UnsafePointer<Float>, parts: Int, stride: Int, count: Int, into out: UnsafeMutablePointer<Float>
    ) {
        let from = UnsafeRawPointer(s)
        let to = UnsafeMutableRawPointer(out)
        var i = 0
        while i + 8 <= count {
            var total = SIMD8<Float>()
            for p in 0..<parts {
                total += from.loadUnaligned(fromByteOffset: (p * stride + i) * 4, as: SIMD8<Float>.self)
            }
            let sign = unsafeBitCast(total, to: SIMD8<Int32>.self)
            var agreeing = SIMD8<Float>()
            for p in 0..<parts {
                let bits = from.loadUnaligned(fromByteOffset: (p * stride + i) * 4, as: SIMD8<Int32>.self)
                let agrees = ~((bits ^ sign) &>> 31)
                agreeing += unsafeBitCast(bits & agrees, to: SIMD8<Float>.self)
            }
            to.storeBytes(of: agreeing, toByteOffset: i * 4, as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            var total: Float = 0
            for p in 0..<parts { total += s[p * stride + i] }
            var agreeing: Float = 0
            for p in 0..<parts where s[p * stride + i].sign == total.sign { agreeing += s[p * stride + i] }
            out[i] = agreeing
            i += 1
        }
    }

    /// The plain reference: each part pruned on its own, entry by entry (`MagnitudeCut.keeps`,
    /// DARE by its definition), then summed entry by entry, with the sign election when asked.
    /// For tests.
    static func reference(_ parts: [[Float]], rules: [Rule], consensus: Bool) -> [Float] {
        let n = parts.first?.count ?? 0
        var pruned: [[Float]] = []
        for (p, values) in parts.enumerated() {
            var v = values
            switch rules[p] {
            case .all: break
            case .magnitude(let cut):
                for j in 0..<n where !cut.keeps(v[j], at: j) { v[j] = 0 }
            case .dropout(let seed, let density):
                let scale = Float(1 / density)
                for j in 0..<n {
                    let u = Double(SplitMix64.hash(seed, UInt64(j)) >> 11) * 0x1p-53
                    v[j] = u < density ? v[j] * scale : 0
                }
            }
            pruned.append(v)
        }
        var out = [Float](repeating: 0, count: n)
        for j in 0..<n {
            if consensus {
                var total: Float = 0
                for p in pruned { total += p[j] }
                let positive = total >= 0
                var sum: Float = 0
                for p in pruned where p[j] != 0 && (p[j] > 0) == positive { sum += p[j] }
                out[j] = sum
            } else {
                for p in pruned { out[j] += p[j] }
            }
        }
        return out
    }
}
