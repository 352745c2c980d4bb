import Foundation
import LoraEngine

/// GroupNorm (Wu & He, "Group Normalization", ECCV 2018; torch's `nn.GroupNorm`, biased
/// variance) over one channels-last image `[pixels, C]`, as the VAE decoder uses it.
///
/// It does not write a normalised copy: it measures each group's mean and variance and
/// returns the per-channel map `y = (x − mean)·scale + bias`, which the next kernel applies on
/// the fly (`ChannelsLastConv3x3` normalises the rows it reads, with SiLU, in its prologue), so
/// a 512 × 512 × 128 map is never duplicated.
struct ChannelsLastGroupNorm: Sendable {
    /// The affine scale γ, one per channel.
    let weight: [Float]
    /// The affine shift β, one per channel.
    let bias: [Float]
    /// Number of groups (channels are split into `groups` consecutive runs).
    let groups: Int
    /// Added to the variance.
    let eps: Float

    /// Number of channels.
    var channels: Int { weight.count }

    /// Pixels per block of the statistics pass: every block is summed the same way on any
    /// thread count, and the blocks are combined in order, so results never depend on it.
    static let pixelsPerBlock = 256

    /// A GroupNorm over given parameters.
    init(weight: [Float], bias: [Float], groups: Int, eps: Float) {
        precondition(weight.count == bias.count && groups > 0 && weight.count % groups == 0, "bad GroupNorm shape")
        self.weight = weight
        self.bias = bias
        self.groups = groups
        self.eps = eps
    }

    /// The GroupNorm stored under `prefix` (`prefix.weight`, `prefix.bias`, both [channels]).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape`.
    init(_ weights: some WeightSource, prefix: String, channels: Int, groups: Int, eps: Float) throws(DiffusionError) {
        let w = try weights.tensor(prefix + ".weight", shape: [channels])
        let b = try weights.tensor(prefix + ".bias", shape: [channels])
        self.init(weight: w.floats(), bias: b.floats(), groups: groups, eps: eps)
    }

    /// The per-channel map that normalises `x` ([pixels, C] or [H, W, C], F32).
    ///
    /// Two passes over `x`: the groups' means, then the sums of squared deviations from them
    /// (more accurate than the sum of squares when the mean is large). Each pass sums blocks of
    /// `pixelsPerBlock` pixels per channel in F32, then the blocks in F64 in order.
    /// - Complexity: O(pixels·C), two reads of `x`.
    func channelAffine(of x: Tensor) -> NormalizationMap {
        let c = channels
        precondition(x.shape.last == c && x.dtype == .f32, "GroupNorm(\(c)) applied to \(x.shape)")
        let pixels = x.count / c
        let perGroup = c / groups
        let elementsPerGroup = Double(pixels * perGroup)
        let noMean = [Float](repeating: 0, count: c)
        let sums = Self.blockSums(x, pixels: pixels, channels: c, center: noMean, squared: false)
        var groupMean = [Double](repeating: 0, count: groups)
        for channel in 0..<c { groupMean[channel / perGroup] += sums[channel] }
        for g in 0..<groups { groupMean[g] /= elementsPerGroup }
        let channelMean = (0..<c).map { Float(groupMean[$0 / perGroup]) }
        let squares = Self.blockSums(x, pixels: pixels, channels: c, center: channelMean, squared: true)
        var groupVariance = [Double](repeating: 0, count: groups)
        for channel in 0..<c { groupVariance[channel / perGroup] += squares[channel] }
        var scale = [Float](repeating: 0, count: c)
        for channel in 0..<c {
            let variance = groupVariance[channel / perGroup] / elementsPerGroup
            let rstd = 1 / (variance + Double(eps)).squareRoot()
            scale[channel] = Float(Double(weight[channel]) * rstd)
        }
        return NormalizationMap(mean: channelMean, scale: scale, bias: bias)
    }

