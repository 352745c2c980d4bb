import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// `ModuleDelta.spectrum` and `denseMatrix`, what `render spectrum` and `render delta` draw:
/// every LyCORIS module's delta must be the one LyCORIS' own forward pass adds
/// (`merged_forward − base`, written by LyCORIS 4.1.3), and its spectrum must hold all of
/// that delta's energy.
@Suite struct ModuleDeltaChartTests {
    @Test(arguments: [("lycoris_locon", 4), ("lycoris_loha", 16), ("lycoris_lokr", nil as Int?)])
    func chartsGiveLycorisForwardDelta(_ name: String, rankBound: Int?) throws {
        let lora = try LoraFile.loadLora(path: MergeFixtures.peers(name + "/lycoris.safetensors"))
        let base = try BaseModel(path: MergeFixtures.peers(name + "/base.safetensors"))
        let merged = try MergeFixtures.tensors(MergeFixtures.peers(name + "/merged_forward.safetensors"))
        let original = try MergeFixtures.tensors(MergeFixtures.peers(name + "/base.safetensors"))
        let charted = ModuleDelta.chartableModules(of: lora)
        #expect(charted.map(\.sourceName) == lora.modules.map(\.sourceName))
        let report = ModuleMatcher.check(lora: lora, base: base)
        for (module, match) in zip(charted, report.matches) {
            guard case .matched(let key, _) = match.status else {
                Issue.record("\(module.sourceName) unmatched"); continue
            }
            let want = zip(merged[key]!, original[key]!).map { $0 - $1 }
            let dense = try #require(ModuleDelta.denseMatrix(module))
            #expect(dense.rank == 2 && dense.count == want.count)
            #expect(MergeFixtures.relativeError(dense.floats(), want) < 1e-5, "\(module.sourceName)")
            // The spectrum holds the whole energy: Σσ² = ‖ΔW‖²; a rank-4 LoHa has at most 16 values.
            let spectrum = try #require(ModuleDelta.spectrum(of: module))
            #expect(!spectrum.isTruncated)
            let energy = want.reduce(0.0) { $0 + Double($1) * Double($1) }
            #expect(abs(spectrum.values.reduce(0) { $0 + $1 * $1 } - energy) <= 1e-4 * energy, "\(module.sourceName)")
            if let rankBound, let top = spectrum.values.first {
                #expect(spectrum.values.filter { $0 > 1e-6 * top }.count <= rankBound, "\(module.sourceName)")
            }
        }
    }

    /// A full-rank delta wider than `exactLimit` gets its largest values from the randomized
    /// SVD: a LyCORIS "full" module whose ΔW = H₁·diag(σ)·H₂ with known σ, H₁ and H₂ two
    /// Householder reflections (orthogonal, so σ are its singular values).
    @Test func wideFullRankDeltaGivesItsLargestValues() {
        let n = ModuleDelta.exactLimit + 88  // 600
        let sigma = (0..<n).map { 10 * pow(0.97, Double($0)) }
        var g = SplitMix64(seed: 3)
        func unit() -> [Double] {
            let v = Tensor.randomNormal(shape: [n], generator: &g).floats().map(Double.init)
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v.map { $0 / norm }
        }
        let (v1, v2) = (unit(), unit())
        // X = H₁·diag(σ): X[i, j] = σⱼ·(δᵢⱼ − 2·v1ᵢ·v1ⱼ); then X·H₂ = X − 2·(X·v2)·v2ᵀ.
        var x = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { x[i * n + j] = sigma[j] * ((i == j ? 1 : 0) - 2 * v1[i] * v1[j]) } }
        var values = [Float](repeating: 0, count: n * n)
        for i in 0..<n {
            var xv = 0.0
            for j in 0..<n { xv += x[i * n + j] * v2[j] }
            for j in 0..<n { values[i * n + j] = Float(x[i * n + j] - 2 * xv * v2[j]) }
        }
        let module = LoraModule(
            target: ModuleTarget(component: .model, path: "wide", isFlattened: false), sourceName: "wide",
            factors: .full(diff: Tensor(shape: [n, n], values: values), diffBias: nil))
        let spectrum = ModuleDelta.spectrum(of: module)!
        #expect(spectrum.isTruncated && spectrum.values.count == ModuleDelta.truncatedRank)
        for (got, want) in zip(spectrum.values.prefix(32), sigma) { #expect(abs(got - want) <= 1e-3 * want) }
    }
}
