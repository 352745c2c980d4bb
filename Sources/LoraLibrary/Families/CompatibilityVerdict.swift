import LoraFormats

/// Whether a LoRA suits a base, graded, with one line saying why.
///
/// Shapes first: a LoRA whose modules do not fit the base, or whose architecture differs from
/// the base's, does not fit. Then the training base: `ss_new_sd_model_hash` equal to the base
/// file's sha256 is the very base. Then families: the same known family suits, and so does a
/// family fine-tuned from the other (NoobAI from Illustrious); two other known
/// families of one architecture load together but usually draw poorly ("cross-base LoRAs almost
/// never work properly"); an unknown family on either side leaves it unknown.
public struct CompatibilityVerdict: Sendable, Equatable {
    /// The grades, best first.
    public enum Grade: String, Sendable, Hashable, CaseIterable {
        /// The LoRA was trained on this very file (`ss_new_sd_model_hash` = its sha256).
        case sameBase
        /// The LoRA's family is the base's.
        case sameFamily
        /// One family was fine-tuned from the other (NoobAI from Illustrious): it loads, and
        /// usually works.
        case relatedFamily
        /// Same architecture, different known families: it loads, and usually draws poorly.
        case sameArchitectureOtherFamily
        /// A family (or an architecture) is unknown on one side.
        case unknown
        /// Different architectures, or modules that miss the base's shapes.
        case doesNotFit
    }

    /// The grade.
    public var grade: Grade
    /// One line: "hero was trained on Pony (…); base is Illustrious (its .civitai.info): same
    /// SDXL shapes, so it loads, but cross-family LoRAs usually draw poorly".
    public var message: String

    /// Grades the LoRA `loraName` (its evidence `lora`) on the base `baseName` (`base`).
    /// - Parameter modulesFit: whether every module of the LoRA fits a layer of the base with
    ///   the right shape (the match report), nil when not checked.
    public init(loraName: String, lora: FamilyEvidence, baseName: String, base: FamilyEvidence, modulesFit: Bool?) {
        let loraArchitecture = lora.effectiveArchitecture
        let baseArchitecture = base.effectiveArchitecture
        let trained =
            lora.family == .unknown
            ? "nothing says what \(loraName) was trained on"
            : "\(loraName) was trained on \(lora.family.displayName) (\(lora.citation))"
        let baseIs =
            base.family == .unknown
            ? "nothing says what the base \(baseName) is"
            : "base is \(base.family.displayName) (\(base.citation))"
        let both = trained + "; " + baseIs + ": "

        if let loraArchitecture, let baseArchitecture, loraArchitecture != baseArchitecture, modulesFit != true {
            grade = .doesNotFit
            message =
                both + "\(loraArchitecture.rawValue) and \(baseArchitecture.rawValue) shapes differ, so it does not fit"
        } else if modulesFit == false {
            grade = .doesNotFit
            message = both + "its modules do not fit the base's shapes"
        } else if let training = lora.trainingBaseSHA256, training == base.fileSHA256 {
            grade = .sameBase
            message = "\(loraName) was trained on \(baseName) itself (ss_new_sd_model_hash = its sha256)"
        } else if lora.family.isKnownFamily && base.family.isKnownFamily {
            if lora.family == base.family {
                grade = .sameFamily
                message = both + "same family"
            } else if lora.family.isRelated(to: base.family) {
                grade = .relatedFamily
                let (child, parent) =
                    lora.family.parent == base.family ? (lora.family, base.family) : (base.family, lora.family)
                message =
                    both
                    + "\(child.displayName) was fine-tuned from \(parent.displayName), so LoRAs of one usually work on the other"
            } else {
                grade = .sameArchitectureOtherFamily
                let shapes =
                    (loraArchitecture ?? baseArchitecture).map { "same \($0.rawValue) shapes" } ?? "same shapes"
                message = both + shapes + ", so it loads, but cross-family LoRAs usually draw poorly"
            }
        } else {
            grade = .unknown
            if let loraArchitecture, loraArchitecture == baseArchitecture {
                message =
                    both + "same \(loraArchitecture.rawValue) shapes, so it loads; how well it draws cannot be told"
            } else {
                message = both + "whether it fits cannot be told"
            }
        }
    }
}
