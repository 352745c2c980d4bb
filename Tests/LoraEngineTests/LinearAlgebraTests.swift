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
