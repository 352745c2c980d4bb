import LoraEngine

/// Text to image with Stable Diffusion 1.5 or SDXL, as diffusers' `StableDiffusionPipeline` /
/// `StableDiffusionXLPipeline` run it, with A1111's prompt handling:
/// 1. the prompt and the negative prompt are encoded (A1111 emphasis and 75-token chunks; the
///    shorter of the two is padded with chunks of the empty prompt, as A1111 does);
/// 2. the initial latents are `randn([1, 4, h/8, w/8])` from a torch-compatible generator seeded
///    with the seed, times the sampler's initial sigma;
/// 3. each step runs the U-Net on [negative, positive] at the step's timestep (SDXL adds the
///    pooled text embedding and the size/crop ids `[h, w, 0, 0, h, w]`), combines the two
///    predictions as ε₋ + cfg·(ε₊ − ε₋) (one pass without guidance when cfg ≤ 1, as diffusers
///    does), and takes the sampler's step (Euler ancestral draws its noise from the same
///    generator);
/// 4. the VAE decodes the final latents divided by the model's scaling factor into 8-bit RGB.
///
/// Building one takes every weight it needs from the `WeightSource` (which keeps the converted
/// tensors), so a pipeline is cheap to build again after the source is re-patched.
public struct TextToImage {
    /// Which model the checkpoint holds.
    public let kind: DiffusionModelKind
    let text: TextConditioner
    let unet: UNet
    let vae: VAEDecoder

    /// The pipeline of a checkpoint's weights, in the published configuration of `kind` — or,
    /// for lorash's tiny test checkpoints (a U-Net whose first convolution has 32 channels,
    /// `Tests/Fixtures/Diffusion`), their tiny configuration.
    /// - Throws: `DiffusionError` naming the first missing or misshapen tensor, or the
    ///   vocabulary when it cannot be read.
    public init(kind: DiffusionModelKind, weights: some WeightSource) throws(DiffusionError) {
        self.kind = kind
        let tiny = (try? weights.tensor("model.diffusion_model.input_blocks.0.0.weight"))?.shape.first == 32
        switch kind {
        case .sd15:
            text = try TextConditioner.sd15(weights, config: tiny ? .tinyCLIPL : .clipL)
            unet = try UNet(weights, config: tiny ? .tinySD15 : .sd15)
        case .sdxl:
            text = try TextConditioner.sdxl(
                weights, clipLConfig: tiny ? .tinyCLIPL : .clipL, bigGConfig: tiny ? .tinyOpenCLIPBigG : .openCLIPBigG)
            unet = try UNet(weights, config: tiny ? .tinySDXL : .sdxl)
        }
        vae = try VAEDecoder(config: tiny ? .tiny : (kind == .sd15 ? .sd15 : .sdxl), weights: weights)
    }

    /// A pipeline from parts (tests build tiny models this way).
    public init(kind: DiffusionModelKind, text: TextConditioner, unet: UNet, vae: VAEDecoder) {
        self.kind = kind
        self.text = text
        self.unet = unet
        self.vae = vae
    }

