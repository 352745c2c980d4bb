/// Randomized truncated SVD for large dense matrices when only the top k triplets are needed.
///
/// Halko, Martinsson & Tropp, "Finding structure with randomness: probabilistic algorithms for
/// constructing approximate matrix decompositions", SIAM Review 53(2), 2011: Algorithm 4.4
/// (randomized subspace iteration: Y = A·Ω with a Gaussian Ω of k + p columns, then q rounds
/// of Aᵀ·Q, A·Q, each re-orthonormalised by QR) followed by Algorithm 5.1 (B = Qᵀ·A, dense
/// SVD of the small B, U = Q·Ũ). The large products run on the F32 GEMM; the QR and the SVD of
/// B run in F64. With p ≥ 5 and q ≥ 1 the error ‖A − UΣVᵀ‖ is close to the optimal
/// (σₖ₊₁² + … )^½ (their §10); the tests hold it within 1.1× on a slowly decaying spectrum.
public enum RandomizedSVD {
    /// The top-`rank` SVD of `a` (any float dtype; conv kernels flattened).
    ///
    /// - Parameters:
    ///   - rank: k, the number of triplets returned (clamped to min(m, n)).
    ///   - oversampling: p extra random directions (default 10).
    ///   - powerIterations: q (default 2); more helps when the spectrum decays slowly.
    ///   - seed: seeds the Gaussian test matrix (`SplitMix64`), so results repeat exactly.
    ///   - threads: GEMM workers; the result does not depend on it.
    /// - Complexity: O((2q + 2)·m·n·(k + p)) in GEMM plus O((m + n)·(k + p)²) in F64.
    public static func decompose(
        _ a: Tensor, rank: Int, oversampling: Int = 10, powerIterations: Int = 2, seed: UInt64 = 0,
        threads: Int = ParallelFor.defaultThreadCount
    ) -> SVD {
        let matrix = a.flattenedToMatrix().converted(to: .f32)
        let m = matrix.rows
        let n = matrix.columns
        let k = Swift.min(rank, m, n)
        let l = Swift.min(k + oversampling, m, n)
        var generator = SplitMix64(seed: seed)
        let omega = Tensor.randomNormal(shape: [n, l], generator: &generator)
        // Q spans the range of A·Ω, refined by power iterations.
        var q = orthonormalBasis(GEMM.product(matrix, omega, threads: threads))
        for _ in 0..<powerIterations {
            let z = orthonormalBasis(GEMM.product(matrix, q.tensor(), transposeA: true, threads: threads))
            q = orthonormalBasis(GEMM.product(matrix, z.tensor(), threads: threads))
        }
        // B = Qᵀ·A is l × n.
        let b = Matrix(GEMM.product(q.tensor(), matrix, transposeA: true, threads: threads))
        let small = SVD(b).truncated(rank: k)
        return SVD(u: q * small.u, singularValues: small.singularValues, vt: small.vt)
    }

    /// The thin Q of a Householder QR of `y` (orthonormal columns spanning its range).
    static func orthonormalBasis(_ y: Tensor) -> Matrix {
        HouseholderQR(Matrix(y)).thinQ()
    }

