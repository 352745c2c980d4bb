import Foundation
import LoraEngine

/// One sampling run's schedule and stepping rule, equal to a diffusers 0.42 scheduler after
/// `set_timesteps(steps)` (epsilon prediction).
///
/// Use it as diffusers' pipelines do: latents = `generator.randn(shape)` scaled by
/// `initNoiseSigma`; then for each `i` in `0..<stepCount`: the U-Net sees
/// `scaleModelInput(latents, stepIndex: i)` at timestep `timesteps[i]`, and
/// `latents = step(modelOutput: eps, stepIndex: i, sample: latents, generator: &generator)`.
/// Steps must run in order (DPM++ 2M keeps the previous prediction; step 0 starts afresh).
///
/// Exactness (checked against diffusers 0.42 with torch 2.15 on x86-64): the training
/// `alphasCumprod` and the timesteps without Karras are bit-equal. Every F32 square root,
/// logarithm and exponential is correctly rounded here, while torch's x86-64 builds take them
/// from MKL (vsSqrt, vsLn, vsExp), which is an ulp off for some inputs (~15% of square roots),
/// so sigmas agree to about 1e-7 relative and Karras timesteps — read back through numpy's
/// own float32 logarithm — to about 4e-7. The steps repeat torch's F32 operations one by one;
/// a 5-step loop agrees to about 3e-7 of the latents' largest value.
public struct Scheduler: Sendable {
    /// The sampler.
    public let kind: SamplerKind
    /// Whether the sigmas follow Karras et al.'s ρ = 7 schedule.
    public let karras: Bool
    /// The model's noise schedule config.
    public let config: SchedulerConfig
    /// The timestep spacing in use (the config's, or the sampler's default).
    public let spacing: TimestepSpacing
    /// The timestep passed to the U-Net at each step, high to low (diffusers' `timesteps`, F32;
    /// integers for DDIM and DPM++, fractional for Euler with linspace spacing or Karras).
    public let timesteps: [Float]
    /// The noise level at each step and after the last (`stepCount + 1` values, diffusers'
    /// `sigmas`, ending in 0). DDIM has no sigma table in diffusers; there these are
    /// `√((1 − ᾱ)/ᾱ)` of each step's alpha and then of the final alpha, ᾱ₀
    /// (`set_alpha_to_one=False`), where DDIM lands.
    public let sigmas: [Float]
    /// The standard deviation of the initial latents: the largest sigma for Euler and Euler
    /// ancestral (`√(σmax² + 1)` with leading spacing), 1 for DDIM and DPM++.
    public let initNoiseSigma: Float

    /// The number of steps (diffusers' `len(timesteps)`).
    public var stepCount: Int { timesteps.count }

    let training: TrainingNoiseSchedule
    /// The step count asked for (DDIM's step size in training steps is `trainSteps / this`).
    let requestedSteps: Int
    /// DPM++ 2M's memory: the previous step's denoised prediction and the steps taken.
    private var previousDenoised: Tensor?
    private var stepsTaken = 0

    /// The schedule of `kind` for `steps` inference steps under `config`.
    /// - Throws: `DiffusionError.badSetting("steps", …)` unless `1 ≤ steps ≤ trainSteps`;
    ///   `.badSetting("karras", …)` for Euler ancestral and DDIM, which have no Karras sigmas in
    ///   diffusers.
    public init(kind: SamplerKind, karras: Bool = false, config: SchedulerConfig, steps: Int) throws(DiffusionError) {
        guard (1...config.trainSteps).contains(steps) else {
            throw .badSetting("steps", "steps must be 1…\(config.trainSteps), not \(steps)")
        }
        if karras && !kind.supportsKarras {
            throw .badSetting(
                "karras", "\(kind.rawValue) has no Karras sigmas (diffusers offers them for euler and dpmpp_2m)")
        }
        self.kind = kind
        self.karras = karras
        self.config = config
        self.spacing = config.spacing(for: kind)
        self.requestedSteps = steps
        let training = TrainingNoiseSchedule(config: config)
        self.training = training
        let table: (timesteps: [Float], sigmas: [Float], initNoiseSigma: Float)
        switch kind {
        case .eulerAncestral, .euler:
            table = Self.eulerTable(training, config: config, spacing: spacing, karras: karras, steps: steps)
        case .ddim:
            table = Self.ddimTable(training, config: config, spacing: spacing, steps: steps)
        case .dpmpp2m:
            table = Self.dpmTable(training, config: config, spacing: spacing, karras: karras, steps: steps)
        }
        self.timesteps = table.timesteps
        self.sigmas = table.sigmas
        self.initNoiseSigma = table.initNoiseSigma
    }

