/// The shape of a Stable Diffusion U-Net (diffusers' `UNet2DConditionModel` with the block
/// types SD 1.5 and SDXL use): per resolution level a number of channels, whether the level has
/// spatial transformers (`CrossAttnDownBlock2D` / `CrossAttnUpBlock2D`) and how deep and how
/// many heads they are. The up path mirrors the down path, and the middle block is
/// ResNet → transformer → ResNet at the last level's width, heads and depth.
public struct UNetConfig: Sendable, Equatable {
    /// Latent channels in.
    public var inChannels: Int
    /// Channels out (the noise prediction).
    public var outChannels: Int
    /// Channels of each resolution level, highest resolution first.
    public var blockOutChannels: [Int]
    /// ResNet blocks per down level (the up levels have one more).
    public var layersPerBlock: Int
    /// Transformer blocks per spatial transformer, per level; 0 for a level without attention
    /// (`DownBlock2D` / `UpBlock2D`).
    public var transformerDepth: [Int]
    /// Attention heads per level (diffusers' misnamed `attention_head_dim`).
    public var attentionHeads: [Int]
    /// Transformer blocks of the middle block's spatial transformer.
    public var midTransformerDepth: Int
    /// Attention heads of the middle block.
    public var midAttentionHeads: Int
    /// Width of the text conditioning (`encoder_hidden_states`).
    public var crossAttentionDimension: Int
    /// GroupNorm groups.
    public var normGroups: Int
    /// Whether the spatial transformers' `proj_in` / `proj_out` are linear layers (SDXL) rather
    /// than 1×1 convolutions (SD 1.5). Both are read either way; this is what the checks expect.
    public var linearProjection: Bool
    /// SDXL's micro-conditioning: the width of the sinusoidal embedding of each of the six
    /// `time_ids` (256 at full size), or nil for a U-Net without `label_emb`.
    public var additionTimeEmbedDimension: Int?
    /// SDXL's `label_emb` input width: 6·additionTimeEmbedDimension + the pooled text width.
    public var additionEmbedInputDimension: Int?

    /// The width of the timestep embedding (4× the first level's channels).
    public var timeEmbedDimension: Int { 4 * blockOutChannels[0] }

    /// The pooled text embedding's width the added conditions take (SDXL), if any.
    public var pooledTextDimension: Int? {
        guard let time = additionTimeEmbedDimension, let input = additionEmbedInputDimension else { return nil }
        return input - 6 * time
    }

    /// A configuration from its parts (see the properties).
    public init(
        inChannels: Int = 4, outChannels: Int = 4, blockOutChannels: [Int], layersPerBlock: Int,
        transformerDepth: [Int], attentionHeads: [Int], midTransformerDepth: Int, midAttentionHeads: Int,
        crossAttentionDimension: Int, normGroups: Int, linearProjection: Bool, additionTimeEmbedDimension: Int? = nil,
        additionEmbedInputDimension: Int? = nil
    ) {
        precondition(
            transformerDepth.count == blockOutChannels.count && attentionHeads.count == blockOutChannels.count,
            "one transformer depth and head count per level")
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.blockOutChannels = blockOutChannels
        self.layersPerBlock = layersPerBlock
        self.transformerDepth = transformerDepth
        self.attentionHeads = attentionHeads
        self.midTransformerDepth = midTransformerDepth
        self.midAttentionHeads = midAttentionHeads
        self.crossAttentionDimension = crossAttentionDimension
        self.normGroups = normGroups
        self.linearProjection = linearProjection
        self.additionTimeEmbedDimension = additionTimeEmbedDimension
        self.additionEmbedInputDimension = additionEmbedInputDimension
    }

    /// Stable Diffusion 1.5: levels (320, 640, 1280, 1280), attention on the first three,
    /// 8 heads, depth 1, CLIP-L context 768, conv `proj_in`.
    public static let sd15 = UNetConfig(
        blockOutChannels: [320, 640, 1280, 1280], layersPerBlock: 2, transformerDepth: [1, 1, 1, 0],
        attentionHeads: [8, 8, 8, 8], midTransformerDepth: 1, midAttentionHeads: 8, crossAttentionDimension: 768,
        normGroups: 32, linearProjection: false)

    /// SDXL 1.0: levels (320, 640, 1280), transformer depth (0, 2, 10), 64-wide heads
    /// (5, 10, 20), context 2048 (CLIP-L + bigG), linear `proj_in`, micro-conditioning
    /// embeddings 256 wide and `label_emb` input 2816 (6·256 + 1280).
    public static let sdxl = UNetConfig(
        blockOutChannels: [320, 640, 1280], layersPerBlock: 2, transformerDepth: [0, 2, 10],
        attentionHeads: [5, 10, 20],
        midTransformerDepth: 10, midAttentionHeads: 20, crossAttentionDimension: 2048, normGroups: 32,
        linearProjection: true, additionTimeEmbedDimension: 256, additionEmbedInputDimension: 2816)

    /// The tiny SD 1.5 U-Net of the test fixtures (levels (32, 64), attention on the first,
    /// 8 heads, context 32, 8 groups).
    public static let tinySD15 = UNetConfig(
        blockOutChannels: [32, 64], layersPerBlock: 2, transformerDepth: [1, 0], attentionHeads: [8, 8],
        midTransformerDepth: 1, midAttentionHeads: 8, crossAttentionDimension: 32, normGroups: 8,
        linearProjection: false)

    /// The tiny SDXL U-Net of the test fixtures (levels (32, 64), transformer depth (0, 2),
    /// heads (2, 4), context 64, micro-conditioning embeddings 8 wide, `label_emb` input 80).
    public static let tinySDXL = UNetConfig(
        blockOutChannels: [32, 64], layersPerBlock: 2, transformerDepth: [0, 2], attentionHeads: [2, 4],
        midTransformerDepth: 2, midAttentionHeads: 4, crossAttentionDimension: 64, normGroups: 8,
        linearProjection: true, additionTimeEmbedDimension: 8, additionEmbedInputDimension: 80)
}
