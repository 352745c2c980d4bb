import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// LoRA+LoRA merges against PEFT `add_weighted_adapter` (peft 0.21.2, fixture
/// peft_weighted_adapter: adapters a (r4, α8) and b (r4, α2), weights 0.7 and 0.4): cat
/// exactly, linear and svd through the compatibility methods. Dense deltas are compared, never
/// factors (fixture README); tolerance 1e-5 relative.
@Suite struct LoraMergeTests {
    static let folder = "peft_weighted_adapter/"

    func stack(_ wa: Float = 0.7, _ wb: Float = 0.4) throws -> Stack {
        Stack(entries: [
            StackEntry(
                name: "a", lora: try LoraFile.loadLora(path: MergeFixtures.peers(Self.folder + "src/a")),
                weight: LoraWeight(wa)),
            StackEntry(
                name: "b", lora: try LoraFile.loadLora(path: MergeFixtures.peers(Self.folder + "src/b")),
                weight: LoraWeight(wb)),
        ])
    }

    /// Dense m·s·ΔW of every module of `lora`, by base key (`fc1.weight`).
    func dense(_ lora: LoraAdapter) -> [String: [Float]] {
        var out: [String: [Float]] = [:]
        for module in lora.modules { out[module.target.path + ".weight"] = ModuleDelta.dense(module)!.floats() }
        return out
    }

