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
}
