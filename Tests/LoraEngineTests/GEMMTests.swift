import Testing

@testable import LoraEngine

private func random(_ shape: [Int], seed: UInt64) -> Tensor {
    var generator = SplitMix64(seed: seed)
    return Tensor.randomNormal(shape: shape, generator: &generator)
}

/// max |x − y| / max(1, max |y|)
private func relativeError(_ x: [Float], _ y: [Double]) -> Double {
    precondition(x.count == y.count)
    var worst = 0.0
    var scale = 1.0
    for i in x.indices {
        worst = max(worst, abs(Double(x[i]) - y[i]))
        scale = max(scale, abs(y[i]))
    }
    return worst / scale
}

@Test(arguments: [
    (1, 1, 1), (7, 5, 3), (6, 256, 16), (121, 257, 17), (13, 300, 33), (125, 31, 130), (240, 513, 49), (5, 3, 4100),
])
func packedGEMMMatchesReference(m: Int, k: Int, n: Int) {
    for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        let a = random(ta ? [k, m] : [m, k], seed: UInt64(m * 1000 + k))
        let b = random(tb ? [n, k] : [k, n], seed: UInt64(n * 1000 + k + 7))
        let fast = GEMM.product(a, b, transposeA: ta, transposeB: tb, threads: 2)
        #expect(fast.shape == [m, n])
        let reference = GEMM.reference(a, b, transposeA: ta, transposeB: tb)
        let error = relativeError(fast.floats(), reference)
        #expect(error < 2e-6 * Double(k).squareRoot() + 1e-6, "\(m)×\(k)×\(n) tA=\(ta) tB=\(tb): \(error)")
        let double = GEMM.product(a, b, transposeA: ta, transposeB: tb, threads: 2, accumulation: .double)
        #expect(relativeError(double.floats(), reference) < 1e-7, "double accumulation \(m)×\(k)×\(n)")
    }
}

@Test(arguments: ["37x29x53", "1x300x7", "67x131x45"])
func gemmMatchesNumpy(name: String) throws {
    let a = try referenceTensor("gemm_\(name)_a")
    let b = try referenceTensor("gemm_\(name)_b")
    let expected = try NpyFile("gemm_\(name)_c").doubles
    let c = GEMM.product(a, b)
    #expect(relativeError(c.floats(), expected) < 1e-5)
    // A bf16 operand is converted exactly to F32 first: the product equals the F32 one.
    let viaBF16 = GEMM.product(a.converted(to: .bf16), b)
    let roundedA = a.converted(to: .bf16).converted(to: .f32)
    #expect(viaBF16.floats() == GEMM.product(roundedA, b).floats())
}

@Test func gemmIsBitIdenticalForOneTwoAndEightThreads() {
    // 250 rows = 3 row blocks of 120, k = 600 spans three KC slices, n not a multiple of 16.
    let a = random([250, 600], seed: 1)
    let b = random([600, 70], seed: 2)
    let one = GEMM.product(a, b, threads: 1).floats()
    let two = GEMM.product(a, b, threads: 2).floats()
    let eight = GEMM.product(a, b, threads: 8).floats()
    #expect(one.map(\.bitPattern) == two.map(\.bitPattern))
    #expect(one.map(\.bitPattern) == eight.map(\.bitPattern))
    let oneD = GEMM.product(a, b, threads: 1, accumulation: .double).floats()
    let eightD = GEMM.product(a, b, threads: 8, accumulation: .double).floats()
    #expect(oneD.map(\.bitPattern) == eightD.map(\.bitPattern))
}

@Test func multiplyAddHonoursAlphaAndBeta() {
    let a = random([19, 23], seed: 3)
    let b = random([23, 29], seed: 4)
    let c0 = random([19, 29], seed: 5)
    var c = c0
    GEMM.multiplyAdd(a, b, alpha: 2, beta: 0.5, into: &c)
    let ab = GEMM.reference(a, b)
    let expected = zip(ab, c0.floats()).map { 2 * $0 + 0.5 * Double($1) }
    #expect(relativeError(c.floats(), expected) < 1e-5)
    // The original value is untouched (copy-on-write).
    #expect(c0.floats() != c.floats())
    var d = c0
    GEMM.multiplyAdd(a, b, beta: 1, into: &d)
    let expectedD = zip(ab, c0.floats()).map { $0 + Double($1) }
    #expect(relativeError(d.floats(), expectedD) < 1e-5)
    // k = 0: C ← β·C.
    var e = c0
    GEMM.multiplyAdd(Tensor(zeros: [19, 0]), Tensor(zeros: [0, 29]), beta: 2, into: &e)
    #expect(e.floats() == c0.floats().map { 2 * $0 })
}

