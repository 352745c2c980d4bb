import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraLibrary

@Suite struct WeightFingerprintTests {
    /// fp16's unit roundoff (11-bit significand): the largest relative rounding error of a normal value.
    static let f16Roundoff = 0x1p-11
    /// bfloat16's unit roundoff (8-bit significand).
    static let bf16Roundoff = 0x1p-8

    @Test func copiesInOtherDTypesAreWithinRoundingOfTheOriginal() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = SyntheticCheckpoint.sd15Base(seed: 1)
        let f32 = try base.fingerprint(in: folder, name: "f32")
        let f64 = try base.fingerprint(in: folder, name: "f64", dtype: .f64)
        let f16 = try base.fingerprint(in: folder, name: "f16", dtype: .f16)
        let bf16 = try base.fingerprint(in: folder, name: "bf16", dtype: .bf16)
        // Mixed dtypes change where each tensor lies in the file (the writer orders by dtype).
        let mixedPath = try base.write(to: folder + "/mixed.safetensors") { name in
            [DType.f16, .bf16, .f32][name.utf8.count % 3]
        }
        let mixed = try #require(WeightFingerprint(reader: try SafetensorsReader(path: mixedPath)))

        #expect(f32.signature == f16.signature && f32.signature == bf16.signature)
        #expect(f32.signature == f64.signature && f32.signature == mixed.signature)
        #expect(f32.architecture == "SD1.x")
        // F32 → F64 → F32 is exact.
        #expect(f64.values == f32.values)
        // Each element rounds by at most the dtype's unit roundoff (the values are normal numbers
        // but for a few near zero, whose absolute error is below 2^-25, far under 0.02·2^-11).
        let toF16 = try #require(f16.relativeDistance(to: f32))
        let toBF16 = try #require(bf16.relativeDistance(to: f32))
        let toMixed = try #require(mixed.relativeDistance(to: f32))
        #expect(toF16 > 0 && toF16 <= Self.f16Roundoff * 1.01)
        #expect(toBF16 > 0 && toBF16 <= Self.bf16Roundoff)
        #expect(toMixed <= Self.bf16Roundoff)
    }

    @Test func theFingerprintOfAMergeIsTheMergeOfTheFingerprints() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = SyntheticCheckpoint.sd15Base(seed: 11)
        let b = SyntheticCheckpoint.sd15Base(seed: 12)
        let fa = try a.fingerprint(in: folder, name: "a")
        let fb = try b.fingerprint(in: folder, name: "b")
        let merged = try SyntheticCheckpoint.merge([(0.7, a), (0.3, b)]).fingerprint(in: folder, name: "merged")
        #expect(merged.signature == fa.signature)
        for i in merged.values.indices {
            let expected = 0.7 * Double(fa.values[i]) + 0.3 * Double(fb.values[i])
            // The merge was rounded once to Float: at most half an ulp, 2^-24 relative.
            let bound = 0x1p-24 * (0.7 * abs(Double(fa.values[i])) + 0.3 * abs(Double(fb.values[i]))) * 1.01
            #expect(abs(Double(merged.values[i]) - expected) <= bound)
        }
    }

    @Test func readingTheMappedBytesMatchesThePlainConversion() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = SplitMix64(seed: 5)
        let dtypes: [DType] = [.f32, .f16, .bf16, .f64, .f8e4m3, .f8e5m2]
        let shapes = [[3, 1], [1, 2], [7, 5], [33, 17, 3, 3], [64, 129]]
        var tensors: [(String, Tensor)] = []
        for (d, dtype) in dtypes.enumerated() {
            for (s, shape) in shapes.enumerated() {
                let values = (0..<shape.reduce(1, *)).map { _ in Float(generator.nextNormal()) }
                tensors.append(("t\(d).\(s).weight", Tensor(shape: shape, values: values).converted(to: dtype)))
            }
        }
        let path = folder + "/dtypes.safetensors"
        try SafetensorsWriter.write(path: path, tensors: tensors)
        let reader = try SafetensorsReader(path: path)
        let plan = try #require(
            WeightFingerprint.samplePlan(entries: reader.entries, tensorCount: 100, samplesPerTensor: 9, seed: 3))
        #expect(plan.tensors.count == tensors.count)
        // A tensor smaller than a run wraps around inside itself.
        #expect(plan.tensors.allSatisfy { t in t.indices.allSatisfy { (0..<t.entry.count).contains($0) } })
        let fast = WeightFingerprint.readSamples(plan, from: reader)
        let plain = WeightFingerprint.plainSamples(plan, from: reader)
        let firstDifference = zip(fast, plain).enumerated().first { $1.0.bitPattern != $1.1.bitPattern }?.offset
        #expect(fast.count == plain.count && firstDifference == nil)
    }

    @Test func theCoveredTensorsDependOnNamesAndShapesOnly() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = SyntheticCheckpoint.sd15Base(seed: 21)
        let f32 = try SafetensorsReader(path: try base.write(to: folder + "/f32.safetensors"))
        let mixed = try SafetensorsReader(
            path: try base.write(to: folder + "/mixed.safetensors") { $0.utf8.count % 2 == 0 ? .bf16 : .f16 })
        let covered = WeightFingerprint.coveredTensors(in: f32.entries, tensorCount: 8)
        #expect(covered.count == 8)
        #expect(covered.map(\.key) == WeightFingerprint.coveredTensors(in: mixed.entries, tensorCount: 8).map(\.key))
        // Only the denoiser's matrices and convolutions, named without its prefix.
        for (key, entry) in covered {
            #expect(entry.name == "model.diffusion_model." + key)
            #expect(entry.shape.count >= 2)
        }
        // Leaving out a tensor that was not covered changes nothing.
        let uncovered = try #require(
            base.tensors.first { t in
                t.name.hasPrefix("model.diffusion_model.") && t.shape.count >= 2
                    && !covered.contains { $0.entry.name == t.name }
            })
        let smaller = try SafetensorsReader(
            path: try SyntheticCheckpoint(tensors: base.tensors.filter { $0.name != uncovered.name })
                .write(to: folder + "/smaller.safetensors"))
        #expect(WeightFingerprint(reader: smaller, tensorCount: 8) == WeightFingerprint(reader: f32, tensorCount: 8))
    }

    @Test func textEncoderAndVAEDoNotCountWhenADenoiserIsThere() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let base = SyntheticCheckpoint.sd15Base(seed: 31)
        let full = try base.fingerprint(in: folder, name: "full")
        let denoiserOnly = try base.without(prefix: "cond_stage_model.").without(prefix: "first_stage_model.")
            .fingerprint(in: folder, name: "unet")
        var otherVAE = base
        for t in otherVAE.tensors.indices where otherVAE.tensors[t].name.hasPrefix("first_stage_model.") {
            otherVAE.tensors[t].values = otherVAE.tensors[t].values.map { -$0 }
        }
        #expect(denoiserOnly == full)
        #expect(try otherVAE.fingerprint(in: folder, name: "vae") == full)
        #expect(full.tensorCount == SyntheticCheckpoint.sd15DenoiserWeightCount)
    }

    @Test func aFileWithoutFloatMatricesHasNoFingerprint() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/buffers.safetensors"
        try SafetensorsWriter.write(
            path: path,
            tensors: [
                ("cond_stage_model.transformer.text_model.embeddings.position_ids", Tensor(zeros: [1, 77])),
                ("ids", Tensor(zeros: [4, 4], dtype: .i64)),
                ("model.diffusion_model.input_blocks.0.0.bias", Tensor(zeros: [320])),
                ("alpha", Tensor(shape: [], values: [4])),
            ])
        #expect(WeightFingerprint(reader: try SafetensorsReader(path: path)) == nil)
    }

    @Test func duplicateLorasWithOtherMetadataAndDTypeAreFound() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func lora(seed: UInt64) -> SyntheticCheckpoint {
            var generator = SplitMix64(seed: seed)
            var tensors: [(name: String, shape: [Int], values: [Float])] = []
            for row in ArchitectureTable.table(for: .sd1)!.rows.prefix(600) {
                guard let module = row.kohya.first?.name, row.kohya.first?.rows == nil else { continue }
                let down = [4, row.shape[1]] + row.shape.dropFirst(2)
                let up = [row.shape[0], 4] + row.shape.dropFirst(2).map { _ in 1 }
                for (suffix, shape) in [("lora_down.weight", down), ("lora_up.weight", up)] {
                    let values = (0..<shape.reduce(1, *)).map { _ in Float(generator.nextNormal()) * 0.01 }
                    tensors.append((module + "." + suffix, shape, values))
                }
                tensors.append((module + ".alpha", [], [4]))
            }
            return SyntheticCheckpoint(tensors: tensors)
        }
        let hero = lora(seed: 41)
        let original = try hero.write(to: folder + "/hero.safetensors", metadata: ["ss_output_name": "hero"])
        let copy = try hero.write(
            to: folder + "/hero-copy.safetensors",
            metadata: ["ss_output_name": "hero_v2", "ss_base_model_version": "sd_v1", "ss_training_comment": "x"]
        ) { _ in .bf16 }
        let other = try lora(seed: 42).write(to: folder + "/other.safetensors")
        func fingerprint(_ path: String) throws -> WeightFingerprint {
            try #require(WeightFingerprint(reader: try SafetensorsReader(path: path)))
        }
        let target = try fingerprint(copy)
        #expect(target.architecture == "generic")
        #expect(target.tensorCount == WeightFingerprint.defaultTensorCount)
        let toOriginal = try #require(target.relativeDistance(to: try fingerprint(original)))
        let toOther = try #require(target.relativeDistance(to: try fingerprint(other)))
        #expect(toOriginal <= Self.bf16Roundoff)
        // Two independent random LoRAs: ‖x − y‖/‖y‖ ≈ √2.
        #expect(toOther > 1.2)
    }

    @Test func differentArchitecturesAreNeverComparable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sd15 = try SyntheticCheckpoint.sd15Base(seed: 51).fingerprint(in: folder, name: "sd15")
        var sdxlRows = SyntheticCheckpoint.sdxlRows
        sdxlRows += SyntheticCheckpoint.rows(of: .sdxl) {
            $0.checkpointKey == "model.diffusion_model.input_blocks.4.1.transformer_blocks.0.attn2.to_k.weight"
        }
        let sdxl = try SyntheticCheckpoint.random(sdxlRows, seed: 52).fingerprint(in: folder, name: "sdxl", dtype: .f16)
        #expect(sd15.architecture == "SD1.x" && sdxl.architecture == "SDXL")
        #expect(sd15.signature != sdxl.signature)
        #expect(!sd15.isComparable(with: sdxl))
        #expect(sd15.relativeDistance(to: sdxl) == nil)
        // Another seed or sample count covers other coordinates: not comparable either.
        let path = folder + "/sd15.safetensors"
        let reseeded = try #require(WeightFingerprint(reader: try SafetensorsReader(path: path), seed: 7))
        let denser = try #require(WeightFingerprint(reader: try SafetensorsReader(path: path), samplesPerTensor: 32))
        #expect(reseeded.signature != sd15.signature && !reseeded.isComparable(with: sd15))
        #expect(denser.signature != sd15.signature && !denser.isComparable(with: sd15))
    }

    @Test func encodingRoundTripsAndRejectsDamagedBlobs() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fingerprint = try SyntheticCheckpoint.sd15Base(seed: 61).fingerprint(in: folder, name: "base")
        let blob = fingerprint.encoded
        #expect(blob[0] == WeightFingerprint.formatVersion)
        // 1 + 1 + "SD1.x" + 8 + 8 + 4 + 4, then 16 samples of 4 bytes per denoiser weight.
        #expect(blob.count == 2 + 5 + 24 + SyntheticCheckpoint.sd15DenoiserWeightCount * 16 * 4)
        let decoded = try #require(WeightFingerprint(encoded: blob))
        #expect(decoded == fingerprint)
        #expect(decoded.signature == fingerprint.signature)
        for length in 0..<blob.count {
            #expect(WeightFingerprint(encoded: Array(blob.prefix(length))) == nil)
        }
        #expect(WeightFingerprint(encoded: blob + [0]) == nil)
        var otherVersion = blob
        otherVersion[0] = WeightFingerprint.formatVersion + 1
        #expect(WeightFingerprint(encoded: otherVersion) == nil)
    }

    @Test func aFullSizeFingerprintIsAFewKilobytes() {
        let full = WeightFingerprint(
            architecture: "SDXL", tensorCount: 64, samplesPerTensor: 16, seed: 1, coverage: 2,
            values: [Float](repeating: 0.5, count: 64 * 16))
        #expect(full.encoded.count == 2 + 4 + 24 + 4096)
        #expect(full.signature == "SDXL/64x16/0000000000000002")
        #expect(WeightFingerprint(encoded: full.encoded) == full)
    }
}
