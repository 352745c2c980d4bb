import LoraFormats
import Testing

@testable import LoraEngine
@testable import LoraKit

/// ties, DARE and magnitude pruning against their definition written plainly, and the dense
/// truncation against the optimal one.
@Suite struct SparseCombinationTests {
    /// A random rank-r part (F16-rounded factors, as LoRA files hold them, so products repeat).
    func part(_ out: Int, _ inFeatures: Int, rank: Int, seed: UInt64) -> LowRank {
        var g = SplitMix64(seed: seed)
        let up = Tensor.randomNormal(shape: [out, rank], scale: 0.1, generator: &g).converted(to: .f16)
        let down = Tensor.randomNormal(shape: [rank, inFeatures], generator: &g).converted(to: .f16)
        return LowRank(up: up, down: down, scale: 0.5)
    }

    /// The definition, as lorash computed it before: every dense delta copied, the ⌊d·n⌋
    /// largest |entries| found by sorting them all (ties in index order) or DARE's draw per
    /// entry, then the sum entry by entry with the sign election for ties and dare_ties.
    func definition(_ deltas: [[Float]], method: MergeMethod, density: Double, seed: UInt64) -> [Float] {
        var pruned: [[Float]] = []
        for (i, delta) in deltas.enumerated() {
            var values = delta
            switch method {
            case .ties, .magnitudePrune:
                let keep = Int(density * Double(values.count))
                var keys = values.indices.map {
                    UInt64(abs(values[$0]).bitPattern) << 32 | UInt64(UInt32.max - UInt32($0))
                }
                keys.sort(by: >)
                var kept = [Bool](repeating: false, count: values.count)
                for key in keys[..<min(keep, keys.count)] {
                    kept[Int(UInt32.max - UInt32(truncatingIfNeeded: key))] = true
                }
                for j in values.indices where !kept[j] { values[j] = 0 }
            default:
                guard density < 1 else { break }
                let s = SplitMix64.hash(seed, UInt64(i))
                for j in values.indices {
                    let u = Double(SplitMix64.hash(s, UInt64(j)) >> 11) * 0x1p-53
                    values[j] = u < density ? values[j] * Float(1 / density) : 0
                }
            }
            pruned.append(values)
        }
        return deltas[0].indices.map { j in
            guard method == .ties || method == .dareTies else { return pruned.reduce(Float(0)) { $0 + $1[j] } }
            let total = pruned.reduce(Float(0)) { $0 + $1[j] }
            return pruned.reduce(Float(0)) { $1[j] != 0 && ($1[j] > 0) == (total >= 0) ? $0 + $1[j] : $0 }
        }
    }

    /// Bit for bit the definition, for every method and density, on modules small and large
    /// enough for the sampled selection, with one, two and three parts (the third a multiple
    /// of the first with the opposite sign: the same LoRA subtracted).
    @Test(arguments: [(3, 5), (40, 33), (300, 260)])
    func combineMatchesDefinition(out: Int, inFeatures: Int) {
        let a = part(out, inFeatures, rank: 4, seed: 1)
        let b = part(out, inFeatures, rank: 8, seed: 2)
        var c = a
        c.scale = -0.25
        for parts in [[a, b], [a, b, c], [a]] {
            let deltas = parts.map { $0.dense(threads: 1).floats() }
            for method in [MergeMethod.ties, .dareLinear, .dareTies, .magnitudePrune] {
                for density in [0.3, 0.9, 1] {
                    let got = SparseCombination.combine(parts, method: method, density: density, seed: 42).floats()
                    let want = definition(deltas, method: method, density: density, seed: 42)
                    #expect(
                        got.map(\.bitPattern) == want.map(\.bitPattern),
                        "\(out)×\(inFeatures) \(parts.count) parts \(method) d=\(density)")
                }
            }
        }
    }

    /// Above the exact-SVD size the truncation is a sketch started from the exact stack; on a
    /// ties merge its error is within 0.5% of the optimal truncation's (a full Jacobi SVD of
    /// the same dense matrix), and the merge's report (energy from the Gram matrices, error
    /// from the factors) equals the dense computation.
    @Test func sketchedTruncationIsNearOptimal() throws {
        let (out, inFeatures) = (400, 450)
        let a = part(out, inFeatures, rank: 16, seed: 3)
        let b = part(out, inFeatures, rank: 32, seed: 4)
        let exact = LowRank.concatenation([a, b])
        let dense = SparseCombination.combine([a, b], method: .ties, density: 0.3, seed: 0)
        let k = 16
        let result = DenseTruncation.lowRank(dense, target: .rank(k), near: (exact, LowRankGram(exact)))
        #expect(result.rank == k)
        let full = SVD(Matrix(dense))
        let optimal = full.singularValues[k...].reduce(0) { $0 + $1 * $1 }.squareRoot()
        let approx = result.dense(threads: 1).floats()
        let error = zip(approx, dense.floats()).reduce(0.0) { $0 + Double($1.0 - $1.1) * Double($1.0 - $1.1) }
            .squareRoot()
        #expect(error <= 1.005 * optimal && error >= optimal * (1 - 1e-5), "error \(error), optimal \(optimal)")
        // The report of the same merge through LoraMerge, against dense sums.
        let exactDense = exact.dense(threads: 1).floats()
        let energy = exactDense.reduce(0.0) { $0 + Double($1) * Double($1) }
        let module = { (name: String, factors: LowRank) in
            LoraModule(
                target: ModuleTarget(component: .model, path: "w", isFlattened: false), sourceName: name,
                factors: .lowRank(up: factors.up, down: factors.down, mid: nil),
                alpha: Float(factors.rank) * factors.scale)
        }
        let stack = Stack(entries: [
            StackEntry(
                name: "a",
                lora: LoraAdapter(modules: [module("w", a)], scheme: .kohya, alphaSource: .tensors, sourcePath: "")),
            StackEntry(
                name: "b",
                lora: LoraAdapter(modules: [module("w", b)], scheme: .kohya, alphaSource: .tensors, sourcePath: "")),
        ])
        let (merged, report) = try LoraMerge.merge(
            stack, options: MergeOptions(method: .ties, target: .rank(k), density: 0.3))
        let line = try #require(report.modules.first)
        #expect(abs(line.energy - energy) < 1e-5 * energy, "\(line.energy) vs \(energy)")
        let mergedDense = try #require(ModuleDelta.dense(merged.modules[0])).floats()
        let residual = zip(mergedDense, exactDense).reduce(0.0) { $0 + Double($1.0 - $1.1) * Double($1.0 - $1.1) }
        #expect(abs(line.error - residual) < 1e-5 * energy, "\(line.error) vs \(residual)")
    }
}
