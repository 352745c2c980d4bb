import Foundation

/// Vectorised transcendental functions (eight F32 lanes) for the activations and softmax, each
/// with a plain scalar twin the tests compare it with.
///
/// `exp` is Cephes' `expf` (Moshier, "Methods and Programs for Mathematical Functions", 1989):
/// n = round(x·log₂e), r = x − n·ln 2 (ln 2 split in two parts), a degree-6 polynomial for eʳ,
/// then the exponent n is added to the float's bits; relative error below 2·10⁻⁷ on
/// [−87.3, 88]. `erf` is Abramowitz & Stegun 7.1.26 (absolute error ≤ 1.5·10⁻⁷).
public enum VectorMath {
    /// Eight F32 lanes.
    public typealias Lanes = SIMD8<Float>

    /// eˣ for each lane; inputs are clamped to [−87.3, 88] (so −∞ gives ≈ 1.2·10⁻³⁸, not 0, and
    /// the result never overflows).
    ///
    /// n = x·log₂e is rounded to nearest by adding and subtracting 1.5·2²³ (exact for
    /// |n| < 2²²), and 2ⁿ is built from the low bits of that sum; only lane-wise arithmetic,
    /// so it compiles to straight vector code.
    @inlinable @inline(__always)
    public static func exp(_ x: Lanes) -> Lanes {
        let clamped = minimum(maximum(x, Lanes(repeating: -87.3)), Lanes(repeating: 88))
        let magic = Lanes(repeating: 12_582_912)  // 1.5·2²³
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        var r = clamped - n * 0.693_359_375
        r = r - n * -2.121_944_4e-4
        var p = Lanes(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        p = p * (r * r) + r + 1
        // shifted's bits are 0x4B40_0000 + n (two's complement in the low bits).
        let bits = unsafeBitCast(shifted, to: SIMD8<UInt32>.self) &- 0x4B40_0000 &+ 127
        let scale = unsafeBitCast(bits &<< 23, to: Lanes.self)
        return p * scale
    }

    /// The lane-wise larger of `a` and `b` (`b` where `b > a`). A compare and a blend: the
    /// standard library's `pointwiseMax` handles NaNs lane by lane and is many times slower.
    @inlinable @inline(__always)
    public static func maximum(_ a: Lanes, _ b: Lanes) -> Lanes { a.replacing(with: b, where: b .> a) }

    /// The lane-wise smaller of `a` and `b` (`b` where `b < a`).
    @inlinable @inline(__always)
    public static func minimum(_ a: Lanes, _ b: Lanes) -> Lanes { a.replacing(with: b, where: b .< a) }

    /// 1 / (1 + e⁻ˣ) for each lane.
    @inlinable @inline(__always)
    public static func sigmoid(_ x: Lanes) -> Lanes { 1 / (1 + exp(-x)) }

    /// erf(x) for each lane (Abramowitz & Stegun 7.1.26).
    @inlinable @inline(__always)
    public static func erf(_ x: Lanes) -> Lanes {
        let a = unsafeBitCast(unsafeBitCast(x, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF, to: Lanes.self)
        let t = 1 / (1 + 0.327_591_1 * a)
        var p = Lanes(repeating: 1.061_405_429)
        p = p * t - 1.453_152_027
        p = p * t + 1.421_413_741
        p = p * t - 0.284_496_736
        p = p * t + 0.254_829_592
        let y = 1 - p * t * exp(-(a * a))
        let sign = unsafeBitCast(x, to: SIMD8<UInt32>.self) & 0x8000_0000
        return unsafeBitCast(unsafeBitCast(y, to: SIMD8<UInt32>.self) | sign, to: Lanes.self)
    }

    /// x·Φ(x) = x·(1 + erf(x/√2))/2, the exact GELU, for each lane.
    @inlinable @inline(__always)
    public static func gelu(_ x: Lanes) -> Lanes { 0.5 * x * (1 + erf(x * 0.707_106_781_186_547_5)) }

    /// x·σ(x) for each lane.
    @inlinable @inline(__always)
    public static func silu(_ x: Lanes) -> Lanes { x / (1 + exp(-x)) }

    /// x·σ(1.702·x) for each lane.
    @inlinable @inline(__always)
    public static func quickGelu(_ x: Lanes) -> Lanes { x / (1 + exp(-1.702 * x)) }

    // MARK: Plain twins (for tests)

    /// The exact GELU with Foundation's `erf`.
    public static func geluReference(_ x: Float) -> Float { 0.5 * x * (1 + Foundation.erf(x / Float(2).squareRoot())) }
    /// x·σ(x) with Foundation's `exp`.
    public static func siluReference(_ x: Float) -> Float { x / (1 + Foundation.exp(-x)) }
    /// x·σ(1.702·x) with Foundation's `exp`.
    public static func quickGeluReference(_ x: Float) -> Float { x / (1 + Foundation.exp(-1.702 * x)) }
}
