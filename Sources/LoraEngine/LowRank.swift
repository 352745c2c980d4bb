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
        precondition(parts.allSatisfy { $0.outFeatures == out && $0.inFeatures == inFeatures }, "concatenation: shapes differ")
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
        precondition(rows.count == outFeatures && rows.lowerBound >= 0 && rows.upperBound <= total, "placed: rows \(rows) do not fit \(outFeatures) of \(total)")
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
    /// - Complexity: O((out + in)·r·r').
    public func innerProduct(_ other: LowRank) -> Double {
        precondition(outFeatures == other.outFeatures && inFeatures == other.inFeatures, "innerProduct: shapes differ")
        let ups = Matrix(up).transposeTimes(Matrix(other.up))  // r × r'
        let downsT = Matrix(down.transposed()).transposeTimes(Matrix(other.down.transposed()))  // r × r'
        var total = 0.0
        for i in 0..<ups.values.count { total += ups.values[i] * downsT.values[i] }
        return Double(scale) * Double(other.scale) * total
    }

    /// ‖scale · up · down‖_F, exact up to F64 rounding, without the dense product.
    /// - Complexity: O((out + in)·r²).
    public func frobeniusNorm() -> Double { Swift.max(innerProduct(self), 0).squareRoot() }
}
