import Testing

@testable import LoraLibrary

@Suite struct LoraCategoryTests {
    @Test(arguments: [
        ("character", LoraCategory?.some(.character)), ("Characters", .character), ("style", .style),
        ("Art Style", .style), ("art_style", .style), ("pose", .pose), ("Poses", .pose), ("detail", .detail),
        ("slider", .detail), ("Sliders", .detail), ("enhancer", .detail), ("concept", .other), ("clothing", .other),
        ("anime", nil), ("hairstyle", nil), ("", nil),
    ])
    func tags(tag: String, category: LoraCategory?) {
        #expect(LoraCategory(tag: tag) == category, "\(tag)")
    }

    @Test func theUsersTagsComeFirst() {
        #expect(
            LoraCategory.decide(userTags: ["style"], sidecarTags: ["character", "anime"], civitaiType: "LORA") == .style
        )
        #expect(
            LoraCategory.decide(userTags: ["favourite"], sidecarTags: ["character"], civitaiType: nil) == .character)
    }

    @Test func withinOneSourceCharacterStylePoseDetailOther() {
        #expect(LoraCategory.decide(userTags: [], sidecarTags: ["style", "character"], civitaiType: nil) == .character)
        #expect(LoraCategory.decide(userTags: [], sidecarTags: ["poses", "style"], civitaiType: nil) == .style)
        #expect(LoraCategory.decide(userTags: [], sidecarTags: ["slider", "poses"], civitaiType: nil) == .pose)
        #expect(LoraCategory.decide(userTags: [], sidecarTags: ["concept", "slider"], civitaiType: nil) == .detail)
        #expect(LoraCategory.decide(userTags: ["concept"], sidecarTags: ["character"], civitaiType: nil) == .other)
    }

    @Test func theCivitaiTypeAndNothing() {
        #expect(LoraCategory.decide(userTags: [], sidecarTags: ["anime"], civitaiType: "Poses") == .pose)
        #expect(LoraCategory.decide(userTags: [], sidecarTags: [], civitaiType: "LORA") == .other)
        #expect(LoraCategory.decide(userTags: [], sidecarTags: [], civitaiType: nil) == .other)
    }

    @Test func fromTheFixtureSidecars() {
        let hero = Sidecars.read(modelPath: LibraryFixtures.path("heroPony.safetensors"))
        #expect(LoraCategory.decide(userTags: [], sidecars: hero) == .character)
        let ink = Sidecars.read(modelPath: LibraryFixtures.path("styleIL.safetensors"))
        #expect(LoraCategory.decide(userTags: [], sidecars: ink) == .style)
    }
}
