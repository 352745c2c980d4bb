import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// SD 1.5 and SDXL checkpoints whose CLIP-L keys are spelt as the tables spell them (as real
/// files do: `cond_stage_model.transformer.text_model.encoder…`) or without `text_model.` (the
/// alias some early SD 1.x files need): either way the checkpoint is detected, a kohya LoRA's
/// text-encoder modules are matched, baked and extracted under the file's own keys.
///
/// The checkpoints are small real files made from the table's rows, in their real shapes and
/// F32: the U-Net's first cross-attention `to_k` (which decides the architecture), and CLIP-L
/// layer 0's `q_proj`, `out_proj` and `layer_norm1.weight` (not a LoRA target).
@Suite struct CheckpointSpellingTests {
    /// How a checkpoint spells CLIP-L.
    enum Spelling: String, CaseIterable, Sendable {
        /// `….transformer.text_model.encoder…`: the tables' spelling.
        case textModel
        /// `….transformer.encoder…`: the alias.
        case withoutTextModel
    }

    static let cases: [(Architecture, Spelling)] = [Architecture.sd1, .sdxl].flatMap { a in
        Spelling.allCases.map { (a, $0) }
    }

    /// Where CLIP-L's keys start in the checkpoint, before `text_model.`.
    static func clipPrefix(_ architecture: Architecture) -> String {
        architecture == .sd1 ? "cond_stage_model.transformer." : "conditioner.embedders.0.transformer."
    }

    /// A table key as a checkpoint of `spelling` has it.
    static func spelt(_ key: String, _ architecture: Architecture, _ spelling: Spelling) -> String {
        let long = clipPrefix(architecture) + "text_model."
        guard spelling == .withoutTextModel, key.hasPrefix(long) else { return key }
        return clipPrefix(architecture) + key.dropFirst(long.count)
    }

    /// One tensor of the test checkpoint: its table row and its values.
    struct Weight {
        let row: ArchitectureTable.Row
        let values: Tensor
        /// The LoRA module patching it (nil: none), with its factors.
        var module: (name: String, up: Tensor, down: Tensor)?
    }

    static let rank = 4, alpha: Float = 2

    /// The tensors, from the table: the cross-attention `to_k` and CLIP-L layer 0's `q_proj`,
    /// `out_proj` (both with a LoRA module, named as the table names it) and `layer_norm1.weight`.
    static func weights(_ architecture: Architecture) throws -> [Weight] {
        let table = try #require(ArchitectureTable.table(for: architecture))
        let layer = clipPrefix(architecture) + "text_model.encoder.layers.0."
        let keys = ["self_attn.q_proj.weight", "self_attn.out_proj.weight", "layer_norm1.weight"].map { layer + $0 }
        let clip = keys.compactMap { key in table.rows.first { $0.checkpointKey == key } }
        try #require(clip.count == keys.count, "the table spells CLIP-L as \(layer)…")
        let toK = try #require(table.rows.first { $0.checkpointKey.hasSuffix("attn2.to_k.weight") })
        var g = SplitMix64(seed: architecture == .sd1 ? 15 : 10)
        return ([toK] + clip).map { row in
            var weight = Weight(row: row, values: Tensor.randomNormal(shape: row.shape, generator: &g))
            if let name = row.kohya.first?.name {
                let up = Tensor.randomNormal(shape: [row.shape[0], rank], generator: &g)
                let down = Tensor.randomNormal(shape: [rank, row.shape[1]], generator: &g)
                weight.module = (name, up, down)
            }
            return weight
        }
    }

    /// The checkpoint (keys spelt as `spelling` says) and a kohya LoRA of the modules, in `dir`.
    static func files(_ architecture: Architecture, _ spelling: Spelling, in dir: String) throws -> (
        base: String, lora: String, weights: [Weight]
    ) {
        let weights = try weights(architecture)
        let base = dir + "/base.safetensors", lora = dir + "/lora.safetensors"
        try SafetensorsWriter.write(
            path: base, tensors: weights.map { (spelt($0.row.checkpointKey, architecture, spelling), $0.values) })
        try SafetensorsWriter.write(
            path: lora,
            tensors: weights.compactMap(\.module).flatMap { m in
                [
                    (m.name + ".lora_up.weight", m.up), (m.name + ".lora_down.weight", m.down),
                    (m.name + ".alpha", Tensor(shape: [], values: [alpha])),
                ]
            })
        return (base, lora, weights)
    }

    /// W + m·(α/r)·up·down in plain loops (F64 sums).
    static func patched(_ w: Weight, multiplier: Float) -> [Float] {
        guard let m = w.module else { return w.values.floats() }
        let (rows, columns) = (w.row.shape[0], w.row.shape[1])
        let up = m.up.floats(), down = m.down.floats(), values = w.values.floats()
        let scale = Double(multiplier) * Double(alpha) / Double(rank)
        var out = values
        for i in 0..<rows {
            for j in 0..<columns {
                var sum = 0.0
                for k in 0..<rank { sum += Double(up[i * rank + k]) * Double(down[k * columns + j]) }
                out[i * columns + j] = Float(Double(values[i * columns + j]) + scale * sum)
            }
        }
        return out
    }

