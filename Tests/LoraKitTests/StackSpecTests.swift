import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraKit

/// LoRA specs, A1111 strings, block weights and module multipliers.
@Suite struct StackSpecTests {
    func module(_ component: ModelComponent, _ path: String, flat: Bool = true) -> LoraModule {
        LoraModule(
            target: ModuleTarget(component: component, path: path, isFlattened: flat), sourceName: path,
            factors: .lowRank(up: Tensor(zeros: [2, 1]), down: Tensor(zeros: [1, 2]), mid: nil), alpha: 1)
    }

    @Test func plainSpecs() throws {
        #expect(try LoraSpec.parse("hero") == LoraSpec(name: "hero", weight: LoraWeight(1)))
        #expect(try LoraSpec.parse("hero:0.8").weight == LoraWeight(0.8))
        let split = try LoraSpec.parse("hero:te=0.5:unet=0.8").weight
        #expect(split.textEncoder == 0.5 && split.denoiser == 0.8)
        // A1111 positional: te then unet; unet defaults to te.
        let positional = try LoraSpec.parse("hero:0.25:0.75").weight
        #expect(positional.textEncoder == 0.25 && positional.denoiser == 0.75)
        let onlyTE = try LoraSpec.parse("hero:te=0.3").weight
        #expect(onlyTE.textEncoder == 0.3 && onlyTE.denoiser == 0.3)  // A1111: unet defaults to te
        #expect(try LoraSpec.parse("hero:-0.5").weight == LoraWeight(-0.5))
        #expect(try LoraSpec.parse("hero:te=0.5:unet=0.8").description == "hero:te=0.5:unet=0.8")
    }

    @Test func blockWeightSpecs() throws {
        let w = try LoraSpec.parse("hero:0.8:lbw=OUTALL").weight
        #expect(w.textEncoder == 0.8 && w.blocks?.source == "OUTALL")
        // OUTALL = BASE 1, IN 0, MID 0, OUT03…OUT11 1.
        #expect(w.blocks!.values[0] == 1)
        #expect(w.blocks!.values[1...13].allSatisfy { $0 == 0 })
        #expect(w.blocks!.values[14...16].allSatisfy { $0 == 0 })
        #expect(w.blocks!.values[17...25].allSatisfy { $0 == 1 })
        // LBW's positional preset and a vector.
        #expect(try LoraSpec.parse("hero:1:ind").weight.blocks?.source == "IND")
        let v = try LoraSpec.parse("hero:1:1,0,0,0,0,0,0,0,0,0,0,1").weight.blocks!
        #expect(v.values[0] == 1 && v.values[19] == 1 && v.values[14] == 0)  // SDXL 12: OUT05 is slot 19
        #expect(throws: StackError.badBlockVector(spec: "1,0,1", count: 3)) { try LoraSpec.parse("hero:1:lbw=1,0,1") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero:1:lbw=NOPE") }
    }

    @Test func badSpecs() {
        #expect(throws: StackError.self) { try LoraSpec.parse(":0.8") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero:abc") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero:1:2:3") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero:te=x") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero::1") }
        #expect(throws: StackError.self) { try LoraSpec.parse("hero:0.8:dyn=4") }
        #expect(throws: StackError.noLoraTags(text: "no tags")) { try LoraSpec.parseA1111("no tags") }
        #expect(throws: StackError.self) { try LoraSpec.parseA1111("<lora:hero:0.8") }
    }

    @Test func a1111Strings() throws {
        let specs = try LoraSpec.parseA1111(
            "a photo, <lora:style:0.8> <lora:hero:te=0.5:unet=0.8>, <lyco:tex:0.3:lbw=MIDD>")
        #expect(specs.map(\.name) == ["style", "hero", "tex"])
        #expect(specs[0].weight == LoraWeight(0.8))
        #expect(specs[1].weight.textEncoder == 0.5 && specs[1].weight.denoiser == 0.8)
        #expect(specs[2].weight.blocks?.source == "MIDD")
        #expect(LoraSpec.isA1111("<lora:x:1>") && !LoraSpec.isA1111("x:1"))
    }

