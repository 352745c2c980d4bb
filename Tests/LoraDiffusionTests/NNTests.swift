import Foundation
import LoraEngine
import Testing

@testable import LoraDiffusion

/// The neural-network primitives (Sources/LoraDiffusion/NN) against their plain twins, on random
/// shapes including sizes that do not divide the vector width or the block sizes.
struct NNTests {
    /// Seeded values: `count` normals times `scale`.
    static func random(_ count: Int, seed: UInt64, scale: Float = 1) -> [Float] {
        var generator = SplitMix64(seed: seed)
        return generator.normals(count: count).map { $0 * scale }
    }

    static func tensor(_ shape: [Int], seed: UInt64, scale: Float = 1) -> Tensor {
        Tensor(shape: shape, values: random(shape.reduce(1, *), seed: seed, scale: scale))
    }

    static func expectClose(
        _ got: [Float], _ want: [Float], relative: Double = 1e-5, _ comment: String = "",
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(got.count == want.count, "\(comment)", sourceLocation: sourceLocation)
        let error = DiffusionFixtures.error(got, want)
        #expect(
            error.relative <= relative, "\(comment): relative \(error.relative), max abs \(error.maxAbsolute)",
            sourceLocation: sourceLocation)
    }

    // MARK: Vector math

    @Test func vectorExpMatchesFoundation() {
        var worst: Float = 0
        for i in 0..<20000 {
            let x = -87 + Float(i) * (175 / 20000)
            let got = VectorMath.exp(SIMD8<Float>(repeating: x))[3]
            let want = Foundation.exp(x)
            worst = max(worst, abs(got - want) / want)
        }
        #expect(worst < 3e-7, "worst relative error \(worst)")
        #expect(VectorMath.exp(SIMD8<Float>(repeating: -.infinity))[0] < 1e-37)
        #expect(VectorMath.exp(SIMD8<Float>(repeating: 100))[0].isFinite)
    }

    @Test func activationsMatchTheirTwins() {
        let values = (0..<2003).map { -12 + Float($0) * 0.012 }
        let x = Tensor(shape: [values.count], values: values)
        let cases: [(String, Tensor, (Float) -> Float)] = [
            ("silu", silu(x), VectorMath.siluReference),
            ("gelu", gelu(x), VectorMath.geluReference),
            ("quickGelu", quickGelu(x), VectorMath.quickGeluReference),
        ]
        for (name, got, reference) in cases {
            let g = got.floats()
            var worst: Float = 0
            for (i, v) in values.enumerated() { worst = max(worst, abs(g[i] - reference(v))) }
            #expect(worst < 4e-7 * 12, "\(name): max abs error \(worst)")
        }
    }

    @Test(arguments: [(3, 8), (5, 14), (2, 2), (7, 330)])
    func gegluMatchesTheTwin(shape: (Int, Int)) {
        let (rows, width) = shape
        let x = Self.tensor([rows, width], seed: 11, scale: 2)
        let got = geglu(x)
        #expect(got.shape == [rows, width / 2])
        Self.expectClose(got.floats(), Activations.gegluReference(x.floats(), width: width), relative: 1e-6)
    }

    // MARK: Linear, norms

    @Test(arguments: [[3, 5], [2, 7, 19], [1, 1], [4, 3, 2, 33]])
    func linearMatchesNaiveProduct(shape: [Int]) {
        let inFeatures = shape.last!
        let outFeatures = 13
        let x = Self.tensor(shape, seed: 1)
        let w = Self.tensor([outFeatures, inFeatures], seed: 2, scale: 0.3)
        let b = Self.tensor([outFeatures], seed: 3)
        for bias in [Optional(b), nil] {
            let layer = Linear(weight: w, bias: bias)
            let got = layer(x)
            #expect(got.shape == Array(shape.dropLast()) + [outFeatures])
            let xs = x.floats()
            let ws = w.floats()
            let bs = bias?.floats()
            let rows = x.count / inFeatures
            var want = [Float](repeating: 0, count: rows * outFeatures)
            for r in 0..<rows {
                for o in 0..<outFeatures {
                    var s = Double(bs?[o] ?? 0)
                    for i in 0..<inFeatures { s += Double(xs[r * inFeatures + i]) * Double(ws[o * inFeatures + i]) }
                    want[r * outFeatures + o] = Float(s)
                }
            }
            Self.expectClose(got.floats(), want, "bias \(bias != nil)")
            // With a residual added.
            let residual = Self.tensor(Array(shape.dropLast()) + [outFeatures], seed: 4)
            let withResidual = layer(x, residual: residual)
            Self.expectClose(withResidual.floats(), zip(want, residual.floats()).map { $0 + $1 }, "residual")
        }
    }

    @Test(arguments: [(4, 8), (3, 77), (1, 1280), (5, 3)])
    func layerNormMatchesTheTwin(shape: (Int, Int)) {
        let (rows, width) = shape
        let x = Self.tensor([rows, width], seed: 5, scale: 3)
        let weight = Self.tensor([width], seed: 6)
        let bias = Self.tensor([width], seed: 7)
        let norm = LayerNorm(weight: weight, bias: bias, eps: 1e-5)
        Self.expectClose(
            norm(x).floats(),
            LayerNorm.reference(x.floats(), width: width, weight: weight.floats(), bias: bias.floats(), eps: 1e-5))
    }

    @Test(arguments: [(2, 8, 4, 5, 7), (1, 32, 8, 3, 3), (3, 12, 3, 1, 1), (1, 64, 32, 16, 17)])
    func groupNormMatchesTheTwinInBothLayouts(shape: (Int, Int, Int, Int, Int)) {
        let (batch, channels, groups, height, width) = shape
        let x = Self.tensor([batch, channels, height, width], seed: 8, scale: 2)
        let weight = Self.tensor([channels], seed: 9)
        let bias = Self.tensor([channels], seed: 10)
        let norm = GroupNorm(groups: groups, weight: weight, bias: bias, eps: 1e-6)
        for fused in [false, true] {
            let want = GroupNorm.reference(
                x.floats(), batch: batch, channels: channels, spatial: height * width, groups: groups,
                weight: weight.floats(), bias: bias.floats(), eps: 1e-6, thenSiLU: fused)
            Self.expectClose(norm(x, thenSiLU: fused).floats(), want, "channels first, SiLU \(fused)")
            let last = norm.channelsLast(ChannelLayout.channelsLast(x), thenSiLU: fused)
            Self.expectClose(ChannelLayout.channelsFirst(last).floats(), want, "channels last, SiLU \(fused)")
        }
    }

    @Test func channelLayoutRoundTrips() {
        let x = Self.tensor([2, 5, 33, 7], seed: 12)
        let last = ChannelLayout.channelsLast(x)
        #expect(last.shape == [2, 33, 7, 5])
        let xs = x.floats()
        let ls = last.floats()
        let lastIndex: Int = ((1 * 33 + 20) * 7 + 3) * 5 + 4
        let firstIndex: Int = ((1 * 5 + 4) * 33 + 20) * 7 + 3
        #expect(ls[lastIndex] == xs[firstIndex])
        #expect(ChannelLayout.channelsFirst(last).floats() == xs)
    }

    // MARK: Convolution

    @Test(arguments: [
        (1, 3, 5, 6, 7, 3, 1, 1), (2, 4, 8, 8, 8, 3, 2, 1), (2, 16, 5, 9, 4, 1, 1, 0), (1, 7, 3, 5, 5, 3, 1, 0),
        (1, 3, 2, 7, 5, 3, 2, 1), (3, 2, 3, 4, 4, 1, 2, 0),
    ])
    func convolutionMatchesTheDefiningSum(shape: (Int, Int, Int, Int, Int, Int, Int, Int)) {
        let (batch, inChannels, outChannels, height, width, kernel, stride, padding) = shape
        let x = Self.tensor([batch, inChannels, height, width], seed: 13)
        let w = Self.tensor([outChannels, inChannels, kernel, kernel], seed: 14, scale: 0.5)
        let b = Self.tensor([outChannels], seed: 15)
        let conv = Conv2d(weight: w, bias: b, stride: stride, padding: padding)
        let want = Conv2d.reference(
            x.floats(), batch: batch, inChannels: inChannels, height: height, width: width, weight: w.floats(),
            bias: b.floats(), outChannels: outChannels, kernel: kernel, stride: stride, padding: padding)
        let got = conv(x)
        let (oh, ow) = conv.outputSize(height: height, width: width)
        #expect(got.shape == [batch, outChannels, oh, ow])
        Self.expectClose(got.floats(), want)
        #expect(conv.weight.floats() == w.floats())
        // Channels-last with a residual.
        let residual = Self.tensor([batch, oh, ow, outChannels], seed: 16)
        let withResidual = conv.channelsLast(ChannelLayout.channelsLast(x), residual: residual)
        let expected = zip(
            ChannelLayout.channelsLast(Tensor(shape: got.shape, values: want)).floats(), residual.floats()
        )
        .map { $0 + $1 }
        Self.expectClose(withResidual.floats(), expected, "residual")
    }

    @Test(arguments: [(2, 16, 24, 33, 35), (1, 8, 8, 32, 32), (2, 5, 3, 9, 40)])
    func winogradConvolutionMatchesTheDefiningSum(shape: (Int, Int, Int, Int, Int)) {
        let (batch, inChannels, outChannels, height, width) = shape
        let x = Self.tensor([batch, inChannels, height, width], seed: 23)
        let w = Self.tensor([outChannels, inChannels, 3, 3], seed: 24, scale: 0.5)
        let b = Self.tensor([outChannels], seed: 25)
        var conv = Conv2d(weight: w, bias: b, stride: 1, padding: 1)
        #expect(conv.winograd != nil)
        conv.winogradMinimumPixels = 1
        let want = Conv2d.reference(
            x.floats(), batch: batch, inChannels: inChannels, height: height, width: width, weight: w.floats(),
            bias: b.floats(), outChannels: outChannels, kernel: 3, stride: 1, padding: 1)
        let got = conv(x)
        #expect(got.shape == [batch, outChannels, height, width])
        Self.expectClose(got.floats(), want)
        let residual = Self.tensor([batch, height, width, outChannels], seed: 26)
        let withResidual = conv.channelsLast(ChannelLayout.channelsLast(x), residual: residual)
        let expected = zip(
            ChannelLayout.channelsLast(Tensor(shape: got.shape, values: want)).floats(), residual.floats()
        )
        .map { $0 + $1 }
        Self.expectClose(withResidual.floats(), expected, "residual")
        // The threshold picks the form: below it, im2col (a different rounding).
        conv.winogradMinimumPixels = height * width + 1
        Self.expectClose(conv(x).floats(), want, "im2col")
        // Wider layers and strided ones keep im2col only.
        #expect(
            Conv2d(
                weight: Self.tensor([8, 641, 3, 3], seed: 1), bias: Self.tensor([8], seed: 2), stride: 1, padding: 1
            )
            .winograd == nil)
        #expect(Conv2d(weight: w, bias: b, stride: 2, padding: 1).winograd == nil)
    }

    @Test func convolutionInBandsMatchesOneBand() {
        // 3·3·64 = 576 deep: bands of 7281 positions; 2 × 70 × 60 = 8400 positions make two.
        let x = Self.tensor([2, 70, 60, 64], seed: 17)
        let w = Self.tensor([8, 64, 3, 3], seed: 18, scale: 0.1)
        let b = Self.tensor([8], seed: 19)
        let conv = Conv2d(weight: w, bias: b, stride: 1, padding: 1)
        let got = conv.channelsLast(x)
        // The same positions one sample at a time (each fits in one band).
        for sample in 0..<2 {
            let one = Tensor(
                shape: [1, 70, 60, 64],
                values: Array(x.floats()[(sample * 70 * 60 * 64)..<((sample + 1) * 70 * 60 * 64)]))
            let want = conv.channelsLast(one).floats()
            let part = Array(got.floats()[(sample * 70 * 60 * 8)..<((sample + 1) * 70 * 60 * 8)])
            #expect(part == want, "sample \(sample)")
        }
    }

    // MARK: Attention

    @Test(arguments: [
        (2, 5, 7, 2, 4, 4, false), (1, 9, 9, 3, 8, 8, true), (2, 33, 77, 4, 16, 16, false), (1, 4, 6, 1, 5, 3, true),
    ])
    func attentionMatchesTheDefiningFormula(shape: (Int, Int, Int, Int, Int, Int, Bool)) {
        let (batch, lq, lk, heads, d, dv, causal) = shape
        let q = Self.tensor([batch, lq, heads * d], seed: 20)
        let k = Self.tensor([batch, lk, heads * d], seed: 21)
        let v = Self.tensor([batch, lk, heads * dv], seed: 22)
        let want = ScaledDotProductAttention.reference(
            query: q.floats(), key: k.floats(), value: v.floats(), batch: batch, queryLength: lq, keyLength: lk,
            heads: heads, headWidth: d, valueHeadWidth: dv, causal: causal)
        var attention = Attention(heads: heads, causal: causal)
        let whole = attention(query: q, key: k, value: v)
        #expect(whole.shape == [batch, lq, heads * dv])
        Self.expectClose(whole.floats(), want)
        // Chunks of a few query rows give the same.
        attention.scoresPerChunk = 2 * lk
        Self.expectClose(attention(query: q, key: k, value: v).floats(), want, "chunked")
    }

    @Test func attentionOnFusedColumnsMatchesSeparateTensors() {
        let (batch, length, heads, d) = (2, 6, 2, 4)
        let width = heads * d
        let fused = Self.tensor([batch, length, 3 * width], seed: 23)
        let f = fused.floats()
        func part(_ index: Int) -> Tensor {
            var values = [Float]()
            for row in 0..<(batch * length) {
                let start: Int = row * 3 * width + index * width
                values += f[start..<(start + width)]
            }
            return Tensor(shape: [batch, length, width], values: values)
        }
        let attention = Attention(heads: heads)
        let separate = attention(query: part(0), key: part(1), value: part(2))
        let together = attention.attend(
            query: .init(fused, columns: 0..<width), key: .init(fused, columns: width..<(2 * width)),
            value: .init(fused, columns: (2 * width)..<(3 * width)))
        #expect(separate.floats() == together.floats())
    }

    @Test func resultsDoNotDependOnTheThreadCountOrder() {
        // The same call twice gives identical bits (work is split into fixed blocks).
        let x = Self.tensor([2, 16, 16, 32], seed: 24)
        let norm = GroupNorm(groups: 8, weight: Self.tensor([32], seed: 25), bias: Self.tensor([32], seed: 26))
        #expect(norm.channelsLast(x).floats() == norm.channelsLast(x).floats())
    }
}