    /// The final latents of a render (before decoding), [1, 4, h/8, w/8].
    /// - Parameters:
    ///   - progress: called with (0, steps) before the first step, then after each step with
    ///     (steps done, steps).
    ///   - isCancelled: asked before each step and after every U-Net block; true stops with
    ///     `DiffusionError.cancelled`.
    /// - Throws: `DiffusionError.badSetting` for settings out of range, `.cancelled`.
    public func latents(
        _ settings: ImageSettings, progress: (Int, Int) -> Void = { _, _ in }, isCancelled: () -> Bool = { false }
    ) throws(DiffusionError) -> Tensor {
        if let (name, message) = settings.problems.first { throw .badSetting(name, message) }
        let sampler = try SamplerKind.named(settings.sampler)
        var scheduler = try Scheduler(
            kind: sampler, karras: settings.karras, config: kind == .sd15 ? .sd15 : .sdxl, steps: settings.steps)
        let guided = settings.cfg > 1
        var text = self.text
        text.clipSkip = settings.clipSkip
        let positive = try text.encode(settings.prompt)
        let negative = guided ? try text.encode(settings.negative, isNegative: true) : positive
        let ids: Tensor? =
            kind == .sdxl
            ? Tensor(
                shape: [1, 6],
                values: [
                    Float(settings.height), Float(settings.width), 0, 0, Float(settings.height), Float(settings.width),
                ])
            : nil
        /// The U-Net's prediction for one conditioning.
        func predict(_ input: Tensor, _ c: [PromptConditioning], _ t: Float) throws(DiffusionError) -> Tensor {
            let batch = c.count
            let context = Self.concatenated(c.map(\.context))
            let added = ids.map { ids in
                (
                    textEmbeds: Self.concatenated(c.map { $0.pooled! }),
                    timeIds: Self.concatenated(Array(repeating: ids, count: batch))
                )
            }
            let sample = batch == 1 ? input : Self.concatenated(Array(repeating: input, count: batch))
            return try unet(sample, timestep: t, context: context, addedConditions: added, isCancelled: isCancelled)
        }
        // Conditionings of equal length share one batch-2 pass; else each gets its own (A1111's
        // default; the same numbers either way).
        let batched = negative.context.shape == positive.context.shape
        var generator = TorchGenerator(seed: settings.seed)
        var latents = generator.randn([1, 4, settings.height / 8, settings.width / 8])
        latents.scale(by: scheduler.initNoiseSigma)
        progress(0, scheduler.stepCount)  // shown at once: a step at 1024² can take a minute
        for step in 0..<scheduler.stepCount {
            if isCancelled() { throw .cancelled }
            let input = scheduler.scaleModelInput(latents, stepIndex: step)
            let timestep = scheduler.timesteps[step]
            let noise: Tensor
            if !guided {
                noise = try predict(input, [positive], timestep)
            } else if batched {
                noise = Self.guided(try predict(input, [negative, positive], timestep), scale: Float(settings.cfg))
            } else {
                let both = Self.concatenated([
                    try predict(input, [negative], timestep), try predict(input, [positive], timestep),
                ])
                noise = Self.guided(both, scale: Float(settings.cfg))
            }
            latents = scheduler.step(modelOutput: noise, stepIndex: step, sample: latents, generator: &generator)
            progress(step + 1, scheduler.stepCount)
        }
        return latents
    }

    /// Renders one image.
    /// - Parameters:
    ///   - progress: called with (0, steps) before the first step, then after each step.
    ///   - isCancelled: asked before each step, after every U-Net block and between the
    ///     decoder's blocks.
    /// - Throws: `DiffusionError.badSetting` for settings out of range, `.cancelled`.
    public func generate(
        _ settings: ImageSettings, progress: (Int, Int) -> Void = { _, _ in }, isCancelled: () -> Bool = { false }
    ) throws(DiffusionError) -> DecodedImage {
        let final = try latents(settings, progress: progress, isCancelled: isCancelled)
        if isCancelled() { throw .cancelled }
        return try decode(final, isCancelled: isCancelled)
    }

    /// The image of final latents: the VAE's decode of latents ÷ scaling factor, as bytes.
    /// - Parameter isCancelled: asked between the decoder's blocks.
    public func decode(_ latents: Tensor, isCancelled: () -> Bool = { false }) throws(DiffusionError) -> DecodedImage {
        let scale = kind.latentScale
        var scaled = latents
        scaled.withUnsafeMutableFloats { values in
            for i in values.indices { values[i] = values[i] / scale }
        }
        return VAEDecoder.images(from: try vae.decode(scaled, isCancelled: isCancelled))[0]
    }

    /// ε₋ + cfg·(ε₊ − ε₋) from a batch [negative, positive], as diffusers computes it in F32.
    static func guided(_ both: Tensor, scale: Float) -> Tensor {
        let half = both.count / 2
        var out = Tensor(uninitialized: [1] + Array(both.shape.dropFirst()))
        both.withUnsafeFloats { b in
            out.withUnsafeMutableFloats { o in
                for i in 0..<half {
                    let negative = b[i], positive = b[half + i]
                    o[i] = negative + scale * (positive - negative)
                }
            }
        }
        return out
    }

    /// Tensors of equal shape past the first dimension, joined along the first.
    static func concatenated(_ parts: [Tensor]) -> Tensor {
        let rest = Array(parts[0].shape.dropFirst())
        var out = Tensor(uninitialized: [parts.reduce(0) { $0 + $1.shape[0] }] + rest)
        out.withUnsafeMutableFloats { o in
            var offset = 0
            for part in parts {
                precondition(Array(part.shape.dropFirst()) == rest, "concatenating \(part.shape) to \(rest)")
                part.converted(to: .f32).withUnsafeFloats { p in
                    for i in 0..<p.count { o[offset + i] = p[i] }
                    offset += p.count
                }
            }
        }
        return out
    }
}
