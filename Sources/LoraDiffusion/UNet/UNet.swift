import LoraEngine

/// The noise-prediction U-Net of Stable Diffusion 1.5 and SDXL (Rombach et al., "High-Resolution
/// Image Synthesis with Latent Diffusion Models", CVPR 2022; Podell et al., "SDXL", 2023), the
/// same function as diffusers' `UNet2DConditionModel` for these configurations, built from a
/// single-file checkpoint's LDM keys (`model.diffusion_model.*`).
///
/// Structure: timestep → sinusoidal embedding → `time_embed` (Linear, SiLU, Linear) [+ SDXL's
/// `label_emb` of the pooled text and the six size/crop ids]; `input_blocks` (conv_in, then per
/// level ResNets with optional spatial transformers, and a stride-2 conv between levels);
/// `middle_block` (ResNet, transformer, ResNet); `output_blocks` (per level, one more ResNet than
/// down, each taking the matching skip concatenated on the channels, optional transformers, and a
/// nearest-2× upsample + conv between levels); `out` (GroupNorm, SiLU, conv).
///
/// Everything runs channels-last ([B, H, W, C]) inside; inputs and output are torch's layout.
/// Weights are kept as F32 (taken from the `WeightSource` when the U-Net is built).
public struct UNet: Sendable {
    /// The configuration the U-Net was built for.
    public let config: UNetConfig

    let timeEmbedIn: Linear
    let timeEmbedOut: Linear
    let labelEmbedIn: Linear?
    let labelEmbedOut: Linear?
    let convIn: Conv2d
    let down: [Level]
    let midFirst: UNetResnetBlock
    let midTransformer: SpatialTransformer
    let midSecond: UNetResnetBlock
    let up: [Level]
    let normOut: GroupNorm
    let convOut: Conv2d

    /// One resolution level of the down or up path: its ResNets (each with an optional spatial
    /// transformer after it) and the resampling convolution that ends it, if any.
    struct Level: Sendable {
        var layers: [(resnet: UNetResnetBlock, transformer: SpatialTransformer?)]
        var resample: Conv2d?
    }

    /// Builds the U-Net from `weights`, reading `prefix` + LDM key for every tensor.
    /// - Parameters:
    ///   - weights: the checkpoint.
    ///   - config: the U-Net's shape (`.sd15`, `.sdxl`, …); every tensor's shape is checked.
    ///   - prefix: the keys' common prefix, `model.diffusion_model.` in single files.
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the first key at fault.
    public init(_ weights: some WeightSource, config: UNetConfig, prefix: String = "model.diffusion_model.")
        throws(DiffusionError)
    {
        self.config = config
        let channels = config.blockOutChannels
        let levels = channels.count
        let timeDimension = config.timeEmbedDimension
        let groups = config.normGroups
        let perLevel = config.layersPerBlock + 1
        timeEmbedIn = try Linear(
            weights, prefix: prefix + "time_embed.0", inFeatures: channels[0], outFeatures: timeDimension)
        timeEmbedOut = try Linear(
            weights, prefix: prefix + "time_embed.2", inFeatures: timeDimension, outFeatures: timeDimension)
        if let input = config.additionEmbedInputDimension {
            labelEmbedIn = try Linear(
                weights, prefix: prefix + "label_emb.0.0", inFeatures: input, outFeatures: timeDimension)
            labelEmbedOut = try Linear(
                weights, prefix: prefix + "label_emb.0.2", inFeatures: timeDimension, outFeatures: timeDimension)
        } else {
            labelEmbedIn = nil
            labelEmbedOut = nil
        }
        convIn = try Conv2d(
            weights, prefix: prefix + "input_blocks.0.0", inChannels: config.inChannels, outChannels: channels[0],
            kernelSize: 3, padding: 1)

        func transformer(_ key: String, level: Int?, width: Int) throws(DiffusionError) -> SpatialTransformer? {
            let depth = level.map { config.transformerDepth[$0] } ?? config.midTransformerDepth
            let heads = level.map { config.attentionHeads[$0] } ?? config.midAttentionHeads
            guard depth > 0 else { return nil }
            return try SpatialTransformer(
                weights, prefix: key, channels: width, heads: heads, depth: depth,
                contextDimension: config.crossAttentionDimension, groups: groups)
        }

        // Down path; `skips` tracks the channels of every map kept for the up path.
        var skips = [channels[0]]
        var down: [Level] = []
        var width = channels[0]
        for level in 0..<levels {
            var layers: [(resnet: UNetResnetBlock, transformer: SpatialTransformer?)] = []
            for j in 0..<config.layersPerBlock {
                let key = prefix + "input_blocks.\(1 + level * perLevel + j)"
                let resnet = try UNetResnetBlock(
                    weights, prefix: key + ".0", inChannels: width, outChannels: channels[level],
                    timeDimension: timeDimension, groups: groups)
                width = channels[level]
                layers.append((resnet, try transformer(key + ".1", level: level, width: width)))
                skips.append(width)
            }
            var resample: Conv2d?
            if level < levels - 1 {
                resample = try Conv2d(
                    weights, prefix: prefix + "input_blocks.\(1 + level * perLevel + config.layersPerBlock).0.op",
                    inChannels: width, outChannels: width, kernelSize: 3, stride: 2, padding: 1)
                skips.append(width)
            }
            down.append(Level(layers: layers, resample: resample))
        }
        self.down = down

        midFirst = try UNetResnetBlock(
            weights, prefix: prefix + "middle_block.0", inChannels: width, outChannels: width,
            timeDimension: timeDimension, groups: groups)
        guard let mid = try transformer(prefix + "middle_block.1", level: nil, width: width) else {
            throw .badInput("a U-Net middle block needs a transformer (midTransformerDepth ≥ 1)")
        }
        midTransformer = mid
        midSecond = try UNetResnetBlock(
            weights, prefix: prefix + "middle_block.2", inChannels: width, outChannels: width,
            timeDimension: timeDimension, groups: groups)

        // Up path: level l = levels − 1 − b, one more ResNet than down, each eating a skip.
        var up: [Level] = []
        for b in 0..<levels {
            let level = levels - 1 - b
            var layers: [(resnet: UNetResnetBlock, transformer: SpatialTransformer?)] = []
            var hasTransformer = false
            for j in 0..<perLevel {
                let key = prefix + "output_blocks.\(b * perLevel + j)"
                let skip = skips.removeLast()
                let resnet = try UNetResnetBlock(
                    weights, prefix: key + ".0", inChannels: width + skip, outChannels: channels[level],
                    timeDimension: timeDimension, groups: groups)
                width = channels[level]
                let t = try transformer(key + ".1", level: level, width: width)
                hasTransformer = t != nil
                layers.append((resnet, t))
            }
            var resample: Conv2d?
            if b < levels - 1 {
                let slot = hasTransformer ? 2 : 1
                resample = try Conv2d(
                    weights, prefix: prefix + "output_blocks.\(b * perLevel + config.layersPerBlock).\(slot).conv",
                    inChannels: width, outChannels: width, kernelSize: 3, padding: 1)
            }
            up.append(Level(layers: layers, resample: resample))
        }
        self.up = up
        normOut = try GroupNorm(weights, prefix: prefix + "out.0", groups: groups, channels: width)
        convOut = try Conv2d(
            weights, prefix: prefix + "out.2", inChannels: width, outChannels: config.outChannels, kernelSize: 3,
            padding: 1)
    }

