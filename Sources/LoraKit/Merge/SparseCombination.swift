import LoraEngine

/// TIES, DARE and magnitude pruning on dense task vectors (the weighted deltas mᵢ·sᵢ·ΔWᵢ),
/// as mergekit's generalized task arithmetic defines them (research notes b.12):
///
/// - magnitude_prune: keep each delta's ⌊d·n⌋ largest |entries|, sum.
/// - dare_linear: keep each entry with probability d and divide the kept ones by d
///   (Yu et al., "Language Models are Super Mario", ICML 2024), sum.
/// - ties: magnitude prune, elect the sign of Σᵢ Tᵢ per entry, sum only the entries that agree
///   with it (Yadav et al., "TIES-Merging", NeurIPS 2023; mergekit's consensus on the
///   weighted deltas, without `normalize`, so one LoRA at density 1 is exact).
/// - dare_ties: DARE, then the TIES sign consensus.
///
/// DARE's drops use `SplitMix64.hash(seed, i)` for delta i and `SplitMix64.hash(that, j)` for
/// element j: reproducible, independent of threads and order.
enum SparseCombination {
    /// The combined dense delta (F32, the shape of the inputs).
    static func combine(_ deltas: [Tensor], method: MergeMethod, density: Double, seed: UInt64) -> Tensor {
        var pruned: [[Float]] = []
        for (i, delta) in deltas.enumerated() {
            var values = delta.floats()
            switch method {
            case .ties, .magnitudePrune: magnitudePrune(&values, density: density)
            case .dareLinear, .dareTies: dare(&values, density: density, seed: SplitMix64.hash(seed, UInt64(i)))
            default: break
            }
            pruned.append(values)
        }
        let n = pruned.first?.count ?? 0
        var out = [Float](repeating: 0, count: n)
        if method == .ties || method == .dareTies {
            for j in 0..<n {
                var total: Float = 0
                for p in pruned { total += p[j] }
                let positive = total >= 0
                var sum: Float = 0
                for p in pruned where p[j] != 0 && (p[j] > 0) == positive { sum += p[j] }
                out[j] = sum
            }
        } else {
            for p in pruned { for j in 0..<n { out[j] += p[j] } }
        }
        return Tensor(shape: deltas[0].shape, values: out)
    }

    /// Zeroes all but the ⌊d·n⌋ largest magnitudes (ties at the threshold kept in index order).
    /// Sorts one packed integer per entry (|x|'s bit pattern, which orders non-negative floats,
    /// above the complemented index), O(n log n) without closures.
    static func magnitudePrune(_ values: inout [Float], density: Double) {
        let keep = Int(density * Double(values.count))
        guard keep < values.count else { return }
        guard keep > 0 else { values = [Float](repeating: 0, count: values.count); return }
        var keys = [UInt64](repeating: 0, count: values.count)
        for i in values.indices {
            keys[i] = UInt64(abs(values[i]).bitPattern) << 32 | UInt64(UInt32.max - UInt32(i))
        }
        keys.sort(by: >)
        var kept = [Bool](repeating: false, count: values.count)
        for key in keys[..<keep] { kept[Int(UInt32.max - UInt32(truncatingIfNeeded: key))] = true }
        for i in values.indices where !kept[i] { values[i] = 0 }
    }

    /// Keeps each entry with probability d (rescaled by 1/d).
    static func dare(_ values: inout [Float], density: Double, seed: UInt64) {
        guard density < 1 else { return }
        let scale = Float(1 / density)
        for j in values.indices {
            let u = Double(SplitMix64.hash(seed, UInt64(j)) >> 11) * 0x1p-53
            values[j] = u < density ? values[j] * scale : 0
        }
    }
}
