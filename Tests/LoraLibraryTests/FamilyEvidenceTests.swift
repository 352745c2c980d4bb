import LoraFormats
import Testing

@testable import LoraLibrary

@Suite struct FamilyEvidenceTests {
    static let ponyHash = "67ab2fd8ec439a89b3fedb15cc65f54336af163c7eb5e4f2acc98f090a29b0b3"
    static let illustriousV01Hash = "3e15ba00387db678ab4a099f75771c4f5ac67fda9e7100a01d263eaf30145aa9"
    static let sdxlShapesOnly =
        "SDXL shapes: Pony, Illustrious, NoobAI and Animagine share them, so shapes alone cannot tell the family"

    static func sidecars(_ values: [SidecarKind: String]) -> SidecarInfo {
        var info = SidecarInfo()
        info.baseModels = values
        return info
    }

    /// The user's library holds Pony V6 under its Civitai file name.
    static func library(_ sha256: String) -> LibraryCheckpoint? {
        sha256 == ponyHash ? LibraryCheckpoint(fileName: "ponyDiffusionV6XL.safetensors", family: .pony) : nil
    }

    @Test func aTrainingHashInTheLibraryBeatsASidecarAndSaysSo() {
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl,
            metadata: ["ss_new_sd_model_hash": Self.ponyHash.uppercased()],
            sidecars: Self.sidecars([.civitaiHelper: "Illustrious"]))
        let evidence = FamilyEvidence(clues: clues, libraryCheckpoint: Self.library)
        #expect(evidence.family == .pony)
        #expect(evidence.decidingIndex == 0)
        #expect(evidence.trainingBaseSHA256 == Self.ponyHash)
        #expect(evidence.citation == "ss_new_sd_model_hash = sha256 of ponyDiffusionV6XL.safetensors in your library")
        #expect(
            evidence.lines == [
                "ss_new_sd_model_hash = sha256 of ponyDiffusionV6XL.safetensors in your library (Pony Diffusion V6 XL)",
                "its .civitai.info says baseModel \"Illustrious\", but it was trained on Pony by its ss_new_sd_model_hash",
                Self.sdxlShapesOnly,
            ])
        #expect(evidence.reasons.map(\.strength) == [.hash, .sidecar, .architecture])
        #expect(
            evidence.summary == "Pony (ss_new_sd_model_hash = sha256 of ponyDiffusionV6XL.safetensors in your library)")
    }

    @Test func aKnownPublicBaseNeedsNoLibrary() {
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl,
            metadata: ["ss_new_sd_model_hash": Self.illustriousV01Hash])
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .illustrious)
        #expect(evidence.lines == ["ss_new_sd_model_hash = sha256 of Illustrious XL v0.1", Self.sdxlShapesOnly])
    }

    @Test func anUnknownTrainingHashIsShownAndDecidesNothing() {
        let unknownHash = String(repeating: "ab", count: 32)
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl, metadata: ["ss_new_sd_model_hash": unknownHash],
            sidecars: Self.sidecars([.stabilityMatrix: "Pony"]))
        let evidence = FamilyEvidence(clues: clues, libraryCheckpoint: Self.library)
        #expect(evidence.family == .pony)
        #expect(evidence.decidingIndex == 1)
        #expect(
            evidence.lines == [
                "ss_new_sd_model_hash ababababab… is no checkpoint of your library or known base",
                "its .cm-info.json says baseModel \"Pony\"",
                Self.sdxlShapesOnly,
            ])
        // A short or malformed hash is not a sha256 at all.
        let short = FamilyEvidence(
            clues: FamilyClues(fileName: "x", architecture: .sdxl, metadata: ["ss_new_sd_model_hash": "67ab2fd8ec"]))
        #expect(short.trainingBaseSHA256 == nil)
        #expect(short.reasons.count == 1)
    }

    @Test func aLibraryCheckpointOfUnknownFamily() {
        let mergeHash = String(repeating: "cd", count: 32)
        let lookup: (String) -> LibraryCheckpoint? = {
            $0 == mergeHash ? LibraryCheckpoint(fileName: "myMerge.safetensors", family: .otherSDXL) : nil
        }
        let alone = FamilyEvidence(
            clues: FamilyClues(
                fileName: "hero.safetensors", architecture: .sdxl, metadata: ["ss_new_sd_model_hash": mergeHash]),
            libraryCheckpoint: lookup)
        #expect(alone.family == .otherSDXL)
        #expect(alone.decidingIndex == nil)
        #expect(alone.citation == "shapes only")
        #expect(
            alone.lines == [
                "ss_new_sd_model_hash = sha256 of myMerge.safetensors in your library, whose family is unknown",
                Self.sdxlShapesOnly,
            ])
        let tagged = FamilyEvidence(
            clues: FamilyClues(
                fileName: "hero.safetensors", architecture: .sdxl, metadata: ["ss_new_sd_model_hash": mergeHash],
                userTags: ["pony"]),
            libraryCheckpoint: lookup)
        #expect(tagged.family == .pony)
        #expect(tagged.citation == "your tag pony")
    }

    @Test func everyLevelInOrderWithItsConflicts() {
        let clues = FamilyClues(
            fileName: "hero-ILXL.safetensors", architecture: .sdxl,
            metadata: [
                "ss_sd_model_name": "/train/models/animagine-xl-3.1.safetensors", "ss_output_name": "hero_pony",
                "modelspec.architecture": "stable-diffusion-xl-v1-base/lora",
            ],
            sidecars: Self.sidecars([.civitaiHelper: "Illustrious", .stabilityMatrix: "NoobAI"]),
            userTags: ["style", "pony", "Pony"])
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .illustrious)
        #expect(evidence.decidingIndex == 0)
        #expect(
            evidence.lines == [
                "its .civitai.info says baseModel \"Illustrious\"",
                "its .cm-info.json says baseModel \"NoobAI\", but its .civitai.info says Illustrious",
                "your tag pony, but its .civitai.info says Illustrious",
                "ss_sd_model_name \"animagine-xl-3.1.safetensors\" names Animagine, but its .civitai.info says Illustrious",
                "ss_output_name \"hero_pony\" names Pony, but its .civitai.info says Illustrious",
                "its file name \"hero-ILXL.safetensors\" names Illustrious",
                Self.sdxlShapesOnly,
            ])
        #expect(
            evidence.reasons.map(\.strength) == [
                .sidecar, .sidecar, .userTag, .nameHint, .nameHint, .nameHint, .architecture,
            ])
    }

    @Test func shapesAreNeverOverruled() {
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sd1, sidecars: Self.sidecars([.civitaiHelper: "Pony"]))
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .sd15)
        #expect(evidence.decidingIndex == 1)
        #expect(evidence.citation == "shapes only")
        #expect(
            evidence.lines == [
                "its .civitai.info says baseModel \"Pony\", but the shapes are SD1.x", "SD1.x shapes: SD 1.5",
            ])
    }

    @Test func aSidecarNamingABaseLorashDoesNotKnow() {
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl, sidecars: Self.sidecars([.civitaiHelper: "Pony V7"]))
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .otherSDXL)
        #expect(evidence.lines.first == "its .civitai.info says baseModel \"Pony V7\", a base lorash does not know")
    }

    @Test func architectureOnly() {
        let sdxl = FamilyEvidence(clues: FamilyClues(fileName: "hero.safetensors", architecture: .sdxl))
        #expect(sdxl.family == .otherSDXL)
        #expect(sdxl.summary == "SDXL, family unknown (shapes only)")
        let flux = FamilyEvidence(clues: FamilyClues(fileName: "hero.safetensors", architecture: .flux1))
        #expect(flux.family == .flux1Dev)
        #expect(flux.lines == ["FLUX.1 shapes: dev, unless something says schnell"])
        let nothing = FamilyEvidence(clues: FamilyClues(fileName: "hero.safetensors", architecture: nil))
        #expect(nothing.family == .unknown)
        #expect(nothing.summary == "unknown (nothing says)")
        #expect(nothing.lines == ["no known architecture"])
    }

    @Test func aSchnellHintMakesFluxSchnell() {
        let byName = FamilyEvidence(
            clues: FamilyClues(fileName: "flux1-schnell-hero.safetensors", architecture: .flux1))
        #expect(byName.family == .flux1Schnell)
        #expect(
            byName.lines == [
                "its file name \"flux1-schnell-hero.safetensors\" names FLUX.1 schnell",
                "FLUX.1 shapes: dev, unless something says schnell, but its file name names FLUX.1 schnell",
            ])
        let bySpec = FamilyEvidence(
            clues: FamilyClues(
                fileName: "hero.safetensors", architecture: .flux1,
                metadata: ["modelspec.architecture": "flux-1-schnell/lora"]))
        #expect(bySpec.family == .flux1Schnell)
        #expect(bySpec.citation == "modelspec.architecture \"flux-1-schnell/lora\"")
    }

    @Test func aCheckpointIsKnownByItsOwnHash() {
        let clues = FamilyClues(
            fileName: "ponyDiffusionV6XL_v6StartWithThisOne.safetensors", architecture: .sdxl,
            fileSHA256: Self.ponyHash)
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .pony)
        #expect(evidence.fileSHA256 == Self.ponyHash)
        #expect(
            evidence.lines == [
                "its sha256 is that of Pony Diffusion V6 XL",
                "its file name \"ponyDiffusionV6XL_v6StartWithThisOne.safetensors\" names Pony",
                Self.sdxlShapesOnly,
            ])
    }

    @Test func fromTheFixtureSidecars() {
        let hero = FamilyEvidence(
            clues: FamilyClues(
                fileName: "heroPony.safetensors", architecture: .sdxl,
                sidecars: Sidecars.read(modelPath: LibraryFixtures.path("heroPony.safetensors"))))
        #expect(hero.family == .pony)
        #expect(
            hero.lines == [
                "its .civitai.info says baseModel \"Pony\"", "its file name \"heroPony.safetensors\" names Pony",
                Self.sdxlShapesOnly,
            ])
        let ink = FamilyEvidence(
            clues: FamilyClues(
                fileName: "styleIL.safetensors", architecture: .sdxl,
                sidecars: Sidecars.read(modelPath: LibraryFixtures.path("styleIL.safetensors"))))
        #expect(ink.family == .illustrious)
        #expect(ink.summary == "Illustrious (its .cm-info.json)")
    }

    @Test func theTrainingBaseNameCanBeSDXLBase() {
        let clues = FamilyClues(
            fileName: "hero.safetensors", architecture: .sdxl,
            metadata: ["ss_sd_model_name": "stabilityai/stable-diffusion-xl-base-1.0"])
        let evidence = FamilyEvidence(clues: clues)
        #expect(evidence.family == .sdxlBase)
        #expect(evidence.citation == "ss_sd_model_name \"stable-diffusion-xl-base-1.0\"")
    }
}

