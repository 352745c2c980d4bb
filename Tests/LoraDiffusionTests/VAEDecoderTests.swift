import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraDiffusion

/// The VAE fixtures (Scripts/fixtures/diffusion_vae.py → Tests/Fixtures/Diffusion/vae): the
/// tiny AutoencoderKL's decoder under LDM names (F16) and diffusers' decodes of seeded latents.
enum VAEFixture {
    /// The cases the script wrote: batch and latent size.
    static let caseNames = ["b1_8x8", "b2_8x8", "b1_5x7", "b2_5x7"]

    static var folder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Tests/Fixtures/Diffusion/vae/"
    }

    /// The tiny VAE's tensors by key name (F16, converted to F32 when read).
    static func weights() throws -> InMemoryWeights {
        let reader = try SafetensorsReader(path: folder + "tiny-vae.safetensors")
        var tensors: [String: Tensor] = [:]
        for name in reader.names { tensors[name] = try reader.tensor(named: name) }
        return InMemoryWeights(tensors)
    }

    /// The reference tensors (`NAME.latents`, `NAME.decoded`, `NAME.pixels`).
    static func reader() throws -> SafetensorsReader { try SafetensorsReader(path: folder + "vae-cases.safetensors") }

    /// max |got − want| / max |want|, and max |got − want|.
    static func relativeError(_ got: Tensor, _ want: Tensor) -> (relative: Float, absolute: Float) {
        precondition(got.shape == want.shape, "\(got.shape) vs \(want.shape)")
        let g = got.floats()
        let w = want.floats()
        var worst: Float = 0
        for i in 0..<g.count { worst = max(worst, abs(g[i] - w[i])) }
        let scale = w.reduce(Float(0)) { max($0, abs($1)) }
        return (worst / max(scale, 1e-30), worst)
    }
}

@Suite struct VAEDecoderTests {
    @Test func decodeMatchesDiffusers() throws {
        let decoder = try VAEDecoder(config: .tiny, weights: VAEFixture.weights())
        let cases = try VAEFixture.reader()
        for name in VAEFixture.caseNames {
            let latents = try cases.tensor(named: name + ".latents")
            let want = try cases.tensor(named: name + ".decoded")
            let got = try decoder.decode(latents)
            #expect(got.shape == want.shape, "\(name)")
            let error = VAEFixture.relativeError(got, want)
            print("vae \(name): max abs error \(error.absolute), relative \(error.relative)")
            #expect(error.relative <= 1e-4, "\(name): relative error \(error.relative)")
        }
    }

    @Test func pixelsMatchDiffusersImageProcessor() throws {
        let decoder = try VAEDecoder(config: .tiny, weights: VAEFixture.weights())
        let cases = try VAEFixture.reader()
        for name in VAEFixture.caseNames {
            let want = try cases.tensor(named: name + ".pixels")  // U8 [B, H, W, 3]
            var wantBytes = [UInt8](repeating: 0, count: want.count)
            want.withUnsafeRawBytes { raw in wantBytes = Array(raw.bindMemory(to: UInt8.self)) }
            let batch = want.shape[0]
            let perImage = want.count / batch
            // diffusers' own decode, converted by us: every byte exactly.
            let reference = try cases.tensor(named: name + ".decoded")
            // our decode, converted by us: within one level.
            let ours = try decoder.decode(try cases.tensor(named: name + ".latents"))
            let images = VAEDecoder.images(from: ours)
            #expect(images.count == batch)
            var differing = 0
            for item in 0..<batch {
                let expected = Array(wantBytes[(item * perImage)..<((item + 1) * perImage)])
                #expect(VAEDecoder.pixelBytes(of: reference, item: item) == expected, "\(name) item \(item)")
                #expect(images[item].width == want.shape[2] && images[item].height == want.shape[1])
                for (a, b) in zip(images[item].rgb, expected) {
                    #expect(abs(Int(a) - Int(b)) <= 1)
                    if a != b { differing += 1 }
                }
                let rgba = VAEDecoder.pixelBytes(of: ours, item: item, alpha: true)
                #expect(rgba.count == perImage / 3 * 4)
                #expect(rgba[3] == 255 && Array(rgba[0..<3]) == Array(images[item].rgb[0..<3]))
            }
            print("vae \(name): \(differing) of \(want.count) bytes differ by one level from diffusers'")
        }
    }

