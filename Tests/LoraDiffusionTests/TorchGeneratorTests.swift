import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraDiffusion

/// The sampling fixtures (Scripts/fixtures/diffusion_sampling.py → Tests/Fixtures/Diffusion/sampling).
enum SamplingFixture {
    /// The package root, found from this source file's path.
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// A reader for `name` in the sampling fixture folder.
    static func reader(_ name: String) throws -> SafetensorsReader {
        try SafetensorsReader(path: packageRoot + "/Tests/Fixtures/Diffusion/sampling/" + name)
    }

    /// The F32 elements and shape of tensor `name`.
    static func floats(_ reader: SafetensorsReader, _ name: String) throws -> (values: [Float], shape: [Int]) {
        let tensor = try reader.tensor(named: name)
        return (tensor.floats(), tensor.shape)
    }

    /// How many elements differ in their bits, and max |got − want| / max(|want|, tiny).
    static func compare(_ got: [Float], _ want: [Float]) -> (bitDifferences: Int, relative: Double, absolute: Double) {
        precondition(got.count == want.count, "\(got.count) vs \(want.count)")
        var differences = 0
        var relative = 0.0
        var absolute = 0.0
        for (g, w) in zip(got, want) {
            if g.bitPattern != w.bitPattern { differences += 1 }
            let error = Double(abs(g - w))
            absolute = max(absolute, error)
            relative = max(relative, error / max(Double(abs(w)), 1e-30))
        }
        return (differences, relative, absolute)
    }
}

@Suite struct TorchGeneratorTests {
    /// The C++ standard's check values for `std::mt19937` with its default seed 5489 (whose
    /// seeding torch's engine shares): the first output, and the 10000th
    /// ([rand.predef] in ISO C++).
    @Test func mersenneTwisterMatchesTheStandardCheckValues() {
        var engine = MersenneTwister(seed: 5489)
        #expect(engine.next32() == 3_499_211_612)
        for _ in 2..<10000 { _ = engine.next32() }
        #expect(engine.next32() == 4_123_659_995)
    }

    @Test func onlyTheLow32BitsOfTheSeedMatter() {
        var a = TorchGenerator(seed: 5)
        var b = TorchGenerator(seed: (1 << 32) + 5)
        #expect(a.randnFloats(count: 40) == b.randnFloats(count: 40))
    }

    @Test func next64PutsTheFirstDrawHigh() {
        var plain = MersenneTwister(seed: 42)
        var generator = TorchGenerator(seed: 42)
        let high = UInt64(plain.next32())
        let low = UInt64(plain.next32())
        #expect(generator.nextUInt64() == high << 32 | low)
    }

    @Test func emptyShapeDrawsNothing() {
        var generator = TorchGenerator(seed: 3)
        #expect(generator.randn([0, 4]).count == 0)
        var fresh = TorchGenerator(seed: 3)
        #expect(generator.nextUInt32() == fresh.nextUInt32())
    }

    /// Every single-call case of the fixture, bit for bit (the AVX2 kernel is torch's on x86-64).
    @Test(arguments: TorchNormalKernel.allCases)
    func randnIsBitIdenticalToTorch(kernel: TorchNormalKernel) throws {
        let reader = try SamplingFixture.reader("randn-\(kernel.rawValue).safetensors")
        var checked = 0
        var worst = 0.0
        for name in reader.names.sorted() where name.hasPrefix("s") && !name.hasPrefix("seq.") {
            let parts = name.split(separator: ".")
            let seed = try #require(UInt64(parts[0].dropFirst()))
            let (want, shape) = try SamplingFixture.floats(reader, name)
            var generator = TorchGenerator(seed: seed, normalKernel: kernel)
            let got = generator.randn(shape)
            #expect(got.shape == shape)
            let result = SamplingFixture.compare(got.floats(), want)
            worst = max(worst, result.relative)
            if Self.expectBitIdentical(kernel) {
                #expect(result.bitDifferences == 0, "\(name): \(result.bitDifferences) elements differ")
            } else {
                #expect(result.relative < 1e-5, "\(name): relative error \(result.relative)")
            }
            checked += 1
        }
        #expect(checked == 6 * 7 + 2)
        print("randn \(kernel.rawValue): \(checked) cases, max relative error \(worst)")
    }

    /// Successive calls on one generator continue torch's stream, including the cached second
    /// sample of the small-tensor path across a 16-block fill.
    @Test(arguments: TorchNormalKernel.allCases)
    func successiveCallsContinueTheStream(kernel: TorchNormalKernel) throws {
        let reader = try SamplingFixture.reader("randn-\(kernel.rawValue).safetensors")
        var generator = TorchGenerator(seed: 7, normalKernel: kernel)
        var calls = 0
        while reader.contains("seq.s7.c\(calls)") {
            let (want, shape) = try SamplingFixture.floats(reader, "seq.s7.c\(calls)")
            let got = generator.randn(shape).floats()
            let result = SamplingFixture.compare(got, want)
            if Self.expectBitIdentical(kernel) {
                #expect(result.bitDifferences == 0, "call \(calls) shape \(shape)")
            } else {
                #expect(result.relative < 1e-5, "call \(calls) shape \(shape)")
            }
            calls += 1
        }
        #expect(calls == 7)
    }

    /// The emulated Cephes functions stay within a few ulps of the C library's over the ranges
    /// Box–Muller feeds them ((0, 1] for the logarithm, [0, 2π) for sine and cosine).
    @Test func cephesFunctionsAreAccurate() {
        var engine = MersenneTwister(seed: 11)
        var worstLog: Float = 0
        var worstTrig: Float = 0
        for _ in 0..<20000 {
            let u = Float(engine.next32() & 0x00FF_FFFF) * Float(1.0 / 16_777_216.0)
            let x = 1 - u
            worstLog = max(worstLog, abs(TorchBoxMuller.cephesLog(x) - Float(log(Double(x)))))
            let theta = Float(2.0 * Double.pi) * u
            let (s, c) = TorchBoxMuller.cephesSinCos(theta)
            worstTrig = max(worstTrig, abs(s - Float(sin(Double(theta)))), abs(c - Float(cos(Double(theta)))))
        }
        #expect(worstLog < 1e-6)
        #expect(worstTrig < 1e-6)
        #expect(TorchBoxMuller.cephesLog(0).isNaN)
        #expect(TorchBoxMuller.cephesLog(1) == 0)
    }

    /// The portable kernel uses the C library's logf/cosf/sinf, so it is bit-identical to torch
    /// only with the same C library (the fixtures were made with glibc on Linux).
    static func expectBitIdentical(_ kernel: TorchNormalKernel) -> Bool {
        #if os(Linux)
            return true
        #else
            return kernel == .avx2
        #endif
    }
}
