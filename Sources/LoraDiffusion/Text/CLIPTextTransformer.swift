import LoraEngine

/// The computation shared by `CLIPTextEncoder` (transformers' names) and `OpenCLIPTextEncoder`
/// (open_clip's names): token + position embeddings, pre-norm transformer layers with causal
/// self-attention, a final LayerNorm, EOS pooling and an optional projection.
///
/// Each layer (transformers' `CLIPEncoderLayer`, open_clip's `ResidualAttentionBlock`):
/// x += out_proj(attention(ln1(x)) with q, k, v = one fused projection of ln1(x)),
/// x += fc2(act(fc1(ln2(x)))).
struct CLIPTextTransformer: Sendable {
    /// One pre-norm layer.
    struct Layer: Sendable {
        let norm1: LayerNorm
        /// q, k and v stacked: weight [3·width, width], bias [3·width].
        let qkv: Linear
        let output: Linear
        let norm2: LayerNorm
        let fc1: Linear
        let fc2: Linear
    }

    let config: CLIPTextConfig
    /// [vocabularySize, width].
    let tokenEmbedding: Tensor
    /// [maxPositions, width].
    let positionEmbedding: Tensor
    let layers: [Layer]
    let finalNorm: LayerNorm
    /// [width, projection] (open_clip's layout: pooled · projection), if any.
    let projection: Tensor?

    /// Embeddings [B, L, width]: token rows plus the first L position rows.
    func embed(_ ids: [[Int]]) -> Tensor {
        let batch = ids.count
        let length = ids.first?.count ?? 0
        let width = config.width
        precondition(ids.allSatisfy { $0.count == length }, "token sequences of a batch must have one length")
        precondition(
            length >= 1 && length <= config.maxPositions, "\(length) tokens; the encoder takes 1…\(config.maxPositions)"
        )
        var out = Tensor(uninitialized: [batch, length, width])
        tokenEmbedding.withUnsafeFloats { table in
            positionEmbedding.withUnsafeFloats { positions in
                out.withUnsafeMutableFloats { target in
                    for b in 0..<batch {
                        for p in 0..<length {
                            let id = ids[b][p]
                            precondition(
                                id >= 0 && id < config.vocabularySize, "token id \(id) is outside the vocabulary")
                            let row = target.baseAddress! + (b * length + p) * width
                            let token = table.baseAddress! + id * width
                            let position = positions.baseAddress! + p * width
                            for c in 0..<width { row[c] = token[c] + position[c] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Runs the encoder on token sequences of equal length.
    /// - Parameters:
    ///   - ids: B sequences of L ≤ maxPositions ids.
    ///   - selection: which hidden state to return.
    ///   - pooled: whether to compute the pooled output (then every layer runs).
    func run(_ ids: [[Int]], selection: HiddenStateSelection, pooled wantsPooled: Bool) -> TextEncoderOutput {
        precondition(selection.layersFromEnd <= config.layers + 1, "there are only \(config.layers) layers")
        let attention = Attention(heads: config.heads, causal: true)
        // hidden_states[k] is the output of layer k (hidden_states[0]: the embeddings).
        let selectedIndex = config.layers + 1 - selection.layersFromEnd
        let lastIndex = wantsPooled ? config.layers : selectedIndex
        var x = embed(ids)
        var selected = selectedIndex == 0 ? x : nil
        if lastIndex > 0 {
            for k in 1...lastIndex {
                x = apply(layers[k - 1], to: x, attention: attention)
                if k == selectedIndex { selected = x }
            }
        }
        var hidden = selected!
        if selection.finalLayerNorm { hidden = finalNorm(hidden) }
        let pooledOutput = wantsPooled ? pool(finalNorm(x), ids: ids) : nil
        return TextEncoderOutput(hiddenStates: hidden, pooled: pooledOutput)
    }

    /// One layer on [B, L, width].
    func apply(_ layer: Layer, to x: Tensor, attention: Attention) -> Tensor {
        let width = config.width
        let qkv = layer.qkv(layer.norm1(x))
        let attended = attention.attend(
            query: Attention.Operand(qkv, columns: 0..<width),
            key: Attention.Operand(qkv, columns: width..<(2 * width)),
            value: Attention.Operand(qkv, columns: (2 * width)..<(3 * width)))
        var h = x
        h.axpy(1, layer.output(attended))
        var inner = layer.fc1(layer.norm2(h))
        switch config.activation {
        case .quickGelu: inner = quickGelu(inner)
        case .gelu: inner = gelu(inner)
        }
        h.axpy(1, layer.fc2(inner))
        return h
    }

    /// The rows of `normed` [B, L, width] at each sequence's EOS (the first position of its
    /// largest id, as `input_ids.argmax(-1)` picks it), projected if there is a projection.
    func pool(_ normed: Tensor, ids: [[Int]]) -> Tensor {
        let width = config.width
        let length = normed.shape[1]
        var rows = Tensor(uninitialized: [ids.count, width])
        normed.withUnsafeFloats { source in
            rows.withUnsafeMutableFloats { target in
                for (b, sequence) in ids.enumerated() {
                    var best = 0
                    for p in 1..<sequence.count where sequence[p] > sequence[best] { best = p }
                    (target.baseAddress! + b * width).update(
                        from: source.baseAddress! + (b * length + best) * width, count: width)
                }
            }
        }
        guard let projection else { return rows }
        return GEMM.product(rows, projection)
    }
}
