/// The Gram matrices of a factored matrix's factors, upᵀ·up and down·downᵀ (F64, r × r): what
/// its Frobenius norm and its leading right singular subspace need, at O((out + in)·r²) and
/// without forming the product.
public struct LowRankGram: Sendable {
    /// upᵀ·up.
    let upGram: Matrix
    /// down·downᵀ.
    let downGram: Matrix
    /// down in F32 (r × in), kept to map directions back.
    let down: Tensor
    /// The matrix's scale.
    let scale: Double

    /// The Gram matrices of `matrix`'s factors (products of F32 values are exact in F64).
    public init(_ matrix: LowRank) {
        down = matrix.down.converted(to: .f32)
        upGram = LowRank.crossGram(matrix.up, matrix.up, rowsAreColumns: false, same: true)
        downGram = LowRank.crossGram(down, down, rowsAreColumns: true, same: true)
        scale = Double(matrix.scale)
    }

    /// ‖scale · up · down‖²_F = scale²·Σ (upᵀ·up) ⊙ (down·downᵀ), as `LowRank.innerProduct`
    /// of the matrix with itself.
    public var squaredNorm: Double {
        var total = 0.0
        for i in upGram.values.indices { total += upGram.values[i] * downGram.values[i] }
        return scale * scale * total
    }

    /// Orthonormal rows (F32; d = min(`dimension`, r) of them) spanning approximately the leading
    /// d-dimensional right singular subspace: with down·downᵀ = RᵀR (Cholesky), the right
    /// singular vectors are (R⁻¹Y)ᵀ·down for the eigenvectors Y of C = R·(upᵀ·up)·Rᵀ (r × r),
    /// and Y's leading d are approximated by subspace iteration on C: X = orth(C·G) for a seeded
    /// Gaussian G (r × d), then orth(C²·X), so the subspace is that of C³·G (Halko, Martinsson
    /// & Tropp 2011, Algorithm 4.4 on the small C). With d ≥ r it is the whole row space.
    ///
    /// Gram matrices square the condition number, so this is a subspace to start an iteration
    /// from (`RandomizedSVD.factored`), not an SVD: `LowRank.svd` gives results.
    /// - Returns: nil when down·downᵀ is not positive definite (a rank-deficient down: the
    ///   same LoRA twice).
    /// - Complexity: O(r³ + d·r·in).
    public func leadingRightSubspace(dimension: Int, seed: UInt64 = 0) -> Tensor? {
        let r = downGram.rows
        guard dimension > 0, r > 0, let factor = CholeskyQR2.cholesky(downGram) else { return nil }
        let basis: Matrix
        if dimension >= r {
            basis = Matrix(identity: r, r)
        } else {
            let c = factor * upGram * factor.transposed()
            var generator = SplitMix64(seed: seed)
            let gaussian = Matrix(
                rows: r, columns: dimension, values: (0..<(r * dimension)).map { _ in generator.nextNormal() })
            let once = HouseholderQR(c * gaussian).thinQ()
            basis = HouseholderQR(c * (c * once)).thinQ()
        }
        let mixing = (CholeskyQR2.upperInverse(factor) * basis).transposed()  // d × r
        return GEMM.product(mixing.tensor(), down, threads: 1)
    }
}
