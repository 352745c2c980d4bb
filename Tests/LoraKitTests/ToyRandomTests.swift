import Testing

@testable import LoraKit

@Suite struct ToyRandomTests {
    @Test func matchesSplitMix64ReferenceOutputs() {
        // First outputs of Vigna's splitmix64.c for seed 0.
        var random = ToyRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func uniformAndNormalMoments() {
        var random = ToyRandom(seed: 42)
        let uniforms = (0..<20000).map { _ in random.uniform() }
        #expect(uniforms.allSatisfy { $0 >= 0 && $0 < 1 })
        let uniformMean = uniforms.reduce(0, +) / Float(uniforms.count)
        #expect(abs(uniformMean - 0.5) < 0.01)
        let normals = (0..<20000).map { _ in Double(random.normal()) }
        let mean = normals.reduce(0, +) / Double(normals.count)
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(normals.count)
        #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.05)
    }
}
