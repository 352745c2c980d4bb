import LoraEngine

/// One ResNet block of the VAE decoder (LDM's `ResnetBlock` without a time embedding,
/// diffusers' `ResnetBlock2D` with `temb = None`, output scale 1), on a channels-last image:
/// `shortcut(x) + conv2(SiLU(norm2(conv1(SiLU(norm1(x))))))`, where the shortcut is the
/// identity, or a 1×1 convolution (`nin_shortcut`) when the channel count changes.
///
/// The GroupNorms and SiLUs are applied by the convolutions as they read their input, and the
/// second convolution adds onto the shortcut in place: the block holds its input, one
/// intermediate map and (with a 1×1 shortcut) its output.
struct VAEResnetBlock: Sendable {
    let norm1: ChannelsLastGroupNorm
    let conv1: ChannelsLastConv3x3
    let norm2: ChannelsLastGroupNorm
    let conv2: ChannelsLastConv3x3
    /// The 1×1 convolution of the skip connection, when input and output channels differ.
    let shortcut: Linear?

    /// The block stored under `prefix` (`norm1`, `conv1`, `norm2`, `conv2`, `nin_shortcut`).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`.
    init(
        _ weights: some WeightSource, prefix: String, inChannels: Int, outChannels: Int, groups: Int, eps: Float
    ) throws(DiffusionError) {
        norm1 = try ChannelsLastGroupNorm(
            weights, prefix: prefix + ".norm1", channels: inChannels, groups: groups, eps: eps)
        conv1 = try ChannelsLastConv3x3(
            weights, prefix: prefix + ".conv1", inChannels: inChannels, outChannels: outChannels)
        norm2 = try ChannelsLastGroupNorm(
            weights, prefix: prefix + ".norm2", channels: outChannels, groups: groups, eps: eps)
        conv2 = try ChannelsLastConv3x3(
            weights, prefix: prefix + ".conv2", inChannels: outChannels, outChannels: outChannels)
        shortcut =
            inChannels == outChannels
            ? nil
            : try Linear(
                weights, prefix: prefix + ".nin_shortcut", inFeatures: inChannels, outFeatures: outChannels,
                acceptingPointwiseConvolution: true)
    }

    /// x ← block(x); `x` is [H, W, in] and becomes [H, W, out]. Pass the only reference to the
    /// map, so the sum is made in its memory.
    func apply(_ x: inout Tensor) {
        let hidden = conv1(x, normalization: norm1.channelAffine(of: x))
        if let shortcut {
            let shape = x.shape
            x = shortcut(x.reshaped([shape[0] * shape[1], shape[2]])).reshaped([shape[0], shape[1], conv2.outChannels])
        }
        conv2.accumulate(hidden, normalization: norm2.channelAffine(of: hidden), into: &x)
    }
}
