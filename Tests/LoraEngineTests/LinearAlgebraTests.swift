import Testing

@testable import LoraEngine

private func randomMatrix(_ m: Int, _ n: Int, seed: UInt64) -> Matrix {
    var g = SplitMix64(seed: seed)
    return Matrix(rows: m, columns: n, values: (0..<(m * n)).map { _ in g.nextNormal() })
}

private func difference(_ a: Matrix, _ b: Matrix) -> Double {
    precondition(a.rows == b.rows && a.columns == b.columns)
    return zip(a.values, b.values).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
}

@Test(arguments: [(60, 24), (24, 60), (1, 1), (17, 17), (50, 3)])
func householderQRIsOrthonormalAndReconstructs(m: Int, n: Int) {
    let a = randomMatrix(m, n, seed: UInt64(m * 100 + n))
    let qr = HouseholderQR(a)
    let q = qr.thinQ()
    let r = qr.r
    #expect(q.rows == m && q.columns == min(m, n) && r.rows == min(m, n) && r.columns == n)
    #expect(q.orthonormalityError() < 1e-13)
    #expect(difference(q * r, a) < 1e-13 * a.frobeniusNorm())
    for i in 0..<r.rows { for j in 0..<min(i, r.columns) { #expect(r[i, j] == 0) } }
}

@Test func householderQRMatchesNumpyAndHandlesRankDeficiency() throws {
    let a = Matrix(rows: 60, columns: 24, values: try NpyFile("qr_a").doubles)
    let expected = try NpyFile("qr_r_absdiag").doubles
    let r = HouseholderQR(a).r
    for i in 0..<24 { #expect(abs(abs(r[i, i]) - expected[i]) < 1e-12 * expected[0]) }
    // Duplicate columns (rank 3 of 6): still orthonormal Q and exact reconstruction.
    let base = randomMatrix(30, 3, seed: 9)
    var dup = Matrix(zeros: 30, 6)
    for i in 0..<30 { for j in 0..<6 { dup[i, j] = base[i, j % 3] } }
    let qr = HouseholderQR(dup)
    #expect(qr.thinQ().orthonormalityError() < 1e-13)
    #expect(difference(qr.thinQ() * qr.r, dup) < 1e-12)
}

@Test(arguments: ["40x25", "25x40"])
func jacobiSVDMatchesNumpy(name: String) throws {
    let file = try NpyFile("svd_\(name)_a")
    let a = Matrix(rows: file.shape[0], columns: file.shape[1], values: file.doubles)
    let expected = try NpyFile("svd_\(name)_s").doubles
    let svd = SVD(a)
    #expect(svd.singularValues.count == expected.count)
    for i in expected.indices {
        // Relative accuracy even for the small ones (spectrum spans 10 … 1e-3).
        #expect(abs(svd.singularValues[i] - expected[i]) < 1e-12 * expected[0], "σ\(i)")
    }
    #expect(svd.u.orthonormalityError() < 1e-12)
    #expect(svd.vt.transposed().orthonormalityError() < 1e-12)
    #expect(difference(svd.reconstructed(), a) < 1e-12 * a.frobeniusNorm())
}

@Test func jacobiSVDOfRankDeficientMatrixHasOrthonormalVectors() {
    let x = randomMatrix(12, 2, seed: 1)
    let y = randomMatrix(2, 9, seed: 2)
    let a = x * y
    let svd = SVD(a)
    #expect(svd.singularValues.count == 9)
    #expect(svd.singularValues[2] < 1e-12 * svd.singularValues[0])
    #expect(svd.u.orthonormalityError() < 1e-12)
    #expect(difference(svd.reconstructed(), a) < 1e-12 * a.frobeniusNorm())
    let zero = SVD(Matrix(zeros: 4, 3))
    #expect(zero.singularValues == [0, 0, 0])
    #expect(zero.u.orthonormalityError() < 1e-12)
}

@Test func randomizedSVDIsWithinTenPercentOfOptimal() throws {
    let a = try referenceTensor("rsvd_a")  // 300 × 200, σⱼ = 1/(1+j)^1.2
    let sigma = try NpyFile("rsvd_s").doubles
    let k = 20
    let optimal = sigma[k...].reduce(0) { $0 + $1 * $1 }.squareRoot()
    let result = RandomizedSVD.decompose(a, rank: k, oversampling: 10, powerIterations: 2, seed: 7)
    #expect(result.singularValues.count == k)
    let approx = result.reconstructed()
    let error = difference(approx, Matrix(a))
    #expect(error <= 1.1 * optimal, "error \(error), optimal \(optimal)")
    #expect(error >= optimal * (1 - 1e-6), "cannot beat Eckart–Young")
    for i in 0..<5 { #expect(abs(result.singularValues[i] - sigma[i]) < 0.01 * sigma[i]) }
    #expect(result.u.orthonormalityError() < 1e-10)
    // Seeded: same seed, same bytes, whatever the thread count.
    let again = RandomizedSVD.decompose(a, rank: k, seed: 7, threads: 1)
    let eight = RandomizedSVD.decompose(a, rank: k, seed: 7, threads: 8)
    #expect(again.singularValues == eight.singularValues && again.u == eight.u)
}

private func loraPair() throws -> (LowRank, LowRank) {
    let scales = try NpyFile("lowrank_scales").floats
    let a = LowRank(up: try referenceTensor("lowrank_u1"), down: try referenceTensor("lowrank_d1"), scale: scales[0])
    let b = LowRank(up: try referenceTensor("lowrank_u2"), down: try referenceTensor("lowrank_d2"), scale: scales[1])
    return (a, b)
}

@Test func concatenationIsExactAndNormsNeedNoDenseProduct() throws {
    let (a, b) = try loraPair()
    let sum = LowRank.concatenation([a, b])
    #expect(sum.rank == 14 && sum.outFeatures == 96 && sum.inFeatures == 72)
    let expected = try NpyFile("lowrank_dense").doubles  // numpy: c1·U1·D1 + c2·U2·D2
    let dense = sum.dense().floats()
    let scale = expected.map(abs).max()!
    for i in expected.indices { #expect(abs(Double(dense[i]) - expected[i]) < 1e-5 * scale) }
    let norm = expected.reduce(0) { $0 + $1 * $1 }.squareRoot()
    #expect(abs(sum.frobeniusNorm() - norm) < 1e-6 * norm)
    // ⟨a, b⟩ by factors equals the dense inner product.
    let da = a.dense().floats()
    let db = b.dense().floats()
    let denseInner = zip(da, db).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
    #expect(abs(a.innerProduct(b) - denseInner) < 1e-5 * abs(denseInner) + 1e-6)
}

@Test func factoredTruncationIsTheOptimalTruncationOfTheSum() throws {
    let (a, b) = try loraPair()
    let sum = LowRank.concatenation([a, b])
    let expectedSigma = try NpyFile("lowrank_s").doubles
    let svd = sum.svd()
    for i in 0..<14 { #expect(abs(svd.singularValues[i] - expectedSigma[i]) < 1e-5 * expectedSigma[0], "σ\(i)") }
    #expect(svd.svd.u.orthonormalityError() < 1e-12)
    #expect(svd.svd.vt.transposed().orthonormalityError() < 1e-12)
    let energy = svd.retainedEnergy
    #expect(energy.count == 15 && energy[0] == 0 && abs(energy[14] - 1) < 1e-12)
    #expect(zip(energy, energy.dropFirst()).allSatisfy { $0 <= $1 })
    let total2 = expectedSigma.reduce(0) { $0 + $1 * $1 }
    let firstTwo = (expectedSigma[0] * expectedSigma[0] + expectedSigma[1] * expectedSigma[1]) / total2
    #expect(svd.minimalRank(retainingEnergy: firstTwo - 1e-6) == 2)
    #expect(svd.minimalRank(retainingEnergy: firstTwo + 1e-6) == 3)
    #expect(svd.minimalRank(retainingEnergy: 1) == 14 && svd.minimalRank(retainingEnergy: 0) == 0)
    // Eckart–Young: ‖ΔW − truncₖ‖_F = (Σ_{i≥k} σᵢ²)^½ with numpy's σ, and the energy agrees.
    let dense = try NpyFile("lowrank_dense").doubles
    let total = expectedSigma.reduce(0) { $0 + $1 * $1 }
    for k in [1, 5, 8, 13, 14] {
        let truncated = sum.truncated(rank: k)
        #expect(truncated.rank == k)
        let approx = truncated.dense().floats()
        let error = zip(approx, dense).reduce(0.0) { $0 + (Double($1.0) - $1.1) * (Double($1.0) - $1.1) }.squareRoot()
        let optimal = expectedSigma[k...].reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(error - optimal) < 1e-4 * total.squareRoot(), "k=\(k): \(error) vs \(optimal)")
        let kept = expectedSigma[..<k].reduce(0) { $0 + $1 * $1 } / total
        #expect(abs(energy[k] - kept) < 1e-6)
    }
}

@Test func convLowRankIsFlattened() {
    var g = SplitMix64(seed: 4)
    let down = Tensor.randomNormal(shape: [4, 3, 3, 3], generator: &g)
    let up = Tensor.randomNormal(shape: [5, 4, 1, 1], generator: &g)
    let lr = LowRank(up: up, down: down, scale: 0.5)
    #expect(lr.rank == 4 && lr.outFeatures == 5 && lr.inFeatures == 27)
    let dense = Matrix(lr.dense())
    let expected = Matrix(up.reshaped([5, 4])) * Matrix(down.reshaped([4, 27]))
    #expect(difference(dense, Matrix(rows: 5, columns: 27, values: expected.values.map { $0 * 0.5 })) < 1e-5)
    #expect(abs(lr.frobeniusNorm() - dense.frobeniusNorm()) < 1e-5 * dense.frobeniusNorm())
}

/// The sketch that ties/DARE merges use: from a Gaussian start it is as good as `decompose`;
/// started from the true leading directions it is optimal without power iterations; results
/// repeat whatever the thread count.
@Test func factoredRandomizedSVDUsesItsStart() throws {
    let a = try referenceTensor("rsvd_a")  // 300 × 200, σⱼ = 1/(1+j)^1.2
    let sigma = try NpyFile("rsvd_s").doubles
    let k = 20
    let optimal = sigma[k...].reduce(0) { $0 + $1 * $1 }.squareRoot()
    func error(_ svd: LowRankSVD) -> Double {
        let approx = Matrix(svd.truncated(rank: k).dense())
        return difference(approx, Matrix(a))
    }
    let gaussian = RandomizedSVD.factored(a, rank: k, powerIterations: 2, seed: 7)
    #expect(gaussian.singularValues.count == 32)  // k + 10 rounded up to the GEMM tile
    #expect(error(gaussian) <= 1.1 * optimal && error(gaussian) >= optimal * (1 - 1e-6))
    for i in 0..<5 { #expect(abs(gaussian.singularValues[i] - sigma[i]) < 0.01 * sigma[i]) }
    let exact = SVD(Matrix(a))
    let start = exact.vt.leadingRows(k).tensor()
    let started = RandomizedSVD.factored(a, rank: k, start: start, powerIterations: 0, seed: 7)
    #expect(error(started) <= optimal * (1 + 1e-4), "\(error(started)) vs \(optimal)")
    let one = RandomizedSVD.factored(a, rank: k, start: start, seed: 7, threads: 1)
    let eight = RandomizedSVD.factored(a, rank: k, start: start, seed: 7, threads: 8)
    #expect(one.singularValues == eight.singularValues)
    #expect(one.truncated(rank: k).up.floats() == eight.truncated(rank: k).up.floats())
}

/// A matrix of lower rank than the sketch (its bases are rank-deficient, so Householder
/// orthonormalises them) is reproduced exactly.
@Test func factoredRandomizedSVDOfLowRankMatrix() {
    let x = randomMatrix(200, 3, seed: 11)
    let y = randomMatrix(3, 150, seed: 12)
    let a = (x * y).tensor()
    let svd = RandomizedSVD.factored(a, rank: 8, seed: 1)
    #expect(svd.singularValues[3] < 1e-5 * svd.singularValues[0])
    let approx = Matrix(svd.truncated(rank: 3).dense())
    #expect(difference(approx, Matrix(a)) < 1e-5 * Matrix(a).frobeniusNorm())
}

/// The Gram matrices give the norm of the factored matrix and its leading right singular
/// subspace: orthonormal rows; at full dimension the whole row space, else a subspace that
/// holds the leading singular vectors (the factored SVD's V); a rank-deficient down gives none.
@Test func lowRankGramNormAndSubspace() throws {
    let (a, b) = try loraPair()
    let sum = LowRank.concatenation([a, b])  // rank 14
    let gram = LowRankGram(sum)
    let norm2 = sum.innerProduct(sum)
    #expect(abs(gram.squaredNorm - norm2) < 1e-10 * norm2)
    #expect(abs(LowRankGram(a).squaredNorm - a.innerProduct(a)) < 1e-10 * a.innerProduct(a))
    let v = sum.svd().svd.vt
    // ‖P·vᵢ‖ for the projection P onto the rows' span, and the rows' own orthonormality.
    func captured(_ rows: Tensor, _ i: Int) -> Double {
        let d = Matrix(rows)
        var total = 0.0
        for row in 0..<d.rows {
            var dot = 0.0
            for j in 0..<d.columns { dot += d[row, j] * v[i, j] }
            total += dot * dot
        }
        return total.squareRoot()
    }
    let whole = try #require(gram.leadingRightSubspace(dimension: 20))
    #expect(whole.shape == [14, sum.inFeatures])
    #expect(Matrix(whole).transposed().orthonormalityError() < 1e-6)  // F32 rows
    for i in 0..<14 { #expect(abs(captured(whole, i) - 1) < 1e-6, "σ\(i)") }
    let leading = try #require(gram.leadingRightSubspace(dimension: 8))
    #expect(leading.shape == [8, sum.inFeatures])
    #expect(Matrix(leading).transposed().orthonormalityError() < 1e-6)
    for i in 0..<3 { #expect(captured(leading, i) > 0.999, "σ\(i): \(captured(leading, i))") }
    #expect(LowRankGram(LowRank.concatenation([a, a])).leadingRightSubspace(dimension: 3) == nil)
}

/// The Gram-kernel inner product equals the plain triple loops on random shapes (ranks around
/// the 4 × 8 tile, one row, a matrix with itself and with a copy of itself).
@Test func innerProductMatchesPlainLoops() {
    var g = SplitMix64(seed: 21)
    for (out, inFeatures, r1, r2) in [(1, 1, 1, 1), (7, 5, 3, 2), (33, 17, 9, 4), (130, 70, 16, 8), (64, 300, 5, 13)] {
        let a = LowRank(
            up: Tensor.randomNormal(shape: [out, r1], generator: &g),
            down: Tensor.randomNormal(shape: [r1, inFeatures], generator: &g), scale: 0.7)
        let b = LowRank(
            up: Tensor.randomNormal(shape: [out, r2], generator: &g),
            down: Tensor.randomNormal(shape: [r2, inFeatures], generator: &g), scale: -1.3)
        let copy = LowRank(
            up: Tensor(shape: a.up.shape, values: a.up.floats()),
            down: Tensor(shape: a.down.shape, values: a.down.floats()), scale: 0.7)
        for (x, y) in [(a, b), (b, a), (a, a), (a, copy)] {
            let want = x.innerProductReference(y)
            #expect(
                abs(x.innerProduct(y) - want) <= 1e-12 * max(1, abs(want)), "\(out)×\(inFeatures) r \(x.rank)·\(y.rank)"
            )
        }
    }
}
