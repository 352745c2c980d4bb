import LoraEngine

/// The decoder half of Stable Diffusion's VAE (diffusers' `AutoencoderKL.decode`:
/// `post_quant_conv`, then the `Decoder`), turning latents into images, in F32.
///
/// Weights are read by their LDM single-file names under `prefix` (`first_stage_model.` in SD
/// 1.5 and SDXL checkpoints): `post_quant_conv`, `decoder.conv_in`, `decoder.mid.block_1`,
/// `decoder.mid.attn_1` (q/k/v/proj_out as 1×1 convolutions or linear layers),
/// `decoder.mid.block_2`, `decoder.up.N.block.M` and `decoder.up.N.upsample.conv`,
/// `decoder.norm_out`, `decoder.conv_out`. LDM numbers the up blocks from the highest
/// resolution (`up.0` makes the full-size image, and runs last), the reverse of diffusers'
/// `up_blocks` (`convert_ldm_vae_checkpoint` in diffusers' `single_file_utils.py` maps
/// `up.N` to `up_blocks.(blocks − 1 − N)` and `nin_shortcut` to `conv_shortcut`).
///
/// Computing in F32 throughout is also what keeps SDXL's VAE, which overflows in F16, finite.
///
/// Speed: the 3×3 convolutions are Winograd F(4×4, 3×3) products on `GEMM`
/// (`ChannelsLastConv3x3`), with the nearest-neighbour upsampling folded into its convolution.
///
/// Memory: images are decoded one at a time, channels-last; GroupNorm and SiLU are applied by
/// the convolutions as they read, the upsampled map is never made before its convolution,
/// ResNet sums are made in place, and attention scores are computed in blocks of rows. A
/// 512 × 512 image peaks at the last up block's first ResNet: its 256-channel input and two
/// 128-channel 512² maps (0.5 GB), plus about 50 MB of scratch.
public struct VAEDecoder: Sendable {
    /// The network's shape.
    public let config: VAEConfig

    private let postQuantConv: Linear
    private let convIn: ChannelsLastConv3x3
    private let midBlock1: VAEResnetBlock
    private let midAttention: VAEMidAttention
    private let midBlock2: VAEResnetBlock
    /// Up blocks in the order they run (LDM `up.(blocks − 1)` first).
    private let upBlocks: [UpBlock]
    private let normOut: ChannelsLastGroupNorm
    private let convOut: ChannelsLastConv3x3

    /// One up block: its ResNets, then (all but the last) the 2× upsample and its convolution.
    private struct UpBlock: Sendable {
        let resnets: [VAEResnetBlock]
        let upsample: ChannelsLastConv3x3?
    }

    /// Builds the decoder from a checkpoint's tensors.
    /// - Parameters:
    ///   - config: the network's shape (`.sd15`, `.sdxl`, …).
    ///   - weights: the checkpoint.
    ///   - prefix: the VAE's key prefix (`first_stage_model.` in single-file checkpoints; `""`
    ///     for a bare LDM VAE file, whose keys start at `decoder.`).
    /// - Throws: `DiffusionError.missingWeight` or `.unexpectedShape`, naming the key.
    public init(config: VAEConfig, weights: some WeightSource, prefix: String = "first_stage_model.")
        throws(DiffusionError)
    {
        self.config = config
        let channels = config.blockOutChannels
        let groups = config.normGroups
        let eps = config.normEpsilon
        let widest = channels[channels.count - 1]
        let decoder = prefix + "decoder."
        postQuantConv = try Linear(
            weights, prefix: prefix + "post_quant_conv", inFeatures: config.latentChannels,
            outFeatures: config.latentChannels, acceptingPointwiseConvolution: true)
        convIn = try ChannelsLastConv3x3(
            weights, prefix: decoder + "conv_in", inChannels: config.latentChannels, outChannels: widest)
        midBlock1 = try VAEResnetBlock(
            weights, prefix: decoder + "mid.block_1", inChannels: widest, outChannels: widest, groups: groups, eps: eps)
        midAttention = try VAEMidAttention(
            weights, prefix: decoder + "mid.attn_1", channels: widest, groups: groups, eps: eps)
        midBlock2 = try VAEResnetBlock(
            weights, prefix: decoder + "mid.block_2", inChannels: widest, outChannels: widest, groups: groups, eps: eps)
        var blocks: [UpBlock] = []
        var previous = widest
        for level in stride(from: channels.count - 1, through: 0, by: -1) {
            let out = channels[level]
            var resnets: [VAEResnetBlock] = []
            for index in 0...config.layersPerBlock {
                resnets.append(
                    try VAEResnetBlock(
                        weights, prefix: decoder + "up.\(level).block.\(index)",
                        inChannels: index == 0 ? previous : out,
                        outChannels: out, groups: groups, eps: eps))
            }
            let upsample =
                level == 0
                ? nil
                : try ChannelsLastConv3x3(
                    weights, prefix: decoder + "up.\(level).upsample.conv", inChannels: out, outChannels: out)
            blocks.append(UpBlock(resnets: resnets, upsample: upsample))
            previous = out
        }
        upBlocks = blocks
        normOut = try ChannelsLastGroupNorm(
            weights, prefix: decoder + "norm_out", channels: channels[0], groups: groups, eps: eps)
        convOut = try ChannelsLastConv3x3(
            weights, prefix: decoder + "conv_out", inChannels: channels[0], outChannels: config.outChannels)
    }