    /// The top singular triplets of `a` as the SVD of the rank-l product Q·B, from a sketch
    /// whose test matrix may start with known directions.
    ///
    /// The same algorithms as `decompose` (Halko, Martinsson & Tropp 2011, Algorithm 4.4 then
    /// 5.1), arranged for large matrices merged module by module:
    /// - the test matrix Ω (n × l) holds the rows of `start` first (directions expected to
    ///   span most of the dominant right singular space: HMT §4 allow any test matrix, and a
    ///   good one needs fewer power iterations), then Gaussian columns of norm ≈ 1 up to l;
    /// - l = k + p is rounded up to a multiple of the GEMM's 16-wide micro-tile (p ≥
    ///   `oversampling`, `sketchSize`), since the columns up to it cost nothing more;
    /// - every product keeps `a` in its stored layout: A·X and Qᵀ·A only (Z = (Qᵀ·A)ᵀ);
    /// - the bases are orthonormalised by `TallQR` (CholeskyQR2, Householder when it refuses);
    /// - B = Qᵀ·A, and Q·B is decomposed from its factors as `LowRank.svd` does, Q taken as
    ///   orthonormal (no second QR of it).
    /// - Parameters:
    ///   - rank: k (clamped to min(m, n)); the result has l ≥ k triplets, the first k of which
    ///     are the approximation asked for.
    ///   - start: s × n, s ≤ l: the first directions of Ω (rows; any scale), or nil.
    ///   - oversampling: the least p.
    ///   - powerIterations: q.
    ///   - seed: seeds the Gaussian part (`SplitMix64`), so results repeat exactly.
    ///   - threads: GEMM workers; the result does not depend on it.
    /// - Complexity: O((2q + 2)·m·n·l) in GEMM plus O((m + n)·l²) in F64.
    public static func factored(
        _ a: Tensor, rank: Int, start: Tensor? = nil, oversampling: Int = 10, powerIterations: Int = 1,
        seed: UInt64 = 0,
        threads: Int = ParallelFor.defaultThreadCount
    ) -> LowRankSVD {
        let matrix = a.flattenedToMatrix().converted(to: .f32)
        let (m, n) = (matrix.rows, matrix.columns)
        let l = sketchSize(rank: rank, oversampling: oversampling, rows: m, columns: n)
        // Ωᵀ, l × n: the start's rows, then Gaussian rows scaled by 1/√n.
        var omega = Tensor(uninitialized: [l, n])
        let given = start.map { Swift.min($0.flattenedToMatrix().rows, l) } ?? 0
        omega.withUnsafeMutableFloats { o in
            if let start, given > 0 {
                precondition(
                    start.flattenedToMatrix().columns == n,
                    "RandomizedSVD: start has \(start.shape), A has \(n) columns")
                start.converted(to: .f32).withUnsafeFloats { s in
                    o.baseAddress!.update(from: s.baseAddress!, count: given * n)
                }
            }
            var generator = SplitMix64(seed: seed)
            let scale = 1 / Double(n).squareRoot()
            for i in (given * n)..<(l * n) { o[i] = Float(generator.nextNormal() * scale) }
        }
        var q = orthonormalColumns(GEMM.product(matrix, omega, transposeB: true, threads: threads))
        for _ in 0..<powerIterations {
            let z = orthonormalRows(GEMM.product(q.tensor, matrix, transposeA: true, threads: threads))
            q = orthonormalColumns(GEMM.product(matrix, z, transposeB: true, threads: threads))
        }
        // B = Qᵀ·A (l × n) = R_bᵀ·Q_bᵀ by a QR of Bᵀ, so Q·B = Q·R_bᵀ·Q_bᵀ: the SVD of the small
        // R_bᵀ with Q (orthonormal, R = I) and Q_b on either side, as `LowRank.svd` does.
        let b = GEMM.product(q.tensor, matrix, transposeA: true, threads: threads)
        let qrB = b.withUnsafeFloats { v in TallQR(TallMatrix(rows: n, columns: l) { i, j in Double(v[j * n + i]) }) }
        return LowRankSVD(
            qrUp: .cholesky(CholeskyQR2(orthonormal: q.basis)), qrDown: qrB, core: SVD(qrB.r.transposed()))
    }

    /// l = k + p for `factored`: p ≥ `oversampling`, k + p rounded up to a multiple of the
    /// GEMM's 16-wide micro-tile, at most min(m, n).
    public static func sketchSize(rank: Int, oversampling: Int = 10, rows m: Int, columns n: Int) -> Int {
        let k = Swift.min(rank, m, n)
        return Swift.min((k + oversampling + GEMM.nr - 1) / GEMM.nr * GEMM.nr, m, n)
    }

    /// Orthonormal columns spanning those of `y` (m × l, l ≤ m), in F64 and rounded to F32.
    static func orthonormalColumns(_ y: Tensor) -> (basis: TallMatrix, tensor: Tensor) {
        let (m, l) = (y.rows, y.columns)
        let qr = y.withUnsafeFloats { v in TallQR(TallMatrix(rows: m, columns: l) { i, j in Double(v[i * l + j]) }) }
        let basis = qr.thinQTimes(Matrix(identity: l, l))
        return (basis, Tensor(shape: [m, l], values: basis.floats()))
    }

    /// An l × n F32 matrix with orthonormal rows spanning those of `w` (l × n, l ≤ n).
    static func orthonormalRows(_ w: Tensor) -> Tensor {
        let (l, n) = (w.rows, w.columns)
        let qr = w.withUnsafeFloats { v in TallQR(TallMatrix(rows: n, columns: l) { i, j in Double(v[j * n + i]) }) }
        return Tensor(shape: [l, n], values: qr.thinQTimes(Matrix(identity: l, l)).floats(transposed: true))
    }
}
