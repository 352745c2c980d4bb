/// The family a name hints at: `ponyDiffusionV6XL`, `hero_IL_v2`, `noobaiXLNAIXL_vPred10`,
/// `animagine-xl-3.1`, `flux1-schnell`.
///
/// Words are looked for in this order, so a NoobAI name that also says "illustrious" is NoobAI:
/// `noob`; `illustrious` or the word `IL` / `ILXL` (split at `_`, `-`, `.`, spaces and
/// lower-to-upper case changes); a word starting `pony` (not `ponytail`, not Pony V7, an AuraFlow model) or the word `PDXL`;
/// `animagine`; `schnell`. With `basesToo` (a training base's own name), SDXL 1.0 base, SD 1.5
/// and FLUX.1 dev file names count as well.
enum FamilyNameHint {
    static func family(in name: String, basesToo: Bool = false) -> BaseFamily? {
        let words = Self.words(name)
        let squashed = words.joined()
        if squashed.contains("noob") { return .noobAI }
        if squashed.contains("illustrious") || words.contains("il") || words.contains("ilxl") { return .illustrious }
        let ponyWord = words.contains { $0.hasPrefix("pony") && !$0.hasPrefix("ponytail") }
        if (ponyWord && !squashed.contains("ponyv7") && !squashed.contains("ponydiffusionv7")) || words.contains("pdxl")
        {
            return .pony
        }
        if squashed.contains("animagine") { return .animagine }
        if squashed.contains("schnell") { return .flux1Schnell }
        guard basesToo else { return nil }
        if squashed.contains("sdxlbase") || squashed.contains("stablediffusionxlbase") { return .sdxlBase }
        if squashed.contains("v15pruned") || squashed.contains("stablediffusionv15") { return .sd15 }
        if squashed.contains("flux1dev") { return .flux1Dev }
        return nil
    }

    /// Lower-cased words, split at anything not a letter or digit and where a lower-case
    /// letter is followed by an upper-case one (`heroIL_v2` → hero, il, v2).
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase && previousWasLower && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
