/// How strongly a reason names a family; a stronger reason decides over a weaker one.
public enum EvidenceStrength: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// The architecture alone (SD 1.x → SD 1.5; SDXL → family unknown; FLUX.1 → dev).
    case architecture = 0
    /// A checkpoint's weights nearest those of a library checkpoint of known family (lineage
    /// by fingerprint), used when nothing else names a family.
    case weights = 1
    /// A name: `ss_sd_model_name`, `modelspec.title`, `ss_output_name`,
    /// `modelspec.architecture`, the file name.
    case nameHint = 2
    /// One of the user's own tags (`pony`).
    case userTag = 3
    /// A sidecar's Civitai `baseModel`.
    case sidecar = 4
    /// A sha256: the LoRA's `ss_new_sd_model_hash` (its training base) or a checkpoint's own.
    case hash = 5

    public static func < (a: EvidenceStrength, b: EvidenceStrength) -> Bool { a.rawValue < b.rawValue }
}

/// One reason for (or against) a file's family, as one short line.
public struct FamilyReason: Sendable, Equatable {
    /// The family this reason names (`unknown` when it names none lorash knows).
    public var family: BaseFamily
    /// How strong it is.
    public var strength: EvidenceStrength
    /// The reason in a few words, for a parenthesis: "its .civitai.info",
    /// "ss_new_sd_model_hash = sha256 of ponyDiffusionV6XL.safetensors in your library".
    public var citation: String
    /// The reason in full: `its .civitai.info says baseModel "Illustrious"`.
    public var text: String
    /// Why it was not followed, when it disagrees with the decision or with the shapes:
    /// "it was trained on Pony by its ss_new_sd_model_hash", "the shapes are SD1.x".
    public var conflict: String?
    /// What it claims, for another reason's conflict: "its .civitai.info says Illustrious".
    var claim: String

    init(family: BaseFamily, strength: EvidenceStrength, citation: String, text: String, claim: String) {
        self.family = family
        self.strength = strength
        self.citation = citation
        self.text = text
        self.claim = claim
    }

    /// The line to show: the text, and the conflict after ", but ".
    public var line: String { conflict.map { text + ", but " + $0 } ?? text }
}