    @Test func blockSlots() {
        func slot(_ p: String, te: Bool = false) -> Int? {
            BlockLayout.slot(of: ModuleTargetName(flatPath: p, isTextEncoder: te))
        }
        // SD 1.5 diffusers-style kohya names (research b.13: IN 3i+j+1, OUT 3i+j).
        #expect(slot("down_blocks_0_attentions_0_proj_in") == 1 + 1)
        #expect(slot("down_blocks_1_attentions_1_transformer_blocks_0_attn1_to_q") == 1 + 5)
        #expect(slot("down_blocks_2_downsamplers_0_conv") == 1 + 9)
        #expect(slot("mid_block_attentions_0_proj_out") == 13)
        #expect(slot("up_blocks_1_attentions_0_proj_in") == 14 + 3)
        #expect(slot("up_blocks_3_attentions_2_proj_out") == 14 + 11)
        #expect(slot("up_blocks_0_upsamplers_0_conv") == 14 + 2)
        // SDXL LDM names.
        #expect(slot("input_blocks_4_1_transformer_blocks_0_attn1_to_q") == 5)
        #expect(slot("middle_block_1_proj_in") == 13)
        #expect(slot("output_blocks_5_1_proj_out") == 19)
        #expect(slot("text_model_encoder_layers_0_mlp_fc1", te: true) == 0)
        #expect(slot("time_embedding_linear_1") == nil)
        #expect(
            BlockLayout.slotNames.count == 26 && BlockLayout.slotNames[13] == "MID"
                && BlockLayout.slotNames[25] == "OUT11")
    }

    @Test func multipliers() throws {
        let w = try LoraSpec.parse("hero:te=0.5:unet=0.8:lbw=OUTALL:*attn2*=0.1").weight
        #expect(w.multiplier(for: module(.textEncoder(1), "text_model_encoder_layers_0_mlp_fc1")) == 0.5)  // BASE = 1
        #expect(w.multiplier(for: module(.denoiser, "down_blocks_0_attentions_0_proj_in")) == 0)  // IN01 off
        #expect(abs(w.multiplier(for: module(.denoiser, "up_blocks_1_attentions_0_proj_in")) - 0.8) < 1e-7)
        #expect(
            abs(w.multiplier(for: module(.denoiser, "up_blocks_1_attentions_0_transformer_blocks_0_attn2_to_k")) - 0.1)
                < 1e-7)
        #expect(w.multiplier(for: module(.denoiser, "time_embedding_linear_1")) == 0.8)  // no block
        #expect(ModulePattern.glob("*attn?_to_*", matches: "x_attn1_to_q"))
        #expect(!ModulePattern.glob("attn*", matches: "x_attn1"))
    }

    @Test func buildAndReweight() throws {
        let lora = try LoraFile.loadLora(path: MergeFixtures.peers("peft_lora_mlp"))
        var stack = try Stack.build(base: nil, words: ["a:0.5", "<lora:b:0.8> <lora:c:te=0.1:unet=0.2>"]) { name in
            name == "missing" ? nil : lora
        }
        #expect(stack.names == ["a", "b", "c"])
        #expect(stack.entries[2].weight.denoiser == 0.2)
        try stack.setWeight(of: "b", parsing: "0.3")
        #expect(stack.entries[1].weight == LoraWeight(0.3))
        #expect(throws: StackError.self) { try stack.setWeight(of: "zzz", to: LoraWeight(1)) }
        #expect(stack.summary == "stack: a:0.5 b:0.3 c:te=0.1:unet=0.2")
        #expect(throws: StackError.unknownLora(name: "missing")) {
            try Stack.build(base: nil, words: ["missing"]) { _ in nil }
        }
        // One name twice: `weight` could not tell which is meant.
        #expect(throws: StackError.duplicateLora(name: "a", combined: "a:1.3")) {
            try Stack.build(base: nil, words: ["a:0.5", "<lora:a:0.8>"]) { _ in lora }
        }
        #expect(throws: StackError.duplicateLora(name: "a", combined: nil)) {
            try Stack.build(base: nil, words: ["a:te=0.5:unet=1", "a"]) { _ in lora }
        }
    }

    /// A kohya LoRA of `architecture` (`LoraMergeTests.kohyaFile`), loaded, and detected as it.
    static func detectedLora(_ architecture: Architecture, containing: String, count: Int) throws -> LoraAdapter {
        let dir = MergeFixtures.temporaryFolder("detected-\(architecture.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (path, _) = try LoraMergeTests.kohyaFile(architecture, containing: containing, count: count, in: dir)
        let lora = try LoraFile.loadLora(path: path)
        #expect(ArchitectureDetector.detect(lora: lora, fileName: path).architecture == architecture)
        return lora
    }

    /// On an SDXL LoRA the section presets mean their section (OUTALL keeps OUT00–OUT05, SDXL's
    /// attention outputs, which the 17-value SD 1.5 form switched off); depth presets are refused.
    @Test func sdxlPresetsApplyBySection() throws {
        let lora = try Self.detectedLora(.sdxl, containing: "transformer_blocks.0.attn2.to_k", count: 40)
        func multipliers(_ spec: String) throws -> [String: Float] {
            let stack = try Stack.build(base: nil, words: [spec]) { _ in lora }
            var out: [String: Float] = [:]
            for module in lora.modules {
                let slot = BlockLayout.slot(
                    of: ModuleTargetName(flatPath: module.target.flatPath, isTextEncoder: false))!
                out[BlockLayout.slotNames[slot]] = stack.entries[0].weight.multiplier(for: module)
            }
            return out
        }
        let all = try multipliers("x:1:lbw=ALL"), outs = try multipliers("x:1:lbw=OUTALL"),
            ins = try multipliers("x:1:lbw=INALL")
        #expect(Set(all.keys).isSuperset(of: ["IN04", "IN07", "MID", "OUT00", "OUT05"]), "\(all.keys.sorted())")
        #expect(all.values.allSatisfy { $0 == 1 })
        #expect(
            outs.filter { $0.key.hasPrefix("OUT") }.values.allSatisfy { $0 == 1 } && outs["IN04"] == 0
                && outs["MID"] == 0)
        #expect(ins.filter { $0.key.hasPrefix("IN") }.values.allSatisfy { $0 == 1 } && ins["OUT00"] == 0)
        #expect(throws: StackError.presetNotForSDXL(name: "OUTD")) {
            try Stack.build(base: nil, words: ["x:1:lbw=OUTD"]) { _ in lora }
        }
    }

    /// An explicit block-weight vector must have a length of the LoRA's own architecture (an
    /// SDXL-length vector on an SD 1.5 LoRA silently switched blocks off); presets fit both.
    @Test func blockVectorsMatchTheArchitecture() throws {
        let lora = try Self.detectedLora(.sd1, containing: "input_blocks.1.1.transformer_blocks.0.attn2", count: 4)
        let sdxlVector = Array(repeating: "1", count: 12).joined(separator: ",")
        #expect(throws: StackError.blockVectorForOtherArchitecture(lora: "h", count: 12, architecture: "SD1.x")) {
            try Stack.build(base: nil, words: ["h:1:lbw=\(sdxlVector)"]) { _ in lora }
        }
        let sd15Vector = Array(repeating: "1", count: 17).joined(separator: ",")
        var stack = try Stack.build(base: nil, words: ["h:1:lbw=\(sd15Vector)", "<lora:g:1:OUTALL>"]) { _ in lora }
        #expect(stack.entries.count == 2)
        // `weight` checks the same.
        #expect(throws: StackError.blockVectorForOtherArchitecture(lora: "h", count: 12, architecture: "SD1.x")) {
            try stack.setWeight(of: "h", parsing: "1:lbw=\(sdxlVector)")
        }
    }
}

/// `Stack.checkBase` refuses LoRAs that do not fit the base.
@Suite struct StackBaseTests {
    @Test func refusesLoraThatMatchesNothing() throws {
        let base = try BaseModel(path: MergeFixtures.peers("lycoris_locon/base.safetensors"))
        let fits = try LoraFile.loadLora(path: MergeFixtures.peers("lycoris_locon/lycoris.safetensors"))
        let other = try LoraFile.loadLora(
            path: MergeFixtures.peers("diffusers_tiny_unet_lora/lora_diffusers.safetensors"))
        try Stack(base: base, entries: [StackEntry(name: "fits", lora: fits)]).checkBase()
        #expect {
            try Stack(
                base: base, entries: [StackEntry(name: "fits", lora: fits), StackEntry(name: "unet", lora: other)]
            ).checkBase()
        } throws: { error in
            guard case StackError.refused(let name, _) = error else { return false }
            return name == "unet"
        }
    }
}