    /// The F32 value of `ᾱ` at each training step (diffusers' `alphas_cumprod`).
    public var alphasCumprod: [Float] { training.alphasCumprod }

    // MARK: Tables

    /// Euler and Euler ancestral (`EulerDiscreteScheduler.set_timesteps`): F32 timesteps by the
    /// spacing, sigmas `np.interp`olated at them in double, optionally remapped to Karras sigmas
    /// between the first and last of them (timesteps then read back by `_sigma_to_t`), then a
    /// final 0, rounded to F32.
    static func eulerTable(
        _ training: TrainingNoiseSchedule, config: SchedulerConfig, spacing: TimestepSpacing, karras: Bool, steps: Int
    ) -> (timesteps: [Float], sigmas: [Float], initNoiseSigma: Float) {
        let trainSteps = config.trainSteps
        var timesteps: [Float]
        switch spacing {
        case .linspace:
            timesteps = NumpyReplica.linspace(0, Double(trainSteps - 1), count: steps).reversed().map { Float($0) }
        case .leading:
            let ratio = trainSteps / steps
            timesteps = (0..<steps).reversed().map { Float(NumpyReplica.round(Double($0 * ratio))) }
            timesteps = timesteps.map { $0 + Float(config.stepsOffset) }
        case .trailing:
            let ratio = Double(trainSteps) / Double(steps)
            timesteps = NumpyReplica.arange(Double(trainSteps), 0, step: -ratio).map {
                Float(NumpyReplica.round($0)) - 1
            }
        }
        var sigmas = timesteps.map { training.interpolatedSigma(at: Double($0)) }
        if karras {
            sigmas = NumpyReplica.karrasSigmas(min: sigmas[sigmas.count - 1], max: sigmas[0], count: steps)
            timesteps = sigmas.map { Float(training.timestep(forSigma: $0)) }
        }
        let table = sigmas.map { Float($0) } + [0]
        let largest = table.max()!
        let initNoiseSigma = spacing == .leading ? (largest * largest + 1).squareRoot() : largest
        return (timesteps, table, initNoiseSigma)
    }

    /// DDIM (`DDIMScheduler.set_timesteps`): integer timesteps by the spacing; no sigmas.
    static func ddimTable(
        _ training: TrainingNoiseSchedule, config: SchedulerConfig, spacing: TimestepSpacing, steps: Int
    ) -> (timesteps: [Float], sigmas: [Float], initNoiseSigma: Float) {
        let trainSteps = config.trainSteps
        let timesteps: [Int]
        switch spacing {
        case .linspace:
            timesteps = NumpyReplica.linspace(0, Double(trainSteps - 1), count: steps).reversed().map {
                Int(NumpyReplica.round($0))
            }
        case .leading:
            let ratio = trainSteps / steps
            timesteps = (0..<steps).reversed().map { $0 * ratio + config.stepsOffset }
        case .trailing:
            let ratio = Double(trainSteps) / Double(steps)
            timesteps = NumpyReplica.arange(Double(trainSteps), 0, step: -ratio).map { Int(NumpyReplica.round($0)) - 1 }
        }
        let alphas = training.alphasCumprod
        let levels = timesteps.map { alphas[$0] } + [alphas[0]]
        let sigmas = levels.map { ((1 - $0) / $0).squareRoot() }
        return (timesteps.map { Float($0) }, sigmas, 1)
    }

