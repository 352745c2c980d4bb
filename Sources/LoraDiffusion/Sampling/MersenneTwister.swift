/// The 32-bit Mersenne Twister (MT19937) exactly as torch's CPU generator runs it.
///
/// Seeding follows `at::mt19937_engine::init_with_uint32`: only the low 32 bits of the 64-bit
/// seed enter the state (so seeds 5 and 2³² + 5 give the same stream), with Knuth's
/// multiplier 1812433253; the state is regenerated lazily, all 624 words at once, on the first
/// draw and every 624 draws after. Tempering is the reference one (shifts 11, 7, 15, 18).
///
/// Source: M. Matsumoto, T. Nishimura, "Mersenne twister: a 623-dimensionally equidistributed
/// uniform pseudo-random number generator", ACM TOMACS 8(1), 1998; torch's
/// aten/src/ATen/core/MT19937RNGEngine.h.
public struct MersenneTwister: Sendable, Equatable {
    private static let stateCount = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_b0df

    /// The seed as given (torch keeps all 64 bits for `initial_seed()`; only 32 are used).
    public let seed: UInt64
    private var state: [UInt32]
    /// Draws left before the next regeneration (torch's `left_`).
    private var left: Int
    /// Index of the next word to temper (torch's `next_`).
    private var next: Int

    /// A generator seeded like `torch.Generator("cpu").manual_seed(seed)`.
    public init(seed: UInt64) {
        self.seed = seed
        var words = [UInt32](repeating: 0, count: Self.stateCount)
        words[0] = UInt32(truncatingIfNeeded: seed)
        for j in 1..<Self.stateCount {
            let previous = words[j - 1]
            words[j] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(j)
        }
        state = words
        left = 1
        next = 0
    }

    /// The next 32-bit output (torch's `CPUGeneratorImpl::random()`).
    public mutating func next32() -> UInt32 {
        left -= 1
        if left == 0 { regenerate() }
        var y = state[next]
        next += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Two outputs as one 64-bit value, the first in the high half
    /// (torch's `CPUGeneratorImpl::random64()`).
    public mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        let low = UInt64(next32())
        return high << 32 | low
    }

    /// Regenerates the whole state (the reference `next_state`).
    private mutating func regenerate() {
        let n = Self.stateCount
        let m = Self.shift
        state.withUnsafeMutableBufferPointer { words in
            @inline(__always) func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
                let mixed = (u & 0x8000_0000) | (v & 0x7fff_ffff)
                return (mixed >> 1) ^ ((v & 1) != 0 ? Self.matrixA : 0)
            }
            for k in 0..<(n - m) {
                words[k] = words[k + m] ^ twist(words[k], words[k + 1])
            }
            for k in (n - m)..<(n - 1) {
                words[k] = words[k + m - n] ^ twist(words[k], words[k + 1])
            }
            words[n - 1] = words[m - 1] ^ twist(words[n - 1], words[0])
        }
        left = n
        next = 0
    }
}
