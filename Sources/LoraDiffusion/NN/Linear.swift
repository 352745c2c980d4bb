import LoraEngine

/// A fully connected layer, y = x·Wᵀ + b, over the last dimension of a tensor of any rank
/// (torch's `nn.Linear`).
///
/// Weights are F32, `weight` [out, in] and `bias` [out], taken from a `WeightSource` as
/// `PREFIX.weight` / `PREFIX.bias`. The product runs on `GEMM` with Wᵀ packed once when the
/// layer is built (the bias is written into the output first and the product accumulated onto
/// it).
public struct Linear: Sendable {
    /// Wᵀ [inFeatures, outFeatures], packed as the B of x·Wᵀ.
    let packedWeight: PackedMatrix
    /// The bias, [outFeatures], if the layer has one.
    public let bias: Tensor?

    /// The weight matrix, [outFeatures, inFeatures] (unpacked on each call).
    public var weight: Tensor { packedWeight.matrix(transposed: true) }
    /// Input width (the last dimension of what the layer takes).
    public var inFeatures: Int { packedWeight.rows }
    /// Output width.
    public var outFeatures: Int { packedWeight.columns }

    /// A layer over given tensors.
    /// - Precondition: `weight` is [out, in] (or [out, in, 1, 1], a 1×1 convolution's kernel,
    ///   which is the same map over channels) and `bias`, if any, has `out` elements.
    public init(weight: Tensor, bias: Tensor?) {
        precondition(
            weight.rank == 2 || (weight.rank == 4 && weight.shape[2] == 1 && weight.shape[3] == 1),
            "Linear weight must be [out, in], got \(weight.shape)")
        let matrix = weight.converted(to: .f32).reshaped([weight.shape[0], weight.shape[1]])
        precondition(bias == nil || bias!.count == matrix.shape[0], "Linear bias does not match \(weight.shape)")
        packedWeight = PackedMatrix(matrix, transposed: true, threads: Parallel.threads)
        self.bias = bias.map { $0.converted(to: .f32).reshaped([matrix.shape[0]]) }
    }

    /// The layer stored under `prefix` (`prefix.weight` [out, in], and `prefix.bias` [out] when
    /// `bias` is true).
    /// - Parameter acceptingPointwiseConvolution: also accept a [out, in, 1, 1] weight (the
    ///   conv-projection layers some checkpoints store where others store a linear layer).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(
        _ weights: some WeightSource, prefix: String, inFeatures: Int, outFeatures: Int, bias: Bool = true,
        acceptingPointwiseConvolution: Bool = false
    ) throws(DiffusionError) {
        let key = prefix + ".weight"
        let found = try weights.tensor(key)
        let matrixShape = [outFeatures, inFeatures]
        guard found.shape == matrixShape || (acceptingPointwiseConvolution && found.shape == matrixShape + [1, 1])
        else { throw .unexpectedShape(key, expected: matrixShape, found: found.shape) }
        let b = bias ? try weights.tensor(prefix + ".bias", shape: [outFeatures]) : nil
        self.init(weight: found, bias: b)
    }

    /// x·Wᵀ + b over the last dimension: `x` [..., in] gives [..., out].
    /// - Precondition: `x.shape.last == inFeatures`.
    /// - Complexity: O(rows·in·out) on `GEMM`.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        precondition(x.shape.last == inFeatures, "Linear(\(inFeatures)→\(outFeatures)) applied to \(x.shape)")
        let rows = x.count / Swift.max(inFeatures, 1)
        let matrix = x.converted(to: .f32).reshaped([rows, inFeatures])
        let outShape = Array(x.shape.dropLast()) + [outFeatures]
        return apply(matrix, threads: Parallel.threads).reshaped(outShape)
    }

    /// `residual + x·Wᵀ + b` over the last dimension (the residual is written into the output
    /// before the product is accumulated onto it).
    /// - Precondition: `residual` has the output's element count.
    func callAsFunction(_ x: Tensor, residual: Tensor) -> Tensor {
        precondition(x.shape.last == inFeatures, "Linear(\(inFeatures)→\(outFeatures)) applied to \(x.shape)")
        let rows = x.count / Swift.max(inFeatures, 1)
        precondition(residual.count == rows * outFeatures, "residual \(residual.shape) does not match")
        let matrix = x.converted(to: .f32).reshaped([rows, inFeatures])
        let outShape = Array(x.shape.dropLast()) + [outFeatures]
        return apply(matrix, threads: Parallel.threads, residual: residual).reshaped(outShape)
    }

    /// residual + x·Wᵀ + b for a matrix `x` [rows, in], on `threads` GEMM workers.
    func apply(_ x: Tensor, threads: Int, residual: Tensor? = nil) -> Tensor {
        let rows = x.shape[0]
        if bias == nil && residual == nil { return GEMM.product(x, packedWeight, threads: threads) }
        var out = Linear.startingRows(
            rows: rows, width: outFeatures, base: residual?.converted(to: .f32).reshaped([rows, outFeatures]),
            bias: bias)
        GEMM.multiplyAdd(x, packedWeight, beta: 1, into: &out, threads: threads)
        return out
    }

    /// A fresh [rows, width] matrix holding `base` (or zeros) plus `bias` in every row: what a
    /// GEMM with β = 1 accumulates onto.
    static func startingRows(rows: Int, width: Int, base: Tensor?, bias: Tensor?) -> Tensor {
        var out = Tensor(uninitialized: [rows, width])
        out.withUnsafeMutableFloats { target in
            guard let t = target.baseAddress else { return }
            let withBase: (UnsafePointer<Float>?) -> Void = { b in
                let withBias: (UnsafePointer<Float>?) -> Void = { c in
                    Parallel.forEachBlock(count: rows, blockSize: Swift.max(1, 32768 / Swift.max(width, 1))) { range in
                        for r in range {
                            let row = t + r * width
                            switch (b, c) {
                            case (let b?, let c?):
                                for i in 0..<width { row[i] = b[r * width + i] + c[i] }
                            case (let b?, nil): row.update(from: b + r * width, count: width)
                            case (nil, let c?): row.update(from: c, count: width)
                            case (nil, nil): row.update(repeating: 0, count: width)
                            }
                        }
                    }
                }
                if let bias { bias.withUnsafeFloats { withBias($0.baseAddress) } } else { withBias(nil) }
            }
            if let base { base.withUnsafeFloats { withBase($0.baseAddress) } } else { withBase(nil) }
        }
        return out
    }
}
