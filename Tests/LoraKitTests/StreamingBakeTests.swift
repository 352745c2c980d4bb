import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// `merge STACK into PATH` against the checkpoints the reference tools wrote: PEFT
/// `merge_and_unload` (plain, rsLoRA, DoRA), diffusers `fuse_lora(lora_scale=0.8)` with and
/// without alpha metadata, LyCORIS LoCon/LoHa/LoKr (`merged_forward`, the forward pass's α/r
/// convention: see Tests/Fixtures/peers/README.md). Tolerance: 1e-5 relative (fixture README).
@Suite struct StreamingBakeTests {
    static let tolerance: Float = 1e-5

    /// Bakes and compares every tensor of the output with `expected` (a fixture file).
    func expectBake(
        base: String, loras: [(String, LoraWeight)], expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let stack = try MergeFixtures.stack(base: base, loras: loras)
        let out = MergeFixtures.temporaryFolder() + "/merged.safetensors"
        let report = try StreamingBake.run(stack, to: out, options: BakeOptions(threads: 2))
        let got = try MergeFixtures.tensors(out)
        let want = try MergeFixtures.tensors(MergeFixtures.peers(expected))
        let baseTensors = try MergeFixtures.tensors(MergeFixtures.peers(base))
        #expect(Set(got.keys) == Set(want.keys), sourceLocation: sourceLocation)
        var changed = 0
        for (key, w) in want {
            let g = try #require(got[key])
            let error = MergeFixtures.relativeError(g, w)
            #expect(error < Self.tolerance, "\(key): relative error \(error)", sourceLocation: sourceLocation)
            if w != baseTensors[key]! {
                changed += 1
            } else {
                #expect(g == w, "\(key) must be copied bit for bit", sourceLocation: sourceLocation)
            }
        }
        #expect(
            changed > 0 && report.patchedTensors == changed,
            "patched \(report.patchedTensors), fixture changed \(changed)", sourceLocation: sourceLocation)
        let reader = try SafetensorsReader(path: out)
        let mergedFrom: String = reader.metadata["modelspec.merged_from"] ?? ""
        let firstName: String = LoraFile.defaultName(for: MergeFixtures.peers(loras[0].0))
        #expect(mergedFrom.contains(firstName), "\(mergedFrom)", sourceLocation: sourceLocation)
        // Every way of writing gives these bytes.
        let bytes = try #require(FileManager.default.contents(atPath: out))
        for (mode, options) in Self.writeModes() {
            let other = MergeFixtures.temporaryFolder() + "/merged.safetensors"
            try StreamingBake.run(stack, to: other, options: options)
            #expect(FileManager.default.contents(atPath: other) == bytes, "\(mode)", sourceLocation: sourceLocation)
        }
    }

    /// The ways a bake can write, besides the default (the stream, around the page cache, in
    /// 32 MiB pieces): 4 KiB pieces, which wrap the stream's ring many times and split tensors
    /// into pieces, around and through the page cache; and one tensor at a time, without the
    /// stream (systems without it).
    static func writeModes(dtype: DType? = nil) -> [(String, BakeOptions)] {
        var small = BakeOptions(dtype: dtype, threads: 2)
        small.streamChunkSize = 4096
        var smallBuffered = small
        smallBuffered.bypassesPageCache = false
        var serial = BakeOptions(dtype: dtype, threads: 2)
        serial.streams = false
        return [
            ("4 KiB pieces", small), ("4 KiB pieces through the page cache", smallBuffered),
            ("one tensor at a time", serial),
        ]
    }

    @Test func peftMergeAndUnload() throws {
        try expectBake(
            base: "peft_lora_mlp/base.safetensors", loras: [("peft_lora_mlp", LoraWeight(1))],
            expected: "peft_lora_mlp/merged.safetensors")
    }

    @Test func peftRsLora() throws {
        try expectBake(
            base: "peft_rslora_mlp/base.safetensors", loras: [("peft_rslora_mlp", LoraWeight(1))],
            expected: "peft_rslora_mlp/merged.safetensors")
    }

    @Test func peftDoRA() throws {
        try expectBake(
            base: "peft_dora_mlp/base.safetensors", loras: [("peft_dora_mlp", LoraWeight(1))],
            expected: "peft_dora_mlp/merged.safetensors")
    }

    @Test func diffusersFuseLoraWithMetadata() throws {
        try expectBake(
            base: "diffusers_tiny_unet_lora/unet_base.safetensors",
            loras: [("diffusers_tiny_unet_lora/lora_diffusers.safetensors", LoraWeight(0.8))],
            expected: "diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors")
    }

    @Test func diffusersFuseLoraWithoutMetadata() throws {
        try expectBake(
            base: "diffusers_tiny_unet_lora/unet_base.safetensors",
            loras: [("diffusers_tiny_unet_lora/lora_diffusers_nometa.safetensors", LoraWeight(0.8))],
            expected: "diffusers_tiny_unet_lora/unet_fused_0.8_nometa.safetensors")
    }

    @Test(arguments: ["lycoris_locon", "lycoris_loha", "lycoris_lokr"])
    func lycorisForward(_ name: String) throws {
        try expectBake(
            base: name + "/base.safetensors", loras: [(name + "/lycoris.safetensors", LoraWeight(1))],
            expected: name + "/merged_forward.safetensors")
    }

    /// Two LoRAs with weights (one negative): the output equals base + 0.7·Δa − 0.4·Δb with
    /// Δa, Δb the deltas PEFT computed (`dense_a`, `dense_b` of peft_weighted_adapter).
    @Test func twoLorasAddUp() throws {
        let folder = "peft_weighted_adapter/"
        let stack = try MergeFixtures.stack(
            base: folder + "base.safetensors",
            loras: [(folder + "src/a", LoraWeight(0.7)), (folder + "src/b", LoraWeight(-0.4))])
        let out = MergeFixtures.temporaryFolder() + "/two.safetensors"
        try StreamingBake.run(stack, to: out)
        let got = try MergeFixtures.tensors(out)
        let base = try MergeFixtures.tensors(MergeFixtures.peers(folder + "base.safetensors"))
        let da = try MergeFixtures.tensors(MergeFixtures.peers(folder + "dense_a.safetensors"))
        let db = try MergeFixtures.tensors(MergeFixtures.peers(folder + "dense_b.safetensors"))
        #expect(da.count == 3)
        for (key, a) in da {
            let b: [Float] = db[key]!, w0: [Float] = base[key]!
            var want: [Float] = []
            for i in a.indices { want.append(w0[i] + 0.7 * a[i] - 0.4 * b[i]) }
            #expect(MergeFixtures.relativeError(got[key]!, want) < 1e-5, "\(key)")
        }
        #expect(got["fc1.bias"]! == base["fc1.bias"]!)
    }

    /// Writing around the page cache (the default where the filesystem takes it), through it,
    /// in small pieces and one tensor at a time give the same file, byte for byte; all equal
    /// PEFT's merge within the tolerance.
    @Test func everyWriteModeGivesTheSameCheckpoint() throws {
        let stack = try MergeFixtures.stack(
            base: "peft_lora_mlp/base.safetensors", loras: [("peft_lora_mlp", LoraWeight(1))])
        var outputs: [Data] = []
        var buffered = BakeOptions(threads: 2)
        buffered.bypassesPageCache = false
        for options in [BakeOptions(threads: 2), buffered] + Self.writeModes().map(\.1) {
            let out = MergeFixtures.temporaryFolder() + "/merged.safetensors"
            try StreamingBake.run(stack, to: out, options: options)
            outputs.append(try #require(FileManager.default.contents(atPath: out)))
            let want = try MergeFixtures.tensors(MergeFixtures.peers("peft_lora_mlp/merged.safetensors"))
            for (key, got) in try MergeFixtures.tensors(out) {
                #expect(MergeFixtures.relativeError(got, want[key]!) < Self.tolerance, "\(key)")
            }
        }
        #expect(outputs.count == 5 && outputs.allSatisfy { $0 == outputs[0] })
    }

    /// dtype=f16: every tensor is F16, patched ones equal the F32 reference rounded to F16
    /// (within one F16 step), untouched ones the base converted.
    @Test func outputDType() throws {
        let stack = try MergeFixtures.stack(
            base: "peft_lora_mlp/base.safetensors", loras: [("peft_lora_mlp", LoraWeight(1))])
        let out = MergeFixtures.temporaryFolder() + "/half.safetensors"
        try StreamingBake.run(stack, to: out, options: BakeOptions(dtype: .f16))
        let reader = try SafetensorsReader(path: out)
        #expect(reader.entries.allSatisfy { $0.dtype == .f16 })
        let want = try MergeFixtures.tensors(MergeFixtures.peers("peft_lora_mlp/merged.safetensors"))
        for e in reader.entries {
            let got = reader.tensor(for: e).floats()
            for (g, w) in zip(got, want[e.name]!) { #expect(abs(g - w) <= max(abs(w), 6e-5) * 1e-3, "\(e.name)") }
        }
        // Converted on the stream's fill thread, piece by piece, or one tensor at a time: the same bytes.
        let bytes = try #require(FileManager.default.contents(atPath: out))
        for (mode, options) in Self.writeModes(dtype: .f16) {
            let other = MergeFixtures.temporaryFolder() + "/half.safetensors"
            try StreamingBake.run(stack, to: other, options: options)
            #expect(FileManager.default.contents(atPath: other) == bytes, "\(mode)")
        }
    }

    /// A base stored in F16 is baked in F16 by the fused kernel: equal to numpy-free reference
    /// arithmetic in F64 rounded once (the fused kernel's own contract), checked on the fixture.
    @Test func halfPrecisionBaseStaysHalf() throws {
        let folder = MergeFixtures.temporaryFolder()
        let halfBase = folder + "/base16.safetensors"
        let reader = try SafetensorsReader(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors"))
        try SafetensorsWriter.write(
            path: halfBase, tensors: reader.entries.map { ($0.name, reader.tensor(for: $0).converted(to: .f16)) })
        let stack = Stack(
            base: try BaseModel(path: halfBase),
            entries: [StackEntry(name: "l", lora: try LoraFile.loadLora(path: MergeFixtures.peers("peft_lora_mlp")))])
        try StreamingBake.run(stack, to: folder + "/out.safetensors")
        let out = try SafetensorsReader(path: folder + "/out.safetensors")
        #expect(out.entries.allSatisfy { $0.dtype == .f16 })
        let want = try MergeFixtures.tensors(MergeFixtures.peers("peft_lora_mlp/merged.safetensors"))
        let base16 = try MergeFixtures.tensors(halfBase)
        let base32 = try MergeFixtures.tensors(MergeFixtures.peers("peft_lora_mlp/base.safetensors"))
        for e in out.entries where e.name.hasSuffix(".weight") {
            let got = out.tensor(for: e).floats()
            for i in got.indices {
                // want = base16 + (merged − base) (the delta from PEFT), rounded to F16.
                let w = base16[e.name]![i] + (want[e.name]![i] - base32[e.name]![i])
                #expect(abs(got[i] - w) <= abs(w) * 1e-3 + 1e-4, "\(e.name)[\(i)]")
            }
        }
    }

    @Test func refusesExistingOutputAndInputs() throws {
        let stack = try MergeFixtures.stack(
            base: "peft_lora_mlp/base.safetensors", loras: [("peft_lora_mlp", LoraWeight(1))])
        let folder = MergeFixtures.temporaryFolder()
        let out = folder + "/exists.safetensors"
        FileManager.default.createFile(atPath: out, contents: Data("keep me".utf8))
        #expect {
            try StreamingBake.run(stack, to: out)
        } throws: { error in
            guard case BakeError.file(.outputExists) = error else { return false }
            return true
        }
        #expect(FileManager.default.contents(atPath: out) == Data("keep me".utf8))
        #expect(MergeFixtures.listing(folder) == ["exists.safetensors"])
        // overwrite=true replaces it.
        try StreamingBake.run(stack, to: out, options: BakeOptions(overwrite: true))
        #expect(try SafetensorsReader(path: out).entries.count == 6)
        // Never over an input, even with overwrite.
        let baseCopy = folder + "/base.safetensors"
        try FileManager.default.copyItem(
            atPath: MergeFixtures.peers("peft_lora_mlp/base.safetensors"), toPath: baseCopy)
        let before = FileManager.default.contents(atPath: baseCopy)
        let onCopy = Stack(base: try BaseModel(path: baseCopy), entries: stack.entries)
        #expect {
            try StreamingBake.run(onCopy, to: baseCopy, options: BakeOptions(overwrite: true))
        } throws: { error in
            guard case BakeError.file(.outputIsInput) = error else { return false }
            return true
        }
        #expect(FileManager.default.contents(atPath: baseCopy) == before)
    }

    /// Interrupted after two tensors were written: the partial temporary file is removed.
    @Test func interruptedLeavesNoFile() throws {
        let stack = try MergeFixtures.stack(
            base: "peft_lora_mlp/base.safetensors", loras: [("peft_lora_mlp", LoraWeight(1))])
        let folder = MergeFixtures.temporaryFolder()
        final class Counter: @unchecked Sendable { var calls = 0 }
        let counter = Counter()
        // The bake's own token, cancelled once two tensors are written (no other test sees it).
        let token = CancellationToken()
        let options = BakeOptions(
            cancellation: token,
            progress: { done, _ in
                counter.calls += 1
                if done == 2 { token.cancel() }
            })
        #expect {
            try StreamingBake.run(stack, to: folder + "/x.safetensors", options: options)
        } throws: { error in
            guard case BakeError.interrupted = error else { return false }
            return true
        }
        #expect(counter.calls == 3)  // told of tensors 0, 1 and 2 before each; stopped before the third
        #expect(MergeFixtures.listing(folder).isEmpty, "\(MergeFixtures.listing(folder))")
    }

    @Test func nonFiniteModuleIsNamed() throws {
        var lora = try LoraFile.loadLora(path: MergeFixtures.peers("peft_lora_mlp"))
        guard case .lowRank(let up, let down, let mid) = lora.modules[1].factors else {
            Issue.record("not low-rank"); return
        }
        var bad = up.floats()
        bad[3] = .nan
        lora.modules[1].factors = .lowRank(up: Tensor(shape: up.shape, values: bad), down: down, mid: mid)
        let stack = Stack(
            base: try BaseModel(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors")),
            entries: [StackEntry(name: "bad", lora: lora)])
        let folder = MergeFixtures.temporaryFolder()
        #expect {
            try StreamingBake.run(stack, to: folder + "/x.safetensors")
        } throws: { error in
            guard case BakeError.nonFinite(let name, let module, _) = error else { return false }
            return name == "bad" && module == lora.modules[1].sourceName && "\(error)".contains(module)
        }
        #expect(MergeFixtures.listing(folder).isEmpty)
    }

    @Test func noBaseAndOtherArchitecture() throws {
        let lora = try LoraFile.loadLora(path: MergeFixtures.peers("peft_lora_mlp"))
        #expect {
            try StreamingBake.run(Stack(entries: [StackEntry(name: "l", lora: lora)]), to: "/tmp/never.safetensors")
        } throws: { error in
            guard case BakeError.noBase = error else { return false }
            return true
        }
        // A LoRA whose modules match nothing in the base is refused with the reason.
        let stack = try MergeFixtures.stack(
            base: "lycoris_locon/base.safetensors",
            loras: [("diffusers_tiny_unet_lora/lora_diffusers.safetensors", LoraWeight(1))])
        #expect {
            try StreamingBake.run(stack, to: MergeFixtures.temporaryFolder() + "/x.safetensors")
        } throws: { error in
            guard case BakeError.refused = error else { return false }
            return true
        }
    }

    /// Block weights and the te/unet split reach the bake: OUT-only weights leave the
    /// down-block modules of the tiny U-Net untouched and scale the up-block ones.
    @Test func blockWeightsSelectModules() throws {
        let w = try LoraSpec.parse("x:0.8:lbw=0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1").weight
        let stack = try MergeFixtures.stack(
            base: "diffusers_tiny_unet_lora/unet_base.safetensors",
            loras: [("diffusers_tiny_unet_lora/lora_diffusers.safetensors", w)])
        let out = MergeFixtures.temporaryFolder() + "/lbw.safetensors"
        try StreamingBake.run(stack, to: out)
        let got = try MergeFixtures.tensors(out)
        let base = try MergeFixtures.tensors(MergeFixtures.peers("diffusers_tiny_unet_lora/unet_base.safetensors"))
        let fused = try MergeFixtures.tensors(
            MergeFixtures.peers("diffusers_tiny_unet_lora/unet_fused_0.8_meta.safetensors"))
        var up = 0, down = 0
        for (key, b) in base {
            if key.hasPrefix("up_blocks.") {
                #expect(MergeFixtures.relativeError(got[key]!, fused[key]!) < 1e-5, "\(key)");
                if fused[key]! != b { up += 1 }
            } else {
                #expect(got[key]! == b, "\(key) must stay the base"); if fused[key]! != b { down += 1 }
            }
        }
        #expect(up > 0 && down > 0)
    }

    /// A module covering rows 4..<8 of a fused 12-row weight (q|k|v) patches only those rows, in
    /// F32 and in F16 (the fused kernel's row range); the other rows stay bit-identical.
    @Test(arguments: [DType.f32, .f16])
    func fusedRowSlice(_ dtype: DType) throws {
        var g = SplitMix64(seed: 3)
        let weight = Tensor.randomNormal(shape: [12, 8], generator: &g).converted(to: dtype)
        let up = Tensor.randomNormal(shape: [4, 2], generator: &g),
            down = Tensor.randomNormal(shape: [2, 8], generator: &g)
        let dir = MergeFixtures.temporaryFolder()
        try SafetensorsWriter.write(path: dir + "/base.safetensors", tensors: [("qkv.weight", weight)])
        let module = LoraModule(
            target: ModuleTarget(component: .model, path: "qkv", isFlattened: false), sourceName: "lycoris_qkv_k",
            factors: .lowRank(up: up, down: down, mid: nil), alpha: 1, rows: 4..<8)
        let lora = LoraAdapter(
            modules: [module], scheme: .lycoris, alphaSource: .tensors, sourcePath: dir + "/l.safetensors")
        let stack = Stack(
            base: try BaseModel(path: dir + "/base.safetensors"),
            entries: [StackEntry(name: "k", lora: lora, weight: LoraWeight(0.5))])
        try StreamingBake.run(stack, to: dir + "/out.safetensors")
        let out = try SafetensorsReader(path: dir + "/out.safetensors")
        #expect(out.entries[0].dtype == dtype)
        let got = try out.tensor(named: "qkv.weight").floats(), w = weight.floats()
        let (u, d) = (up.floats(), down.floats())
        for i in 0..<12 {
            for j in 0..<8 {
                if (4..<8).contains(i) {
                    var delta: Float = 0
                    for t in 0..<2 { delta += u[(i - 4) * 2 + t] * d[t * 8 + j] }
                    let want = w[i * 8 + j] + 0.5 * 0.5 * delta  // m = 0.5, s = alpha/r = 1/2
                    #expect(
                        abs(got[i * 8 + j] - want) <= (dtype == .f16 ? abs(want) * 1e-3 + 1e-4 : 1e-5), "[\(i), \(j)]")
                } else {
                    #expect(got[i * 8 + j] == w[i * 8 + j], "row \(i) must stay")
                }
            }
        }
    }

    /// LoHa (LyCORIS), then a plain LoRA on fc1 and an IA3 module on fc2 in one stack: fc1 =
    /// LyCORIS' forward merge + 0.5·s·U·D; fc2 = (LyCORIS' merge) ⊙ (1 + m·w) per row, because
    /// IA3 rescales the weight it is given, in stack order.
    @Test func mixedAlgorithmsInStackOrder() throws {
        let folder = "lycoris_loha/"
        let base = try BaseModel(path: MergeFixtures.peers(folder + "base.safetensors"))
        let loha = try LoraFile.loadLora(path: MergeFixtures.peers(folder + "lycoris.safetensors"))
        var g = SplitMix64(seed: 9)
        let up = Tensor.randomNormal(shape: [16, 2], generator: &g),
            down = Tensor.randomNormal(shape: [2, 128], generator: &g)
        let scales = Tensor.randomNormal(shape: [8], scale: 0.1, generator: &g)
        let extra = LoraAdapter(
            modules: [
                LoraModule(
                    target: ModuleTarget(component: .model, path: "fc1", isFlattened: false), sourceName: "lycoris_fc1",
                    factors: .lowRank(up: up, down: down, mid: nil), alpha: 4),
                LoraModule(
                    target: ModuleTarget(component: .model, path: "fc2", isFlattened: false), sourceName: "lycoris_fc2",
                    factors: .ia3(weight: scales, onInput: nil)),
            ], scheme: .lycoris, alphaSource: .tensors, sourcePath: "/nonexistent/extra.safetensors")
        let stack = Stack(
            base: base,
            entries: [
                StackEntry(name: "loha", lora: loha), StackEntry(name: "extra", lora: extra, weight: LoraWeight(0.5)),
            ])
        let out = MergeFixtures.temporaryFolder() + "/mixed.safetensors"
        try StreamingBake.run(stack, to: out)
        let got = try MergeFixtures.tensors(out)
        let forward = try MergeFixtures.tensors(MergeFixtures.peers(folder + "merged_forward.safetensors"))
        let (u, d) = (up.floats(), down.floats())
        var fc1 = forward["fc1.weight"]!
        for i in 0..<16 {
            for j in 0..<128 { for t in 0..<2 { fc1[i * 128 + j] += 0.5 * 2 * u[i * 2 + t] * d[t * 128 + j] } }
        }  // s = 4/2
        #expect(MergeFixtures.relativeError(got["fc1.weight"]!, fc1) < 1e-5)
        let w = scales.floats()
        var fc2 = forward["fc2.weight"]!
        for i in 0..<8 { for j in 0..<16 { fc2[i * 16 + j] *= 1 + 0.5 * w[i] } }
        #expect(MergeFixtures.relativeError(got["fc2.weight"]!, fc2) < 1e-5)
        #expect(MergeFixtures.relativeError(got["conv1.weight"]!, forward["conv1.weight"]!) < 1e-5)
    }
}