    @Test func pixelRoundingFollowsNumpy() {
        // (x/2 + 0.5)·255 rounds halves to even: 127.5 → 128, 0.5 → 0; values clamp; NaN → 0.
        #expect(VAEDecoder.byte(-1) == 0)
        #expect(VAEDecoder.byte(1) == 255)
        #expect(VAEDecoder.byte(7) == 255)
        #expect(VAEDecoder.byte(-3) == 0)
        #expect(VAEDecoder.byte(0) == 128)  // 0.5·255 = 127.5 → 128 (even)
        #expect(VAEDecoder.byte(.nan) == 0)
        let x = Float(1) / 255 - 1  // 0.5 / 255 after the shift: 0.5 → 0
        #expect(VAEDecoder.byte(x) == 0 || VAEDecoder.byte(x) == 1)
    }

    @Test func linearAttentionWeightsDecodeTheSame() throws {
        var weights = try VAEFixture.weights()
        let prefix = "first_stage_model.decoder.mid.attn_1."
        for name in ["q", "k", "v", "proj_out"] {
            let key = prefix + name + ".weight"
            let conv = weights.tensors[key]!
            #expect(conv.shape.count == 4)
            weights.tensors[key] = conv.reshaped([conv.shape[0], conv.shape[1]])
        }
        let cases = try VAEFixture.reader()
        let latents = try cases.tensor(named: "b1_5x7.latents")
        let a = try VAEDecoder(config: .tiny, weights: VAEFixture.weights()).decode(latents)
        let b = try VAEDecoder(config: .tiny, weights: weights).decode(latents)
        #expect(a.floats() == b.floats())
    }

    @Test func bareVAEFileWithoutPrefix() throws {
        let full = try VAEFixture.weights()
        var bare: [String: Tensor] = [:]
        for (key, value) in full.tensors { bare[String(key.dropFirst("first_stage_model.".count))] = value }
        let latents = try VAEFixture.reader().tensor(named: "b1_8x8.latents")
        let a = try VAEDecoder(config: .tiny, weights: full).decode(latents)
        let b = try VAEDecoder(config: .tiny, weights: InMemoryWeights(bare), prefix: "").decode(latents)
        #expect(a.floats() == b.floats())
    }

    @Test func refusesWrongLatentsAndMissingWeights() throws {
        let decoder = try VAEDecoder(config: .tiny, weights: VAEFixture.weights())
        #expect(throws: DiffusionError.unexpectedShape("latents", expected: [1, 4, 8, 8], found: [1, 3, 8, 8])) {
            try decoder.decode(Tensor(zeros: [1, 3, 8, 8]))
        }
        #expect(throws: DiffusionError.self) { try decoder.decode(Tensor(zeros: [4, 8, 8])) }
        var weights = try VAEFixture.weights()
        weights.tensors["first_stage_model.decoder.up.0.block.1.conv2.weight"] = nil
        #expect(throws: DiffusionError.missingWeight("first_stage_model.decoder.up.0.block.1.conv2.weight")) {
            try VAEDecoder(config: .tiny, weights: weights)
        }
        #expect(throws: DiffusionError.self) { try VAEDecoder(config: .sd15, weights: VAEFixture.weights()) }
    }

    @Test func cancellationStopsDecoding() throws {
        let decoder = try VAEDecoder(config: .tiny, weights: VAEFixture.weights())
        let token = CancellationToken()
        token.cancel()
        #expect(throws: DiffusionError.cancelled) {
            try decoder.decode(Tensor(zeros: [1, 4, 4, 4]), cancellation: token)
        }
    }

    @Test func presets() {
        #expect(VAEConfig.sd15.blockOutChannels == [128, 256, 512, 512] && VAEConfig.sd15.scalingFactor == 0.18215)
        #expect(VAEConfig.sdxl.scalingFactor == 0.13025 && VAEConfig.sdxl.normGroups == 32)
        #expect(VAEConfig.sd15.upscaleFactor == 8 && VAEConfig.tiny.upscaleFactor == 8)
    }
}

