import Testing

@testable import LoraEngine

/// Values of several kinds: Gaussian, heavily tied (a few levels, zeros and −0 among them),
/// all equal.
private func values(_ kind: String, count: Int, seed: UInt64) -> [Float] {
    var g = SplitMix64(seed: seed)
    switch kind {
    case "gaussian": return (0..<count).map { _ in Float(g.nextNormal()) }
    case "tied": return (0..<count).map { _ in [0, -0.0, 0.5, -0.5, 1, -1, 2][Int(g.next() % 7)] }
    default: return [Float](repeating: -0.25, count: count)
    }
}

/// The kept mask of a cut.
private func mask(_ cut: MagnitudeCut, _ v: [Float]) -> [Bool] { v.indices.map { cut.keeps(v[$0], at: $0) } }

/// The cut keeps exactly what sorting every |entry| keeps (the ⌊d·n⌋ largest, ties in index
/// order), on sizes around the SIMD width, the sampled path's minimum, and keeps from 0 to
/// past n.
@Test(arguments: ["gaussian", "tied", "equal"])
func magnitudeCutKeepsWhatSortingKeeps(kind: String) {
    for n in [1, 7, 8, 9, 100, 1023, 65536, 65537, 200_003] {
        let v = values(kind, count: n, seed: UInt64(n))
        for keep in Set([0, 1, n / 2, Int(0.3 * Double(n)), n - 1, n, n + 5]) {
            let cut = v.withUnsafeBufferPointer { MagnitudeCut($0, keep: keep) }
            let got = mask(cut, v)
            let want = MagnitudeCut.referenceMask(v, keep: keep)
            #expect(got == want, "\(kind) n=\(n) keep=\(keep): \(cut)")
            #expect(got.filter { $0 }.count == max(0, min(keep, n)))
        }
    }
}

/// The sampled path is taken on spread-out values and agrees with the radix select; heavy
/// ties make it give up (too many keys in its bracket) rather than answer wrongly.
@Test func sampledAndRadixSelectionAgree() {
    for (n, seed) in [(65536, 1), (100_000, 2), (1 << 20, 3)] {
        let v = values("gaussian", count: n, seed: UInt64(seed))
        v.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: UInt32.self) { keys in
                for fraction in [0.001, 0.1, 0.3, 0.5, 0.9, 0.999] {
                    let keep = Int(fraction * Double(n))
                    let sampled = MagnitudeCut.sampledSelect(keys, keep: keep)
                    let radix = MagnitudeCut.radixSelect(keys, keep: keep)
                    #expect(sampled != nil, "n=\(n) keep=\(keep)")
                    if let sampled { #expect(sampled == radix, "n=\(n) keep=\(keep)") }
                }
            }
        }
    }
    let tied = values("tied", count: 1 << 17, seed: 4)
    tied.withUnsafeBufferPointer {
        $0.withMemoryRebound(to: UInt32.self) { keys in
            #expect(MagnitudeCut.sampledSelect(keys, keep: 40_000) == nil)
            let radix = MagnitudeCut.radixSelect(keys, keep: 40_000)
            #expect(radix.key == Float(1).bitPattern && radix.tiesKept <= radix.ties)
        }
    }
}

/// Ties at the threshold are kept from the first index on, and only as many as needed.
@Test func magnitudeCutKeepsFirstTies() {
    let v: [Float] = [3, -1, 1, 2, -1, 1, -3, 0.5]
    let cut = v.withUnsafeBufferPointer { MagnitudeCut($0, keep: 5) }
    // 3, −3, 2 are above; two of the four |1| are kept: indices 1 and 2.
    #expect(cut.threshold == Float(1).bitPattern && cut.lastTie == 2)
    #expect(mask(cut, v) == [true, true, true, true, false, false, true, false])
}