    func expectDense(
        _ lora: LoraAdapter, _ fixture: String, tolerance: Float = 1e-5,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let want = try MergeFixtures.tensors(MergeFixtures.peers(Self.folder + fixture))
        let got = dense(lora)
        #expect(Set(got.keys) == Set(want.keys), sourceLocation: sourceLocation)
        for (key, w) in want {
            let error = MergeFixtures.relativeError(try #require(got[key]), w)
            #expect(error < tolerance, "\(key): \(error)", sourceLocation: sourceLocation)
        }
    }

    /// The relative Frobenius errors case.json records for each PEFT method.
    func recordedErrors(_ method: String) throws -> [String: Double] {
        let data = try Data(contentsOf: URL(fileURLWithPath: MergeFixtures.peers(Self.folder + "case.json")))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let results = json["results"] as! [String: Any]
        let entry = results[method] as! [String: Any]
        return entry["derived_rel_fro_error_vs_exact_stack"] as! [String: Double]
    }

    @Test func concatIsExact() throws {
        let (lora, report) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .concat))
        try expectDense(lora, "m_cat.dense.safetensors")
        try expectDense(lora, "derived_stack_dense.safetensors")
        #expect(lora.modules.allSatisfy { $0.rank == 8 && $0.scale == 1 })
        #expect(abs(report.retained - 1) < 1e-6, "\(report.retained)")
        #expect(report.modules.allSatisfy { abs($0.retained - 1) < 1e-6 })
    }

    @Test func peftLinearReproducesPEFT() throws {
        let (lora, report) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .peftLinear))
        try expectDense(lora, "m_linear.dense.safetensors")
        // The retained energy is 1 − (relative Frobenius error)², the error case.json records.
        let recorded = try recordedErrors("linear")
        for module in report.modules {
            let e = try #require(
                recorded[module.name.replacingOccurrences(of: "base_model.model.", with: "") + ".weight"])
            #expect(abs(module.retained - (1 - e * e)) < 1e-4, "\(module.name): \(module.retained) vs \(1 - e * e)")
        }
    }

    @Test func svdIsPEFTsTruncation() throws {
        for method in [MergeMethod.peftSVD, .svd] {
            let (lora, report) = try LoraMerge.merge(
                try stack(), options: MergeOptions(method: method, target: .rank(4)))
            try expectDense(lora, "m_svd.dense.safetensors", tolerance: 2e-5)
            #expect(lora.modules.allSatisfy { $0.rank == 4 })
            let recorded = try recordedErrors("svd")
            for module in report.modules {
                let e = try #require(
                    recorded[module.name.replacingOccurrences(of: "base_model.model.", with: "") + ".weight"])
                #expect(abs(module.retained - (1 - e * e)) < 1e-4, "\(module.name)")
            }
        }
        // Default rank for peft_svd: the largest input rank (4), as PEFT.
        let (lora, _) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .peftSVD))
        try expectDense(lora, "m_svd.dense.safetensors", tolerance: 2e-5)
    }

    /// A dynamic target keeps the minimal rank whose truncation reaches it: the retained
    /// Frobenius fraction at k meets the target and at k − 1 does not.
    @Test func dynamicRankIsMinimal() throws {
        let exact = try MergeFixtures.tensors(MergeFixtures.peers(Self.folder + "derived_stack_dense.safetensors"))
        for t in [0.5, 0.9, 0.99] {
            let (lora, report) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .svd, target: .fro(t)))
            for (module, line) in zip(lora.modules, report.modules) {
                let k = line.rank
                #expect(line.retained.squareRoot() >= t - 1e-9, "\(line.name) k=\(k)")
                let want = exact[module.target.path + ".weight"]!
                let got = ModuleDelta.dense(module)!.floats()
                #expect(
                    abs(
                        (1 - MergeFixtures.relativeFrobenius(got, want) * MergeFixtures.relativeFrobenius(got, want))
                            - line.retained) < 1e-5)
                if k > 1 {
                    let (smaller, r2) = try LoraMerge.merge(
                        try stack(), options: MergeOptions(method: .svd, target: .rank(k - 1)))
                    _ = smaller
                    let previous = r2.modules.first { $0.name == line.name }!
                    #expect(previous.retained.squareRoot() < t, "\(line.name): rank \(k - 1) already meets \(t)")
                }
            }
        }
    }

    /// Hand-computed 2 × 2 task vectors: TIES keeps the top half by magnitude, elects the sign
    /// of the sum, and adds the agreeing entries; magnitude_prune adds the pruned deltas.
    @Test func tiesAndMagnitudeOnHandMadeDeltas() throws {
        func full(_ values: [Float]) -> LoraAdapter {
            let module = LoraModule(
                target: ModuleTarget(component: .model, path: "w", isFlattened: false), sourceName: "w",
                factors: .full(diff: Tensor(shape: [2, 2], values: values), diffBias: nil))
            return LoraAdapter(modules: [module], scheme: .kohya, alphaSource: .missing, sourcePath: "")
        }
        let s = Stack(entries: [
            StackEntry(name: "x", lora: full([4, -1, 2, -3])),
            StackEntry(name: "y", lora: full([-5, 1, 1, 3]), weight: LoraWeight(0.5)),
        ])
        // Weighted: x = [4, −1, 2, −3], y = [−2.5, 0.5, 0.5, 1.5]; density 0.5 keeps x: 4, −3; y: −2.5, 1.5.
        // Magnitude prune sum: [1.5, 0, 0, −1.5].
        // TIES sign of the pruned sum: [+, +, +, −] → x contributes 4 and −3, y nothing agreeing → [4, 0, 0, −3].
        let expectations: [(MergeMethod, [Float])] = [(.magnitudePrune, [1.5, 0, 0, -1.5]), (.ties, [4, 0, 0, -3])]
        for (method, want) in expectations {
            let (lora, _) = try LoraMerge.merge(
                s, options: MergeOptions(method: method, target: .rank(2), density: 0.5))
            let got = ModuleDelta.dense(lora.modules[0])!.floats()
            for (g, w) in zip(got, want) { #expect(abs(g - w) < 1e-5, "\(method): \(got) vs \(want)") }
        }
    }

    /// DARE: the same seed gives the same bytes, another seed differs, and at density 1 every
    /// dense method with one LoRA returns the LoRA (retained 1).
    @Test func dareIsSeededAndDensityOneIsExact() throws {
        let a = try stack()
        let one = try LoraMerge.merge(a, options: MergeOptions(method: .dareLinear, density: 0.5, seed: 7)).lora
        let two = try LoraMerge.merge(a, options: MergeOptions(method: .dareLinear, density: 0.5, seed: 7)).lora
        let three = try LoraMerge.merge(a, options: MergeOptions(method: .dareLinear, density: 0.5, seed: 8)).lora
        #expect(dense(one) == dense(two))
        #expect(dense(one) != dense(three))
        let single = Stack(entries: [a.entries[0]])
        for method in [MergeMethod.ties, .dareLinear, .dareTies, .magnitudePrune] {
            let (_, report) = try LoraMerge.merge(single, options: MergeOptions(method: method, density: 1))
            #expect(abs(report.retained - 1) < 1e-5, "\(method): \(report.retained)")
        }
    }

    /// kohya's sum mode (research notes b.2): U = Σ|sᵢ|Uᵢ, D = Σ sᵢDᵢ, sᵢ = mᵢ·√(αᵢ/α₀), alpha α₀;
    /// concat: factors stacked, α₀ over the total rank (two equal LoRAs at 1 → half strength).
    @Test func kohyaCompatibility() throws {
        let a = try LoraFile.loadLora(path: MergeFixtures.peers(Self.folder + "src/a"))
        let b = try LoraFile.loadLora(path: MergeFixtures.peers(Self.folder + "src/b"))
        let (sum, _) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .kohyaSum))
        let (cat, _) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .kohyaConcat))
        for (i, module) in sum.modules.enumerated() {
            guard case .lowRank(let ua, let da, _) = a.modules[i].factors,
                case .lowRank(let ub, let db, _) = b.modules[i].factors
            else { return }
            let (out, r, inF) = (ua.shape[0], 4, da.shape[1])
            let (a0, a1): (Float, Float) = (8, 2)  // lora_alpha of a and b
            let s0: Float = 0.7, s1: Float = 0.4 * (a1 / a0).squareRoot()
            let U = zip(ua.floats(), ub.floats()).map { abs(s0) * $0 + abs(s1) * $1 }
            let D = zip(da.floats(), db.floats()).map { s0 * $0 + s1 * $1 }
            var want = [Float](repeating: 0, count: out * inF)
            for p in 0..<out {
                for q in 0..<inF {
                    for j in 0..<r { want[p * inF + q] += (a0 / Float(r)) * U[p * r + j] * D[j * inF + q] }
                }
            }
            #expect(MergeFixtures.relativeError(ModuleDelta.dense(module)!.floats(), want) < 1e-5)
            // concat: (a0 / 8)·(|s0|s0·Ua·Da + |s1|s1·Ub·Db)
            var wantCat = [Float](repeating: 0, count: out * inF)
            let (fa, fb) = (ua.floats(), ub.floats()), (ga, gb) = (da.floats(), db.floats())
            for p in 0..<out {
                for q in 0..<inF {
                    for j in 0..<r {
                        wantCat[p * inF + q] +=
                            (a0 / 8)
                            * (abs(s0) * s0 * fa[p * r + j] * ga[j * inF + q] + abs(s1) * s1 * fb[p * r + j]
                                * gb[j * inF + q])
                    }
                }
            }
            #expect(MergeFixtures.relativeError(ModuleDelta.dense(cat.modules[i])!.floats(), wantCat) < 1e-5)
        }
        // Different ranks: kohya_sum and peft_linear refuse with the module named.
        let resized = try LoraResize.resize(b, target: .rank(2)).lora
        let mixed = Stack(entries: [StackEntry(name: "a", lora: a), StackEntry(name: "b2", lora: resized)])
        for method in [MergeMethod.kohyaSum, .peftLinear] {
            #expect {
                try LoraMerge.merge(mixed, options: MergeOptions(method: method))
            } throws: { error in
                guard case MergeError.ranksDiffer(_, let module, let ranks) = error else { return false }
                return module.contains("fc1") && ranks == [4, 2]
            }
        }
        // concat and svd accept different ranks; concat stays exact.
        let (exact, report) = try LoraMerge.merge(mixed, options: MergeOptions(method: .concat))
        #expect(exact.modules.allSatisfy { $0.rank == 6 } && abs(report.retained - 1) < 1e-6)
    }

    @Test func badParametersAndDoRA() throws {
        #expect(throws: MergeError.emptyStack) {
            try LoraMerge.merge(Stack(entries: []), options: MergeOptions(method: .svd))
        }
        #expect(throws: MergeError.self) {
            try LoraMerge.merge(try stack(), options: MergeOptions(method: .ties, density: 0))
        }
        let dora = try LoraFile.loadLora(path: MergeFixtures.peers("peft_dora_mlp"))
        #expect {
            try LoraMerge.merge(
                Stack(entries: [StackEntry(name: "d", lora: dora)]), options: MergeOptions(method: .concat))
        } throws: { error in
            guard case MergeError.inLora("d", .doraNotMergeable) = error else { return false }
            return true
        }
        #expect(throws: MergeError.self) { try RankTarget(key: "fro", value: "1.5") }
        #expect(try RankTarget(key: "ratio", value: "4") == .ratio(4))
    }

    /// The merged LoRA saves and reads back with the same dense deltas (kohya and PEFT).
    @Test func mergedLoraSaves() throws {
        let (lora, _) = try LoraMerge.merge(try stack(), options: MergeOptions(method: .svd, target: .fro(0.9)))
        let dir = MergeFixtures.temporaryFolder()
        for format in [LoraFormat.kohya, .peft] {
            let path = dir + "/m-\(format.rawValue)" + (format == .peft ? "" : ".safetensors")
            try LoraWriter.save(lora, to: path, options: LoraSaveOptions(format: format))
            let back = try LoraFile.loadLora(path: path)
            let (a, b) = (dense(lora), dense(back))
            for (key, v) in a { #expect(MergeFixtures.relativeError(b[key]!, v) < 1e-6, "\(format) \(key)") }
        }
    }

    @Test func stackAnalysisFromFactors() throws {
        let s = try stack()
        let analysis = StackAnalysis.analyse(s)
        let da = try MergeFixtures.tensors(MergeFixtures.peers(Self.folder + "dense_a.safetensors"))
        let db = try MergeFixtures.tensors(MergeFixtures.peers(Self.folder + "dense_b.safetensors"))
        // Norm of 0.7·Δa over all modules (one "other" block: an MLP has no U-Net blocks).
        let normA = (da.values.reduce(0.0) { $0 + $1.reduce(0.0) { $0 + Double($1) * Double($1) } }).squareRoot() * 0.7
        let ca = try #require(analysis.contributions.first { $0.lora == "a" })
        #expect(ca.block == "other" && abs(ca.norm - normA) / normA < 1e-5)
        #expect(analysis.interferences.count == 3)
        for i in analysis.interferences {
            let key = i.module.replacingOccurrences(of: "base_model.model.", with: "") + ".weight"
            let (x, y) = (da[key]!, db[key]!)
            var dot = 0.0, nx = 0.0, ny = 0.0
            for j in x.indices {
                dot += Double(x[j]) * Double(y[j]); nx += Double(x[j] * x[j]); ny += Double(y[j] * y[j])
            }
            #expect(abs(i.cosine - dot / (nx * ny).squareRoot()) < 1e-5, "\(i.module)")
        }
        #expect(analysis.lines.count == 3)
    }

    /// A kohya-named file of `architecture`: rank-2 modules on the first `count` kohya names of
    /// the architecture table whose checkpoint key contains `containing`, with alpha 1 (scale
    /// 0.5) and values from a fixed sequence. Returns the path and each module's dense
    /// 0.5·up·down by checkpoint key, computed here with plain loops.
    static func kohyaFile(_ architecture: Architecture, containing: String, count: Int, in dir: String) throws -> (
        String, [String: [Float]]
    ) {
        let table = try #require(ArchitectureTable.table(for: architecture))
        var tensors: [(String, Tensor)] = []
        var dense: [String: [Float]] = [:]
        var seed: UInt64 = 7
        func next() -> Float {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: seed >> 11) % 2001 - 1000) / 1000
        }
        for row in table.rows
        where row.checkpointKey.contains(containing) && row.shape.count == 2 && row.kohya.count == 1
            && row.kohya[0].rows == nil
        {
            guard dense.count < count else { break }
            let (out, inputs) = (row.shape[0], row.shape[1])
            let up = (0..<(out * 2)).map { _ in next() }, down = (0..<(2 * inputs)).map { _ in next() }
            let name = row.kohya[0].name
            tensors += [
                (name + ".lora_up.weight", Tensor(shape: [out, 2], values: up)),
                (name + ".lora_down.weight", Tensor(shape: [2, inputs], values: down)),
                (name + ".alpha", Tensor(shape: [], values: [1])),
            ]
            var d = [Float](repeating: 0, count: out * inputs)
            for i in 0..<out {
                for j in 0..<inputs {
                    d[i * inputs + j] = 0.5 * (up[i * 2] * down[j] + up[i * 2 + 1] * down[inputs + j])
                }
            }
            dense[row.checkpointKey] = d
        }
        let path = dir + "/\(architecture.rawValue)_kohya.safetensors"
        try SafetensorsWriter.write(path: path, tensors: tensors)
        return (path, dense)
    }

    /// A kohya LoRA and the same LoRA in diffusers names are one set of modules to a merge
    /// (SDXL: LDM and diffusers paths; FLUX: kohya's fused qkv and diffusers' to_q/to_k/to_v).
    /// They used to be merged side by side, and the result could not be saved.
    @Test(arguments: [(Architecture.sdxl, "input_blocks.4.1"), (.flux1, "double_blocks.0.img_attn.qkv")])
    func kohyaAndDiffusersNamesMergeAsOneModule(_ architecture: Architecture, _ containing: String) throws {
        let dir = MergeFixtures.temporaryFolder("names-\(architecture.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (path, dense) = try Self.kohyaFile(architecture, containing: containing, count: 4, in: dir)
        let kohya = try LoraFile.loadLora(path: path)
        try LoraWriter.save(kohya, to: dir + "/diffusers.safetensors", options: LoraSaveOptions(format: .diffusers))
        let diffusers = try LoraFile.loadLora(path: dir + "/diffusers.safetensors")
        #expect(Set(diffusers.modules.map(\.sourceName)).isDisjoint(with: kohya.modules.map(\.sourceName)))
        let stack = Stack(entries: [
            StackEntry(name: "k", lora: kohya, weight: LoraWeight(0.7)),
            StackEntry(name: "d", lora: diffusers, weight: LoraWeight(0.4)),
        ])
        for method in [MergeMethod.concat, .svd] {
            let (merged, report) = try LoraMerge.merge(stack, options: MergeOptions(method: method, target: .rank(4)))
            #expect(merged.modules.count == dense.count, "\(method): \(merged.modules.map(\.sourceName))")
            #expect(abs(report.retained - 1) < 1e-6)
            let table = try #require(ArchitectureTable.table(for: architecture))
            for module in merged.modules {
                let key = try #require(table.targets[module.target.canonicalFlatName]?.checkpointKey)
                let want = try #require(dense[key]).map { $0 * 1.1 }
                #expect(
                    MergeFixtures.relativeError(ModuleDelta.dense(module)!.floats(), want) < 1e-5, "\(method) \(key)")
            }
            try LoraWriter.save(
                merged, to: dir + "/merged-\(method.rawValue).safetensors", options: LoraSaveOptions(format: .kohya))
        }
        // info STACK pairs them too: one shared module each, the same direction.
        let analysis = StackAnalysis.analyse(stack)
        #expect(analysis.interferences.count == dense.count)
        let reversed = StackAnalysis.analyse(Stack(entries: stack.entries.reversed()))  // pieces first
        #expect(
            reversed.interferences.count == dense.count
                && reversed.interferences.allSatisfy { abs($0.cosine - 1) < 1e-5 })
        #expect(
            analysis.interferences.allSatisfy { abs($0.cosine - 1) < 1e-5 }, "\(analysis.interferences.map(\.cosine))")
        if architecture == .flux1 {
            // Back to kohya: the pieces share one down, so the fused module keeps its rank (it
            // was written block-diagonal, rank 3 × 2), with the same ΔW.
            try LoraWriter.save(diffusers, to: dir + "/back.safetensors", options: LoraSaveOptions(format: .kohya))
            let back = try LoraFile.loadLora(path: dir + "/back.safetensors")
            #expect(back.modules.map(\.rank) == kohya.modules.map(\.rank))
            let table = try #require(ArchitectureTable.table(for: architecture))
            for module in back.modules {
                let key = try #require(table.targets[module.target.canonicalFlatName]?.checkpointKey)
                #expect(
                    MergeFixtures.relativeError(ModuleDelta.dense(module)!.floats(), try #require(dense[key])) < 1e-5,
                    "\(key)")
            }
            // kohya_sum sums raw factors: a fused module and its split pieces cannot be summed.
            #expect(throws: MergeError.layoutsDiffer(method: "kohya_sum", module: kohya.modules[0].sourceName)) {
                try LoraMerge.merge(stack, options: MergeOptions(method: .kohyaSum))
            }
        }
    }

    /// ties, DARE and magnitude pruning see one task vector per LoRA: FLUX diffusers pieces
    /// give the same merge as the fused kohya module they were split from (each piece used to
    /// be pruned on its own).
    @Test func sparseMergesTreatPiecesAsTheirLora() throws {
        let dir = MergeFixtures.temporaryFolder("pieces")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (pathA, _) = try Self.kohyaFile(.flux1, containing: "double_blocks.0.img_attn.qkv", count: 1, in: dir)
        let a = try LoraFile.loadLora(path: pathA)
        try LoraWriter.save(a, to: dir + "/a_diffusers.safetensors", options: LoraSaveOptions(format: .diffusers))
        let split = try LoraFile.loadLora(path: dir + "/a_diffusers.safetensors")
        #expect(split.modules.count == 3)
        // A second LoRA on the same weight: a's factors reversed in sign and scaled.
        var b = a
        b.modules = a.modules.map { module in
            guard case .lowRank(let up, let down, nil) = module.factors else { return module }
            var copy = module
            copy.factors = .lowRank(up: up.scaled(by: -0.5), down: down, mid: nil)
            return copy
        }
        for method in [MergeMethod.ties, .dareTies] {
            let options = MergeOptions(method: method, target: .rank(4), density: 0.3, seed: 7)
            let fused = try LoraMerge.merge(
                Stack(entries: [
                    StackEntry(name: "a", lora: a), StackEntry(name: "b", lora: b, weight: LoraWeight(0.9)),
                ]), options: options)
            let pieces = try LoraMerge.merge(
                Stack(entries: [
                    StackEntry(name: "a", lora: split), StackEntry(name: "b", lora: b, weight: LoraWeight(0.9)),
                ]), options: options)
            #expect(fused.lora.modules.count == 1 && pieces.lora.modules.count == 1)
            let (x, y) = (
                ModuleDelta.dense(fused.lora.modules[0])!.floats(), ModuleDelta.dense(pieces.lora.modules[0])!.floats()
            )
            #expect(MergeFixtures.relativeError(y, x) < 1e-4, "\(method)")
        }
    }

    /// A module the table pairs but whose own shape disagrees (a LoRA of another model with the
    /// same names) keeps its own name instead of stopping lorash in `placed`; a text-encoder
    /// LoRA of a model beside a U-Net LoRA of it is merged, not refused as another model.
    @Test func pairingChecksShapesAndAllowsPartialLoras() throws {
        let dir = MergeFixtures.temporaryFolder("shapes")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (pathA, _) = try Self.kohyaFile(.flux1, containing: "double_blocks.0.img_attn.qkv", count: 1, in: dir)
        let flux = try LoraFile.loadLora(path: pathA)
        let odd = LoraModule(
            target: ModuleTarget(component: .denoiser, path: "transformer_blocks.0.attn.to_q", isFlattened: false),
            sourceName: "transformer_blocks.0.attn.to_q",
            factors: .lowRank(
                up: Tensor(shape: [1536, 1], values: [Float](repeating: 0.1, count: 1536)),
                down: Tensor(shape: [1, 3072], values: [Float](repeating: 0.1, count: 3072)), mid: nil),
            alpha: 1)
        let other = LoraAdapter(modules: [odd], scheme: .diffusers, alphaSource: .tensors, sourcePath: "")
        let stack = Stack(entries: [StackEntry(name: "flux", lora: flux), StackEntry(name: "other", lora: other)])
        let (merged, _) = try LoraMerge.merge(stack, options: MergeOptions(method: .concat, force: true))
        #expect(merged.modules.count == 2)
        #expect(StackAnalysis.analyse(stack).interferences.isEmpty)

        let (unet, _) = try Self.kohyaFile(
            .sd1, containing: "input_blocks.1.1.transformer_blocks.0.attn2", count: 4, in: dir)
        let teDir = dir + "/te"
        try FileManager.default.createDirectory(atPath: teDir, withIntermediateDirectories: true)
        let (te, _) = try Self.kohyaFile(
            .sd1, containing: "cond_stage_model.transformer.text_model.encoder.layers.0.self_attn", count: 2, in: teDir)
        let pair = Stack(entries: [
            StackEntry(name: "unet", lora: try LoraFile.loadLora(path: unet)),
            StackEntry(name: "te", lora: try LoraFile.loadLora(path: te)),
        ])
        #expect(try LoraMerge.merge(pair, options: MergeOptions(method: .concat)).lora.modules.count == 6)
    }

    /// A module one LoRA is weighted off on (a pattern or block weight of 0) is not "shared":
    /// it has no cosine, and is not reported as the most opposed module with 0.
    @Test func stackAnalysisLeavesOutModulesWeightedOff() throws {
        var s = try stack()
        s.entries[1].weight = LoraWeight(
            textEncoder: 0.4, denoiser: 0.4, patterns: [ModulePattern(glob: "*fc1*", weight: 0)])
        let analysis = StackAnalysis.analyse(s)
        #expect(analysis.interferences.count == 2)
        #expect(!analysis.interferences.contains { $0.module.contains("fc1") })
        #expect(analysis.lines.last?.contains("2 shared modules") == true, "\(analysis.lines)")
        let all = StackAnalysis.analyse(try stack())
        let label = all.interferences.map(\.cosine).min()! < 0 ? "most opposed" : "least aligned"
        #expect(all.lines.last?.contains(label) == true, "\(all.lines)")
    }
}
