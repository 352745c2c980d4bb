import LoraEngine

/// A CLIP text encoder stored under open_clip's names: SDXL's second encoder, OpenCLIP
/// ViT-bigG/14, at `conditioner.embedders.1.model.*`.
///
/// Keys under `PREFIX`: `token_embedding.weight` [vocab, width], `positional_embedding`
/// [positions, width], `transformer.resblocks.N.attn.in_proj_weight` [3·width, width] and
/// `in_proj_bias` (q, k, v stacked), `attn.out_proj`, `ln_1`, `ln_2`, `mlp.c_fc`, `mlp.c_proj`,
/// `ln_final`, and `text_projection` [width, projection] (applied as pooled · projection).
/// These are the names diffusers' `convert_open_clip_checkpoint` reads.
///
/// The computation is open_clip's `TextTransformer` (the same as transformers' CLIP text model):
/// as SDXL's conditioner uses it, the penultimate hidden state (the input of the last block,
/// without `ln_final`) is the context and the projected pooled output at the EOS (`argmax` of
/// the ids) is the extra vector.
public struct OpenCLIPTextEncoder: Sendable {
    /// The model's shape.
    public var config: CLIPTextConfig { transformer.config }
    let transformer: CLIPTextTransformer

    /// The encoder whose weights are stored under `prefix` (such as
    /// `conditioner.embedders.1.model.`).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(_ weights: some WeightSource, prefix: String, config: CLIPTextConfig) throws(DiffusionError) {
        let width = config.width
        let eps = config.layerNormEps
        var layers: [CLIPTextTransformer.Layer] = []
        for n in 0..<config.layers {
            let l = "\(prefix)transformer.resblocks.\(n)."
            layers.append(
                CLIPTextTransformer.Layer(
                    norm1: try LayerNorm(weights, prefix: l + "ln_1", dimension: width, eps: eps),
                    qkv: Linear(
                        weight: try weights.tensor(l + "attn.in_proj_weight", shape: [3 * width, width]),
                        bias: try weights.tensor(l + "attn.in_proj_bias", shape: [3 * width])),
                    output: try Linear(weights, prefix: l + "attn.out_proj", inFeatures: width, outFeatures: width),
                    norm2: try LayerNorm(weights, prefix: l + "ln_2", dimension: width, eps: eps),
                    fc1: try Linear(
                        weights, prefix: l + "mlp.c_fc", inFeatures: width, outFeatures: config.intermediateSize),
                    fc2: try Linear(
                        weights, prefix: l + "mlp.c_proj", inFeatures: config.intermediateSize, outFeatures: width)))
        }
        var projection: Tensor?
        if let projectionWidth = config.projectionWidth {
            projection = try weights.tensor(prefix + "text_projection", shape: [width, projectionWidth])
        }
        transformer = CLIPTextTransformer(
            config: config,
            tokenEmbedding: try weights.tensor(
                prefix + "token_embedding.weight", shape: [config.vocabularySize, width]),
            positionEmbedding: try weights.tensor(
                prefix + "positional_embedding", shape: [config.maxPositions, width]),
            layers: layers,
            finalNorm: try LayerNorm(weights, prefix: prefix + "ln_final", dimension: width, eps: eps),
            projection: projection)
    }

    /// Encodes token sequences (see `CLIPTextEncoder.encode`); SDXL pads bigG's sequences with
    /// 0 after the first EOS (`PromptChunks.tokensPaddedWithZero`).
    /// - Complexity: O(B·layers·(L·width² + L²·width)) on `GEMM`.
    public func encode(_ ids: [[Int]], selection: HiddenStateSelection = .penultimate, pooled: Bool = true)
        -> TextEncoderOutput
    {
        transformer.run(ids, selection: selection, pooled: pooled)
    }
}
