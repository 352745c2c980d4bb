/// The toy model's hidden activation, `σ(x) = x / √(1 + x²)` (the "inverse square root unit"
/// family): smooth, odd, saturating at ±1 like tanh, and cheap in SIMD (one multiply-add, one
/// square root, one divide). Its derivative is `(1 + x²)^(−3/2)` — training uses `derivative`.
public enum ToyActivation {
    /// σ(x).
    @inline(__always)
    public static func value(_ x: Float) -> Float { x / (1 + x * x).squareRoot() }

    /// σ′(x) = (1 + x²)^(−3/2).
    @inline(__always)
    public static func derivative(_ x: Float) -> Float {
        let s = 1 / (1 + x * x).squareRoot()
        return s * s * s
    }

    /// Applies σ in place to `count` values.
    static func apply(_ values: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let x = UnsafeMutableRawPointer(values + i).loadUnaligned(as: SIMD8<Float>.self)
            let y = x / (1 + x * x).squareRoot()
            UnsafeMutableRawPointer(values + i).storeBytes(of: y, as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            values[i] = value(values[i])
            i += 1
        }
    }
}