@Test func nestedParallelCallsFallBackAndStayDeterministic() {
    let a = random([130, 40], seed: 8)
    let b = random([40, 33], seed: 9)
    let expected = GEMM.product(a, b, threads: 1).floats()
    let results = ParallelFor.map(count: 6, workers: 3) { _ in GEMM.product(a, b, threads: 2).floats() }
    #expect(results.allSatisfy { $0 == expected })
    var claimed = [Int](repeating: 0, count: 100)
    claimed.withUnsafeMutableBufferPointer { buffer in
        let shared = UncheckedSendable(buffer)
        ParallelFor.forEach(items: 100, workers: 4) { item, _ in shared.value[item] += 1 }
    }
    #expect(claimed == [Int](repeating: 1, count: 100))
}

@Test func emptyTensorsConvertAndReduce() {
    let empty = Tensor(zeros: [0, 5])
    #expect(empty.converted(to: .bf16).count == 0)
    #expect(empty.floats().isEmpty)
    #expect(empty.sum() == 0 && empty.maxAbs() == 0 && empty.isFinite)
    #expect(GEMM.product(Tensor(zeros: [3, 0]), Tensor(zeros: [0, 4])).floats() == [Float](repeating: 0, count: 12))
}

@Test(arguments: [
    (1, 1, 1), (77, 768, 40), (6, 256, 16), (121, 257, 17), (300, 600, 70), (5, 3, 4100), (64, 520, 4200),
])
func productWithPackedBMatchesReferenceAndUnpackedBits(m: Int, k: Int, n: Int) {
    for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        let a = random(ta ? [k, m] : [m, k], seed: UInt64(m * 31 + k))
        let b = random(tb ? [n, k] : [k, n], seed: UInt64(n * 17 + k))
        let packed = PackedMatrix(b, transposed: tb, threads: 2)
        #expect(packed.rows == k && packed.columns == n)
        // Unpacking gives B back exactly, either way round.
        #expect(packed.matrix(transposed: tb).floats() == b.floats())
        let reference = GEMM.reference(a, b, transposeA: ta, transposeB: tb)
        let viaPacked = GEMM.product(a, transposeA: ta, packed, threads: 2)
        #expect(viaPacked.shape == [m, n])
        #expect(relativeError(viaPacked.floats(), reference) < 2e-6 * Double(k).squareRoot() + 1e-6)
        // The same arithmetic as packing on the fly, on any thread count.
        let unpacked = GEMM.product(a, b, transposeA: ta, transposeB: tb, threads: 1).floats().map(\.bitPattern)
        for threads in [1, 2, 3, 8] {
            let bits = GEMM.product(a, transposeA: ta, packed, threads: threads).floats().map(\.bitPattern)
            #expect(bits == unpacked, "\(m)×\(k)×\(n) tA=\(ta) tB=\(tb), \(threads) threads")
        }
    }
}

@Test func packedMultiplyAddHonoursAlphaBetaAndEmptyInner() {
    let a = random([19, 23], seed: 13)
    let b = random([23, 29], seed: 14)
    let c0 = random([19, 29], seed: 15)
    var c = c0
    GEMM.multiplyAdd(a, PackedMatrix(b), alpha: 2, beta: 0.5, into: &c)
    let expected = zip(GEMM.reference(a, b), c0.floats()).map { 2 * $0 + 0.5 * Double($1) }
    #expect(relativeError(c.floats(), expected) < 1e-5)
    var e = c0
    GEMM.multiplyAdd(Tensor(zeros: [19, 0]), PackedMatrix(Tensor(zeros: [0, 29])), beta: 2, into: &e)
    #expect(e.floats() == c0.floats().map { 2 * $0 })
}

@Test func partitionCutsColumnsOnlyWhenRowsCannotKeepThreadsBusy() {
    // Many row blocks: whole rows per item.
    let tall = GEMM.Partition(m: 2048, panels: 20, threads: 2)
    #expect(tall.columnChunks == 1 && tall.rowBlocks == 18 && tall.blockRows == 114)
    // The text encoder's 77 tokens: one row block, columns cut in two for two threads.
    let short = GEMM.Partition(m: 77, panels: 48, threads: 2)
    #expect(short.rowBlocks == 1 && short.columnChunks == 2 && short.chunkPanels == 24)
    // 128 rows: two equal blocks (66 + 62), not 120 + 8.
    let two = GEMM.Partition(m: 128, panels: 80, threads: 2)
    #expect(two.rowBlocks == 2 && two.blockRows == 66 && two.columnChunks == 1)
    // One thread never cuts columns.
    #expect(GEMM.Partition(m: 77, panels: 48, threads: 1).columnChunks == 1)
    // Every item's rows and columns lie inside the matrix and cover it.
    for (m, panels, threads) in [(77, 48, 2), (5, 3, 8), (1000, 7, 3), (250, 260, 4)] {
        let p = GEMM.Partition(m: m, panels: panels, threads: threads)
        #expect(p.blockRows % GEMM.mr == 0 && p.blockRows <= GEMM.mc)
        #expect((p.rowBlocks - 1) * p.blockRows < m && p.rowBlocks * p.blockRows >= m)
        #expect((p.columnChunks - 1) * p.chunkPanels < panels && p.columnChunks * p.chunkPanels >= panels)
    }
}
