extension BaseFamily {
    /// Reads a family as users type it: `pony`, `sd15`, `"SD 1.5"`, `Illustrious`, `noob`,
    /// `sdxl`, `flux`, `flux-schnell`, a display name or a Civitai `baseModel` value.
    ///
    /// Case, quotes, spaces, `-`, `_` and `.` are ignored (`SD 1.5` = `sd15` = `sd-1.5`).
    /// `sdxl` means SDXL 1.0 base and `flux` FLUX.1 dev; a caller that wants every SDXL family
    /// compares `architecture` instead. Returns nil for text that names no family.
    public init?(userText: String) {
        let key = Self.normalizedName(userText)
        guard !key.isEmpty else { return nil }
        if let family = Self.aliases[key] {
            self = family
        } else if key.hasPrefix("animagine") {
            self = .animagine  // animaginexl31, animaginexl40…
        } else if let family = BaseFamily(civitaiBaseModel: userText) {
            self = family
        } else {
            return nil
        }
    }

    /// Reads a family from one of the user's tags: as `init(userText:)`, but a tag must name
    /// the family in full (`pony`, `illustrious`, `sd15`), so that short words that are also
    /// ordinary tags (`il`, `xl`) name no family.
    public init?(tag: String) {
        let key = Self.normalizedName(tag)
        guard !Self.tooShortForATag.contains(key), let family = BaseFamily(userText: tag) else { return nil }
        self = family
    }

    /// Lower-cased letters and digits only: `"SD 1.5"` → `sd15`, `Flux.1-D` → `flux1d`.
    static func normalizedName(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Aliases that are also ordinary words or tags, refused by `init(tag:)`.
    private static let tooShortForATag: Set<String> = ["il", "xl"]

    /// Normalized spellings → family (every case's raw value and display name is in too).
    private static let aliases: [String: BaseFamily] = {
        var table: [String: BaseFamily] = [
            "sd1": .sd15, "sd1x": .sd15, "sd14": .sd15, "sdv1": .sd15, "sdv15": .sd15,
            "stablediffusion15": .sd15, "stablediffusion1": .sd15,
            "sd2x": .sd2, "sd20": .sd2, "sd21": .sd2, "sdv2": .sd2, "sd21768": .sd2, "stablediffusion2": .sd2,
            "stablediffusion21": .sd2,
            "sdxl": .sdxlBase, "sdxl1": .sdxlBase, "sdxl10": .sdxlBase, "sdxlbase": .sdxlBase,
            "sdxlbase10": .sdxlBase, "sdxlbasev10": .sdxlBase, "xl": .sdxlBase, "stablediffusionxl": .sdxlBase,
            "pony": .pony, "ponyxl": .pony, "pdxl": .pony, "ponydiffusion": .pony, "ponyv6": .pony,
            "ponydiffusionv6": .pony, "ponydiffusionv6xl": .pony, "ponyv6xl": .pony,
            "illustrious": .illustrious, "illustriousxl": .illustrious, "ilxl": .illustrious, "il": .illustrious,
            "noob": .noobAI, "noobai": .noobAI, "noobaixl": .noobAI, "noobxl": .noobAI, "naixl": .noobAI,
            "othersdxl": .otherSDXL, "sdxlother": .otherSDXL, "sdxlunknown": .otherSDXL,
            "flux": .flux1Dev, "flux1": .flux1Dev, "fluxdev": .flux1Dev, "flux1dev": .flux1Dev, "flux1d": .flux1Dev,
            "fluxd": .flux1Dev,
            "schnell": .flux1Schnell, "fluxschnell": .flux1Schnell, "flux1schnell": .flux1Schnell,
            "flux1s": .flux1Schnell, "fluxs": .flux1Schnell,
            "unknown": .unknown,
        ]
        for family in BaseFamily.allCases {
            table[normalizedName(family.rawValue)] = family
            table[normalizedName(family.displayName)] = family
        }
        return table
    }()
}