    /// Per-channel sums over all pixels of `x − center` (or of its square), in F64.
    private static func blockSums(
        _ x: Tensor, pixels: Int, channels c: Int, center: [Float], squared: Bool
    ) -> [Double] {
        let blocks = (pixels + pixelsPerBlock - 1) / pixelsPerBlock
        var partial = [Float](repeating: 0, count: blocks * c)
        x.withUnsafeFloats { source in
            partial.withUnsafeMutableBufferPointer { partialBuffer in
                center.withUnsafeBufferPointer { centerBuffer in
                    guard let s = source.baseAddress, let out = partialBuffer.baseAddress,
                        let mean = centerBuffer.baseAddress
                    else { return }
                    Parallel.forEach(blocks) { block in
                        let first = block * pixelsPerBlock
                        let last = Swift.min(pixels, first + pixelsPerBlock)
                        let acc = out + block * c
                        for pixel in first..<last {
                            let row = s + pixel * c
                            var channel = 0
                            while channel + 8 <= c {
                                let value = UnsafeRawPointer(row + channel).loadUnaligned(as: SIMD8<Float>.self)
                                let m = UnsafeRawPointer(mean + channel).loadUnaligned(as: SIMD8<Float>.self)
                                let d = value - m
                                var sum = UnsafeRawPointer(acc + channel).loadUnaligned(as: SIMD8<Float>.self)
                                sum += squared ? d * d : d
                                UnsafeMutableRawPointer(acc + channel).storeBytes(of: sum, as: SIMD8<Float>.self)
                                channel += 8
                            }
                            while channel < c {
                                let d = row[channel] - mean[channel]
                                acc[channel] += squared ? d * d : d
                                channel += 1
                            }
                        }
                    }
                }
            }
        }
        var total = [Double](repeating: 0, count: c)
        for block in 0..<blocks {
            for channel in 0..<c { total[channel] += Double(partial[block * c + channel]) }
        }
        return total
    }

    /// The plain twin: GroupNorm of one channels-first image `x` [C, pixels] in F64, returned
    /// channels-first (for tests).
    static func reference(_ x: [Float], channels: Int, weight: [Float], bias: [Float], groups: Int, eps: Float)
        -> [Float]
    {
        let pixels = x.count / channels
        let perGroup = channels / groups
        var out = [Float](repeating: 0, count: x.count)
        for g in 0..<groups {
            let range = (g * perGroup * pixels)..<((g + 1) * perGroup * pixels)
            let n = Double(range.count)
            let mean = range.reduce(0.0) { $0 + Double(x[$1]) } / n
            let variance = range.reduce(0.0) { $0 + (Double(x[$1]) - mean) * (Double(x[$1]) - mean) } / n
            let rstd = 1 / (variance + Double(eps)).squareRoot()
            for i in range {
                let channel = i / pixels
                out[i] = Float((Double(x[i]) - mean) * rstd * Double(weight[channel]) + Double(bias[channel]))
            }
        }
        return out
    }
}

/// A per-channel affine map `y[c] = (x[c] − mean[c])·scale[c] + bias[c]`: a GroupNorm once its
/// statistics are known.
struct NormalizationMap: Sendable {
    /// Subtracted first (the channel's group mean).
    var mean: [Float]
    /// Then multiplied (γ / √(variance + ε)).
    var scale: [Float]
    /// Then added (β).
    var bias: [Float]

    /// Applies the map, then SiLU when `silu`, to `count` channels of one pixel, `source` to
    /// `target` (which may be the same memory).
    @inline(__always)
    func apply(
        _ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int, silu: Bool,
        mean m: UnsafePointer<Float>, scale s: UnsafePointer<Float>, bias b: UnsafePointer<Float>
    ) {
        var channel = 0
        while channel + 8 <= count {
            let x = UnsafeRawPointer(source + channel).loadUnaligned(as: SIMD8<Float>.self)
            let mv = UnsafeRawPointer(m + channel).loadUnaligned(as: SIMD8<Float>.self)
            let sv = UnsafeRawPointer(s + channel).loadUnaligned(as: SIMD8<Float>.self)
            let bv = UnsafeRawPointer(b + channel).loadUnaligned(as: SIMD8<Float>.self)
            var y = (x - mv) * sv + bv
            if silu { y = VectorMath.silu(y) }
            UnsafeMutableRawPointer(target + channel).storeBytes(of: y, as: SIMD8<Float>.self)
            channel += 8
        }
        if channel < count {
            var x = SIMD8<Float>()
            var mv = SIMD8<Float>()
            var sv = SIMD8<Float>()
            var bv = SIMD8<Float>()
            for j in 0..<(count - channel) {
                x[j] = source[channel + j]
                mv[j] = m[channel + j]
                sv[j] = s[channel + j]
                bv[j] = b[channel + j]
            }
            var y = (x - mv) * sv + bv
            if silu { y = VectorMath.silu(y) }
            for j in 0..<(count - channel) { target[channel + j] = y[j] }
        }
    }
}