    /// Decodes latents into images with values around [−1, 1].
    ///
    /// The latents must already be divided by `config.scalingFactor` (diffusers' pipelines call
    /// `vae.decode(latents / vae.config.scaling_factor)`; pass what goes inside the call).
    /// - Parameters:
    ///   - latents: [B, latentChannels, h, w], any float dtype.
    ///   - cancellation: checked between blocks; when set, decoding stops.
    /// - Returns: [B, outChannels, h·f, w·f] F32, f = `config.upscaleFactor` (8).
    /// - Throws: `DiffusionError.unexpectedShape("latents", …)` for latents of another shape,
    ///   `.cancelled` when cancelled.
    /// - Complexity: SD's VAE on a 64 × 64 latent is 2.5 TFLOP as direct convolutions; the
    ///   Winograd products make it about 0.6 TFLOP of `GEMM` work.
    public func decode(_ latents: Tensor, cancellation: CancellationToken? = nil) throws(DiffusionError) -> Tensor {
        try decode(latents, isCancelled: { cancellation?.isCancelled == true })
    }

    /// `decode(_:cancellation:)` with the question asked between blocks given as a closure.
    public func decode(_ latents: Tensor, isCancelled: () -> Bool) throws(DiffusionError) -> Tensor {
        let shape = latents.shape
        guard shape.count == 4, shape[1] == config.latentChannels, shape[0] > 0, shape[2] > 0, shape[3] > 0 else {
            let found = shape.count == 4 ? shape : [1, shape.count > 1 ? shape[1] : 0, 0, 0]
            throw .unexpectedShape(
                "latents", expected: [found[0], config.latentChannels, found[2], found[3]], found: shape)
        }
        let (batch, height, width) = (shape[0], shape[2], shape[3])
        let factor = config.upscaleFactor
        let imageHeight = height * factor
        let imageWidth = width * factor
        let imageCount = config.outChannels * imageHeight * imageWidth
        let channelsLast = ChannelLayout.channelsLast(latents)  // [B, h, w, C]
        var out = Tensor(uninitialized: [batch, config.outChannels, imageHeight, imageWidth])
        for item in 0..<batch {
            let latent = channelsLast.rowSlice(item..<(item + 1)).reshaped([height, width, config.latentChannels])
            let image = try decodeOne(latent, isCancelled: isCancelled)
            let planes = ChannelLayout.channelsFirst(image.reshaped([1, imageHeight, imageWidth, config.outChannels]))
            planes.withUnsafeFloats { source in
                out.withUnsafeMutableFloats { target in
                    (target.baseAddress! + item * imageCount).update(from: source.baseAddress!, count: imageCount)
                }
            }
        }
        return out
    }

    /// One latent [h, w, latentChannels] to one image [H, W, outChannels], channels-last.
    private func decodeOne(_ latent: Tensor, isCancelled: () -> Bool) throws(DiffusionError) -> Tensor {
        func check() throws(DiffusionError) {
            if isCancelled() { throw .cancelled }
        }
        let (height, width) = (latent.shape[0], latent.shape[1])
        let z = postQuantConv(latent.reshaped([height * width, config.latentChannels]))
            .reshaped([height, width, config.latentChannels])
        var x = convIn(z)
        midBlock1.apply(&x)
        try check()
        midAttention.apply(&x)
        midBlock2.apply(&x)
        for block in upBlocks {
            for resnet in block.resnets {
                try check()
                resnet.apply(&x)
            }
            if let upsample = block.upsample {
                try check()
                x = upsample.upsampled(x)
            }
        }
        try check()
        return convOut(x, normalization: normOut.channelAffine(of: x))
    }
}