    /// DPM++ 2M (`DPMSolverMultistepScheduler.set_timesteps`): integer timesteps over `steps + 1`
    /// points with the last dropped (linspace, leading) or by trailing; sigmas interpolated at
    /// them, or Karras sigmas over the whole training range with rounded timesteps; then 0.
    static func dpmTable(
        _ training: TrainingNoiseSchedule, config: SchedulerConfig, spacing: TimestepSpacing, karras: Bool, steps: Int
    ) -> (timesteps: [Float], sigmas: [Float], initNoiseSigma: Float) {
        let trainSteps = config.trainSteps
        // `lambda_min_clipped = -inf` clips nothing: the last timestep is the training count.
        let lastTimestep = trainSteps
        var timesteps: [Double]
        switch spacing {
        case .linspace:
            let points = NumpyReplica.linspace(0, Double(lastTimestep - 1), count: steps + 1).map(NumpyReplica.round)
            timesteps = Array(points.reversed().dropLast())
        case .leading:
            let ratio = lastTimestep / (steps + 1)
            timesteps = (1...steps).reversed().map { Double($0 * ratio + config.stepsOffset) }
        case .trailing:
            let ratio = Double(trainSteps) / Double(steps)
            timesteps = NumpyReplica.arange(Double(lastTimestep), 0, step: -ratio).map { NumpyReplica.round($0) - 1 }
        }
        var sigmas: [Double]
        if karras {
            let trained = training.sigmas
            sigmas = NumpyReplica.karrasSigmas(
                min: Double(trained[0]), max: Double(trained[trained.count - 1]), count: steps)
            timesteps = sigmas.map { NumpyReplica.round(training.timestep(forSigma: $0)) }
        } else {
            sigmas = timesteps.map { training.interpolatedSigma(at: $0) }
        }
        // diffusers stores int64 timesteps: whole numbers, truncated from the rounded doubles.
        let whole = timesteps.map { Float($0.rounded(.towardZero)) }
        return (whole, sigmas.map { Float($0) } + [0], 1)
    }

    // MARK: Stepping

    /// The U-Net's input at step `stepIndex`: `sample / √(σ² + 1)` for Euler and Euler
    /// ancestral (F32, as torch computes it), `sample` itself for DDIM and DPM++.
    public func scaleModelInput(_ sample: Tensor, stepIndex: Int) -> Tensor {
        precondition(timesteps.indices.contains(stepIndex), "step \(stepIndex) outside 0..<\(stepCount)")
        switch kind {
        case .eulerAncestral, .euler:
            let sigma = sigmas[stepIndex]
            let divisor = (sigma * sigma + 1).squareRoot()
            return Self.map(sample) { $0 / divisor }
        case .ddim, .dpmpp2m:
            return sample
        }
    }

    /// The sample after step `stepIndex`, from the U-Net's noise prediction `modelOutput` for
    /// `sample`. Euler ancestral draws `randn(modelOutput.shape)` from `generator` (also at the
    /// last step, where it is multiplied by 0, as diffusers does); the others leave it untouched.
    /// - Precondition: shapes agree; for DPM++ 2M, steps run in order from 0.
    public mutating func step(
        modelOutput: Tensor, stepIndex: Int, sample: Tensor, generator: inout TorchGenerator
    ) -> Tensor {
        precondition(timesteps.indices.contains(stepIndex), "step \(stepIndex) outside 0..<\(stepCount)")
        precondition(modelOutput.shape == sample.shape, "model output \(modelOutput.shape) vs sample \(sample.shape)")
        switch kind {
        case .euler: return eulerStep(modelOutput, stepIndex, sample)
        case .eulerAncestral: return eulerAncestralStep(modelOutput, stepIndex, sample, &generator)
        case .ddim: return ddimStep(modelOutput, stepIndex, sample)
        case .dpmpp2m: return dpmStep(modelOutput, stepIndex, sample)
        }
    }

