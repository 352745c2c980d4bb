import Foundation
import Testing

@testable import LoraEngine

private func randomMatrix(_ m: Int, _ n: Int, seed: UInt64) -> Matrix {
    var g = SplitMix64(seed: seed)
    return Matrix(rows: m, columns: n, values: (0..<(m * n)).map { _ in g.nextNormal() })
}

private func tall(_ a: Matrix) -> TallMatrix {
    TallMatrix(rows: a.rows, columns: a.columns) { i, j in a[i, j] }
}

private func dense(_ t: TallMatrix) -> Matrix {
    var out = Matrix(zeros: t.rows, t.columns)
    for i in 0..<t.rows { for j in 0..<t.columns { out[i, j] = t[i, j] } }
    return out
}

private func difference(_ a: Matrix, _ b: Matrix) -> Double {
    precondition(a.rows == b.rows && a.columns == b.columns)
    return zip(a.values, b.values).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
}

/// m × n with singular values 1 … 10^-decades (log-spaced) between random orthonormal bases.
private func graded(_ m: Int, _ n: Int, decades: Double, seed: UInt64) -> Matrix {
    let u = HouseholderQR(randomMatrix(m, n, seed: seed)).thinQ()
    let v = HouseholderQR(randomMatrix(n, n, seed: seed + 1)).thinQ()
    var scaled = u
    for i in 0..<m { for j in 0..<n { scaled[i, j] *= pow(10, -decades * Double(j) / Double(n - 1)) } }
    return scaled * v.transposed()
}

@Test(arguments: [(37, 13), (300, 24), (64, 64), (1031, 9)])
func tallKernelsMatchPlainLoops(m: Int, n: Int) {
    let a = randomMatrix(m, n, seed: UInt64(m + n))
    let t = tall(a)
    #expect(difference(dense(t), a) == 0)
    #expect(t.floats() == a.values.map { Float($0) })
    #expect(t.floats(transposed: true) == a.transposed().values.map { Float($0) })
    // AᵀA against the textbook triple loop.
    let gram = t.gram()
    for i in 0..<n {
        for j in 0..<n {
            var sum = 0.0
            for r in 0..<m { sum += a[r, i] * a[r, j] }
            #expect(abs(gram[i, j] - sum) <= 1e-12 * (1 + abs(sum)), "G[\(i), \(j)]")
        }
    }
    // A·S for a full S and for an upper-triangular one (its zeros skipped).
    var s = randomMatrix(n, 5, seed: 3)
    #expect(difference(dense(t.times(s)), a * s) < 1e-12 * (a * s).frobeniusNorm())
    var upper = randomMatrix(n, n, seed: 4)
    for i in 0..<n { for j in 0..<i { upper[i, j] = 0 } }
    #expect(difference(dense(t.times(upper, upperTriangular: true)), a * upper) < 1e-12 * (a * upper).frobeniusNorm())
    s = Matrix(zeros: n, 0)
    #expect(t.times(s).columns == 0)
}

@Test func choleskyQR2MatchesNumpysR() throws {
    // The same 60 × 24 matrix whose |diag R| numpy.linalg.qr gave for the Householder test.
    let a = Matrix(rows: 60, columns: 24, values: try NpyFile("qr_a").doubles)
    let expected = try NpyFile("qr_r_absdiag").doubles
    let qr = try #require(CholeskyQR2(tall(a)))
    for i in 0..<24 { #expect(abs(abs(qr.r[i, i]) - expected[i]) < 1e-12 * expected[0], "R[\(i), \(i)]") }
    for i in 0..<24 { for j in 0..<i { #expect(qr.r[i, j] == 0) } }
}

@Test(arguments: [(300, 24, 0.0), (1031, 9, 3.0), (4096, 64, 5.0), (200, 16, 5.5)])
func choleskyQR2IsOrthonormalToWorkingPrecision(m: Int, n: Int, decades: Double) throws {
    // Up to cond(A) = 10^5.5: one Cholesky QR would lose orthogonality as ε·cond² ≈ 10⁻⁵; the
    // second pass brings it back to rounding level.
    let a = graded(m, n, decades: decades, seed: UInt64(m))
    let qr = try #require(CholeskyQR2(tall(a)))
    let q = dense(qr.thinQTimes(Matrix(identity: n, n)))
    #expect(q.orthonormalityError() < 1e-13)
    #expect(difference(q * qr.r, a) < 1e-13 * a.frobeniusNorm())
}

@Test func choleskyQR2RefusesWhatItCannotVouchFor() {
    // Rank-deficient (a LoRA concatenated with itself), zero, wide, and cond 10⁹.
    let base = randomMatrix(40, 3, seed: 9)
    var duplicated = Matrix(zeros: 40, 6)
    for i in 0..<40 { for j in 0..<6 { duplicated[i, j] = base[i, j % 3] } }
    #expect(CholeskyQR2(tall(duplicated)) == nil)
    #expect(CholeskyQR2(tall(Matrix(zeros: 50, 4))) == nil)
    #expect(CholeskyQR2(tall(randomMatrix(5, 8, seed: 1))) == nil)
    #expect(CholeskyQR2(tall(graded(300, 12, decades: 9, seed: 5))) == nil)
}

@Test func tallQRFallsBackToHouseholderAndStillFactors() {
    let base = randomMatrix(40, 3, seed: 9)
    var duplicated = Matrix(zeros: 40, 6)
    for i in 0..<40 { for j in 0..<6 { duplicated[i, j] = base[i, j % 3] } }
    for (a, expectCholesky) in [
        (duplicated, false), (graded(300, 12, decades: 9, seed: 5), false), (randomMatrix(90, 7, seed: 2), true),
    ] {
        let qr = TallQR(tall(a))
        if case .cholesky = qr { #expect(expectCholesky) } else { #expect(!expectCholesky) }
        let q = dense(qr.thinQTimes(Matrix(identity: qr.r.rows, qr.r.rows)))
        #expect(q.orthonormalityError() < 1e-13)
        #expect(difference(q * qr.r, a) < 1e-12 * a.frobeniusNorm())
    }
}

@Test func svdOfALoraMergedWithItselfIsExact() {
    // up·down + up·down = 2·up·down: the concatenated factors have rank r, not 2r, so the QRs
    // fall back to Householder; the singular values are twice the LoRA's.
    var g = SplitMix64(seed: 12)
    let lora = LowRank(
        up: Tensor.randomNormal(shape: [96, 4], generator: &g),
        down: Tensor.randomNormal(shape: [4, 80], generator: &g))
    let twice = LowRank.concatenation([lora, lora]).svd()
    let once = lora.svd()
    for i in 0..<4 {
        #expect(abs(twice.singularValues[i] - 2 * once.singularValues[i]) < 1e-5 * once.singularValues[0])
    }
    for i in 4..<8 { #expect(twice.singularValues[i] < 1e-5 * once.singularValues[0]) }
    let truncated = LowRank.concatenation([lora, lora]).truncated(rank: 4)
    let expected = lora.dense().floats().map { 2 * $0 }
    let got = truncated.dense().floats()
    let error = zip(got, expected).reduce(0.0) { $0 + Double(($1.0 - $1.1) * ($1.0 - $1.1)) }.squareRoot()
    let norm = expected.reduce(0.0) { $0 + Double($1 * $1) }.squareRoot()
    #expect(error < 1e-5 * norm)
}
