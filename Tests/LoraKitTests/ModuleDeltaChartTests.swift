import LoraEngine
import LoraFormats
import Testing
@testable import LoraKit

/// `ModuleDelta.chartableModules`, what `render spectrum` and `render delta` draw: every
/// LyCORIS module's factors must give the delta LyCORIS' own forward pass adds
/// (`merged_forward − base`, written by LyCORIS 4.1.3).
@Suite struct ModuleDeltaChartTests {
    @Test(arguments: [("lycoris_locon", 4), ("lycoris_loha", 16), ("lycoris_lokr", nil as Int?)])
    func chartedFactorsGiveLycorisForwardDelta(_ name: String, rankBound: Int?) throws {
        let lora = try LoraFile.loadLora(path: MergeFixtures.peers(name + "/lycoris.safetensors"))
        let base = try BaseModel(path: MergeFixtures.peers(name + "/base.safetensors"))
        let merged = try MergeFixtures.tensors(MergeFixtures.peers(name + "/merged_forward.safetensors"))
        let original = try MergeFixtures.tensors(MergeFixtures.peers(name + "/base.safetensors"))
        let charted = ModuleDelta.chartableModules(of: lora)
        #expect(charted.map(\.name) == lora.modules.map(\.sourceName))
        let report = ModuleMatcher.check(lora: lora, base: base)
        for ((moduleName, delta), match) in zip(charted, report.matches) {
            guard case .matched(let key, _) = match.status else { Issue.record("\(moduleName) unmatched"); continue }
            let want = zip(merged[key]!, original[key]!).map { $0 - $1 }
            #expect(delta.outFeatures * delta.inFeatures == want.count)
            let got = delta.dense(threads: 1).floats()
            #expect(MergeFixtures.relativeError(got, want) < 1e-5, "\(moduleName)")
            // The spectrum holds the whole energy: Σσ² = ‖ΔW‖²; a rank-4 LoHa has at most 16 values.
            let sigma = delta.svd().singularValues
            let energy = want.reduce(0.0) { $0 + Double($1) * Double($1) }
            #expect(abs(sigma.reduce(0) { $0 + $1 * $1 } - energy) <= 1e-4 * energy, "\(moduleName)")
            if let rankBound, let top = sigma.first {
                #expect(sigma.filter { $0 > 1e-6 * top }.count <= rankBound, "\(moduleName)")
            }
        }
    }
}
