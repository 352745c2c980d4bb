import LoraFormats
import Testing

@testable import LoraLibrary

@Suite struct CompatibilityVerdictTests {
    static let ponyHash = FamilyEvidenceTests.ponyHash

    /// hero: an SDXL LoRA trained on the Pony V6 file of the user's library.
    static let hero = FamilyEvidence(
        clues: FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl, metadata: ["ss_new_sd_model_hash": ponyHash]),
        libraryCheckpoint: FamilyEvidenceTests.library)

    /// A checkpoint whose .civitai.info says Illustrious.
    static let illustriousBase = FamilyEvidence(
        clues: FamilyClues(
            fileName: "waiMix_v10.safetensors", architecture: .sdxl,
            sidecars: FamilyEvidenceTests.sidecars([.civitaiHelper: "Illustrious"]),
            fileSHA256: String(repeating: "0", count: 64)))

    /// The Pony V6 checkpoint itself.
    static let ponyBase = FamilyEvidence(
        clues: FamilyClues(fileName: "ponyDiffusionV6XL.safetensors", architecture: .sdxl, fileSHA256: ponyHash))

    @Test func crossFamilyOnTheSameShapes() {
        let verdict = CompatibilityVerdict(
            loraName: "hero", lora: Self.hero, baseName: "waiMix_v10", base: Self.illustriousBase, modulesFit: true)
        #expect(verdict.grade == .sameArchitectureOtherFamily)
        #expect(
            verdict.message
                == "hero was trained on Pony (ss_new_sd_model_hash = sha256 of ponyDiffusionV6XL.safetensors in your library); base is Illustrious (its .civitai.info): same SDXL shapes, so it loads, but cross-family LoRAs usually draw poorly"
        )
    }

    /// An SDXL file whose one sidecar names its base model.
    static func sdxl(_ fileName: String, _ sidecar: SidecarKind, says baseModel: String) -> FamilyEvidence {
        FamilyEvidence(
            clues: FamilyClues(
                fileName: fileName, architecture: .sdxl, sidecars: FamilyEvidenceTests.sidecars([sidecar: baseModel])))
    }

    /// NoobAI-XL was fine-tuned from Illustrious XL: either way round it is not "cross-family".
    @Test func aFamilyFineTunedFromTheOther() {
        let noob = Self.sdxl("inkStyle.safetensors", .loraManager, says: "NoobAI")
        let verdict = CompatibilityVerdict(
            loraName: "inkStyle", lora: noob, baseName: "waiMix_v10", base: Self.illustriousBase, modulesFit: true)
        #expect(verdict.grade == .relatedFamily)
        #expect(
            verdict.message
                == "inkStyle was trained on NoobAI (its .metadata.json); base is Illustrious (its .civitai.info): NoobAI was fine-tuned from Illustrious, so LoRAs of one usually work on the other"
        )
        let noobBase = Self.sdxl("noobaiXLNAIXL_epsilonPred11Version.safetensors", .civitaiHelper, says: "NoobAI")
        let illustriousLora = Self.sdxl("x.safetensors", .civitaiHelper, says: "Illustrious")
        #expect(
            CompatibilityVerdict(
                loraName: "x", lora: illustriousLora, baseName: "noob", base: noobBase, modulesFit: true
            )
            .grade == .relatedFamily)
        // Pony is no relation of either.
        #expect(
            CompatibilityVerdict(loraName: "hero", lora: Self.hero, baseName: "noob", base: noobBase, modulesFit: true)
                .grade == .sameArchitectureOtherFamily)
        #expect(BaseFamily.noobAI.isRelated(to: .illustrious) && BaseFamily.illustrious.isRelated(to: .noobAI))
        #expect(!BaseFamily.noobAI.isRelated(to: .noobAI) && !BaseFamily.pony.isRelated(to: .sdxlBase))
    }

    @Test func theVeryBase() {
        let verdict = CompatibilityVerdict(
            loraName: "hero", lora: Self.hero, baseName: "ponyDiffusionV6XL.safetensors", base: Self.ponyBase,
            modulesFit: true)
        #expect(verdict.grade == .sameBase)
        #expect(
            verdict.message
                == "hero was trained on ponyDiffusionV6XL.safetensors itself (ss_new_sd_model_hash = its sha256)")
    }

    @Test func theSameFamily() {
        let tagged = FamilyEvidence(
            clues: FamilyClues(fileName: "hero.safetensors", architecture: .sdxl, userTags: ["pony"]))
        let verdict = CompatibilityVerdict(
            loraName: "hero", lora: tagged, baseName: "ponyDiffusionV6XL", base: Self.ponyBase, modulesFit: nil)
        #expect(verdict.grade == .sameFamily)
        #expect(
            verdict.message
                == "hero was trained on Pony (your tag pony); base is Pony (its sha256 is that of Pony Diffusion V6 XL): same family"
        )
    }

    @Test func otherShapesDoNotFit() {
        let sd15 = FamilyEvidence(clues: FamilyClues(fileName: "old.safetensors", architecture: .sd1))
        let verdict = CompatibilityVerdict(
            loraName: "old", lora: sd15, baseName: "waiMix_v10", base: Self.illustriousBase, modulesFit: nil)
        #expect(verdict.grade == .doesNotFit)
        #expect(
            verdict.message
                == "old was trained on SD 1.5 (shapes only); base is Illustrious (its .civitai.info): SD1.x and SDXL shapes differ, so it does not fit"
        )
    }

    @Test func modulesThatMissTheShapesDoNotFit() {
        let verdict = CompatibilityVerdict(
            loraName: "hero", lora: Self.hero, baseName: "ponyDiffusionV6XL.safetensors", base: Self.ponyBase,
            modulesFit: false)
        #expect(verdict.grade == .doesNotFit)
        #expect(verdict.message.hasSuffix(": its modules do not fit the base's shapes"))
    }

    @Test func anUnknownFamilyLeavesItUnknown() {
        let shapesOnly = FamilyEvidence(clues: FamilyClues(fileName: "style.safetensors", architecture: .sdxl))
        let verdict = CompatibilityVerdict(
            loraName: "style", lora: shapesOnly, baseName: "ponyDiffusionV6XL", base: Self.ponyBase, modulesFit: true)
        #expect(verdict.grade == .unknown)
        #expect(
            verdict.message
                == "style was trained on SDXL, family unknown (shapes only); base is Pony (its sha256 is that of Pony Diffusion V6 XL): same SDXL shapes, so it loads; how well it draws cannot be told"
        )
        let nothing = FamilyEvidence(clues: FamilyClues(fileName: "a.safetensors", architecture: nil))
        let blind = CompatibilityVerdict(
            loraName: "a", lora: nothing, baseName: "b.safetensors", base: nothing, modulesFit: nil)
        #expect(blind.grade == .unknown)
        #expect(
            blind.message
                == "nothing says what a was trained on; nothing says what the base b.safetensors is: whether it fits cannot be told"
        )
    }

    @Test func familiesOfOneArchitectureWithoutShapes() {
        // Shapes unknown on both sides: the families' architectures stand in for them.
        let pony = FamilyEvidence(clues: FamilyClues(fileName: "a", architecture: nil, userTags: ["pony"]))
        let noob = FamilyEvidence(clues: FamilyClues(fileName: "b", architecture: nil, userTags: ["noobai"]))
        let verdict = CompatibilityVerdict(loraName: "a", lora: pony, baseName: "b", base: noob, modulesFit: nil)
        #expect(verdict.grade == .sameArchitectureOtherFamily)
        let flux = FamilyEvidence(clues: FamilyClues(fileName: "c", architecture: nil, userTags: ["flux"]))
        #expect(
            CompatibilityVerdict(loraName: "a", lora: pony, baseName: "c", base: flux, modulesFit: nil).grade
                == .doesNotFit)
    }
}
