import Foundation
import LoraEngine

/// The sinusoidal embedding of timesteps (and of SDXL's size/crop conditions), exactly as
/// diffusers' `get_timestep_embedding(t, dim, flip_sin_to_cos: true, downscale_freq_shift: 0)`
/// computes it in F32 (Ho et al., "Denoising Diffusion Probabilistic Models", 2020, after
/// Vaswani et al. 2017): with half = dim / 2 and, for i < half,
/// fᵢ = exp(−ln(10000)·i / half), row = [cos(t·f₀), …, cos(t·f_{half−1}), sin(t·f₀), …].
///
/// Every intermediate is rounded to F32 where torch rounds it (the exponent, the frequency, the
/// product t·fᵢ), so the embedding of t = 999 matches torch's to the last bit or so.
public enum SinusoidalEmbedding {
    /// The frequencies f₀ … f_{half−1}, rounded as torch rounds them.
    static func frequencies(dimension: Int) -> [Float] {
        let half = dimension / 2
        let logPeriod = Float(-Foundation.log(10000.0))
        return (0..<half).map { i in
            let exponent = (logPeriod * Float(i)) / Float(half)
            return Float(Foundation.exp(Double(exponent)))
        }
    }

    /// One row per value: [values.count, dimension] (an odd dimension gets a zero last column).
    public static func embed(_ values: [Float], dimension: Int) -> Tensor {
        let half = dimension / 2
        let frequencies = frequencies(dimension: dimension)
        var out = [Float](repeating: 0, count: values.count * dimension)
        for (row, t) in values.enumerated() {
            for i in 0..<half {
                let argument = Double(t * frequencies[i])
                out[row * dimension + i] = Float(Foundation.cos(argument))
                out[row * dimension + half + i] = Float(Foundation.sin(argument))
            }
        }
        return Tensor(shape: [values.count, dimension], values: out)
    }
}