    /// The noise prediction for `sample` at `timestep` under `context`.
    /// - Parameters:
    ///   - sample: the (scaled) latents, [B, 4, h, w].
    ///   - timestep: the diffusion timestep (fractional values are fine), the same for the batch.
    ///   - context: the text encoder's hidden states, [B, L, crossAttentionDimension].
    ///   - addedConditions: SDXL's pooled text embedding [B, pooled] and size/crop ids [B, 6]
    ///     (original h, w, crop top, left, target h, w); required by SDXL, refused otherwise.
    ///   - isCancelled: asked after every block (a step at 1024² takes tens of seconds on a CPU,
    ///     so Ctrl-C must not wait for the step to end); true stops with `.cancelled`.
    /// - Returns: [B, outChannels, h, w].
    /// - Throws: `DiffusionError.badInput` when an input's shape does not fit, `.cancelled`.
    public func callAsFunction(
        _ sample: Tensor, timestep: Float, context: Tensor,
        addedConditions: (textEmbeds: Tensor, timeIds: Tensor)? = nil, isCancelled: () -> Bool = { false }
    ) throws(DiffusionError) -> Tensor {
        func check() throws(DiffusionError) {
            if isCancelled() { throw .cancelled }
        }
        guard sample.rank == 4, sample.shape[1] == config.inChannels, sample.shape[2] > 0, sample.shape[3] > 0 else {
            throw .badInput("U-Net sample is \(sample.shape), needs [B, \(config.inChannels), h, w]")
        }
        let batch = sample.shape[0]
        guard context.rank == 3, context.shape[0] == batch, context.shape[2] == config.crossAttentionDimension else {
            throw .badInput(
                "U-Net context is \(context.shape), needs [\(batch), L, \(config.crossAttentionDimension)]")
        }
        let context = context.converted(to: .f32)

        // Time embedding.
        let sinusoid = SinusoidalEmbedding.embed(
            [Float](repeating: timestep, count: batch), dimension: config.blockOutChannels[0])
        var embedding = timeEmbedOut(silu(timeEmbedIn(sinusoid)))
        if let labelEmbedIn, let labelEmbedOut, let timeWidth = config.additionTimeEmbedDimension,
            let pooled = config.pooledTextDimension
        {
            guard let (textEmbeds, timeIds) = addedConditions else {
                throw .badInput("this U-Net (SDXL) needs added conditions: pooled text embeds and time ids")
            }
            guard textEmbeds.shape == [batch, pooled] else {
                throw .badInput("U-Net text embeds are \(textEmbeds.shape), need [\(batch), \(pooled)]")
            }
            guard timeIds.shape == [batch, 6] else {
                throw .badInput("U-Net time ids are \(timeIds.shape), need [\(batch), 6]")
            }
            let ids = SinusoidalEmbedding.embed(timeIds.floats(), dimension: timeWidth).floats()  // [B·6, w]
            let text = textEmbeds.floats()
            var joined = [Float]()
            joined.reserveCapacity(batch * (pooled + 6 * timeWidth))
            for b in 0..<batch {
                joined += text[(b * pooled)..<((b + 1) * pooled)]
                joined += ids[(b * 6 * timeWidth)..<((b + 1) * 6 * timeWidth)]
            }
            let added = labelEmbedOut(
                silu(labelEmbedIn(Tensor(shape: [batch, pooled + 6 * timeWidth], values: joined))))
            embedding.axpy(1, added)
        } else if addedConditions != nil {
            throw .badInput("this U-Net (SD 1.5) takes no added conditions")
        }
        let activatedTime = silu(embedding)

        // Down.
        var h = convIn.channelsLast(ChannelLayout.channelsLast(sample))
        var skips = [h]
        for level in down {
            for layer in level.layers {
                try check()
                h = layer.resnet(h, activatedTime: activatedTime)
                try check()
                if let transformer = layer.transformer { h = transformer(h, context: context) }
                skips.append(h)
            }
            if let resample = level.resample {
                h = resample.channelsLast(h)
                skips.append(h)
            }
        }

        // Middle.
        try check()
        h = midFirst(h, activatedTime: activatedTime)
        h = midTransformer(h, context: context)
        h = midSecond(h, activatedTime: activatedTime)

        // Up.
        for level in up {
            for layer in level.layers {
                try check()
                h = UNet.concatenatingChannels(h, skips.removeLast())
                h = layer.resnet(h, activatedTime: activatedTime)
                try check()
                if let transformer = layer.transformer { h = transformer(h, context: context) }
            }
            if let resample = level.resample {
                // To the size of the next skip (2× unless the down path rounded an odd size up).
                let target = skips.last!
                h = resample.channelsLast(UNet.nearestUpsampled(h, height: target.shape[1], width: target.shape[2]))
            }
        }
        h = convOut.channelsLast(normOut.channelsLast(h, thenSiLU: true))
        return ChannelLayout.channelsFirst(h)
    }