/// `ModuleDelta.factored` (the exact factor forms merges and resize use) equals the forward
/// deltas LyCORIS computed (merged_forward − base) for every LoCon, LoHa and LoKr module.
@Suite struct ModuleDeltaFactoredTests {
    @Test(arguments: ["lycoris_locon", "lycoris_loha", "lycoris_lokr"])
    func factoredEqualsLyCORIS(_ name: String) throws {
        let lora = try LoraFile.loadLora(path: MergeFixtures.peers(name + "/lycoris.safetensors"))
        let merged = try MergeFixtures.tensors(MergeFixtures.peers(name + "/merged_forward.safetensors"))
        let base = try MergeFixtures.tensors(MergeFixtures.peers(name + "/base.safetensors"))
        for module in lora.modules {
            let key = module.target.path + ".weight"
            let want = zip(try #require(merged[key], "\(key)"), base[key]!).map { $0 - $1 }
            let factored = try ModuleDelta.factored(module)
            #expect(
                MergeFixtures.relativeError(factored.dense().floats(), want) < 1e-5,
                "\(name) \(key) rank \(factored.rank)")
            #expect(factored.rank <= min(factored.outFeatures, factored.inFeatures))
        }
    }

    /// Larger hand-made LoHa and LoKr modules, where the exact factor forms (Khatri–Rao for LoHa,
    /// the Kronecker mixed product for LoKr) have lower rank than the matrix, equal the dense
    /// deltas (whose formula the test above checks against LyCORIS).
    @Test func structuredFactorsEqualDense() throws {
        var g = SplitMix64(seed: 17)
        func r(_ shape: [Int]) -> Tensor { Tensor.randomNormal(shape: shape, generator: &g) }
        let target = ModuleTarget(component: .model, path: "w", isFlattened: false)
        let modules = [
            LoraModule(
                target: target, sourceName: "loha",
                factors: .hadamard(
                    w1a: r([40, 2]), w1b: r([2, 30]), w2a: r([40, 3]), w2b: r([3, 30]), t1: nil, t2: nil), alpha: 1),
            LoraModule(
                target: target, sourceName: "lokr",
                factors: .kronecker(
                    w1: r([2, 3]), w1a: nil, w1b: nil, w2: nil, w2a: r([20, 2]), w2b: r([2, 10]), t2: nil), alpha: 1),
            LoraModule(
                target: target, sourceName: "lokr-conv",
                factors: .kronecker(
                    w1: nil, w1a: r([4, 1]), w1b: r([1, 2]), w2: nil, w2a: r([10, 2]), w2b: r([2, 5, 3, 3]), t2: nil),
                alpha: 3),
        ]
        for module in modules {
            let factored = try ModuleDelta.factored(module, multiplier: 0.7)
            #expect(
                factored.rank < min(factored.outFeatures, factored.inFeatures),
                "\(module.sourceName) took the dense path")
            let dense = ModuleDelta.dense(module, multiplier: 0.7)!.floats()
            #expect(MergeFixtures.relativeError(factored.dense().floats(), dense) < 1e-5, "\(module.sourceName)")
        }
    }
}

