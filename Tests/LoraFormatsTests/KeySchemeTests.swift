import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// Schemes without a peer fixture, from hand-made files: ComfyUI generic names, old diffusers
/// attention processors, network_alphas, PEFT rank/alpha patterns, Tucker `lora_mid`, IA3, full diffs.
@Suite struct KeySchemeTests {
    func ramp(_ shape: [Int], _ offset: Float = 0) -> Tensor {
        Tensor(shape: shape, values: (0..<shape.reduce(1, *)).map { Float($0 % 7) * 0.25 - 0.5 + offset })
    }

    func write(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], name: String = "l.safetensors") throws
        -> String
    {
        let path = TestSupport.temporaryFolder() + "/" + name
        try SafetensorsWriter.write(path: path, tensors: tensors, metadata: metadata)
        return path
    }

    @Test func comfyGenericFluxNamesMatchTheFusedWeights() throws {
        let path = try write([
            ("diffusion_model.double_blocks.0.img_attn.qkv.lora_up.weight", Tensor(zeros: [9216, 2])),
            ("diffusion_model.double_blocks.0.img_attn.qkv.lora_down.weight", Tensor(zeros: [2, 3072])),
            ("diffusion_model.single_blocks.1.linear2.lora_A.weight", Tensor(zeros: [2, 15360])),
            ("diffusion_model.single_blocks.1.linear2.lora_B.weight", Tensor(zeros: [3072, 2])),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(lora.scheme == .comfyGeneric)
        #expect(ArchitectureDetector.detect(lora: lora, fileName: path).architecture == .flux1)
        let base = try BaseModel(path: ArchitectureTableTests.syntheticCheckpoint(.flux1))
        let report = ModuleMatcher.check(lora: lora, base: base)
        #expect(
            report.matches.map(\.status) == [
                .matched(baseKey: "double_blocks.0.img_attn.qkv.weight", rows: nil),
                .matched(baseKey: "single_blocks.1.linear2.weight", rows: nil),
            ])
    }

    @Test func oldDiffusersProcessorNamesAndNetworkAlphas() throws {
        let path = try write([
            (
                "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_q_lora.down.weight",
                ramp([2, 320])
            ),
            (
                "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_q_lora.up.weight",
                ramp([320, 2])
            ),
            (
                "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_out_lora.down.weight",
                ramp([2, 320])
            ),
            (
                "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_out_lora.up.weight",
                ramp([320, 2])
            ),
            (
                "unet.down_blocks.0.attentions.0.transformer_blocks.0.attn1.processor.to_out_lora.alpha",
                Tensor(shape: [], values: [1])
            ),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(lora.scheme == .diffusersLegacy)
        #expect(
            lora.modules.map(\.target.path) == [
                "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_out.0",
                "down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q",
            ])
        #expect(lora.modules.map(\.scale) == [0.5, 1])
        let base = try BaseModel(path: ArchitectureTableTests.syntheticCheckpoint(.sd1))
        let report = ModuleMatcher.check(lora: lora, base: base)
        #expect(
            report.matches.map(\.status) == [
                .matched(
                    baseKey: "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_out.0.weight",
                    rows: nil),
                .matched(
                    baseKey: "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn1.to_q.weight", rows: nil),
            ])
    }

    @Test func peftPatternsSetPerModuleRankAndAlpha() throws {
        let dir = TestSupport.temporaryFolder()
        try SafetensorsWriter.write(
            path: dir + "/adapter_model.safetensors",
            tensors: [
                ("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", ramp([8, 16])),
                ("base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight", ramp([16, 8])),
                ("base_model.model.model.layers.0.mlp.down_proj.lora_A.weight", ramp([4, 32])),
                ("base_model.model.model.layers.0.mlp.down_proj.lora_B.weight", ramp([16, 4])),
            ])
        let config =
            #"{"peft_type":"LORA","r":4,"lora_alpha":8,"rank_pattern":{"q_proj":8},"alpha_pattern":{"layers\\.0\\.self_attn\\.q_proj":4},"target_modules":["q_proj","down_proj"]}"#
        FileManager.default.createFile(atPath: dir + "/adapter_config.json", contents: Data(config.utf8))
        let lora = try LoraFile.loadLora(path: dir)
        let scales = Dictionary(uniqueKeysWithValues: lora.modules.map { ($0.target.path, $0.scale) })
        #expect(scales["model.layers.0.self_attn.q_proj"] == 0.5)
        #expect(scales["model.layers.0.mlp.down_proj"] == 2)
        // Written back, the patterns keep each module's scale.
        let out = TestSupport.temporaryFolder() + "/copy"
        try LoraWriter.save(lora, to: out, format: .peft)
        let copy = try LoraFile.loadLora(path: out)
        #expect(Dictionary(uniqueKeysWithValues: copy.modules.map { ($0.target.path, $0.scale) }) == scales)
        // Refuses to write into the folder again without overwrite.
        #expect(throws: LoraFormatError.file(.outputExists(file: out))) {
            try LoraWriter.save(lora, to: out, format: .peft)
        }
    }

    @Test func tuckerMidFoldsExactlyIntoAConvLora() throws {
        let path = try write([
            ("lora_unet_down_blocks_0_resnets_0_conv1.lora_down.weight", ramp([3, 6, 1, 1])),
            ("lora_unet_down_blocks_0_resnets_0_conv1.lora_mid.weight", ramp([3, 3, 3, 3], 0.1)),
            ("lora_unet_down_blocks_0_resnets_0_conv1.lora_up.weight", ramp([5, 3, 1, 1], -0.2)),
            ("lora_unet_down_blocks_0_resnets_0_conv1.alpha", Tensor(shape: [], values: [1.5])),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(lora.modules[0].factors.algorithm == "locon (tucker)")
        #expect(lora.modules[0].deltaShape == [5, 6, 3, 3])
        let want = DenseDelta.of(lora.modules[0])
        let out = TestSupport.temporaryFolder() + "/p"
        try LoraWriter.save(lora, to: out, format: .peft)
        let copy = try LoraFile.loadLora(path: out)
        #expect(copy.modules[0].factors.algorithm == "locon")
        #expect(TestSupport.relativeError(DenseDelta.of(copy.modules[0]), want) < 1e-6)
    }

    @Test func ia3AndFullDiffKeepTheirSuffixesInKohya() throws {
        let path = try write([
            ("lycoris_fc1.weight", ramp([16])), ("lycoris_fc1.on_input", Tensor(shape: [], values: [0])),
            ("lycoris_fc2.diff", ramp([8, 16])), ("lycoris_fc2.diff_b", ramp([8])),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(lora.algorithms == ["full", "ia3"])
        let out = TestSupport.temporaryFolder() + "/k.safetensors"
        try LoraWriter.save(lora, to: out, format: .kohya)
        let names = Set(try SafetensorsReader(path: out).names)
        #expect(names == ["lycoris_fc1.weight", "lycoris_fc1.on_input", "lycoris_fc2.diff", "lycoris_fc2.diff_b"])
    }

    @Test func incompleteModuleNamesTheModule() throws {
        let path = try write([("lora_unet_x.lora_up.weight", Tensor(zeros: [4, 2]))])
        #expect(
            throws: LoraFormatError.incompleteModule(
                file: path, module: "lora_unet_x", missing: "down (lora_down / lora_A) weight")
        ) {
            try LoraFile.load(path: path)
        }
    }

    @Test func infoShowsTriggerWordsTrainingAndHash() throws {
        let tags = #"{"10_ohwx": {"ohwx": 30, " smile": 12}, "5_style": {"ohwx": 5, "outdoors": 7}}"#
        let path = try write(
            [
                ("lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_down.weight", ramp([4, 768])),
                ("lora_te_text_model_encoder_layers_0_self_attn_q_proj.lora_up.weight", ramp([768, 4])),
                ("lora_te_text_model_encoder_layers_0_self_attn_q_proj.alpha", Tensor(shape: [], values: [2])),
            ],
            metadata: [
                "ss_tag_frequency": tags, "ss_learning_rate": "0.0001", "ss_sd_model_name": "v1-5-pruned.safetensors",
                "ss_base_model_version": "sd_v1",
            ], name: "char [SD15].safetensors")
        let loaded = try LoraFile.load(path: path)
        let info = try FileInfo(loaded)
        #expect(info.triggerWords.map(\.tag) == ["ohwx", "smile", "outdoors"])
        #expect(info.triggerWords.first?.count == 35)
        #expect(info.training.map(\.key) == ["ss_learning_rate"])
        #expect(info.baseModelName == "v1-5-pruned.safetensors")
        #expect(info.architecture.architecture == .sd1)
        #expect(info.architecture.evidence.contains("shapes say nothing; taken from metadata"))
        #expect(info.architecture.hints.map(\.value) == ["sd_v1", "v1-5-pruned.safetensors", "SD15"])
        #expect(
            info.groups == [
                FileInfo.ModuleGroup(name: "text encoder 1", count: 1, ranks: [4], alphas: [2], algorithms: ["lora"])
            ])
        let hash = try #require(info.hash)
        let bytes = FileManager.default.contents(atPath: path)!
        #expect(hash.sha256 == bytes.withUnsafeBytes { SHA256.hex(of: $0) })
        #expect(loaded.summary.line.hasPrefix("LoRA (kohya), SD1.x, rank 4, alpha 2, 1 module, F32"))
        // Written back as kohya for SD1: lora_te_ prefix and text_model_ kept.
        let out = TestSupport.temporaryFolder() + "/o.safetensors"
        try LoraWriter.save(try LoraFile.loadLora(path: path), to: out, format: .kohya)
        #expect(try SafetensorsReader(path: out).contains("lora_te_text_model_encoder_layers_0_self_attn_q_proj.alpha"))
        #expect(try SafetensorsReader(path: out).metadata["ss_tag_frequency"] == tags)
    }

    /// A test double for the engine's SVD: returns fixed factors and a fixed energy.
    struct FixedApproximator: LowRankApproximator {
        func approximate(_ module: LoraModule, rank: Int) throws -> (up: Tensor, down: Tensor, retainedEnergy: Double) {
            let shape = module.deltaShape
            return (Tensor(zeros: [shape[0], rank]), Tensor(zeros: [rank, shape.dropFirst().reduce(1, *)]), 0.75)
        }
    }

    @Test func rankHookApproximatesLyCORISForDiffusers() throws {
        let lora = try LoraFile.loadLora(path: TestSupport.fixture("peers/lycoris_loha/lycoris.safetensors"))
        let out = TestSupport.temporaryFolder() + "/d.safetensors"
        let result = try LoraWriter.save(
            lora, to: out, options: LoraSaveOptions(format: .diffusers, rank: 2, approximator: FixedApproximator()))
        #expect(result.approximations.map(\.retainedEnergy) == [0.75, 0.75, 0.75, 0.75])
        let copy = try LoraFile.loadLora(path: out)
        #expect(copy.modules.allSatisfy { $0.rank == 2 && $0.scale == 1 })
    }

    @Test func dtypeOptionCastsFactorsAndKeepsAlpha() throws {
        let lora = try LoraFile.loadLora(path: TestSupport.fixture("peers/peft_lora_mlp"))
        let out = TestSupport.temporaryFolder() + "/k.safetensors"
        try LoraWriter.save(lora, to: out, options: LoraSaveOptions(format: .kohya, dtype: .bf16))
        let reader = try SafetensorsReader(path: out)
        #expect(reader.entry(named: "lycoris_fc1.lora_up.weight")?.dtype == .bf16)
        #expect(reader.entry(named: "lycoris_fc1.alpha")?.dtype == .f32)
        let copy = try LoraFile.loadLora(path: out)
        #expect(copy.modules.allSatisfy { $0.scale == 2 })
        let want = lora.modules[0].factors.tensors[0].tensor.floats()
        let got = copy.modules[0].factors.tensors[0].tensor.floats()
        #expect(TestSupport.relativeError(got, want) < 1e-2)
        #expect(reader.metadata["ss_network_dim"] == "4" && reader.metadata["ss_network_alpha"] == "8")
        #expect(reader.metadata["sshs_model_hash"] == reader.dataSectionSHA256())
    }

    @Test func hashCacheFollowsSizeAndMtime() throws {
        let path = TestSupport.file(Array("first".utf8), name: "h.bin")
        let first = try FileHash.of(path: path)
        #expect(try FileHash.of(path: path) == first)
        FileManager.default.createFile(atPath: path, contents: Data("second, longer".utf8))
        let second = try FileHash.of(path: path)
        #expect(second != first)
        #expect(second.sha256 == Array("second, longer".utf8).withUnsafeBytes { SHA256.hex(of: $0) })
    }

    @Test func convertRecordsTheRecipeWithTheInputHash() throws {
        let input = TestSupport.fixture("peers/lycoris_locon/lycoris.safetensors")
        let out = TestSupport.temporaryFolder() + "/c.safetensors"
        try LoraWriter.convert(from: input, to: out, options: LoraSaveOptions(format: .kohya))
        let recipe = try #require(try SafetensorsReader(path: out).metadata["lorash.recipe"])
        #expect(recipe.contains(try FileHash.of(path: input).sha256))
        #expect(recipe.contains("format=kohya"))
    }

    @Test func comfyGenericSD15NamesUseTheLDMPath() throws {
        let path = try write([
            (
                "diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.lora_up.weight",
                Tensor(zeros: [320, 2])
            ),
            (
                "diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.lora_down.weight",
                Tensor(zeros: [2, 768])
            ),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(ArchitectureDetector.detect(lora: lora, fileName: path).architecture == .sd1)
        let base = try BaseModel(path: ArchitectureTableTests.syntheticCheckpoint(.sd1))
        #expect(
            ModuleMatcher.check(lora: lora, base: base).matches.map(\.status) == [
                .matched(
                    baseKey: "model.diffusion_model.input_blocks.1.1.transformer_blocks.0.attn2.to_k.weight", rows: nil)
            ])
        // Written as kohya it gets kohya's SD 1.5 name (diffusers module path).
        let out = TestSupport.temporaryFolder() + "/k.safetensors"
        try LoraWriter.save(lora, to: out, format: .kohya)
        #expect(
            try SafetensorsReader(path: out).contains(
                "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_up.weight"))
    }

    @Test func loadErrorsNameThePath() throws {
        let dir = TestSupport.temporaryFolder()
        #expect(throws: LoraFormatError.notAnAdapterFolder(path: dir)) { try LoraFile.load(path: dir) }
        #expect(
            throws: LoraFormatError.file(
                .cannotOpen(file: dir + "/none.safetensors", reason: "No such file or directory"))
        ) {
            try LoraFile.load(path: dir + "/none.safetensors")
        }
        let pickle = TestSupport.file([0x80, 0x02, 0x7D, 0x71, 0x00, 0x28, 0x58, 0x05, 0x00, 0x00], name: "old.ckpt")
        do { _ = try LoraFile.load(path: pickle); Issue.record("pickle accepted") } catch {
            #expect(error.description.contains("pickle"))
            #expect(error.description.contains(pickle))
        }
    }

    @Test func modulesToSaveWeightsAreReportedNotDropped() throws {
        let dir = TestSupport.temporaryFolder()
        try SafetensorsWriter.write(
            path: dir + "/adapter_model.safetensors",
            tensors: [
                ("base_model.model.fc1.lora_A.weight", ramp([2, 4])),
                ("base_model.model.fc1.lora_B.weight", ramp([3, 2])),
                ("base_model.model.lm_head.weight", ramp([5, 4])),
            ])
        FileManager.default.createFile(
            atPath: dir + "/adapter_config.json", contents: Data(#"{"r":2,"lora_alpha":2}"#.utf8))
        let lora = try LoraFile.loadLora(path: dir)
        #expect(lora.modules.count == 1)
        #expect(lora.unrecognisedKeys == ["base_model.model.lm_head.weight"])
    }

    @Test func fp8OutputKeepsNonFloatTensorsAndAlphaExact() throws {
        let path = try write([
            ("lycoris_fc1.weight", ramp([16])), ("lycoris_fc1.on_input", Tensor(zeros: [1], dtype: .bool)),
            ("lora_unet_x.lora_down.weight", ramp([2, 4])), ("lora_unet_x.lora_up.weight", ramp([3, 2])),
            ("lora_unet_x.alpha", Tensor(shape: [], values: [0.7])),
        ])
        let out = TestSupport.temporaryFolder() + "/f8.safetensors"
        try LoraWriter.save(
            try LoraFile.loadLora(path: path), to: out, options: LoraSaveOptions(format: .kohya, dtype: .f8e4m3))
        let reader = try SafetensorsReader(path: out)
        #expect(reader.entry(named: "lora_unet_x.lora_up.weight")?.dtype == .f8e4m3)
        #expect(reader.entry(named: "lycoris_fc1.on_input")?.dtype == .bool)
        #expect(try reader.tensor(named: "lora_unet_x.alpha").floats() == [0.7])
        // ramp values (multiples of 0.25 in [-0.5, 1]) are exact in e4m3.
        #expect(try reader.tensor(named: "lora_unet_x.lora_down.weight").floats() == ramp([2, 4]).floats())
    }

    @Test func fluxDiffusersDoubleBlockOnlyLoraIsFlux() throws {
        let path = try write([
            ("transformer.transformer_blocks.0.attn.add_q_proj.lora_A.weight", Tensor(zeros: [2, 3072])),
            ("transformer.transformer_blocks.0.attn.add_q_proj.lora_B.weight", Tensor(zeros: [3072, 2])),
        ])
        let lora = try LoraFile.loadLora(path: path)
        #expect(ArchitectureDetector.detect(lora: lora, fileName: path).architecture == .flux1)
        let base = try BaseModel(path: ArchitectureTableTests.syntheticCheckpoint(.flux1))
        #expect(
            ModuleMatcher.check(lora: lora, base: base).matches.map(\.status) == [
                .matched(baseKey: "double_blocks.0.txt_attn.qkv.weight", rows: 0..<3072)
            ])
    }

    @Test func gloraAndOftAreReportedAsUnsupportedNotMisread() throws {
        let path = try write([
            ("lora_unet_x.a1.weight", ramp([4, 4])), ("lora_unet_x.a2.weight", ramp([4, 4])),
            ("lora_unet_x.b1.weight", ramp([4, 4])), ("lora_unet_x.b2.weight", ramp([4, 4])),
            ("lora_unet_x.alpha", ramp([])),
            ("lora_unet_y.oft_blocks", ramp([2, 2, 2])),
        ])
        do {
            _ = try LoraFile.load(path: path)
            Issue.record("GLoRA/OFT accepted")
        } catch {
            guard case .unsupportedKeys(_, let keys) = error else { Issue.record("\(error)"); return }
            #expect(
                Set(keys) == [
                    "lora_unet_x.a1.weight", "lora_unet_x.a2.weight", "lora_unet_x.b1.weight", "lora_unet_x.b2.weight",
                    "lora_unet_x.alpha", "lora_unet_y.oft_blocks",
                ])
        }
    }
}