    /// `EulerDiscreteScheduler.step` without churn: `x0 = x − σ·ε`, `d = (x − x0)/σ`,
    /// `x + d·(σnext − σ)`.
    private func eulerStep(_ eps: Tensor, _ index: Int, _ sample: Tensor) -> Tensor {
        let sigma = sigmas[index]
        let dt = sigmas[index + 1] - sigma
        return Self.map(sample, eps) { x, e in
            let denoised = x - sigma * e
            let derivative = (x - denoised) / sigma
            return x + derivative * dt
        }
    }

    /// `EulerAncestralDiscreteScheduler.step`: σup = √(σ_to²(σ_from² − σ_to²)/σ_from²),
    /// σdown = √(σ_to² − σup²); an Euler step to σdown, then `noise · σup`.
    private func eulerAncestralStep(
        _ eps: Tensor, _ index: Int, _ sample: Tensor, _ generator: inout TorchGenerator
    ) -> Tensor {
        let sigma = sigmas[index]
        let next = sigmas[index + 1]
        let up = (next * next * (sigma * sigma - next * next) / (sigma * sigma)).squareRoot()
        let down = (next * next - up * up).squareRoot()
        let dt = down - sigma
        let stepped = Self.map(sample, eps) { x, e in
            let denoised = x - sigma * e
            let derivative = (x - denoised) / sigma
            return x + derivative * dt
        }
        let noise = generator.randn(eps.shape)
        return Self.map(stepped, noise) { x, n in x + n * up }
    }

    /// `DDIMScheduler.step` with eta 0: `x0 = (x − √(1−ᾱ_t)·ε)/√ᾱ_t`,
    /// `√ᾱ_prev·x0 + √(1−ᾱ_prev)·ε`, the previous timestep being `t − T/n` (ᾱ₀ below 0).
    private func ddimStep(_ eps: Tensor, _ index: Int, _ sample: Tensor) -> Tensor {
        let alphas = training.alphasCumprod
        let timestep = Int(timesteps[index])
        let previous = timestep - config.trainSteps / requestedSteps
        let alpha = alphas[timestep]
        let alphaPrevious = previous >= 0 ? alphas[previous] : alphas[0]
        let sqrtBeta = (1 - alpha).squareRoot()
        let sqrtAlpha = alpha.squareRoot()
        // (1 − ᾱ_prev − std²)^½ with std = eta·√variance = 0.
        let direction = ((1 - alphaPrevious) - 0).squareRoot()
        let sqrtAlphaPrevious = alphaPrevious.squareRoot()
        return Self.map(sample, eps) { x, e in
            let denoised = (x - sqrtBeta * e) / sqrtAlpha
            return sqrtAlphaPrevious * denoised + direction * e
        }
    }

