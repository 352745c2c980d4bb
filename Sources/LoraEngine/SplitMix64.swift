#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The seeded pseudo-random generator used everywhere lorash needs randomness.
///
/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; the constants are those of `java.util.SplittableRandom` and of Vigna's
/// reference C code at prng.di.unimi.it): the state advances by the golden-ratio increment
/// 0x9E3779B97F4A7C15 and each output is the state passed through a 64-bit finaliser.
/// Because the output is a pure function of (seed, position), `hash(seed, index)` gives
/// element `index` its own random number, so parallel kernels produce the same bytes
/// whatever the thread count or chunking.
///
/// Normal deviates use the Box–Muller transform (Box & Muller, Ann. Math. Statist. 29, 1958):
/// two uniforms u1 ∈ (0, 1], u2 ∈ [0, 1) give √(−2 ln u1)·cos(2π u2) and ·sin(2π u2); both are
/// used, in that order.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The current state (the next output is `mix(state + increment)`).
    public private(set) var state: UInt64
    /// A cached second Box–Muller deviate.
    private var spareNormal: Double?

    /// The golden-ratio increment.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
        spareNormal = nil
    }

    /// The SplitMix64 finaliser (a bijection on 64-bit words).
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Output number `index` (0-based) of the generator seeded with `seed`, without stepping
    /// through the ones before it.
    @inline(__always)
    public static func hash(_ seed: UInt64, _ index: UInt64) -> UInt64 {
        mix(seed &+ (index &+ 1) &* increment)
    }

    /// A uniform `Float` in [0, 1) from the top 24 bits of `bits`.
    @inline(__always)
    public static func unitFloat(_ bits: UInt64) -> Float {
        Float(bits >> 40) * 0x1p-24
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniform `Double` in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal deviate (mean 0, variance 1) by Box–Muller.
    public mutating func nextNormal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        let u1 = 1 - nextUnit()  // (0, 1]
        let u2 = nextUnit()
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Double.pi * u2
        spareNormal = radius * sin(angle)
        return radius * cos(angle)
    }

    /// `count` standard normal deviates as `Float`s.
    public mutating func normals(count: Int) -> [Float] {
        (0..<count).map { _ in Float(nextNormal()) }
    }
}
