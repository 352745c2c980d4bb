/// The activation's derivative applied to a batch, for the backward pass.
extension ToyActivation {
    /// `gradients[i] *= σ′(preactivations[i])` for `count` values, with σ′(x) = (1 + x²)^(−3/2).
    static func multiplyByDerivative(
        _ gradients: UnsafeMutablePointer<Float>, preactivations: UnsafePointer<Float>, count: Int
    ) {
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(preactivations + i).loadUnaligned(as: SIMD8<Float>.self)
            let g = UnsafeMutableRawPointer(gradients + i).loadUnaligned(as: SIMD8<Float>.self)
            let s = 1 / (1 + x * x).squareRoot()
            UnsafeMutableRawPointer(gradients + i).storeBytes(of: g * (s * s * s), as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            gradients[i] *= derivative(preactivations[i])
            i += 1
        }
    }
}
