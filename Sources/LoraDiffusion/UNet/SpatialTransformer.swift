import LoraEngine

/// A U-Net spatial transformer (LDM's `SpatialTransformer`, diffusers' `Transformer2DModel`),
/// channels-last: out = x + proj_out(blocks(proj_in(GN(x)))), where GN has eps 10⁻⁶ and the
/// positions of the map are the sequence (no permutes are needed in this layout).
///
/// LDM keys under `prefix`: `norm`, `proj_in`, `transformer_blocks.N.*`, `proj_out`; the
/// projections are 1×1 convolutions in SD 1.5 and linear layers in SDXL (either is read).
struct SpatialTransformer: Sendable {
    let norm: GroupNorm
    let projectionIn: Linear
    let blocks: [TransformerBlock]
    let projectionOut: Linear

    init(
        _ weights: some WeightSource, prefix: String, channels: Int, heads: Int, depth: Int, contextDimension: Int,
        groups: Int
    ) throws(DiffusionError) {
        norm = try GroupNorm(weights, prefix: prefix + ".norm", groups: groups, channels: channels, eps: 1e-6)
        projectionIn = try Linear(
            weights, prefix: prefix + ".proj_in", inFeatures: channels, outFeatures: channels,
            acceptingPointwiseConvolution: true)
        var blocks: [TransformerBlock] = []
        for index in 0..<depth {
            blocks.append(
                try TransformerBlock(
                    weights, prefix: prefix + ".transformer_blocks.\(index)", channels: channels, heads: heads,
                    contextDimension: contextDimension))
        }
        self.blocks = blocks
        projectionOut = try Linear(
            weights, prefix: prefix + ".proj_out", inFeatures: channels, outFeatures: channels,
            acceptingPointwiseConvolution: true)
    }

    /// The transformer on `x` [B, H, W, C] attending to `context` [B, L, contextDimension].
    func callAsFunction(_ x: Tensor, context: Tensor) -> Tensor {
        let (batch, c) = (x.shape[0], x.shape[3])
        let positions = x.shape[1] * x.shape[2]
        var h = projectionIn(norm.channelsLast(x).reshaped([batch, positions, c]))
        for block in blocks { h = block(h, context: context) }
        return projectionOut(h, residual: x).reshaped(x.shape)
    }
}

/// One transformer block (diffusers' `BasicTransformerBlock`, LDM's `BasicTransformerBlock`):
/// h += attn1(LN₁(h)) (self-attention); h += attn2(LN₂(h), context) (cross-attention);
/// h += ff(LN₃(h)), ff = Linear(4C → C) ∘ GEGLU ∘ Linear(C → 8C).
///
/// LDM keys under `prefix`: `norm1`…`norm3`, `attn1.to_q/to_k/to_v` (no bias),
/// `attn1.to_out.0`, the same for `attn2` (to_k/to_v from the context width), `ff.net.0.proj`,
/// `ff.net.2`. The self-attention's q, k, v weights are stacked into one [3C, C] projection and
/// the cross-attention's k, v into one [2C, context] projection when built.
struct TransformerBlock: Sendable {
    let norm1: LayerNorm
    let selfQKV: Linear
    let selfOut: Linear
    let norm2: LayerNorm
    let crossQuery: Linear
    let crossKV: Linear
    let crossOut: Linear
    let norm3: LayerNorm
    let feedForwardIn: Linear
    let feedForwardOut: Linear
    let attention: Attention
    let channels: Int

    init(_ weights: some WeightSource, prefix: String, channels: Int, heads: Int, contextDimension: Int)
        throws(DiffusionError)
    {
        self.channels = channels
        attention = Attention(heads: heads)
        norm1 = try LayerNorm(weights, prefix: prefix + ".norm1", dimension: channels)
        let q = try weights.tensor(prefix + ".attn1.to_q.weight", shape: [channels, channels])
        let k = try weights.tensor(prefix + ".attn1.to_k.weight", shape: [channels, channels])
        let v = try weights.tensor(prefix + ".attn1.to_v.weight", shape: [channels, channels])
        selfQKV = Linear(weight: Tensor.concatenatingRows([q, k, v]), bias: nil)
        selfOut = try Linear(weights, prefix: prefix + ".attn1.to_out.0", inFeatures: channels, outFeatures: channels)
        norm2 = try LayerNorm(weights, prefix: prefix + ".norm2", dimension: channels)
        crossQuery = try Linear(
            weights, prefix: prefix + ".attn2.to_q", inFeatures: channels, outFeatures: channels, bias: false)
        let ck = try weights.tensor(prefix + ".attn2.to_k.weight", shape: [channels, contextDimension])
        let cv = try weights.tensor(prefix + ".attn2.to_v.weight", shape: [channels, contextDimension])
        crossKV = Linear(weight: Tensor.concatenatingRows([ck, cv]), bias: nil)
        crossOut = try Linear(weights, prefix: prefix + ".attn2.to_out.0", inFeatures: channels, outFeatures: channels)
        norm3 = try LayerNorm(weights, prefix: prefix + ".norm3", dimension: channels)
        feedForwardIn = try Linear(
            weights, prefix: prefix + ".ff.net.0.proj", inFeatures: channels, outFeatures: 8 * channels)
        feedForwardOut = try Linear(
            weights, prefix: prefix + ".ff.net.2", inFeatures: 4 * channels, outFeatures: channels)
    }

    /// The block on `h` [B, L, C] with `context` [B, Lc, contextDimension].
    func callAsFunction(_ h: Tensor, context: Tensor) -> Tensor {
        let c = channels
        let qkv = selfQKV(norm1(h))
        var attended = attention.attend(
            query: .init(qkv, columns: 0..<c), key: .init(qkv, columns: c..<(2 * c)),
            value: .init(qkv, columns: (2 * c)..<(3 * c)))
        var x = selfOut(attended, residual: h)
        let query = crossQuery(norm2(x))
        let kv = crossKV(context)
        attended = attention.attend(
            query: .init(query, columns: 0..<c), key: .init(kv, columns: 0..<c), value: .init(kv, columns: c..<(2 * c)))
        x = crossOut(attended, residual: x)
        let gated = geglu(feedForwardIn(norm3(x)))
        return feedForwardOut(gated, residual: x)
    }
}
