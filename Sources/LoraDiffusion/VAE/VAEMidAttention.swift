import LoraEngine

/// The single-head self-attention of the VAE's mid block (LDM's `AttnBlock`, diffusers'
/// `Attention` with `heads = 1`, `residual_connection = True`), on one channels-last image:
/// `x + proj_out(softmax(q·kᵀ/√C)·v)` with q, k, v projections of GroupNorm(x).
///
/// LDM checkpoints store q, k, v and proj_out as 1×1 convolutions [C, C, 1, 1]; some re-saved
/// ones as linear layers [C, C]; both are read. The scores come from the shared `Attention`,
/// which computes them a block of query rows at a time, so the 4096 × 4096 matrix of a
/// 512 × 512 image is never whole.
struct VAEMidAttention: Sendable {
    /// The GroupNorm before the projections (its normalised copy is small: the mid block runs
    /// at the latent's resolution).
    let norm: GroupNorm
    /// The projections, each [C, C] with a bias.
    let query: Linear
    let key: Linear
    let value: Linear
    let output: Linear

    /// The attention stored under `prefix` (`norm`, `q`, `k`, `v`, `proj_out`).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`.
    init(_ weights: some WeightSource, prefix: String, channels: Int, groups: Int, eps: Float) throws(DiffusionError) {
        norm = try GroupNorm(weights, prefix: prefix + ".norm", groups: groups, channels: channels, eps: eps)
        func projection(_ name: String) throws(DiffusionError) -> Linear {
            try Linear(
                weights, prefix: prefix + "." + name, inFeatures: channels, outFeatures: channels,
                acceptingPointwiseConvolution: true)
        }
        query = try projection("q")
        key = try projection("k")
        value = try projection("v")
        output = try projection("proj_out")
    }

    /// Channels.
    var channels: Int { norm.channels }

    /// x ← x + attention(x), in place; `x` is [H, W, C] (or [pixels, C]), F32.
    func apply(_ x: inout Tensor) {
        let c = channels
        let pixels = x.count / c
        let attended: Tensor
        do {
            let normalized = norm.channelsLast(x.reshaped([1, pixels, c])).reshaped([pixels, c])
            let q = query(normalized)
            let k = key(normalized)
            let v = value(normalized)
            let shape = [1, pixels, c]
            attended = Attention(heads: 1)(query: q.reshaped(shape), key: k.reshaped(shape), value: v.reshaped(shape))
                .reshaped([pixels, c])
        }
        let projected = output(attended)
        projected.withUnsafeFloats { addend in
            x.withUnsafeMutableFloats { target in
                let a = addend.baseAddress!
                let t = target.baseAddress!
                Parallel.forEachBlock(count: pixels * c, blockSize: 1 << 15) { range in
                    for i in range { t[i] += a[i] }
                }
            }
        }
    }
}