    /// `DPMSolverMultistepScheduler.step` for dpmsolver++ order 2 (Lu et al., "DPM-Solver++",
    /// 2022, Algorithm 2, midpoint form): the denoised `x0 = (x − σ_t ε)/α_t` with
    /// `α_t = 1/√(σ²+1)`, `σ_t = σ·α_t`; λ = ln α_t − ln σ_t, h = λ_next − λ_now;
    /// first order `(σ_next/σ_now)·x − α_next(e^(−h) − 1)·x0` at the first and the last step,
    /// else the same with `D0 = x0` and an extra `− ½α_next(e^(−h) − 1)·D1`,
    /// `D1 = (x0 − x0_prev)/r0`, `r0 = h_prev/h`.
    private mutating func dpmStep(_ eps: Tensor, _ index: Int, _ sample: Tensor) -> Tensor {
        if index == 0 {
            previousDenoised = nil
            stepsTaken = 0
        }
        let (alphaNow, sigmaNow) = Self.alphaSigma(sigmas[index])
        let denoised = Self.map(sample, eps) { x, e in (x - sigmaNow * e) / alphaNow }
        let (alphaNext, sigmaNext) = Self.alphaSigma(sigmas[index + 1])
        let lambdaNow = Self.logF32(alphaNow) - Self.logF32(sigmaNow)
        let lambdaNext = Self.logF32(alphaNext) - Self.logF32(sigmaNext)
        let h = lambdaNext - lambdaNow
        let ratio = sigmaNext / sigmaNow
        let coefficient = alphaNext * (Self.expF32(-h) - 1)
        // final_sigmas_type "zero" makes the last step first order, whatever the count.
        let isLast = index == stepCount - 1
        let result: Tensor
        if let previous = previousDenoised, stepsTaken >= 1, !isLast, index >= 1 {
            let (alphaPrevious, sigmaPrevious) = Self.alphaSigma(sigmas[index - 1])
            let lambdaPrevious = Self.logF32(alphaPrevious) - Self.logF32(sigmaPrevious)
            let hPrevious = lambdaNow - lambdaPrevious
            let r0 = hPrevious / h
            let inverseR0 = 1 / r0
            let half = 0.5 * coefficient
            var difference = Self.map(denoised, previous) { m0, m1 in inverseR0 * (m0 - m1) }
            difference = Self.map(sample, denoised, difference) { x, d0, d1 in
                (ratio * x - coefficient * d0) - half * d1
            }
            result = difference
        } else {
            result = Self.map(sample, denoised) { x, d0 in ratio * x - coefficient * d0 }
        }
        previousDenoised = denoised
        stepsTaken = min(stepsTaken + 1, 2)
        return result
    }

    /// `_sigma_to_alpha_sigma_t`: α = 1/√(σ² + 1), σ_t = σ·α, in F32.
    private static func alphaSigma(_ sigma: Float) -> (Float, Float) {
        let alpha = 1 / (sigma * sigma + 1).squareRoot()
        return (alpha, sigma * alpha)
    }

    /// ln of an F32 value, correctly rounded (torch's is MKL's, within an ulp of this).
    private static func logF32(_ x: Float) -> Float { Float(log(Double(x))) }

    /// e^x of an F32 value, correctly rounded (torch's is MKL's, within an ulp of this).
    private static func expF32(_ x: Float) -> Float { Float(exp(Double(x))) }

    // MARK: Element loops

    /// `body` applied to each element of `a`.
    static func map(_ a: Tensor, _ body: (Float) -> Float) -> Tensor {
        var out = Tensor(uninitialized: a.shape)
        a.withUnsafeFloats { x in
            out.withUnsafeMutableFloats { y in
                for i in 0..<x.count { y[i] = body(x[i]) }
            }
        }
        return out
    }

    /// `body` applied to the elements of `a` and `b` pairwise.
    static func map(_ a: Tensor, _ b: Tensor, _ body: (Float, Float) -> Float) -> Tensor {
        precondition(a.count == b.count, "\(a.shape) vs \(b.shape)")
        var out = Tensor(uninitialized: a.shape)
        a.withUnsafeFloats { x in
            b.withUnsafeFloats { z in
                out.withUnsafeMutableFloats { y in
                    for i in 0..<x.count { y[i] = body(x[i], z[i]) }
                }
            }
        }
        return out
    }

    /// `body` applied to the elements of `a`, `b` and `c` together.
    static func map(_ a: Tensor, _ b: Tensor, _ c: Tensor, _ body: (Float, Float, Float) -> Float) -> Tensor {
        precondition(a.count == b.count && a.count == c.count, "\(a.shape) vs \(b.shape) vs \(c.shape)")
        var out = Tensor(uninitialized: a.shape)
        a.withUnsafeFloats { x in
            b.withUnsafeFloats { z in
                c.withUnsafeFloats { w in
                    out.withUnsafeMutableFloats { y in
                        for i in 0..<x.count { y[i] = body(x[i], z[i], w[i]) }
                    }
                }
            }
        }
        return out
    }
}
