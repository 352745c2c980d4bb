/// Elementwise arithmetic. Results are F32; inputs of other float dtypes are converted first.
extension Tensor {
    /// `self + other`, elementwise.
    /// - Precondition: equal shapes, float dtypes.
    /// - Complexity: O(count).
    public func adding(_ other: Tensor) -> Tensor {
        var result = self.converted(to: .f32)
        result.axpy(1, other)
        return result
    }

    /// `factor · self`, elementwise.
    /// - Complexity: O(count).
    public func scaled(by factor: Float) -> Tensor {
        var result = self.converted(to: .f32)
        result.scale(by: factor)
        return result
    }

    /// Multiplies every element by `factor` in place (the tensor becomes F32).
    /// - Complexity: O(count).
    public mutating func scale(by factor: Float) {
        if dtype != .f32 { self = converted(to: .f32) }
        withUnsafeMutableFloats { y in
            guard let base = y.baseAddress else { return }
            let n = y.count
            var i = 0
            let f = SIMD16<Float>(repeating: factor)
            while i + 16 <= n {
                let raw = UnsafeMutableRawPointer(base + i)
                raw.storeBytes(of: raw.loadUnaligned(as: SIMD16<Float>.self) * f, as: SIMD16<Float>.self)
                i += 16
            }
            while i < n {
                base[i] *= factor
                i += 1
            }
        }
    }

    /// `self ← self + alpha · x` in place (BLAS axpy; the tensor becomes F32).
    /// - Precondition: `x.shape == shape`, float dtypes.
    /// - Complexity: O(count).
    public mutating func axpy(_ alpha: Float, _ x: Tensor) {
        precondition(x.shape == shape, "axpy shapes differ: \(shape) and \(x.shape)")
        if dtype != .f32 { self = converted(to: .f32) }
        let xf = x.converted(to: .f32)
        withUnsafeMutableFloats { y in
            xf.withUnsafeFloats { xs in
                guard let yb = y.baseAddress, let xb = xs.baseAddress else { return }
                let n = y.count
                var i = 0
                let a = SIMD16<Float>(repeating: alpha)
                while i + 16 <= n {
                    let yr = UnsafeMutableRawPointer(yb + i)
                    let xv = UnsafeRawPointer(xb + i).loadUnaligned(as: SIMD16<Float>.self)
                    let yv = yr.loadUnaligned(as: SIMD16<Float>.self)
                    yr.storeBytes(of: yv.addingProduct(a, xv), as: SIMD16<Float>.self)
                    i += 16
                }
                while i < n {
                    yb[i] = yb[i].addingProduct(alpha, xb[i])
                    i += 1
                }
            }
        }
    }

    /// An F32 tensor of independent standard normal deviates drawn from `generator`.
    public static func randomNormal(shape: [Int], scale: Float = 1, generator: inout SplitMix64) -> Tensor {
        let n = shape.reduce(1, *)
        return Tensor(shape: shape, values: generator.normals(count: n).map { $0 * scale })
    }
}
