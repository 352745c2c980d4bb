import Testing

@testable import LoraEngine

/// The fused attention kernel against its double-precision twin, on shapes that exercise every
/// edge of the tiling: keys not a multiple of MR (6), value widths not a multiple of MR, query
/// counts not a multiple of NR (16), head widths beyond one KC slice (256), several KC slices of
/// keys, causal masks, and chunks smaller than the queries.
struct ScaledDotProductAttentionTests {
    private static func values(_ count: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return Tensor.randomNormal(shape: [count], generator: &generator).floats()
    }

    /// max |x − y| / max(1, max |y|)
    private static func relativeError(_ x: [Float], _ y: [Float]) -> Float {
        var (worst, scale): (Float, Float) = (0, 1)
        for i in x.indices {
            worst = max(worst, abs(x[i] - y[i]))
            scale = max(scale, abs(y[i]))
        }
        return worst / scale
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let batch: Int, lq: Int, lk: Int, heads: Int, d: Int, dv: Int, causal: Bool, scoresPerChunk: Int
        var testDescription: String {
            "B\(batch) Lq\(lq) Lk\(lk) H\(heads) D\(d) Dv\(dv)\(causal ? " causal" : "") chunk≤\(scoresPerChunk)"
        }
    }

    static let cases: [Case] = [
        Case(batch: 1, lq: 1, lk: 1, heads: 1, d: 1, dv: 1, causal: false, scoresPerChunk: 1 << 18),
        Case(batch: 2, lq: 17, lk: 13, heads: 3, d: 8, dv: 5, causal: false, scoresPerChunk: 1 << 18),
        Case(batch: 1, lq: 77, lk: 77, heads: 2, d: 12, dv: 12, causal: true, scoresPerChunk: 1 << 18),
        Case(batch: 2, lq: 33, lk: 35, heads: 2, d: 7, dv: 11, causal: true, scoresPerChunk: 16 * 35),
        Case(batch: 1, lq: 40, lk: 601, heads: 2, d: 20, dv: 13, causal: false, scoresPerChunk: 32 * 601),
        Case(batch: 1, lq: 19, lk: 29, heads: 1, d: 300, dv: 7, causal: false, scoresPerChunk: 1 << 18),
        Case(batch: 2, lq: 64, lk: 77, heads: 4, d: 16, dv: 16, causal: false, scoresPerChunk: 1),
    ]

    @Test(arguments: cases)
    func matchesTheDefiningFormula(_ c: Case) {
        let q = Self.values(c.batch * c.lq * c.heads * c.d, seed: 1)
        let k = Self.values(c.batch * c.lk * c.heads * c.d, seed: 2)
        let v = Self.values(c.batch * c.lk * c.heads * c.dv, seed: 3)
        let want = ScaledDotProductAttention.reference(
            query: q, key: k, value: v, batch: c.batch, queryLength: c.lq, keyLength: c.lk, heads: c.heads,
            headWidth: c.d, valueHeadWidth: c.dv, causal: c.causal)
        var results: [[Float]] = []
        for threads in [1, 2, 3] {
            let out = ScaledDotProductAttention.attend(
                query: .init(Tensor(shape: [c.batch, c.lq, c.heads * c.d], values: q), columns: 0..<(c.heads * c.d)),
                key: .init(Tensor(shape: [c.batch, c.lk, c.heads * c.d], values: k), columns: 0..<(c.heads * c.d)),
                value: .init(
                    Tensor(shape: [c.batch, c.lk, c.heads * c.dv], values: v), columns: 0..<(c.heads * c.dv)),
                heads: c.heads, causal: c.causal, scoresPerChunk: c.scoresPerChunk, threads: threads)
            #expect(out.shape == [c.batch, c.lq, c.heads * c.dv])
            results.append(out.floats())
        }
        let error = Self.relativeError(results[0], want)
        #expect(error < 2e-6 * Float(max(c.d, c.lk)).squareRoot(), "\(c.testDescription): \(error)")
        // Every thread count gives the same bits.
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
    }

    @Test func causalQueriesIgnoreLaterKeys() {
        // Changing the last key and value must not change any output row but the last.
        let (lq, heads, d) = (9, 2, 6)
        let q = Self.values(lq * heads * d, seed: 4)
        var k = Self.values(lq * heads * d, seed: 5)
        var v = Self.values(lq * heads * d, seed: 6)
        func run() -> [Float] {
            func operand(_ x: [Float]) -> ScaledDotProductAttention.Operand {
                .init(Tensor(shape: [1, lq, heads * d], values: x), columns: 0..<(heads * d))
            }
            return ScaledDotProductAttention.attend(
                query: operand(q), key: operand(k), value: operand(v), heads: heads, causal: true, threads: 2
            ).floats()
        }
        let before = run()
        for e in 0..<(heads * d) {
            k[(lq - 1) * heads * d + e] += 100
            v[(lq - 1) * heads * d + e] -= 50
        }
        let after = run()
        let row = heads * d
        #expect(Array(before[0..<((lq - 1) * row)]) == Array(after[0..<((lq - 1) * row)]))
        #expect(Array(before[((lq - 1) * row)...]) != Array(after[((lq - 1) * row)...]))
    }

    @Test func extremeScoresStayFinite() {
        // Scores of ±1e4 overflow a naive exp; subtracting the maximum keeps them finite and one-hot.
        let (lk, d) = (10, 4)
        var k = [Float](repeating: 0, count: lk * d)
        for j in 0..<lk { k[j * d] = Float(j) * 1000 }
        let q: [Float] = [20, 0, 0, 0]
        let v: [Float] = (0..<lk).flatMap { j -> [Float] in [Float(j), 1, 2, 3] }
        let out = ScaledDotProductAttention.attend(
            query: .init(Tensor(shape: [1, 1, d], values: q), columns: 0..<d),
            key: .init(Tensor(shape: [1, lk, d], values: k), columns: 0..<d),
            value: .init(Tensor(shape: [1, lk, d], values: v), columns: 0..<d), heads: 1, causal: false, threads: 1)
        #expect(out.floats() == [9, 1, 2, 3])
    }
}
