/// A matrix kept as factors: ΔW = scale · up · down, up out × r, down r × in.
///
/// This is a LoRA module's delta (`up` = lora_B, `down` = lora_A, scale = alpha / r times the
/// user's weight). Conv LoRAs are flattened on entry: down r × in × kh × kw becomes
/// r × (in·kh·kw) and up out × r × 1 × 1 becomes out × r. Norms, inner products and the
/// truncated SVD are computed from the factors without forming the out × in product
/// (STYLE habit 5: O((out + in)·r²) instead of O(out·in·min(out, in))).
public struct LowRank: Sendable {
    /// out × r.
    public var up: Tensor
    /// r × in (flattened).
    public var down: Tensor
    /// Multiplies the product.
    public var scale: Float

    /// A factored matrix `scale · up · down`; conv shapes are flattened.
    /// - Precondition: `up.columns == down.rows` after flattening.
    public init(up: Tensor, down: Tensor, scale: Float = 1) {
        let flatUp = up.rank == 2 ? up : up.reshaped([up.shape[0], up.count / Swift.max(up.shape[0], 1)])
        let flatDown = down.flattenedToMatrix()
        precondition(flatUp.columns == flatDown.rows, "LowRank: up \(up.shape) and down \(down.shape) ranks differ")
        self.up = flatUp
        self.down = flatDown
        self.scale = scale
    }

    /// r, the inner dimension.
    public var rank: Int { down.rows }
    /// Rows of the product.
    public var outFeatures: Int { up.rows }
    /// Columns of the product (in·kh·kw for conv).
    public var inFeatures: Int { down.columns }

    /// The exact sum Σ partsᵢ as one factored matrix of rank Σ rᵢ: ups side by side (each
    /// multiplied by its scale), downs stacked; scale 1. No cross terms, nothing lost but the
    /// F32 rounding of scale·up.
    /// - Precondition: all parts have the same out and in sizes.
    public static func concatenation(_ parts: [LowRank]) -> LowRank {
        precondition(!parts.isEmpty, "concatenation of no parts")
        let out = parts[0].outFeatures
        let inFeatures = parts[0].inFeatures
        precondition(
            parts.allSatisfy { $0.outFeatures == out && $0.inFeatures == inFeatures }, "concatenation: shapes differ")
        let total = parts.reduce(0) { $0 + $1.rank }
        var upValues = [Float](repeating: 0, count: out * total)
        var offset = 0
        for part in parts {
            let values = part.up.floats()
            let r = part.rank
            for i in 0..<out { for j in 0..<r { upValues[i * total + offset + j] = part.scale * values[i * r + j] } }
            offset += r
        }
        let down = Tensor.concatenatingRows(parts.map { $0.down.converted(to: .f32) })
        return LowRank(up: Tensor(shape: [out, total], values: upValues), down: down, scale: 1)
    }

    /// This matrix as the rows `rows` of a `total`-row matrix (zero elsewhere): a piece of a
    /// fused weight (FLUX `to_q` in `qkv`) placed in the whole. Same rank, down and scale.
    /// - Precondition: `rows.count == outFeatures` and `rows.upperBound <= total`.
    public func placed(inRows rows: Range<Int>, of total: Int) -> LowRank {
        precondition(
            rows.count == outFeatures && rows.lowerBound >= 0 && rows.upperBound <= total,
            "placed: rows \(rows) do not fit \(outFeatures) of \(total)")
        let r = rank
        var values = [Float](repeating: 0, count: total * r)
        let source = up.floats()
        for i in 0..<outFeatures { for j in 0..<r { values[(rows.lowerBound + i) * r + j] = source[i * r + j] } }
        return LowRank(up: Tensor(shape: [total, r], values: values), down: down, scale: scale)
    }

    /// The dense product scale · up · down (F32, out × in), by GEMM.
    public func dense(threads: Int = ParallelFor.defaultThreadCount) -> Tensor {
        GEMM.product(up, down, alpha: scale, threads: threads)
    }

    /// ⟨self, other⟩_F = Σᵢⱼ (self)ᵢⱼ (other)ᵢⱼ = s·s'·Σ (upᵀ·up') ⊙ (down·down'ᵀ), in F64.
    ///
    /// upᵀ·up' and down·down'ᵀ are blocks of the Gram matrices of [up | up'] and
    /// [downᵀ | down'ᵀ] (`TallMatrix.gram`, register-tiled; F32 products are exact in F64), or
    /// of up and downᵀ alone when `other` is this matrix.
    /// - Complexity: O((out + in)·(r + r')²), at Gram-kernel speed.
    public func innerProduct(_ other: LowRank) -> Double {
        precondition(outFeatures == other.outFeatures && inFeatures == other.inFeatures, "innerProduct: shapes differ")
        let same =
            up.storage === other.up.storage && up.byteOffset == other.up.byteOffset
            && down.storage === other.down.storage && down.byteOffset == other.down.byteOffset && rank == other.rank
        let ups = Self.crossGram(up, other.up, rowsAreColumns: false, same: same)  // r × r'
        let downs = Self.crossGram(down, other.down, rowsAreColumns: true, same: same)  // r × r'
        var total = 0.0
        for i in 0..<ups.values.count { total += ups.values[i] * downs.values[i] }
        return Double(scale) * Double(other.scale) * total
    }

    /// aᵀ·b (r × r') for a: m × r and b: m × r' (or a·bᵀ for a: r × m and b: r' × m when
    /// `rowsAreColumns`), as the off-diagonal block of the Gram matrix of [a | b]; aᵀ·a alone
    /// when `same`.
    static func crossGram(_ a: Tensor, _ b: Tensor, rowsAreColumns: Bool, same: Bool) -> Matrix {
        let (x, y) = (a.converted(to: .f32), b.converted(to: .f32))
        let (m, r) = rowsAreColumns ? (x.columns, x.rows) : (x.rows, x.columns)
        let r2 = rowsAreColumns ? y.rows : y.columns
        let width = same ? r : r + r2
        let gram = x.withUnsafeFloats { xv in
            y.withUnsafeFloats { yv in
                TallMatrix(rows: m, columns: width) { i, j in
                    if j < r { return Double(rowsAreColumns ? xv[j * m + i] : xv[i * r + j]) }
                    let k = j - r
                    return Double(rowsAreColumns ? yv[k * m + i] : yv[i * r2 + k])
                }.gram()
            }
        }
        if same { return gram }
        var block = Matrix(zeros: r, r2)
        for i in 0..<r { for j in 0..<r2 { block[i, j] = gram[i, r + j] } }
        return block
    }

    /// The plain reference of `innerProduct` (F64 copies of the factors, triple loops). For tests.
    func innerProductReference(_ other: LowRank) -> Double {
        let ups = Matrix(up).transposeTimes(Matrix(other.up))
        let downsT = Matrix(down.transposed()).transposeTimes(Matrix(other.down.transposed()))
        var total = 0.0
        for i in 0..<ups.values.count { total += ups.values[i] * downsT.values[i] }
        return Double(scale) * Double(other.scale) * total
    }

    /// ‖scale · up · down‖_F, exact up to F64 rounding, without the dense product.
    /// - Complexity: O((out + in)·r²).
    public func frobeniusNorm() -> Double { Swift.max(innerProduct(self), 0).squareRoot() }
}
