import LoraEngine

/// A U-Net ResNet block (LDM's `ResBlock`, diffusers' `ResnetBlock2D` with the "default" time
/// embedding norm), channels-last:
/// out = skip(x) + conv2(SiLU(GN₂(conv1(SiLU(GN₁(x))) + time_emb_proj(SiLU(emb))))),
/// where skip is a 1×1 convolution when the channel count changes, else the identity.
///
/// LDM keys under `prefix`: `in_layers.0` (GN₁), `in_layers.2` (conv1), `emb_layers.1`
/// (time projection), `out_layers.0` (GN₂), `out_layers.3` (conv2), `skip_connection`.
struct UNetResnetBlock: Sendable {
    let norm1: GroupNorm
    let conv1: Conv2d
    let timeProjection: Linear
    let norm2: GroupNorm
    let conv2: Conv2d
    /// The 1×1 skip convolution as a per-position linear map, when channels change.
    let skip: Linear?

    let inChannels: Int
    let outChannels: Int

    init(
        _ weights: some WeightSource, prefix: String, inChannels: Int, outChannels: Int, timeDimension: Int,
        groups: Int
    ) throws(DiffusionError) {
        self.inChannels = inChannels
        self.outChannels = outChannels
        norm1 = try GroupNorm(weights, prefix: prefix + ".in_layers.0", groups: groups, channels: inChannels)
        conv1 = try Conv2d(
            weights, prefix: prefix + ".in_layers.2", inChannels: inChannels, outChannels: outChannels, kernelSize: 3,
            padding: 1)
        timeProjection = try Linear(
            weights, prefix: prefix + ".emb_layers.1", inFeatures: timeDimension, outFeatures: outChannels)
        norm2 = try GroupNorm(weights, prefix: prefix + ".out_layers.0", groups: groups, channels: outChannels)
        conv2 = try Conv2d(
            weights, prefix: prefix + ".out_layers.3", inChannels: outChannels, outChannels: outChannels, kernelSize: 3,
            padding: 1)
        skip =
            inChannels == outChannels
            ? nil
            : try Linear(
                weights, prefix: prefix + ".skip_connection", inFeatures: inChannels, outFeatures: outChannels,
                acceptingPointwiseConvolution: true)
    }

    /// The block on `x` [B, H, W, in] with `activatedTime` = SiLU(emb) [B, timeDimension].
    func callAsFunction(_ x: Tensor, activatedTime: Tensor) -> Tensor {
        var h = conv1.channelsLast(norm1.channelsLast(x, thenSiLU: true))
        let time = timeProjection(activatedTime)  // [B, out]
        UNetResnetBlock.addPerSample(&h, time)
        h = norm2.channelsLast(h, thenSiLU: true)
        let shortcut = skip.map { $0(x) } ?? x
        return conv2.channelsLast(h, residual: shortcut)
    }

    /// h[b, …, c] += row[b, c] for a channels-last map h [B, …, C] and rows [B, C].
    static func addPerSample(_ h: inout Tensor, _ rows: Tensor) {
        let batch = h.shape[0]
        let c = h.shape[h.rank - 1]
        let positions = h.count / (batch * c)
        rows.withUnsafeFloats { r in
            h.withUnsafeMutableFloats { target in
                let t = target.baseAddress!
                let rb = r.baseAddress!
                let blocks = (positions + 255) / 256
                Parallel.forEach(batch * blocks) { item in
                    let b = item / blocks
                    let start = (item % blocks) * 256
                    let end = Swift.min(positions, start + 256)
                    let add = rb + b * c
                    for p in start..<end {
                        let row = t + (b * positions + p) * c
                        for i in 0..<c { row[i] += add[i] }
                    }
                }
            }
        }
    }
}
