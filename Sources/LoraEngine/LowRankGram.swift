/// The Gram matrices of a factored matrix's factors, upᵀ·up and down·downᵀ (F64, r × r): what
/// its Frobenius norm and its leading right singular directions need, at O((out + in)·r²) and
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
        let (out, inFeatures, r) = (matrix.outFeatures, matrix.inFeatures, matrix.rank)
        upGram = matrix.up.converted(to: .f32).withUnsafeFloats { values in
            TallMatrix(rows: out, columns: r) { i, j in Double(values[i * r + j]) }.gram()
        }
        down = matrix.down.converted(to: .f32)
        downGram = down.withUnsafeFloats { values in
            TallMatrix(rows: inFeatures, columns: r) { i, j in Double(values[j * inFeatures + i]) }.gram()
        }
        scale = Double(matrix.scale)
    }

    /// ‖scale · up · down‖²_F = scale²·Σ (upᵀ·up) ⊙ (down·downᵀ), as `LowRank.innerProduct`
    /// of the matrix with itself.
    public var squaredNorm: Double {
        var total = 0.0
        for i in upGram.values.indices { total += upGram.values[i] * downGram.values[i] }
        return scale * scale * total
    }

    /// Approximately the first right singular vectors, as rows (at most `count`, only those
    /// whose σ is above 10⁻⁶·σ₁): with down·downᵀ = RᵀR (Cholesky) and R·(upᵀ·up)·Rᵀ = Y·Λ·Yᵀ
    /// (Jacobi to 10⁻⁸), the vectors are the rows of (R⁻¹Y)ᵀ·down, and σᵢ² ∝ λᵢ (the QR of
    /// downᵀ that `LowRank.svd` forms is downᵀ·R⁻¹, here never formed).
    ///
    /// Gram matrices square the condition number, so these are directions to start an
    /// iteration from (`RandomizedSVD.factored`), not an SVD: `LowRank.svd` gives results.
    /// - Returns: nil when down·downᵀ is not positive definite (a rank-deficient down: the
    ///   same LoRA twice) or the matrix is zero.
    /// - Complexity: O(r³ + count·r·in).
    public func rightSingularDirections(count: Int) -> Tensor? {
        guard count > 0, let factor = CholeskyQR2.cholesky(downGram) else { return nil }
        let core = SVD(factor * upGram * factor.transposed(), tolerance: 1e-8)
        guard let largest = core.singularValues.first, largest > 0 else { return nil }
        let kept = Swift.min(count, core.singularValues.filter { $0 > largest * 1e-12 }.count)
        let mixing = (CholeskyQR2.upperInverse(factor) * core.u.leadingColumns(kept)).transposed()  // kept × r
        return GEMM.product(mixing.tensor(), down, threads: 1)
    }
}
