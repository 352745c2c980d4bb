import LoraFormats
import Testing

@testable import LoraLibrary

@Suite struct CivitaiBaseModelTests {
    /// Every value mapped, as Civitai spells it (ComfyUI-Lora-Manager BASE_MODELS, Stability
    /// Matrix CivitBaseModelType, Civitai Shortcut model_basemodels).
    @Test(arguments: [
        ("SD 1.4", BaseFamily.sd15), ("SD 1.5", .sd15), ("SD 1.5 LCM", .sd15), ("SD 1.5 Hyper", .sd15),
        ("SD 2.0", .sd2), ("SD 2.0 768", .sd2), ("SD 2.1", .sd2), ("SD 2.1 768", .sd2), ("SD 2.1 Unclip", .sd2),
        ("SDXL 0.9", .sdxlBase), ("SDXL 1.0", .sdxlBase), ("SDXL 1.0 LCM", .sdxlBase), ("SDXL Turbo", .sdxlBase),
        ("SDXL Lightning", .sdxlBase), ("SDXL Hyper", .sdxlBase), ("SDXL Distilled", .otherSDXL),
        ("Pony", .pony), ("Illustrious", .illustrious), ("NoobAI", .noobAI),
        ("Flux.1 D", .flux1Dev), ("Flux.1 S", .flux1Schnell),
    ])
    func mappedValues(value: String, family: BaseFamily) {
        #expect(BaseFamily(civitaiBaseModel: value) == family, "\(value)")
        #expect(BaseFamily(civitaiBaseModel: value.uppercased()) == family, "\(value) upper-cased")
        #expect(BaseFamily(civitaiBaseModel: "  " + value + " ") == family, "\(value) with spaces")
        #expect(BaseFamily.architecture(civitaiBaseModel: value) == family.architecture)
    }

    @Test(arguments: [
        "Other", "Pony V7", "SD 3", "SD 3.5", "SD 3.5 Large", "Flux.1 Krea", "Flux.1 Kontext", "Flux.2 D",
        "AuraFlow", "Kolors", "Hunyuan 1", "Wan Video", "Stable Cascade", "SVD", "Playground v2", "PixArt a",
        "Anima", "", "Illustrious XL 2.0",
    ])
    func unmappedValuesNameNoFamily(value: String) {
        #expect(BaseFamily(civitaiBaseModel: value) == nil, "\(value)")
    }

    @Test func otherFlux1ValuesKeepTheirArchitecture() {
        #expect(BaseFamily.architecture(civitaiBaseModel: "Flux.1 Krea") == .flux1)
        #expect(BaseFamily.architecture(civitaiBaseModel: "Flux.1 Kontext") == .flux1)
        #expect(BaseFamily.architecture(civitaiBaseModel: "Pony V7") == nil)
        #expect(BaseFamily.architecture(civitaiBaseModel: "Flux.2 D") == nil)
    }
}
