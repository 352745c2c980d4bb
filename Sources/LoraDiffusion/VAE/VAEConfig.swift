/// The shape of a Stable Diffusion VAE (diffusers' `AutoencoderKL` config), as far as decoding
/// needs it.
///
/// The decoder mirrors the encoder: `conv_in` to the last (widest) block's channels, a mid
/// block (ResNet, single-head self-attention, ResNet), one up block per entry of
/// `blockOutChannels` from the widest to the narrowest, each with `layersPerBlock + 1` ResNets
/// and (all but the last) a nearest-neighbour 2× upsample followed by a 3×3 convolution, then
/// GroupNorm, SiLU and `conv_out` to RGB. The image is `2^(blocks − 1)` times the latent's size
/// on each side (8 for every real SD VAE).
public struct VAEConfig: Sendable, Equatable {
    /// Channels of a latent (4 for SD 1.5 and SDXL).
    public var latentChannels: Int
    /// Channels of the decoded image (3, RGB).
    public var outChannels: Int
    /// Each block's channel count, from the highest resolution (the encoder's order, diffusers'
    /// `block_out_channels`); the decoder walks it backwards.
    public var blockOutChannels: [Int]
    /// diffusers' `layers_per_block`: the decoder has one more ResNet per up block.
    public var layersPerBlock: Int
    /// Groups of every GroupNorm.
    public var normGroups: Int
    /// The factor latents are multiplied by after encoding (`vae.config.scaling_factor`);
    /// divide by it before `VAEDecoder.decode`.
    public var scalingFactor: Float
    /// The GroupNorm epsilon (1e-6 throughout the VAE).
    public var normEpsilon: Float

    /// A configuration from its parts.
    public init(
        latentChannels: Int = 4, outChannels: Int = 3, blockOutChannels: [Int], layersPerBlock: Int,
        normGroups: Int, scalingFactor: Float, normEpsilon: Float = 1e-6
    ) {
        self.latentChannels = latentChannels
        self.outChannels = outChannels
        self.blockOutChannels = blockOutChannels
        self.layersPerBlock = layersPerBlock
        self.normGroups = normGroups
        self.scalingFactor = scalingFactor
        self.normEpsilon = normEpsilon
    }

    /// How many times larger the image is than the latent on each side.
    public var upscaleFactor: Int { 1 << max(0, blockOutChannels.count - 1) }

    /// Stable Diffusion 1.5's VAE: (128, 256, 512, 512), 2 layers per block, 32 groups,
    /// scaling factor 0.18215.
    public static let sd15 = VAEConfig(
        blockOutChannels: [128, 256, 512, 512], layersPerBlock: 2, normGroups: 32, scalingFactor: 0.18215)

    /// SDXL's VAE: the same network as SD 1.5's, scaling factor 0.13025.
    public static let sdxl = VAEConfig(
        blockOutChannels: [128, 256, 512, 512], layersPerBlock: 2, normGroups: 32, scalingFactor: 0.13025)

    /// The tiny VAE of the test fixtures (`Scripts/fixtures/diffusion_vae.py`): (32, 32, 64, 64),
    /// 1 layer per block, 8 groups, SD 1.5's scaling factor.
    public static let tiny = VAEConfig(
        blockOutChannels: [32, 32, 64, 64], layersPerBlock: 1, normGroups: 8, scalingFactor: 0.18215)
}