@Suite struct FamilyNameHintTests {
    @Test(arguments: [
        ("ponyDiffusionV6XL_v6StartWithThisOne", BaseFamily?.some(.pony)), ("PDXL_hero", .pony),
        ("hero_pony_v2", .pony), ("ponytail_hairstyle", nil), ("Pony V7 hero", nil), ("ponyDiffusionV7", nil),
        ("illustriousXL_v01", .illustrious), ("hero_IL_v2", .illustrious), ("heroIL", .illustrious),
        ("hero-ILXL", .illustrious), ("illustration_style", nil), ("nil_value", nil),
        ("noobaiXLNAIXL_epsilonPred10Version", .noobAI), ("NoobAI-XL illustrious merge", .noobAI),
        ("animagine-xl-3.1", .animagine), ("animagineXLV31", .animagine),
        ("flux1-schnell", .flux1Schnell), ("hero", nil), ("sd_xl_base_1.0", nil), ("flux1-dev", nil),
    ])
    func namesHint(name: String, family: BaseFamily?) {
        #expect(FamilyNameHint.family(in: name) == family, "\(name)")
    }

    @Test(arguments: [
        ("sd_xl_base_1.0.safetensors", BaseFamily.sdxlBase), ("stable-diffusion-xl-base-1.0", .sdxlBase),
        ("v1-5-pruned-emaonly.safetensors", .sd15), ("flux1-dev.safetensors", .flux1Dev),
        ("FLUX.1-dev", .flux1Dev),
    ])
    func baseNamesCountOnlyForTheTrainingBase(name: String, family: BaseFamily) {
        #expect(FamilyNameHint.family(in: name, basesToo: true) == family, "\(name)")
        #expect(FamilyNameHint.family(in: name) == nil, "\(name)")
    }

    @Test func words() {
        #expect(FamilyNameHint.words("heroIL_v2") == ["hero", "il", "v2"])
        #expect(FamilyNameHint.words("ponyDiffusionV6XL") == ["pony", "diffusion", "v6", "xl"])
        #expect(FamilyNameHint.words("--a..B c") == ["a", "b", "c"])
    }
}
