import Foundation
import LoraEngine

/// A seeded noise source that reproduces `torch.Generator("cpu").manual_seed(seed)` followed by
/// `torch.randn(shape, generator=…)` in F32, bit for bit, and continues the stream across calls
/// as torch does (diffusers draws the initial latents and then each ancestral step's noise from
/// one generator).
///
/// How torch draws (aten/src/ATen/native/cpu/DistributionTemplates.h, `normal_kernel`):
/// - **16 elements or more** (`normal_fill`): one uniform per element,
///   `(next32() & 0xFFFFFF) · 2⁻²⁴`, all drawn first into the output; then each full block of 16
///   goes through Box–Muller (`TorchNormalKernel`). When the count is not a multiple of 16, 16
///   more uniforms are drawn into the *last* 16 elements, overwriting some finished normals,
///   and that block is transformed again.
/// - **Fewer than 16**: element by element through `at::normal_distribution<double>`: two
///   53-bit uniforms from `next64()`, `r = √(−2·log1p(−u2))`, `θ = 2π·u1`, the element is
///   `r·cos θ` rounded to F32 and `r·sin θ` is kept in the generator for the next element that
///   takes this path — even after a large fill in between. Seeding clears it.
///
/// Work is serial (torch holds the generator's lock for the whole fill), so the bytes do not
/// depend on any thread count.
public struct TorchGenerator: Sendable {
    /// The seed given to `manual_seed` (a negative Python seed is `UInt64(bitPattern:)` of it).
    public var seed: UInt64 { engine.seed }
    /// The Box–Muller kernel whose bits are reproduced.
    public let normalKernel: TorchNormalKernel
    private var engine: MersenneTwister
    /// torch's `next_double_normal_sample_`: the sine half of the last double Box–Muller pair.
    private var cachedNormal: Double?

    /// A generator in the state of `torch.Generator("cpu").manual_seed(seed)`.
    /// - Parameter normalKernel: which torch kernel to match; `.avx2` is torch's on x86-64.
    public init(seed: UInt64, normalKernel: TorchNormalKernel = .avx2) {
        self.engine = MersenneTwister(seed: seed)
        self.normalKernel = normalKernel
        self.cachedNormal = nil
    }

    /// The next raw 32-bit output (torch's `random()`).
    public mutating func nextUInt32() -> UInt32 { engine.next32() }

    /// The next raw 64-bit output, two 32-bit ones high half first (torch's `random64()`).
    public mutating func nextUInt64() -> UInt64 { engine.next64() }

    /// `torch.randn(shape, generator=self)` as an F32 tensor.
    public mutating func randn(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, values: randnFloats(count: shape.reduce(1, *)))
    }

    /// The elements of `torch.randn([count], generator=self)`, which are those of any shape with
    /// `count` elements.
    public mutating func randnFloats(count: Int) -> [Float] {
        precondition(count >= 0, "negative element count \(count)")
        if count < 16 {
            return (0..<count).map { _ in Float(nextDoubleNormal()) }
        }
        var values = [Float](repeating: 0, count: count)
        values.withUnsafeMutableBufferPointer { out in
            let base = out.baseAddress!
            for i in 0..<count { out[i] = nextUniformFloat() }
            var start = 0
            while start + 16 <= count {
                TorchBoxMuller.fill16(base + start, kernel: normalKernel)
                start += 16
            }
            if count % 16 != 0 {
                let last = base + (count - 16)
                for j in 0..<16 { last[j] = nextUniformFloat() }
                TorchBoxMuller.fill16(last, kernel: normalKernel)
            }
        }
        return values
    }

    /// `at::uniform_real_distribution<float>(0, 1)`: the low 24 bits of a 32-bit output, scaled.
    private mutating func nextUniformFloat() -> Float {
        Float(engine.next32() & 0x00FF_FFFF) * Float(1.0 / 16_777_216.0)
    }

    /// `at::uniform_real_distribution<double>(0, 1)`: the low 53 bits of a 64-bit output, scaled.
    private mutating func nextUniformDouble() -> Double {
        Double(engine.next64() & 0x001F_FFFF_FFFF_FFFF) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `at::normal_distribution<double>(0, 1)`, with torch's cached second sample.
    private mutating func nextDoubleNormal() -> Double {
        if let cached = cachedNormal {
            cachedNormal = nil
            return cached
        }
        let u1 = nextUniformDouble()
        let u2 = nextUniformDouble()
        let radius = (-2.0 * log1p(-u2)).squareRoot()
        let theta = 2.0 * Double.pi * u1
        cachedNormal = radius * sin(theta)
        return radius * cos(theta)
    }
}