    @Test(arguments: cases)
    func detectedAndMatchedUnderItsOwnKeys(_ architecture: Architecture, _ spelling: Spelling) throws {
        let dir = MergeFixtures.temporaryFolder("spelling-check-\(architecture.rawValue)-\(spelling)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (basePath, loraPath, weights) = try Self.files(architecture, spelling, in: dir)
        let base = try BaseModel(path: basePath)
        #expect(base.architecture.architecture == architecture, "\(base.architecture.evidence)")
        let lora = try LoraFile.loadLora(path: loraPath)
        let report = ModuleMatcher.check(lora: lora, base: base)
        #expect(report.refusal == nil)
        let te = architecture == .sd1 ? "lora_te_text_model_encoder_layers_0_" : "lora_te1_text_model_encoder_layers_0_"
        let modules = weights.filter { $0.module != nil }
        #expect(modules.filter { $0.module!.name.hasPrefix(te) }.count == 2)
        for w in modules {
            let match = try #require(report.matches.first { $0.sourceName == w.module!.name })
            #expect(
                match.status == .matched(baseKey: Self.spelt(w.row.checkpointKey, architecture, spelling), rows: nil),
                "\(match.summary)")
        }
        #expect(report.matchedCount == 3)
    }

    /// `merge STACK into`: each patched tensor, under the file's key, equals the plain-loop
    /// W + m·s·up·down; the others are copied bit for bit; no key is renamed.
    @Test(arguments: cases)
    func bakePatchesTheTensorUnderItsOwnKey(_ architecture: Architecture, _ spelling: Spelling) throws {
        let dir = MergeFixtures.temporaryFolder("spelling-bake-\(architecture.rawValue)-\(spelling)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (basePath, loraPath, weights) = try Self.files(architecture, spelling, in: dir)
        let stack = Stack(
            base: try BaseModel(path: basePath),
            entries: [StackEntry(name: "lora", lora: try LoraFile.loadLora(path: loraPath), weight: LoraWeight(0.8))])
        let out = dir + "/baked.safetensors"
        let report = try StreamingBake.run(stack, to: out, options: BakeOptions(threads: 2))
        #expect(report.patchedTensors == 3)
        let got = try MergeFixtures.tensors(out)
        #expect(Set(got.keys) == Set(weights.map { Self.spelt($0.row.checkpointKey, architecture, spelling) }))
        for w in weights {
            let key = Self.spelt(w.row.checkpointKey, architecture, spelling)
            let have = try #require(got[key])
            if w.module == nil {
                #expect(have == w.values.floats(), "\(key) must be copied bit for bit")
            } else {
                #expect(MergeFixtures.relativeError(have, Self.patched(w, multiplier: 0.8)) < 1e-5, "\(key)")
                #expect(have != w.values.floats(), "\(key) was not patched")
            }
        }
    }

    /// `extract`: the difference of two checkpoints of that spelling gives kohya modules named
    /// as the table names them, whose deltas are the ones put in, and which match the tuned
    /// checkpoint under its own keys.
    @Test(arguments: cases)
    func extractFindsTheTextEncoderWeights(_ architecture: Architecture, _ spelling: Spelling) throws {
        let dir = MergeFixtures.temporaryFolder("spelling-extract-\(architecture.rawValue)-\(spelling)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (basePath, _, weights) = try Self.files(architecture, spelling, in: dir)
        let tunedPath = dir + "/tuned.safetensors"
        try SafetensorsWriter.write(
            path: tunedPath,
            tensors: weights.map {
                (
                    Self.spelt($0.row.checkpointKey, architecture, spelling),
                    Tensor(shape: $0.row.shape, values: Self.patched($0, multiplier: 1))
                )
            })
        let tuned = try BaseModel(path: tunedPath)
        let (lora, report) = try LoraExtract.extract(
            tuned: tuned, base: try BaseModel(path: basePath), options: LoraExtract.Options(rank: Self.rank, clamp: nil)
        )
        #expect(report.retained > 0.9999)
        let saved = dir + "/extracted.safetensors"
        try LoraWriter.save(lora, to: saved, options: LoraSaveOptions(format: .kohya))
        let names = Set(
            try SafetensorsReader(path: saved).names.filter { $0.hasSuffix(".lora_down.weight") }.map {
                String($0.dropLast(17))
            })
        let modules = weights.filter { $0.module != nil }
        #expect(names == Set(modules.map(\.module!.name)))
        let extracted = try LoraFile.loadLora(path: saved)
        let match = ModuleMatcher.check(lora: extracted, base: tuned)
        for w in modules {
            let module = try #require(extracted.modules.first { $0.sourceName == w.module!.name })
            let delta = zip(Self.patched(w, multiplier: 1), w.values.floats()).map { $0 - $1 }
            #expect(
                MergeFixtures.relativeError(try #require(ModuleDelta.dense(module)).floats(), delta) < 1e-3,
                "\(module.sourceName)")
            let status = try #require(match.matches.first { $0.sourceName == w.module!.name }).status
            #expect(status == .matched(baseKey: Self.spelt(w.row.checkpointKey, architecture, spelling), rows: nil))
        }
    }
}