/// The bake's overflow check over a tensor large enough to be split between threads: an inf in
/// the last part is found, and one the base already had is not the LoRAs' doing.
@Suite struct BakeOverflowCheckTests {
    @Test func infinityInAnyPartIsFound() throws {
        let count = 3 << 20 + 7
        var output = [UInt16](repeating: 0x3C00, count: count)  // F16 1.0
        var source = output
        output[count - 1] = 0x7C00  // +inf in the last part
        output[5] = 0x3C01
        func check(_ threads: Int) throws {
            try output.withUnsafeBytes { out in
                try source.withUnsafeBytes { src in
                    try StreamingBake.checkOutput(
                        out.baseAddress!, dtype: .f16, source: src.baseAddress!, sourceDType: .f16, count: count,
                        tensor: "t", threads: threads)
                }
            }
        }
        for threads in [1, 2] {
            #expect(throws: BakeError.self) { try check(threads) }
            do { try check(threads) } catch {
                guard case .overflow(let tensor, let bad, let dtype)? = error as? BakeError else {
                    Issue.record("\(error)"); continue
                }
                #expect(tensor == "t" && bad == 1 && dtype == .f16)
            }
        }
        source[count - 1] = 0x7C00  // the base already held it
        #expect(throws: Never.self) { try check(2) }
    }
}
