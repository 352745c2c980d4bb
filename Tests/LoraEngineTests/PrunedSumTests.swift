import Testing

@testable import LoraEngine

/// `count` values with zeros, −0 and repeated magnitudes among them (so cuts fall on ties).
private func part(count: Int, seed: UInt64) -> [Float] {
    var g = SplitMix64(seed: seed)
    return (0..<count).map { _ in
        switch g.next() % 10 {
        case 0: return 0
        case 1: return -0.0
        case 2: return g.next() % 2 == 0 ? 0.75 : -0.75
        default: return Float(g.nextNormal())
        }
    }
}

/// The one-pass kernel equals the plain definition bit for bit: every rule, 1 to 3 parts,
/// with and without the sign election, on lengths around the SIMD width and the block.
@Test(arguments: [1, 5, 8, 17, 1023, 1024, 1025, 3001])
func prunedSumMatchesReference(count: Int) {
    for parts in 1...3 {
        let values = (0..<parts).map { part(count: count, seed: UInt64(count * 10 + $0)) }
        let tensors = values.map { Tensor(shape: [count], values: $0) }
        let cuts = values.map { v in v.withUnsafeBufferPointer { MagnitudeCut($0, keep: Int(0.4 * Double(count))) } }
        let ruleSets: [[PrunedSum.Rule]] = [
            cuts.map { .magnitude($0) },
            (0..<parts).map { .dropout(seed: UInt64(77 + $0), density: 0.3) },
            (0..<parts).map { .dropout(seed: UInt64(5 + $0), density: 0.001) },
            (0..<parts).map { $0 == 0 ? .all : .magnitude(cuts[$0]) },
        ]
        for rules in ruleSets {
            for consensus in [false, true] {
                let fast = PrunedSum.combine(tensors, rules: rules, consensus: consensus).floats()
                let plain = PrunedSum.reference(values, rules: rules, consensus: consensus)
                #expect(
                    fast.map(\.bitPattern) == plain.map(\.bitPattern),
                    "n=\(count) parts=\(parts) \(rules) consensus=\(consensus)")
            }
        }
    }
}

/// The pieces of the definition, by hand: magnitude keeps, DARE's rescale, the election.
@Test func prunedSumByHand() {
    let x = Tensor(shape: [4], values: [4, -1, 2, -3])
    let y = Tensor(shape: [4], values: [-2.5, 0.5, 0.5, 1.5])
    let cx = MagnitudeCut(x, keep: 2), cy = MagnitudeCut(y, keep: 2)
    // Pruned: x → [4, 0, 0, −3], y → [−2.5, 0, 0, 1.5]; sums [1.5, 0, 0, −1.5].
    #expect(
        PrunedSum.combine([x, y], rules: [.magnitude(cx), .magnitude(cy)], consensus: false).floats() == [
            1.5, 0, 0, -1.5,
        ])
    // Elected signs [+, +, +, −]: x's 4 and −3 agree, y's do not.
    #expect(
        PrunedSum.combine([x, y], rules: [.magnitude(cx), .magnitude(cy)], consensus: true).floats() == [4, 0, 0, -3])
    // DARE at density 0.5: each entry is 0 or twice itself, as the hash decides.
    let dropped = PrunedSum.combine([x], rules: [.dropout(seed: 9, density: 0.5)], consensus: false).floats()
    for (j, (d, v)) in zip(dropped, x.floats()).enumerated() {
        let kept = Double(SplitMix64.hash(9, UInt64(j)) >> 11) * 0x1p-53 < 0.5
        #expect(d == (kept ? 2 * v : 0))
    }
}
