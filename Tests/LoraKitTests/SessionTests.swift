import Foundation
import LoraEngine
import LoraFormats
import LoraRender
import Testing

@testable import LoraKit

/// The session's requests, used as LoraKit's own callers would, without a script.
@Suite struct SessionTests {
    static func lora(_ relative: String) throws -> LoraAdapter {
        try LoraFile.loadLora(path: MergeFixtures.peers(relative))
    }

    // MARK: Rank-like options: one parser

    /// `rank=`, `conv_rank=`, `fro=` … are read by one function, so a value one of them
    /// refuses is refused by all, with the same message and at the option written.
    @Test(arguments: [
        (RankOptions(rank: "0"), "rank", "rank=0: expected a whole number ≥ 1"),
        (RankOptions(rank: "2", convRank: "0"), "conv_rank", "conv_rank=0: expected a whole number ≥ 1"),
        (RankOptions(rank: "2", convRank: "-3"), "conv_rank", "conv_rank=-3: expected a whole number ≥ 1"),
        (RankOptions(rank: "2", convRank: "2.5"), "conv_rank", "conv_rank=2.5: expected a whole number ≥ 1"),
        (RankOptions(fro: "1.5"), "fro", "fro=1.5: expected a fraction in (0, 1]"),
        (RankOptions(ratio: "0.5"), "ratio", "ratio=0.5: expected a ratio ≥ 1"),
        (RankOptions(rank: "2", fro: "0.9"), "fro", "give one of rank=, fro=, ratio=, cumulative= (not rank and fro)"),
    ])
    func resizeRefusesBadRanksAlike(_ ranks: RankOptions, _ input: String, _ message: String) throws {
        let session = Session()
        let lora = try Self.lora("diffusers_tiny_unet_lora/lora_diffusers.safetensors")
        #expect(throws: SessionError.input(input, message)) {
            try session.resize(lora, name: "l", ranks: ranks, command: "")
        }
    }

    @Test func extractAndSaveRefuseBadRanksAlike() throws {
        let session = Session()
        let base = try BaseModel(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors"))
        let tuned = try BaseModel(path: MergeFixtures.peers("peft_lora_mlp/merged.safetensors"))
        var request = Session.ExtractRequest()
        request.ranks = RankOptions(rank: "2", convRank: "0")
        #expect(throws: SessionError.input("conv_rank", "conv_rank=0: expected a whole number ≥ 1")) {
            try session.extract(tuned: tuned, from: base, request)
        }
        request.ranks = RankOptions(rank: "0")
        #expect(throws: SessionError.input("rank", "rank=0: expected a whole number ≥ 1")) {
            try session.extract(tuned: tuned, from: base, request)
        }
        var save = Session.SaveRequest()
        save.format = .diffusers
        save.ranks = RankOptions(rank: "0")
        let folder = MergeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: SessionError.input("rank", "rank=0: expected a whole number ≥ 1")) {
            try session.save(
                try Self.lora("lycoris_loha/lycoris.safetensors"), name: "l", to: folder + "/x.safetensors", save)
        }
        #expect(MergeFixtures.listing(folder).isEmpty)
    }

    // MARK: Cancellation

    /// A session's work stops at its own token; another session, and the next request after a
    /// reset, are not affected (no process-wide state).
    @Test func cancellationIsPerSession() throws {
        let stopped = Session()
        let other = Session()
        for session in [stopped, other] {
            session.bind("a", try Self.lora("peft_weighted_adapter/src/a"))
            session.bind("b", try Self.lora("peft_weighted_adapter/src/b"))
        }
        stopped.cancellation.cancel()
        var request = Session.MergeRequest()
        request.loras = ["a:0.7", "b:0.4"]
        request.method = .svd
        request.ranks = RankOptions(rank: "2")
        #expect(throws: Interrupted.self) { try stopped.merge(request) }
        guard case .merged(let merged, _, _) = try other.merge(request) else { Issue.record("not a merge"); return }
        #expect(merged.modules.count == 3)
        stopped.cancellation.reset()
        #expect(throws: Never.self) { try stopped.merge(request) }
    }

    /// A bake stopped by its session's token leaves no file, and says it was interrupted.
    @Test func cancelledBakeWritesNothing() throws {
        let session = Session()
        let folder = MergeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let loaded = try session.load(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors"), as: "base")
        _ = try session.load(path: MergeFixtures.peers("peft_lora_mlp"), as: "a")
        let stack = try session.stack(base: loaded.object, baseName: "base", loras: ["a:0.5"]).stack
        session.cancellation.cancel()
        var request = Session.MergeRequest()
        request.stack = stack
        request.into = folder + "/baked.safetensors"
        #expect(throws: Interrupted.self) { try session.merge(request) }
        #expect(MergeFixtures.listing(folder).isEmpty)
    }

    // MARK: Names

    @Test func namesResolveLanguageThenSessionThenFiles() throws {
        let session = Session()
        let a = try Self.lora("peft_weighted_adapter/src/a")
        let b = try Self.lora("peft_weighted_adapter/src/b")
        session.bind("hero", a)
        #expect(try session.resolveLora("hero")?.sourcePath == a.sourcePath)
        // A language variable of the same name comes first.
        session.languageNames = { $0 == "hero" ? .object(b) : $0 == "w" ? .value(typeName: "number") : nil }
        #expect(try session.resolveLora("hero")?.sourcePath == b.sourcePath)
        #expect(throws: SessionError("'w' is a number, not a LoRA", about: .lora("w", last: false))) {
            try session.resolveLora("w")
        }
        session.bind("base", try BaseModel(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors")))
        #expect(throws: SessionError("'base' is a base, not a LoRA", about: .lora("base", last: false))) {
            try session.resolveLora("base")
        }
        // Then NAME.safetensors in the current folder, as <lora:NAME:W> finds it.
        let cwd = FileManager.default.currentDirectoryPath
        defer { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
        _ = FileManager.default.changeCurrentDirectoryPath(MergeFixtures.peers("lycoris_loha"))
        #expect(try session.resolveLora("lycoris")?.modules.count == 4)
        #expect(try session.resolveLora("nothing") == nil)
    }

    @Test func loadBindsAndRecognisesToyCheckpoints() throws {
        let session = Session()
        let folder = MergeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let toy = try session.makeToy(seed: 3, width: 16, depth: 2)
        _ = try session.save(toy, name: "toy", to: folder + "/toy.safetensors", Session.SaveRequest())
        let loaded = try session.load(path: folder + "/toy.safetensors", as: "again")
        #expect(loaded.object is ToyModel)
        #expect(session.objectNames == ["again"])
        #expect(session.boundObject("again") is ToyModel)
        #expect(throws: SessionError.self) { try session.load(path: folder + "/missing.safetensors", as: "x") }
    }

    // MARK: One stack for every base

    /// A stack on the built-in model draws W + m·s·U·D through the same delta code as any
    /// base: the picture equals the model whose layer holds that sum, computed here by plain
    /// loops (a LoRA with alpha ≠ rank, at weight 0.7).
    @Test func toyStackDrawsTheSummedWeights() throws {
        let session = Session()
        let model = try session.makeToy(seed: 5, width: 16, depth: 2)
        let (rows, columns, rank) = (16, 16, 2)
        var random = SplitMix64(seed: 9)
        func values(_ count: Int) -> [Float] { (0..<count).map { _ in Float(random.nextUnit() - 0.5) } }
        let up = values(rows * rank), down = values(rank * columns)
        let module = LoraModule(
            target: ModuleTarget(component: .model, path: "net.1", isFlattened: false), sourceName: "net.1",
            factors: .lowRank(
                up: Tensor(shape: [rows, rank], values: up), down: Tensor(shape: [rank, columns], values: down),
                mid: nil),
            alpha: 3)
        session.bind("l", LoraAdapter(modules: [module], scheme: .peft, alphaSource: .tensors, sourcePath: ""))
        let stack = try session.stack(base: model, baseName: "base", loras: ["l:0.7"]).stack
        let drawn = try stack.render(size: 24)

        var tensors = model.tensors
        var weight = tensors["net.1.weight"]!.floats()
        let s: Float = 0.7 * 3 / 2
        for i in 0..<rows {
            for j in 0..<columns {
                var sum: Float = 0
                for k in 0..<rank { sum += up[i * rank + k] * down[k * columns + j] }
                weight[i * columns + j] += s * sum
            }
        }
        tensors["net.1.weight"] = Tensor(shape: [rows, columns], values: weight)
        let expected = try ToyModel(tensors: tensors).render(size: 24)
        let largest = zip(drawn.bytes, expected.bytes).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(largest <= 1, "pixels differ by up to \(largest)")
        #expect(drawn.bytes != (try model.render(size: 24)).bytes, "the LoRA changed nothing")
    }

    @Test func toyStackRules() throws {
        let session = Session()
        let model = try session.makeToy(seed: 1, width: 16, depth: 2)
        let narrow = try session.makeToy(seed: 1, width: 8, depth: 2)
        var request = Session.TrainRequest()
        request.rank = 1
        request.steps = 2
        request.size = 8
        session.bind("r", try session.train(model, on: "rings", request).lora)
        #expect(
            throws: SessionError(
                "the built-in model has no text encoder or blocks: give r one weight (r:W)",
                about: .lora("r", last: false))
        ) {
            try session.stack(base: model, baseName: "base", loras: ["r:te=0.5:unet=1"])
        }
        #expect(
            throws: SessionError(
                "'r' does not fit this base: net.0.weight is [8, 42] but the LoRA's delta is [16, 42] (a LoRA only fits the base it was trained for)",
                about: .lora("r", last: false))
        ) {
            try session.stack(base: narrow, baseName: "narrow", loras: ["r"])
        }
        session.bind("mlp", try Self.lora("peft_lora_mlp"))
        #expect(
            throws: SessionError(
                "'mlp' does not fit this base: module 'base_model.model.fc1' is not a low-rank update of a built-in model layer (net.N) (a LoRA only fits the base it was trained for)",
                about: .lora("mlp", last: false))
        ) {
            try session.stack(base: model, baseName: "base", loras: ["mlp"])
        }
        // A toy stack is not baked, and a checkpoint stack is not drawn.
        let toyStack = try session.stack(base: model, baseName: "base", loras: ["r"]).stack
        var bake = Session.MergeRequest()
        bake.stack = toyStack
        bake.into = "/nonexistent/x.safetensors"
        #expect(throws: SessionError.self) { try session.merge(bake) }
        let checkpointStack = Stack(
            base: try BaseModel(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors")), entries: [])
        #expect(throws: StackError.notDrawable) { try checkpointStack.render(size: 8) }
    }

    @Test func weightsBeyondTenWarn() throws {
        let session = Session()
        let base = try session.load(path: MergeFixtures.peers("peft_lora_mlp/base.safetensors"), as: "base").object
        _ = try session.load(path: MergeFixtures.peers("peft_lora_mlp"), as: "a")
        let result = try session.stack(base: base, baseName: "base", loras: ["a:1e9"])
        #expect(result.warnings.map(\.subject) == [.lora("a", last: false)])
        #expect(result.warnings.first?.message.contains("a weight of 1e+09 is far outside the usual -2…2") == true)
        #expect(try session.stack(base: base, baseName: "base", loras: ["a:-2"]).warnings.isEmpty)
        #expect(try session.stack(base: base, baseName: "base", loras: ["a:te=11:unet=1"]).warnings.count == 1)
    }
}
