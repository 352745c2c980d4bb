import Foundation

/// The per-training-step tables every sampler starts from, in F32 as diffusers builds them with
/// torch (`alphasCumprod` bit-equal to torch's on x86-64):
/// - betas `torch.linspace(√betaStart, √betaEnd, T, dtype=float32) ** 2`: torch's serial
///   linspace with `step = (end − start) / (T − 1)` in F32, the first half as
///   `start + step·i`, the second as `end − step·(T − 1 − i)`, each one fused multiply-add
///   (torch's compiler contracts them); then squared;
/// - `alphas = 1 − betas`; `alphasCumprod = torch.cumprod(alphas)`, which accumulates in
///   double and rounds each prefix product to F32;
/// - `sigmas = ((1 − ᾱ) / ᾱ) ** 0.5`, F32 operations with the correctly rounded square root
///   (torch takes MKL's vsSqrt, an ulp off for ~15% of these), ascending with the training step;
/// - `logSigmas = np.log(sigmas)` in F32 (here the correctly rounded logarithm; numpy's own
///   SIMD logarithm can differ in the last bit, which moves Karras timesteps by ~1e-6).
struct TrainingNoiseSchedule: Sendable {
    /// ᾱ_t for t in 0..<T.
    let alphasCumprod: [Float]
    /// σ_t = √((1 − ᾱ_t) / ᾱ_t) for t in 0..<T.
    let sigmas: [Float]
    /// ln σ_t in F32.
    let logSigmas: [Float]

    init(config: SchedulerConfig) {
        let count = config.trainSteps
        precondition(count >= 2, "a noise schedule needs at least 2 training steps")
        // Python's `beta ** 0.5` (C pow), then torch's Scalar-to-float conversion.
        let start = Float(pow(config.betaStart, 0.5))
        let end = Float(pow(config.betaEnd, 0.5))
        let step = (end - start) / Float(count - 1)
        let halfway = count / 2
        var product = 1.0
        var cumulative = [Float](repeating: 0, count: count)
        for i in 0..<count {
            let root =
                i < halfway
                ? start.addingProduct(step, Float(i))
                : end.addingProduct(-step, Float(count - 1 - i))
            let beta = root * root
            let alpha = 1 - beta
            product *= Double(alpha)
            cumulative[i] = Float(product)
        }
        alphasCumprod = cumulative
        sigmas = cumulative.map { ((1 - $0) / $0).squareRoot() }
        logSigmas = sigmas.map { Float(log(Double($0))) }
    }

    /// numpy's `np.interp(t, np.arange(T), sigmas)` at one point, in double: the value at an
    /// exact grid point, else `slope·(t − j) + σ_j` with `slope = σ_{j+1} − σ_j`; clamped to
    /// the ends.
    func interpolatedSigma(at t: Double) -> Double {
        if t.isNaN { return t }
        let last = sigmas.count - 1
        if t <= 0 { return Double(sigmas[0]) }
        if t >= Double(last) { return Double(sigmas[last]) }
        let j = Int(t.rounded(.down))
        if Double(j) == t { return Double(sigmas[j]) }
        let slope = (Double(sigmas[j + 1]) - Double(sigmas[j])) / 1.0
        return slope * (t - Double(j)) + Double(sigmas[j])
    }

    /// diffusers' `_sigma_to_t`: the fractional training step whose log-sigma, interpolated
    /// linearly between neighbours, equals `ln σ`. `low` is the last step with
    /// `logSigmas[low] ≤ ln σ` (0 if none, at most T − 2); the weight divides a double by the
    /// F32 difference `logSigmas[low] − logSigmas[low + 1]`, as numpy computes it.
    func timestep(forSigma sigma: Double) -> Double {
        let logSigma = log(max(sigma, 1e-10))
        var low = 0
        for (i, value) in logSigmas.enumerated() where logSigma - Double(value) >= 0 { low = i }
        low = min(low, logSigmas.count - 2)
        let high = low + 1
        let lowLog = logSigmas[low]
        let highLog = logSigmas[high]
        var weight = (Double(lowLog) - logSigma) / Double(lowLog - highLog)
        weight = min(max(weight, 0), 1)
        return (1 - weight) * Double(low) + weight * Double(high)
    }
}

/// numpy's array constructors as diffusers calls them, reproduced to the last bit.
enum NumpyReplica {
    /// `np.linspace(start, stop, count)` in float64: `i · ((stop − start) / (count − 1)) + start`,
    /// the last point set to `stop`; one point is `[start]`.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 0 else { return [] }
        let delta = stop - start
        guard count > 1 else { return [0 * delta + start] }
        let divisor = Double(count - 1)
        let step = delta / divisor
        var values = (0..<count).map { i -> Double in
            step == 0 ? Double(i) / divisor * delta : Double(i) * step
        }
        for i in values.indices { values[i] += start }
        values[count - 1] = stop
        return values
    }

    /// `np.arange(start, stop, step)` for doubles: `ceil((stop − start) / step)` values, the first
    /// `start`, the second `start + step`, then `start + i · ((start + step) − start)`.
    static func arange(_ start: Double, _ stop: Double, step: Double) -> [Double] {
        let length = Int(((stop - start) / step).rounded(.up))
        guard length > 0 else { return [] }
        let second = start + step
        let delta = second - start
        return (0..<length).map { i in
            switch i {
            case 0: start
            case 1: second
            default: start + Double(i) * delta
            }
        }
    }

    /// numpy's `round`: half to even.
    static func round(_ value: Double) -> Double { value.rounded(.toNearestOrEven) }

    /// diffusers' `_convert_to_karras` (Karras et al., "Elucidating the Design Space of
    /// Diffusion-Based Generative Models", 2022, eq. 5, ρ = 7):
    /// `(σmax^(1/ρ) + ramp·(σmin^(1/ρ) − σmax^(1/ρ)))^ρ` with `ramp = linspace(0, 1, count)`.
    static func karrasSigmas(min sigmaMin: Double, max sigmaMax: Double, count: Int) -> [Double] {
        let rho = 7.0
        let minInverse = pow(sigmaMin, 1 / rho)
        let maxInverse = pow(sigmaMax, 1 / rho)
        let span = minInverse - maxInverse
        return linspace(0, 1, count: count).map { pow(maxInverse + $0 * span, rho) }
    }
}
