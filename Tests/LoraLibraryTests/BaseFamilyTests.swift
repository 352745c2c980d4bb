import LoraFormats
import Testing

@testable import LoraLibrary

@Suite struct BaseFamilyTests {
    @Test(arguments: [
        ("pony", BaseFamily.pony), ("Pony", .pony), ("PONY", .pony), ("ponyxl", .pony), ("PDXL", .pony),
        ("Pony Diffusion V6 XL", .pony),
        ("sd15", .sd15), ("SD 1.5", .sd15), ("\"SD 1.5\"", .sd15), ("sd-1.5", .sd15), ("sd1", .sd15), ("SD1", .sd15),
        ("sd 1.4", .sd15),
        ("sd2", .sd2), ("SD 2.1", .sd2), ("sd21", .sd2), ("SD2.x", .sd2),
        ("sdxl", .sdxlBase), ("SDXL 1.0", .sdxlBase), ("sdxl_base", .sdxlBase), ("SDXL Lightning", .sdxlBase),
        ("illustrious", .illustrious), ("Illustrious", .illustrious), ("ilxl", .illustrious), ("IL", .illustrious),
        ("noob", .noobAI), ("NoobAI", .noobAI), ("noob-ai", .noobAI), ("noobai_xl", .noobAI),
        ("animagine", .animagine), ("Animagine XL 3.1", .animagine), ("animagineXL40", .animagine),
        ("other-sdxl", .otherSDXL), ("other sdxl", .otherSDXL),
        ("flux", .flux1Dev), ("FLUX.1", .flux1Dev), ("flux-dev", .flux1Dev), ("Flux.1 D", .flux1Dev),
        ("flux1-dev", .flux1Dev),
        ("schnell", .flux1Schnell), ("flux-schnell", .flux1Schnell), ("Flux.1 S", .flux1Schnell),
        ("FLUX.1 schnell", .flux1Schnell),
        ("unknown", .unknown),
    ])
    func userTextNamesAFamily(text: String, family: BaseFamily) {
        #expect(BaseFamily(userText: text) == family, "\(text)")
    }

    @Test(arguments: ["", "   ", "style", "sd3", "SD 3.5", "pony v7", "Flux.2 D", "xyz", "\"\""])
    func userTextNamingNoFamilyIsNil(text: String) {
        #expect(BaseFamily(userText: text) == nil, "\(text)")
    }

    @Test func everyRawValueAndDisplayNameReadsBack() {
        for family in BaseFamily.allCases {
            #expect(BaseFamily(userText: family.rawValue) == family)
            #expect(BaseFamily(userText: family.displayName) == family)
        }
    }

    @Test func tagsMustNameTheFamilyInFull() {
        #expect(BaseFamily(tag: "pony") == .pony)
        #expect(BaseFamily(tag: "Illustrious") == .illustrious)
        #expect(BaseFamily(tag: "IL") == nil)
        #expect(BaseFamily(tag: "xl") == nil)
        #expect(BaseFamily(tag: "character") == nil)
    }

    @Test func architectures() {
        #expect(BaseFamily.sd15.architecture == .sd1)
        #expect(BaseFamily.sd2.architecture == .sd2)
        for family in [BaseFamily.sdxlBase, .pony, .illustrious, .noobAI, .animagine, .otherSDXL] {
            #expect(family.architecture == .sdxl)
        }
        #expect(BaseFamily.flux1Dev.architecture == .flux1)
        #expect(BaseFamily.flux1Schnell.architecture == .flux1)
        #expect(BaseFamily.unknown.architecture == nil)
        #expect(BaseFamily.implied(by: .sdxl) == .otherSDXL)
        #expect(BaseFamily.implied(by: .flux1) == .flux1Dev)
        #expect(BaseFamily.implied(by: .generic) == .unknown)
        #expect(BaseFamily.implied(by: nil) == .unknown)
    }
}