/// The VAE's kernels against their plain twins, on odd sizes and across strip boundaries.
@Suite struct VAEKernelTests {
    /// A channels-first [C, H, W] array as a channels-last [H, W, C] tensor.
    static func channelsLast(_ x: [Float], channels: Int, height: Int, width: Int) -> Tensor {
        var out = [Float](repeating: 0, count: x.count)
        for c in 0..<channels {
            for p in 0..<(height * width) { out[p * channels + c] = x[c * height * width + p] }
        }
        return Tensor(shape: [height, width, channels], values: out)
    }

    /// A channels-last [H, W, C] tensor as a channels-first array.
    static func channelsFirst(_ x: Tensor) -> [Float] {
        let (height, width, channels) = (x.shape[0], x.shape[1], x.shape[2])
        let values = x.floats()
        var out = [Float](repeating: 0, count: values.count)
        for c in 0..<channels {
            for p in 0..<(height * width) { out[c * height * width + p] = values[p * channels + c] }
        }
        return out
    }

    static func relative(_ got: [Float], _ want: [Float]) -> Float {
        var worst: Float = 0
        var scale: Float = 0
        for i in 0..<want.count {
            worst = max(worst, abs(got[i] - want[i]))
            scale = max(scale, abs(want[i]))
        }
        return worst / max(scale, 1e-30)
    }

    @Test(arguments: [(3, 5, 4, 7, 8 << 20), (12, 8, 6, 5, 8 << 20), (16, 9, 11, 24, 16 * 9 * 20), (5, 1, 1, 3, 1)])
    func conv3x3MatchesDirectConvolution(shape: (Int, Int, Int, Int, Int)) {
        let (inChannels, height, width, outChannels, budget) = shape
        var generator = SplitMix64(seed: 18)
        let x = generator.normals(count: inChannels * height * width)
        let weight = generator.normals(count: outChannels * inChannels * 9).map { $0 * 0.2 }
        let bias = generator.normals(count: outChannels)
        var conv = ChannelsLastConv3x3(
            weight: Tensor(shape: [outChannels, inChannels, 3, 3], values: weight),
            bias: Tensor(shape: [outChannels], values: bias))
        conv.tileBudget = budget
        let input = Self.channelsLast(x, channels: inChannels, height: height, width: width)

        let plain = ChannelsLastConv3x3.reference(
            x, inChannels: inChannels, height: height, width: width, weight: weight, bias: bias)
        #expect(Self.relative(Self.channelsFirst(conv(input)), plain) < 1e-5)

        // accumulate: residual + conv
        let residualValues = generator.normals(count: outChannels * height * width)
        var residual = Self.channelsLast(residualValues, channels: outChannels, height: height, width: width)
        conv.accumulate(input, into: &residual)
        let summed = zip(plain, residualValues).map { $0 + $1 }
        #expect(Self.relative(Self.channelsFirst(residual), summed) < 1e-5)

        // fused upsample
        let plainUp = ChannelsLastConv3x3.upsampledReference(
            x, inChannels: inChannels, height: height, width: width, weight: weight, bias: bias)
        let up = conv.upsampled(input)
        #expect(up.shape == [2 * height, 2 * width, outChannels])
        #expect(Self.relative(Self.channelsFirst(up), plainUp) < 1e-5)
    }

    @Test(arguments: [(8, 4, 5, 7, 2), (16, 3, 3, 300, 4), (24, 1, 2, 2, 3)])
    func normalizedConvMatchesGroupNormThenSiLUThenConv(shape: (Int, Int, Int, Int, Int)) {
        let (channels, height, width, outChannels, groups) = shape
        var generator = SplitMix64(seed: 7)
        // an offset mean, to exercise the two-pass variance
        let x = generator.normals(count: channels * height * width).map { $0 * 2 + 3 }
        let gamma = generator.normals(count: channels).map { 1 + 0.3 * $0 }
        let beta = generator.normals(count: channels).map { 0.2 * $0 }
        let weight = generator.normals(count: outChannels * channels * 9).map { $0 * 0.1 }
        let bias = generator.normals(count: outChannels)
        let norm = ChannelsLastGroupNorm(weight: gamma, bias: beta, groups: groups, eps: 1e-6)
        var conv = ChannelsLastConv3x3(
            weight: Tensor(shape: [outChannels, channels, 3, 3], values: weight),
            bias: Tensor(shape: [outChannels], values: bias))
        conv.tileBudget = 1  // one tile row per strip
        let input = Self.channelsLast(x, channels: channels, height: height, width: width)

        let normalized = ChannelsLastGroupNorm.reference(
            x, channels: channels, weight: gamma, bias: beta, groups: groups, eps: 1e-6)
        let activated = normalized.map { VectorMath.siluReference($0) }
        let plain = ChannelsLastConv3x3.reference(
            activated, inChannels: channels, height: height, width: width, weight: weight, bias: bias)
        let fast = conv(input, normalization: norm.channelAffine(of: input))
        #expect(Self.relative(Self.channelsFirst(fast), plain) < 2e-5)
    }

