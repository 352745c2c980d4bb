import LoraEngine

/// Layer normalisation over the last dimension (torch's `nn.LayerNorm(dim, eps)` with an
/// elementwise affine map): for each row r of width n,
/// y = (x − mean(r)) / √(var(r) + eps) · weight + bias, with the biased variance (÷ n).
///
/// Statistics are computed in two passes (mean, then the mean of squared deviations) in F32.
public struct LayerNorm: Sendable {
    /// γ, [dim].
    public let weight: Tensor
    /// β, [dim].
    public let bias: Tensor
    /// Added to the variance before the square root.
    public let eps: Float

    /// The normalised width.
    public var dimension: Int { weight.count }

    /// A layer norm over given tensors.
    /// - Precondition: `weight` and `bias` have the same element count.
    public init(weight: Tensor, bias: Tensor, eps: Float = 1e-5) {
        precondition(weight.count == bias.count, "LayerNorm weight and bias differ in size")
        self.weight = weight.converted(to: .f32).reshaped([weight.count])
        self.bias = bias.converted(to: .f32).reshaped([bias.count])
        self.eps = eps
    }

    /// The layer norm stored under `prefix` (`prefix.weight`, `prefix.bias`, both [dimension]).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(_ weights: some WeightSource, prefix: String, dimension: Int, eps: Float = 1e-5)
        throws(DiffusionError)
    {
        self.init(
            weight: try weights.tensor(prefix + ".weight", shape: [dimension]),
            bias: try weights.tensor(prefix + ".bias", shape: [dimension]), eps: eps)
    }

    /// Normalises each row of `x` (any rank, last dimension `dimension`); F32, same shape.
    /// - Complexity: O(count), threaded over rows.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        let n = dimension
        precondition(x.shape.last == n, "LayerNorm(\(n)) applied to \(x.shape)")
        let rows = x.count / Swift.max(n, 1)
        let input = x.converted(to: .f32)
        var out = Tensor(uninitialized: x.shape)
        input.withUnsafeFloats { source in
            weight.withUnsafeFloats { gamma in
                bias.withUnsafeFloats { beta in
                    out.withUnsafeMutableFloats { target in
                        guard let s = source.baseAddress, let t = target.baseAddress else { return }
                        let g = gamma.baseAddress!
                        let b = beta.baseAddress!
                        Parallel.forEachBlock(count: rows, blockSize: Swift.max(1, 8192 / Swift.max(n, 1))) { range in
                            for row in range {
                                LayerNorm.normalizeRow(
                                    s + row * n, into: t + row * n, count: n, gamma: g, beta: b, eps: eps)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// One row: two-pass statistics, then the affine map.
    @inline(__always)
    static func normalizeRow(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count n: Int, gamma: UnsafePointer<Float>,
        beta: UnsafePointer<Float>, eps: Float
    ) {
        let mean = RowStatistics.sum(x, count: n) / Float(n)
        let variance = RowStatistics.sumOfSquaredDeviations(x, count: n, from: mean) / Float(n)
        let inverse = 1 / (variance + eps).squareRoot()
        var i = 0
        let m8 = SIMD8<Float>(repeating: mean)
        let r8 = SIMD8<Float>(repeating: inverse)
        while i + 8 <= n {
            let v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
            let g = UnsafeRawPointer(gamma + i).loadUnaligned(as: SIMD8<Float>.self)
            let b = UnsafeRawPointer(beta + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(y + i).storeBytes(of: ((v - m8) * r8) * g + b, as: SIMD8<Float>.self)
            i += 8
        }
        while i < n {
            y[i] = (x[i] - mean) * inverse * gamma[i] + beta[i]
            i += 1
        }
    }

    /// The plain twin: a double-precision loop over rows.
    static func reference(_ x: [Float], width n: Int, weight: [Float], bias: [Float], eps: Float) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        for row in 0..<(x.count / n) {
            let values = x[(row * n)..<(row * n + n)].map(Double.init)
            let mean = values.reduce(0, +) / Double(n)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
            for i in 0..<n {
                out[row * n + i] = Float(
                    (values[i] - mean) / (variance + Double(eps)).squareRoot() * Double(weight[i]) + Double(bias[i]))
            }
        }
        return out
    }
}

/// Vectorised sums over a row (eight F32 accumulators, combined at the end in a fixed order).
enum RowStatistics {
    /// Σ x[i].
    @inline(__always)
    static func sum(_ x: UnsafePointer<Float>, count n: Int) -> Float {
        var acc = SIMD8<Float>()
        var i = 0
        while i + 8 <= n {
            acc += UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
            i += 8
        }
        var total = acc.sum()
        while i < n {
            total += x[i]
            i += 1
        }
        return total
    }

    /// Σ (x[i] − mean)².
    @inline(__always)
    static func sumOfSquaredDeviations(_ x: UnsafePointer<Float>, count n: Int, from mean: Float) -> Float {
        var acc = SIMD8<Float>()
        let m8 = SIMD8<Float>(repeating: mean)
        var i = 0
        while i + 8 <= n {
            let d = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self) - m8
            acc.addProduct(d, d)
            i += 8
        }
        var total = acc.sum()
        while i < n {
            let d = x[i] - mean
            total += d * d
            i += 1
        }
        return total
    }
}
