import Foundation

/// The seeded generator behind the toy model's weights: SplitMix64.
///
/// State advances by the golden-ratio increment 0x9E3779B97F4A7C15 and each output is mixed
/// with the constants of Vigna's reference `splitmix64.c` (Steele, Lea & Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014). Derived draws:
/// - `uniform()`: the top 24 bits of the next output × 2⁻²⁴, in [0, 1);
/// - `normal()`: Box–Muller from two uniforms, u₁ taken as 1 − uniform() so it is in (0, 1],
///   returning √(−2 ln u₁) · cos(2π u₂) (the sine half is discarded), computed in `Double`.
/// The same seed gives the same sequence on every machine and thread count.
public struct ToyRandom: Sendable {
    private var state: UInt64

    /// A generator whose first output is SplitMix64's first output for `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform float in [0, 1).
    public mutating func uniform() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A standard normal float (mean 0, variance 1).
    public mutating func normal() -> Float {
        let u1 = 1 - Double(uniform())
        let u2 = Double(uniform())
        return Float((-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2))
    }
}