    @Test func groupNormStatisticsMatchTheTwin() {
        var generator = SplitMix64(seed: 3)
        let (channels, height, width, groups) = (12, 23, 29, 3)  // 667 pixels: three blocks, a partial one
        let x = generator.normals(count: channels * height * width).map { $0 * 0.5 - 4 }
        let gamma = generator.normals(count: channels)
        let beta = generator.normals(count: channels)
        let norm = ChannelsLastGroupNorm(weight: gamma, bias: beta, groups: groups, eps: 1e-6)
        let input = Self.channelsLast(x, channels: channels, height: height, width: width)
        let affine = norm.channelAffine(of: input)
        let plain = ChannelsLastGroupNorm.reference(
            x, channels: channels, weight: gamma, bias: beta, groups: groups, eps: 1e-6)
        var worst: Float = 0
        for c in 0..<channels {
            for p in 0..<(height * width) {
                let v = x[c * height * width + p]
                let y = (v - affine.mean[c]) * affine.scale[c] + affine.bias[c]
                worst = max(worst, abs(y - plain[c * height * width + p]))
            }
        }
        #expect(worst < 1e-4)
    }
}

/// The full-size check `Scripts/fixtures/vae_fullsize_check.py` runs (skipped unless it sets
/// `LORASH_VAE_FULLSIZE` to its work folder): SD 1.5's VAE with random weights, a 64 × 64
/// latent, against diffusers' decode; prints agreement, time and peak RSS.
@Suite struct VAEFullSizeCheck {
    static let folder = ProcessInfo.processInfo.environment["LORASH_VAE_FULLSIZE"]

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The resident set now, from /proc/self/statm.
    static func currentRSSMegabytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return (Double(fields[1]) ?? 0) * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    @Test(.enabled(if: folder != nil)) func fullSizeDecodeAgainstDiffusers() throws {
        let folder = Self.folder!
        let decoder: VAEDecoder
        do {
            // Owned copies, so the mapped file can go before the decode is measured.
            let reader = try SafetensorsReader(path: folder + "/vae.safetensors")
            var tensors: [String: Tensor] = [:]
            for name in reader.names {
                let tensor = try reader.tensor(named: name)
                tensors[name] = Tensor(shape: tensor.shape, values: tensor.floats())
            }
            decoder = try VAEDecoder(config: .sd15, weights: InMemoryWeights(tensors))
        }
        let cases = try SafetensorsReader(path: folder + "/case.safetensors")
        let latents = try cases.tensor(named: "latents")
        let want = try cases.tensor(named: "decoded")
        _ = try decoder.decode(Tensor(zeros: [1, 4, 8, 8]))  // warm-up, as the script does for torch
        let before = Self.currentRSSMegabytes()
        let start = Date()
        let got = try decoder.decode(latents)
        let seconds = Date().timeIntervalSince(start)
        let after = Self.peakRSSMegabytes()
        let error = VAEFixture.relativeError(got, want)
        print(
            "ours, \(ParallelFor.defaultThreadCount) threads: decode \(latents.shape) in "
                + String(
                    format: "%.2f s; RSS %.0f MB before decode, peak %.0f MB (+%.0f MB); ", seconds, before, after,
                    after - before)
                + "max abs error \(error.absolute), relative \(error.relative)")
        #expect(error.relative < 1e-4)
    }
}
