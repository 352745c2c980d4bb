import Foundation
import LoraEngine

/// Group normalisation (Wu & He, "Group Normalization", ECCV 2018; torch's
/// `nn.GroupNorm(groups, channels, eps, affine: true)`): the channels are split into `groups`
/// consecutive groups; each (sample, group) is normalised by its own mean and biased variance
/// over the group's channels and all spatial positions, then each channel gets its affine map:
/// y = (x − mean) / √(var + eps) · weight[c] + bias[c].
///
/// Two layouts: `callAsFunction` takes torch's channels-first [B, C, …] (any number of spatial
/// dimensions, including none); `channelsLast` takes [B, …, C]. Either can fuse a SiLU after
/// the affine map (`thenSiLU`), as every ResNet block does. Statistics are two-pass in F32.
public struct GroupNorm: Sendable {
    /// Number of channel groups.
    public let groups: Int
    /// γ, [channels].
    public let weight: Tensor
    /// β, [channels].
    public let bias: Tensor
    /// Added to the variance before the square root.
    public let eps: Float

    /// The number of channels.
    public var channels: Int { weight.count }

    /// A group norm over given tensors.
    /// - Precondition: `groups` divides the channel count; `weight`, `bias` have equal sizes.
    public init(groups: Int, weight: Tensor, bias: Tensor, eps: Float = 1e-5) {
        precondition(weight.count == bias.count, "GroupNorm weight and bias differ in size")
        precondition(
            groups > 0 && weight.count % groups == 0, "\(groups) groups do not divide \(weight.count) channels")
        self.groups = groups
        self.weight = weight.converted(to: .f32).reshaped([weight.count])
        self.bias = bias.converted(to: .f32).reshaped([bias.count])
        self.eps = eps
    }

    /// The group norm stored under `prefix` (`prefix.weight`, `prefix.bias`, both [channels]).
    /// - Throws: `DiffusionError.missingWeight` / `.unexpectedShape` naming the key.
    public init(_ weights: some WeightSource, prefix: String, groups: Int, channels: Int, eps: Float = 1e-5)
        throws(DiffusionError)
    {
        self.init(
            groups: groups, weight: try weights.tensor(prefix + ".weight", shape: [channels]),
            bias: try weights.tensor(prefix + ".bias", shape: [channels]), eps: eps)
    }

