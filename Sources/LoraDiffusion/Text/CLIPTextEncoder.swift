import LoraEngine

/// A CLIP text encoder stored under transformers' names (`CLIPTextModel`): SD 1.5's
/// `cond_stage_model.transformer.text_model.*` and SDXL's first encoder
/// `conditioner.embedders.0.transformer.text_model.*`.
///
/// Keys under `PREFIX` + `text_model.` (or directly under `PREFIX`, as some early checkpoints
/// store them): `embeddings.token_embedding.weight` [vocab, width],
/// `embeddings.position_embedding.weight` [positions, width],
/// `encoder.layers.N.self_attn.{q,k,v,out}_proj.{weight,bias}`, `encoder.layers.N.layer_norm1/2`,
/// `encoder.layers.N.mlp.fc1/fc2`, `final_layer_norm`; and, when the configuration has a
/// projection, `text_projection.weight` [projection, width] next to `text_model`
/// (`CLIPTextModelWithProjection`).
///
/// The computation is transformers' `CLIPTextTransformer` (`modeling_clip.py`): causal
/// self-attention, pre-norm layers, the final LayerNorm, and the pooled output at the EOS
/// token.
public struct CLIPTextEncoder: Sendable {
    /// The model's shape.
    public var config: CLIPTextConfig { transformer.config }
    let transformer: CLIPTextTransformer

    /// The encoder whose weights are stored under `prefix` (such as
    /// `cond_stage_model.transformer.`).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(_ weights: some WeightSource, prefix: String, config: CLIPTextConfig) throws(DiffusionError) {
        let outer = prefix
        let p =
            weights.contains(prefix + "text_model.embeddings.token_embedding.weight") ? prefix + "text_model." : prefix
        let width = config.width
        let eps = config.layerNormEps
        var layers: [CLIPTextTransformer.Layer] = []
        for n in 0..<config.layers {
            let l = "\(p)encoder.layers.\(n)."
            let q = try Linear(weights, prefix: l + "self_attn.q_proj", inFeatures: width, outFeatures: width)
            let k = try Linear(weights, prefix: l + "self_attn.k_proj", inFeatures: width, outFeatures: width)
            let v = try Linear(weights, prefix: l + "self_attn.v_proj", inFeatures: width, outFeatures: width)
            layers.append(
                CLIPTextTransformer.Layer(
                    norm1: try LayerNorm(weights, prefix: l + "layer_norm1", dimension: width, eps: eps),
                    qkv: Linear(
                        weight: Tensor.concatenatingRows([q.weight, k.weight, v.weight]),
                        bias: Tensor.concatenatingRows([q.bias!, k.bias!, v.bias!])),
                    output: try Linear(
                        weights, prefix: l + "self_attn.out_proj", inFeatures: width, outFeatures: width),
                    norm2: try LayerNorm(weights, prefix: l + "layer_norm2", dimension: width, eps: eps),
                    fc1: try Linear(
                        weights, prefix: l + "mlp.fc1", inFeatures: width, outFeatures: config.intermediateSize),
                    fc2: try Linear(
                        weights, prefix: l + "mlp.fc2", inFeatures: config.intermediateSize, outFeatures: width)))
        }
        var projection: Tensor?
        if let projectionWidth = config.projectionWidth {
            // transformers stores nn.Linear(width, projection, bias=False).weight: [projection, width].
            projection = try weights.tensor(outer + "text_projection.weight", shape: [projectionWidth, width])
                .transposed()
        }
        transformer = CLIPTextTransformer(
            config: config,
            tokenEmbedding: try weights.tensor(
                p + "embeddings.token_embedding.weight", shape: [config.vocabularySize, width]),
            positionEmbedding: try weights.tensor(
                p + "embeddings.position_embedding.weight", shape: [config.maxPositions, width]),
            layers: layers,
            finalNorm: try LayerNorm(weights, prefix: p + "final_layer_norm", dimension: width, eps: eps),
            projection: projection)
    }

    /// Encodes token sequences.
    /// - Parameters:
    ///   - ids: B sequences of one length L (at most `config.maxPositions`), BOS first, with an
    ///     EOS (the largest id) where the pooled output should be read.
    ///   - selection: the hidden state to return (`.last`, `.penultimate`, `.clipSkip(n)`).
    ///   - pooled: whether to compute the pooled output (every layer then runs).
    /// - Precondition: ids inside the vocabulary; equal lengths.
    /// - Complexity: O(B·layers·(L·width² + L²·width)) on `GEMM`.
    public func encode(_ ids: [[Int]], selection: HiddenStateSelection = .last, pooled: Bool = false)
        -> TextEncoderOutput
    {
        transformer.run(ids, selection: selection, pooled: pooled)
    }
}