    /// [B, H, W, C₁] ⧺ [B, H, W, C₂] along the channels → [B, H, W, C₁ + C₂].
    static func concatenatingChannels(_ a: Tensor, _ b: Tensor) -> Tensor {
        let (c1, c2) = (a.shape[3], b.shape[3])
        precondition(a.shape.dropLast() == b.shape.dropLast(), "skip \(b.shape) does not match \(a.shape)")
        let positions = a.count / c1
        var out = Tensor(uninitialized: Array(a.shape.dropLast()) + [c1 + c2])
        a.withUnsafeFloats { x in
            b.withUnsafeFloats { y in
                out.withUnsafeMutableFloats { target in
                    let (xs, ys, t) = (x.baseAddress!, y.baseAddress!, target.baseAddress!)
                    Parallel.forEachBlock(count: positions, blockSize: 256) { range in
                        for p in range {
                            (t + p * (c1 + c2)).update(from: xs + p * c1, count: c1)
                            (t + p * (c1 + c2) + c1).update(from: ys + p * c2, count: c2)
                        }
                    }
                }
            }
        }
        return out
    }

    /// Nearest-neighbour resize of a channels-last map to `height` × `width`, as torch's
    /// `interpolate(mode: "nearest")`: source index ⌊i·(in/out)⌋ with the ratio in F32 (i/2 for
    /// an exact doubling).
    static func nearestUpsampled(_ x: Tensor, height: Int, width: Int) -> Tensor {
        let (batch, inHeight, inWidth, c) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3])
        let rowScale = Float(inHeight) / Float(height)
        let columnScale = Float(inWidth) / Float(width)
        let sourceColumns = (0..<width).map { Swift.min(Int((Float($0) * columnScale).rounded(.down)), inWidth - 1) }
        var out = Tensor(uninitialized: [batch, height, width, c])
        x.withUnsafeFloats { source in
            out.withUnsafeMutableFloats { target in
                let (s, t) = (source.baseAddress!, target.baseAddress!)
                Parallel.forEach(batch * height) { item in
                    let b = item / height
                    let y = item % height
                    let sy = Swift.min(Int((Float(y) * rowScale).rounded(.down)), inHeight - 1)
                    let from = s + (b * inHeight + sy) * inWidth * c
                    let to = t + item * width * c
                    for xo in 0..<width { (to + xo * c).update(from: from + sourceColumns[xo] * c, count: c) }
                }
            }
        }
        return out
    }
}
