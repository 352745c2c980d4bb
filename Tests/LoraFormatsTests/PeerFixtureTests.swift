import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// Every file in Tests/Fixtures/peers loads, is recognised, matches its base, and converts
/// kohya ↔ diffusers ↔ PEFT with each module's dense delta unchanged. Expected deltas come from
/// the fixture files made by PEFT, diffusers and LyCORIS, never from lorash.
@Suite struct PeerFixtureTests {
    static let tolerance: Float = 1e-5

    func peers(_ relative: String) -> String { TestSupport.fixture("peers/" + relative) }

    /// Reference tensors of a safetensors fixture, by name.
    func reference(_ relative: String) throws -> [String: [Float]] {
        let reader = try SafetensorsReader(path: peers(relative))
        var out: [String: [Float]] = [:]
        for e in reader.entries { out[e.name] = reader.tensor(for: e).floats() }
        return out
    }

    /// `merged - base` per key, from two fixture files.
    func difference(_ merged: String, _ base: String) throws -> [String: [Float]] {
        let m = try reference(merged), b = try reference(base)
        var out: [String: [Float]] = [:]
        for (k, v) in m where k.hasSuffix("weight") { out[k] = zip(v, b[k]!).map { $0 - $1 } }
        return out
    }

    /// Checks every module of `lora` against `base` and compares its dense delta with `expected[baseKey] · factor`.
    func expectDeltas(
        _ lora: LoraAdapter, base: String, expected: [String: [Float]], factor: Float = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let report = ModuleMatcher.check(lora: lora, base: try BaseModel(path: peers(base)))
        #expect(report.unmatched.isEmpty, "\(report.unmatched.map(\.summary))", sourceLocation: sourceLocation)
        #expect(report.matchedCount == lora.modules.count, sourceLocation: sourceLocation)
        var compared = 0
        for (module, match) in zip(lora.modules, report.matches) {
            guard case .matched(let key, _) = match.status, let want = expected[key] else { continue }
            let got = DenseDelta.of(module)
            let error = TestSupport.relativeError(got, want.map { $0 * factor })
            #expect(
                error < Self.tolerance, "\(module.sourceName): relative error \(error)", sourceLocation: sourceLocation)
            compared += 1
        }
        #expect(
            compared == lora.modules.count, "compared \(compared) of \(lora.modules.count)",
            sourceLocation: sourceLocation)
    }

    /// Saves `lora` in every format and reads each back (and from each, every other format).
    func roundTrips(_ lora: LoraAdapter, formats: [LoraFormat] = LoraFormat.allCases) throws -> [(String, LoraAdapter)]
    {
        let dir = TestSupport.temporaryFolder()
        var out: [(String, LoraAdapter)] = []
        for first in formats {
            let path1 = dir + "/a-\(first.rawValue)" + (first == .peft ? "" : ".safetensors")
            try LoraWriter.save(lora, to: path1, format: first)
            let once = try LoraFile.loadLora(path: path1)
            out.append((first.rawValue, once))
            for second in formats where second != first {
                let path2 = dir + "/b-\(first.rawValue)-\(second.rawValue)" + (second == .peft ? "" : ".safetensors")
                try LoraWriter.save(once, to: path2, format: second)
                out.append(("\(first.rawValue)→\(second.rawValue)", try LoraFile.loadLora(path: path2)))
            }
        }
        return out
    }

    @Test func peftLora() throws {
        let lora = try LoraFile.loadLora(path: peers("peft_lora_mlp"))
        #expect(lora.scheme == .peft)
        #expect(lora.alphaSource == .adapterConfig)
        #expect(lora.modules.map(\.target.path) == ["fc1", "fc2", "out"])
        #expect(lora.modules.allSatisfy { $0.scale == 2 })
        #expect(ArchitectureDetector.detect(lora: lora, fileName: "x").architecture == .generic)
        let expected = try reference("peft_lora_mlp/delta_peft.safetensors")
        try expectDeltas(lora, base: "peft_lora_mlp/base.safetensors", expected: expected)
        for (label, copy) in try roundTrips(lora) {
            #expect(copy.modules.count == 3, "\(label)")
            try expectDeltas(copy, base: "peft_lora_mlp/base.safetensors", expected: expected)
        }
    }

    @Test func peftRsLora() throws {
        let lora = try LoraFile.loadLora(path: peers("peft_rslora_mlp"))
        #expect(lora.modules.allSatisfy { $0.scaleRule == .alphaOverSqrtRank && $0.scale == 4 })
        let expected = try reference("peft_rslora_mlp/delta_peft.safetensors")
        try expectDeltas(lora, base: "peft_rslora_mlp/base.safetensors", expected: expected)
        for (_, copy) in try roundTrips(lora) {
            try expectDeltas(copy, base: "peft_rslora_mlp/base.safetensors", expected: expected)
        }
        // In kohya's α/r the same scale 4 at rank 4 is alpha 16: the metadata says what the
        // tensors hold (it used to keep the config's 8).
        let out = TestSupport.temporaryFolder() + "/rs.safetensors"
        try LoraWriter.save(lora, to: out, options: LoraSaveOptions(format: .kohya))
        let written = try SafetensorsReader(path: out)
        #expect(written.metadata["ss_network_alpha"] == "16")
        #expect(try written.tensor(named: "lycoris_fc1.alpha").floats() == [16])
    }

    @Test func peftDora() throws {
        let lora = try LoraFile.loadLora(path: peers("peft_dora_mlp"))
        #expect(lora.modules.allSatisfy { $0.magnitude != nil })
        let magnitudes = try reference("peft_dora_mlp/adapter_model.safetensors")
        let expected = try reference("peft_dora_mlp/delta_peft.safetensors")
        try expectDeltas(lora, base: "peft_dora_mlp/base.safetensors", expected: expected)
        for (label, copy) in try roundTrips(lora) {
            try expectDeltas(copy, base: "peft_dora_mlp/base.safetensors", expected: expected)
            for module in copy.modules {
                let want = magnitudes["base_model.model.\(module.target.path).lora_magnitude_vector"]
                #expect(module.magnitude?.floats() == want, "\(label) \(module.sourceName)")
            }
        }
    }

    @Test func peftWeightedAdapters() throws {
        for name in ["a", "b"] {
            let lora = try LoraFile.loadLora(path: peers("peft_weighted_adapter/src/\(name)"))
            try expectDeltas(
                lora, base: "peft_weighted_adapter/base.safetensors",
                expected: try reference("peft_weighted_adapter/dense_\(name).safetensors"))
        }
        // The merged adapters are bare PEFT files without a config: lora_alpha = r (scale 1).
        for method in ["cat", "linear", "svd", "ties", "dare_linear"] {
            let lora = try LoraFile.loadLora(path: peers("peft_weighted_adapter/m_\(method).adapter.safetensors"))
            #expect(lora.alphaSource == .missing)
            let expected = try reference("peft_weighted_adapter/m_\(method).dense.safetensors")
            try expectDeltas(lora, base: "peft_weighted_adapter/base.safetensors", expected: expected)
            for (_, copy) in try roundTrips(lora) {
                try expectDeltas(copy, base: "peft_weighted_adapter/base.safetensors", expected: expected)
            }
        }
    }

    @Test func diffusersWithMetadata() throws {
        let lora = try LoraFile.loadLora(path: peers("diffusers_tiny_unet_lora/lora_diffusers.safetensors"))
        #expect(lora.scheme == .diffusers)
        #expect(lora.alphaSource == .diffusersMetadata)
        #expect(lora.modules.count == 52)
        #expect(lora.modules.allSatisfy { $0.scale == 2 && $0.target.component == .denoiser })
        let report = ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath)
        #expect(report.architecture == .generic)
        #expect(report.evidence.first?.contains("cross-attention width 32") == true)
        let expected = try reference("diffusers_tiny_unet_lora/delta_peft.safetensors")
        try expectDeltas(lora, base: "diffusers_tiny_unet_lora/unet_base.safetensors", expected: expected)
        for (label, copy) in try roundTrips(lora) {
            #expect(copy.modules.count == 52, "\(label)")
            try expectDeltas(copy, base: "diffusers_tiny_unet_lora/unet_base.safetensors", expected: expected)
        }
    }

    @Test func diffusersWithoutMetadataFallsBackToAlphaEqualsRank() throws {
        let lora = try LoraFile.loadLora(path: peers("diffusers_tiny_unet_lora/lora_diffusers_nometa.safetensors"))
        #expect(lora.alphaSource == .missing)
        #expect(lora.modules.allSatisfy { $0.scale == 1 })
        let expected = try reference("diffusers_tiny_unet_lora/delta_peft.safetensors")
        try expectDeltas(lora, base: "diffusers_tiny_unet_lora/unet_base.safetensors", expected: expected, factor: 0.5)
    }

    @Test func kohyaByDiffusers() throws {
        let lora = try LoraFile.loadLora(path: peers("diffusers_tiny_unet_lora/lora_kohya_by_diffusers.safetensors"))
        #expect(lora.scheme == .kohya)
        #expect(lora.alphaSource == .tensors)
        #expect(lora.modules.allSatisfy { $0.alpha == 4 && $0.scale == 1 && $0.target.isFlattened })
        let expected = try reference("diffusers_tiny_unet_lora/delta_peft.safetensors")
        try expectDeltas(lora, base: "diffusers_tiny_unet_lora/unet_base.safetensors", expected: expected, factor: 0.5)
        for (label, copy) in try roundTrips(lora) {
            #expect(copy.modules.count == 52, "\(label)")
            try expectDeltas(
                copy, base: "diffusers_tiny_unet_lora/unet_base.safetensors", expected: expected, factor: 0.5)
        }
        // kohya → diffusers names: the dotted paths diffusers itself uses.
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/d.safetensors", format: .diffusers)
        let names = Set(try SafetensorsReader(path: dir + "/d.safetensors").names)
        let original = Set(
            try SafetensorsReader(path: peers("diffusers_tiny_unet_lora/lora_diffusers.safetensors")).names)
        #expect(names == original)
    }

    @Test func lycorisLoCon() throws {
        let lora = try LoraFile.loadLora(path: peers("lycoris_locon/lycoris.safetensors"))
        #expect(lora.scheme == .lycoris)
        #expect(lora.modules.map(\.target.path) == ["conv1", "conv2", "fc1", "fc2"])
        #expect(lora.modules.allSatisfy { $0.scale == 0.5 })
        let expected = try difference("lycoris_locon/merged_forward.safetensors", "lycoris_locon/base.safetensors")
        try expectDeltas(lora, base: "lycoris_locon/base.safetensors", expected: expected)
        for (_, copy) in try roundTrips(lora) {
            try expectDeltas(copy, base: "lycoris_locon/base.safetensors", expected: expected)
        }
    }

    @Test(arguments: ["loha", "lokr"])
    func lycorisAlgorithms(_ algorithm: String) throws {
        let lora = try LoraFile.loadLora(path: peers("lycoris_\(algorithm)/lycoris.safetensors"))
        #expect(lora.algorithms == [algorithm])
        let expected = try difference(
            "lycoris_\(algorithm)/merged_forward.safetensors", "lycoris_\(algorithm)/base.safetensors")
        try expectDeltas(lora, base: "lycoris_\(algorithm)/base.safetensors", expected: expected)
        // kohya keeps the LyCORIS suffixes; the copy has the same delta.
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/k.safetensors", format: .kohya)
        let copy = try LoraFile.loadLora(path: dir + "/k.safetensors")
        #expect(copy.algorithms == [algorithm])
        try expectDeltas(copy, base: "lycoris_\(algorithm)/base.safetensors", expected: expected)
        // diffusers and PEFT cannot hold them: a clear refusal naming the module and the way out.
        for format in [LoraFormat.diffusers, .peft] {
            do {
                try LoraWriter.save(lora, to: dir + "/x-\(format.rawValue)", format: format)
                Issue.record("\(format) accepted \(algorithm)")
            } catch {
                guard case .algorithmNotRepresentable(_, let algo, _) = error else {
                    Issue.record("\(error)"); continue
                }
                #expect(algo == algorithm)
                #expect(error.description.contains("rank=K"))
            }
        }
    }

    @Test func lycorisLoKrFullMatrixModulesHaveScaleOne() throws {
        let lora = try LoraFile.loadLora(path: peers("lycoris_lokr/lycoris.safetensors"))
        let scales = Dictionary(uniqueKeysWithValues: lora.modules.map { ($0.target.path, $0.scale) })
        #expect(scales["conv1"] == 1 && scales["conv2"] == 1 && scales["fc2"] == 1)
        #expect(scales["fc1"] == 0.5)
    }

    @Test func inputsAreUnchangedAfterLoadAndConvert() throws {
        let path = peers("diffusers_tiny_unet_lora/lora_kohya_by_diffusers.safetensors")
        let before = try FileIdentity(path: path)
        let bytes = FileManager.default.contents(atPath: path)
        let lora = try LoraFile.loadLora(path: path)
        let dir = TestSupport.temporaryFolder()
        try LoraWriter.save(lora, to: dir + "/out.safetensors", format: .diffusers)
        #expect(try FileIdentity(path: path) == before)
        #expect(FileManager.default.contents(atPath: path) == bytes)
        // Saving over the input is refused even with overwrite.
        #expect(throws: LoraFormatError.self) {
            try LoraWriter.save(lora, to: path, format: .kohya, overwrite: true)
        }
    }

    @Test func summaryLine() throws {
        let loaded = try LoraFile.load(path: peers("peft_lora_mlp"))
        let line = loaded.summary.line
        #expect(line.hasPrefix("PEFT adapter, generic, rank 4, alpha 8, 3 modules, F32"))
        // rsLoRA and DoRA change what the numbers mean, so the line says them.
        #expect(
            try LoraFile.load(path: peers("peft_rslora_mlp")).summary.line.hasPrefix(
                "PEFT adapter, generic, rank 4, alpha 8 (rsLoRA: scale α/√r = 4), 3 modules"))
        #expect(
            try LoraFile.load(path: peers("peft_dora_mlp")).summary.line.hasPrefix(
                "PEFT adapter, generic, rank 4, DoRA, alpha 8, 3 modules"))
        guard case .checkpoint(let base) = try LoraFile.load(path: peers("peft_lora_mlp/base.safetensors")) else {
            Issue.record("base not recognised as a checkpoint"); return
        }
        #expect(base.shapes.count == 6)
        #expect(LoraFile.defaultName(for: peers("peft_lora_mlp/")) == "peft_lora_mlp")
        #expect(LoraFile.defaultName(for: "/x/y/foo.safetensors") == "foo")
    }

    @Test func everyPeerFileLoadsAsWhatItIs() throws {
        let root = TestSupport.fixture("peers")
        let files = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".safetensors")
        }
        #expect(files.count >= 50)
        var loras = 0
        for file in files.sorted() {
            let name = file.split(separator: "/").last!
            let isLora =
                name == "lycoris.safetensors" || name.hasPrefix("lora_") || name == "adapter_model.safetensors"
                || name.hasSuffix(".adapter.safetensors")
            let loaded = try LoraFile.load(path: root + "/" + file)
            switch loaded {
            case .lora(let adapter):
                #expect(isLora, "\(file) loaded as a LoRA")
                #expect(adapter.unrecognisedKeys.isEmpty, "\(file): \(adapter.unrecognisedKeys)")
                loras += 1
            case .checkpoint:
                #expect(!isLora, "\(file) loaded as a checkpoint")
            }
            // None of these tiny models is SD/SDXL/FLUX, and lorash says so.
            #expect(loaded.summary.architecture == .generic, "\(file)")
        }
        #expect(loras == 16)  // 3 LyCORIS, 3 diffusers/kohya, 5 PEFT folders, 5 merged PEFT files
        for folder in [
            "peft_lora_mlp", "peft_rslora_mlp", "peft_dora_mlp", "peft_weighted_adapter/src/a",
            "peft_weighted_adapter/src/b",
        ] {
            #expect(loaded(folder).summary.kind == "PEFT adapter")
        }
    }

    func loaded(_ folder: String) -> LoadedFile { try! LoraFile.load(path: peers(folder)) }
}