    /// Normalises a channels-first tensor [B, C, …]; F32, same shape.
    /// - Parameter thenSiLU: apply x·σ(x) to the result (fused).
    /// - Complexity: O(count), threaded over (sample, group).
    public func callAsFunction(_ x: Tensor, thenSiLU: Bool = false) -> Tensor {
        precondition(x.rank >= 2 && x.shape[1] == channels, "GroupNorm(\(channels)) applied to \(x.shape)")
        let batch = x.shape[0]
        let spatial = x.count / Swift.max(batch * channels, 1)
        let perGroup = channels / groups
        let input = x.converted(to: .f32)
        var out = Tensor(uninitialized: x.shape)
        input.withUnsafeFloats { source in
            weight.withUnsafeFloats { gamma in
                bias.withUnsafeFloats { beta in
                    out.withUnsafeMutableFloats { target in
                        guard let s = source.baseAddress, let t = target.baseAddress else { return }
                        let g = gamma.baseAddress!
                        let b = beta.baseAddress!
                        Parallel.forEach(batch * groups) { item in
                            let start = item * perGroup * spatial
                            let n = perGroup * spatial
                            let mean = RowStatistics.sum(s + start, count: n) / Float(n)
                            let variance =
                                RowStatistics.sumOfSquaredDeviations(s + start, count: n, from: mean) / Float(n)
                            let inverse = 1 / (variance + eps).squareRoot()
                            let firstChannel = (item % groups) * perGroup
                            for c in 0..<perGroup {
                                let scale = inverse * g[firstChannel + c]
                                let shift = b[firstChannel + c] - mean * scale
                                let offset = start + c * spatial
                                GroupNorm.affine(
                                    s + offset, into: t + offset, count: spatial, scale: scale, shift: shift,
                                    thenSiLU: thenSiLU)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Normalises a channels-last tensor [B, …, C]; F32, same shape.
    /// - Parameter thenSiLU: apply x·σ(x) to the result (fused).
    /// - Complexity: O(count), threaded over blocks of positions.
    public func channelsLast(_ x: Tensor, thenSiLU: Bool = false) -> Tensor {
        precondition(x.rank >= 2 && x.shape.last == channels, "GroupNorm(\(channels)) applied to \(x.shape)")
        let batch = x.shape[0]
        let c = channels
        let positions = x.count / Swift.max(batch * c, 1)
        let perGroup = c / groups
        let blockSize = 256
        let blocks = (positions + blockSize - 1) / blockSize
        let input = x.converted(to: .f32)
        var out = Tensor(uninitialized: x.shape)
        // Per-block, per-channel partial sums, combined in block order (thread-count independent).
        var partial = [Float](repeating: 0, count: batch * blocks * c)
        var channelScale = [Float](repeating: 0, count: batch * c)
        var channelShift = [Float](repeating: 0, count: batch * c)
        input.withUnsafeFloats { source in
            guard let s = source.baseAddress else { return }
            partial.withUnsafeMutableBufferPointer { partialBuffer in
                let p = partialBuffer.baseAddress!
                // Pass 1: sums per channel.
                Parallel.forEach(batch * blocks) { item in
                    let sample = item / blocks
                    let block = item % blocks
                    let row = p + item * c
                    row.update(repeating: 0, count: c)
                    let end = Swift.min(positions, (block + 1) * blockSize)
                    for position in (block * blockSize)..<end {
                        GroupNorm.accumulate(s + (sample * positions + position) * c, into: row, count: c)
                    }
                }
                var means = [Float](repeating: 0, count: batch * c)
                for sample in 0..<batch {
                    for group in 0..<groups {
                        var total: Float = 0
                        for block in 0..<blocks {
                            let row = p + (sample * blocks + block) * c + group * perGroup
                            for channel in 0..<perGroup { total += row[channel] }
                        }
                        let mean = total / Float(positions * perGroup)
                        for channel in 0..<perGroup { means[sample * c + group * perGroup + channel] = mean }
                    }
                }
                // Pass 2: squared deviations per channel.
                means.withUnsafeBufferPointer { meanBuffer in
                    let m = meanBuffer.baseAddress!
                    Parallel.forEach(batch * blocks) { item in
                        let sample = item / blocks
                        let block = item % blocks
                        let row = p + item * c
                        row.update(repeating: 0, count: c)
                        let end = Swift.min(positions, (block + 1) * blockSize)
                        for position in (block * blockSize)..<end {
                            GroupNorm.accumulateSquaredDeviations(
                                s + (sample * positions + position) * c, from: m + sample * c, into: row, count: c)
                        }
                    }
                }
                let gamma = weight.floats()
                let beta = bias.floats()
                for sample in 0..<batch {
                    for group in 0..<groups {
                        var total: Float = 0
                        for block in 0..<blocks {
                            let row = p + (sample * blocks + block) * c + group * perGroup
                            for channel in 0..<perGroup { total += row[channel] }
                        }
                        let variance = total / Float(positions * perGroup)
                        let inverse = 1 / (variance + eps).squareRoot()
                        for channel in (group * perGroup)..<((group + 1) * perGroup) {
                            let scale = inverse * gamma[channel]
                            channelScale[sample * c + channel] = scale
                            channelShift[sample * c + channel] = beta[channel] - means[sample * c + channel] * scale
                        }
                    }
                }
            }
            // Pass 3: the affine map (and SiLU).
            channelScale.withUnsafeBufferPointer { scaleBuffer in
                channelShift.withUnsafeBufferPointer { shiftBuffer in
                    out.withUnsafeMutableFloats { target in
                        let t = target.baseAddress!
                        let a = scaleBuffer.baseAddress!
                        let b = shiftBuffer.baseAddress!
                        Parallel.forEach(batch * blocks) { item in
                            let sample = item / blocks
                            let block = item % blocks
                            let end = Swift.min(positions, (block + 1) * blockSize)
                            for position in (block * blockSize)..<end {
                                let offset = (sample * positions + position) * c
                                ChannelAffine.apply(
                                    s + offset, into: t + offset, count: c, scale: a + sample * c,
                                    shift: b + sample * c,
                                    thenSiLU: thenSiLU)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// y = x·scale + shift over a contiguous run (one channel of the channels-first layout).
    @inline(__always)
    static func affine(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count n: Int, scale: Float, shift: Float,
        thenSiLU: Bool
    ) {
        let a = SIMD8<Float>(repeating: scale)
        let b = SIMD8<Float>(repeating: shift)
        var i = 0
        while i + 8 <= n {
            var v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self) * a + b
            if thenSiLU { v = VectorMath.silu(v) }
            UnsafeMutableRawPointer(y + i).storeBytes(of: v, as: SIMD8<Float>.self)
            i += 8
        }
        if i < n {
            var v = SIMD8<Float>()
            for j in 0..<(n - i) { v[j] = x[i + j] }
            v = v * a + b
            if thenSiLU { v = VectorMath.silu(v) }
            for j in 0..<(n - i) { y[i + j] = v[j] }
        }
    }

    /// row[c] += x[c] for c < n.
    @inline(__always)
    static func accumulate(_ x: UnsafePointer<Float>, into row: UnsafeMutablePointer<Float>, count n: Int) {
        var i = 0
        while i + 8 <= n {
            let r = UnsafeMutableRawPointer(row + i)
            r.storeBytes(
                of: r.loadUnaligned(as: SIMD8<Float>.self)
                    + UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self),
                as: SIMD8<Float>.self)
            i += 8
        }
        while i < n {
            row[i] += x[i]
            i += 1
        }
    }

    /// row[c] += (x[c] − mean[c])² for c < n.
    @inline(__always)
    static func accumulateSquaredDeviations(
        _ x: UnsafePointer<Float>, from mean: UnsafePointer<Float>, into row: UnsafeMutablePointer<Float>, count n: Int
    ) {
        var i = 0
        while i + 8 <= n {
            let r = UnsafeMutableRawPointer(row + i)
            let d =
                UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self)
                - UnsafeRawPointer(mean + i).loadUnaligned(as: SIMD8<Float>.self)
            r.storeBytes(of: r.loadUnaligned(as: SIMD8<Float>.self).addingProduct(d, d), as: SIMD8<Float>.self)
            i += 8
        }
        while i < n {
            let d = x[i] - mean[i]
            row[i] += d * d
            i += 1
        }
    }

    /// The plain twin for channels-first input: a double-precision loop.
    static func reference(
        _ x: [Float], batch: Int, channels: Int, spatial: Int, groups: Int, weight: [Float], bias: [Float], eps: Float,
        thenSiLU: Bool = false
    ) -> [Float] {
        var out = [Float](repeating: 0, count: x.count)
        let perGroup = channels / groups
        for sample in 0..<batch {
            for group in 0..<groups {
                let start = (sample * channels + group * perGroup) * spatial
                let values = x[start..<(start + perGroup * spatial)].map(Double.init)
                let mean = values.reduce(0, +) / Double(values.count)
                let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
                for c in 0..<perGroup {
                    let channel = group * perGroup + c
                    for i in 0..<spatial {
                        let index = start + c * spatial + i
                        var y = Float(
                            (Double(x[index]) - mean) / (variance + Double(eps)).squareRoot() * Double(weight[channel])
                                + Double(bias[channel]))
                        if thenSiLU { y = VectorMath.siluReference(y) }
                        out[index] = y
                    }
                }
            }
        }
        return out
    }
}

/// y[c] = x[c]·scale[c] + shift[c] (then SiLU) over one channels-last position.
enum ChannelAffine {
    @inline(__always)
    static func apply(
        _ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count n: Int, scale: UnsafePointer<Float>,
        shift: UnsafePointer<Float>, thenSiLU: Bool
    ) {
        var i = 0
        while i + 8 <= n {
            let a = UnsafeRawPointer(scale + i).loadUnaligned(as: SIMD8<Float>.self)
            let b = UnsafeRawPointer(shift + i).loadUnaligned(as: SIMD8<Float>.self)
            var v = UnsafeRawPointer(x + i).loadUnaligned(as: SIMD8<Float>.self) * a + b
            if thenSiLU { v = VectorMath.silu(v) }
            UnsafeMutableRawPointer(y + i).storeBytes(of: v, as: SIMD8<Float>.self)
            i += 8
        }
        if i < n {
            var v = SIMD8<Float>()
            var a = SIMD8<Float>()
            var b = SIMD8<Float>()
            for j in 0..<(n - i) {
                v[j] = x[i + j]
                a[j] = scale[i + j]
                b[j] = shift[i + j]
            }
            v = v * a + b
            if thenSiLU { v = VectorMath.silu(v) }
            for j in 0..<(n - i) { y[i + j] = v[j] }
        }
    }
}
