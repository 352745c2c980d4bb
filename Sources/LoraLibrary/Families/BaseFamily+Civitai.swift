import LoraFormats

/// Civitai's `baseModel` values (the field of a model version, copied by Civitai Helper into
/// `NAME.civitai.info` and by Stability Matrix into `BaseModel` of `NAME.cm-info.json`).
///
/// The list follows ComfyUI-Lora-Manager (`py/utils/constants.py`,
/// `static/js/utils/constants.js`, `BASE_MODELS`) and the Civitai enums in Stability Matrix
/// (`CivitBaseModelType.cs`) and Civitai Shortcut (`setting.py`, `model_basemodels`): those
/// tools were read, not copied. Civitai has no "Animagine" value: Animagine LoRAs are filed
/// under "SDXL 1.0", so only names and hashes find that family.
enum CivitaiBaseModels {
    /// Civitai value (lower-cased) → the family it names.
    static let families: [String: BaseFamily] = [
        "sd 1.4": .sd15, "sd 1.5": .sd15, "sd 1.5 lcm": .sd15, "sd 1.5 hyper": .sd15,
        "sd 2.0": .sd2, "sd 2.0 768": .sd2, "sd 2.1": .sd2, "sd 2.1 768": .sd2, "sd 2.1 unclip": .sd2,
        "sdxl 0.9": .sdxlBase, "sdxl 1.0": .sdxlBase, "sdxl 1.0 lcm": .sdxlBase, "sdxl turbo": .sdxlBase,
        "sdxl lightning": .sdxlBase, "sdxl hyper": .sdxlBase,
        // SSD-1B and Segmind Vega: SDXL's layer names with blocks removed.
        "sdxl distilled": .otherSDXL,
        "pony": .pony, "illustrious": .illustrious, "noobai": .noobAI,
        "flux.1 d": .flux1Dev, "flux.1 s": .flux1Schnell,
    ]

    /// Civitai values of other FLUX.1 models: their LoRAs have FLUX.1's shapes, but none of
    /// dev's or schnell's family.
    static let otherFlux1: Set<String> = ["flux.1 krea", "flux.1 kontext"]

    /// The lookup key of a Civitai value: trimmed, lower-cased, inner runs of spaces made one.
    static func key(_ value: String) -> String {
        value.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension BaseFamily {
    /// The family a Civitai `baseModel` value names ("Pony", "SD 1.5", "Flux.1 D",
    /// "SDXL Lightning"…), case-insensitively; nil for "Other", for bases of other architectures
    /// ("Pony V7" is AuraFlow, "SD 3.5", "Flux.2 D", "Wan Video"…) and for unknown text.
    public init?(civitaiBaseModel: String) {
        guard let family = CivitaiBaseModels.families[CivitaiBaseModels.key(civitaiBaseModel)] else { return nil }
        self = family
    }

    /// The architecture a Civitai `baseModel` value implies, even where it names no family
    /// lorash has (`Flux.1 Krea` → FLUX.1); nil when it implies none lorash knows.
    public static func architecture(civitaiBaseModel: String) -> Architecture? {
        if let family = BaseFamily(civitaiBaseModel: civitaiBaseModel) { return family.architecture }
        return CivitaiBaseModels.otherFlux1.contains(CivitaiBaseModels.key(civitaiBaseModel)) ? .flux1 : nil
    }
}
