import Foundation
import LoraFormats

/// Which base family a file is for, and every reason, strongest first.
///
/// The levels, strongest first (`EvidenceStrength`):
/// 1. a sha256: the LoRA's `ss_new_sd_model_hash` (kohya's sha256 of the base file it was
///    trained on) equal to a checkpoint in the user's library or a known public base; or the
///    file's own sha256 equal to a known public base;
/// 2. a sidecar's Civitai `baseModel` (Civitai Helper's, then Stability Matrix's);
/// 3. a tag of the user's that names a family (`pony`);
/// 4. names: `ss_sd_model_name` (the training base's name), `modelspec.title`,
///    `ss_output_name`, `modelspec.architecture`, the file name (`FamilyNameHint`);
/// 5. the architecture alone.
///
/// The decision is the strongest reason that names a known family of the file's architecture;
/// within a level, the first in that order. Shapes are never overruled: a reason naming a
/// family of another architecture is kept with the conflict "the shapes are SDXL". With
/// nothing better, SDXL shapes give `otherSDXL` ("SDXL, family unknown") and FLUX.1 shapes
/// FLUX.1 dev. Every reason stays in `reasons`, and one that disagrees with the decision says
/// why it lost ("its .civitai.info says baseModel "Illustrious", but it was trained on Pony by
/// its ss_new_sd_model_hash").
public struct FamilyEvidence: Sendable, Equatable {
    /// The family decided.
    public var family: BaseFamily
    /// The architecture from the shapes, as given.
    public var architecture: Architecture?
    /// Every reason, strongest first (the order of the levels above, then of the sources).
    public var reasons: [FamilyReason]
    /// The index in `reasons` of the one that decided (nil when nothing named the family).
    public var decidingIndex: Int?
    /// `ss_new_sd_model_hash`, lower-cased, when it is a full sha256.
    public var trainingBaseSHA256: String?
    /// The file's own sha256, lower-cased, when the caller gave it.
    public var fileSHA256: String?

    /// Decides the family of the file `clues` describe.
    /// - Parameter libraryCheckpoint: the checkpoint of the user's library whose file has this
    ///   sha256 (lower-case hex), if there is one.
    public init(clues: FamilyClues, libraryCheckpoint: (String) -> LibraryCheckpoint? = { _ in nil }) {
        architecture = clues.architecture
        trainingBaseSHA256 = Self.sha256(clues.metadata["ss_new_sd_model_hash"])
        fileSHA256 = Self.sha256(clues.fileSHA256)
        var found: [FamilyReason] = []
        found += Self.hashReasons(training: trainingBaseSHA256, file: fileSHA256, libraryCheckpoint: libraryCheckpoint)
        found += Self.sidecarReasons(clues.sidecars)
        found += Self.tagReasons(clues.userTags)
        found += Self.nameReasons(clues)
        found.append(Self.architectureReason(clues.architecture))
        for index in found.indices {
            if let shapes = clues.architecture, shapes != .generic, let claimed = found[index].family.architecture,
                claimed != shapes
            {
                found[index].conflict = "the shapes are \(shapes.rawValue)"
            }
        }
        let decider = found.indices.first { found[$0].family.isKnownFamily && found[$0].conflict == nil }
        if let decider {
            let winner = found[decider]
            for index in found.indices where index != decider && found[index].conflict == nil {
                if found[index].family.isKnownFamily && found[index].family != winner.family {
                    found[index].conflict = winner.claim
                }
            }
        }
        reasons = found
        decidingIndex = decider
        family = decider.map { found[$0].family } ?? BaseFamily.implied(by: clues.architecture)
    }

    /// The reason that decided.
    public var decidingReason: FamilyReason? { decidingIndex.map { reasons[$0] } }

    /// The architecture: from the shapes, else the one the family implies.
    public var effectiveArchitecture: Architecture? {
        architecture.flatMap { $0 == .generic ? nil : $0 } ?? family.architecture
    }

    /// Why, in a few words: the deciding reason's citation; "shapes only" when only the
    /// architecture is known; "nothing says" when not even that.
    public var citation: String {
        if let decidingReason { return decidingReason.citation }
        return architecture == nil || architecture == .generic ? "nothing says" : "shapes only"
    }

    /// The family and why, in one line: "Pony (its .civitai.info)".
    public var summary: String { "\(family.displayName) (\(citation))" }

    /// Every reason as a line, strongest first.
    public var lines: [String] { reasons.map(\.line) }

    /// Decides a checkpoint's family from its nearest library checkpoint by weights, when no
    /// stronger evidence named one: the reason goes just above the architecture's.
    /// - Parameters:
    ///   - family: the nearest checkpoint's family (a known one).
    ///   - nearest: its file name; `distance`: the relative fingerprint distance.
    public mutating func adoptNearest(family: BaseFamily, nearest: String, distance: Double) {
        guard !self.family.isKnownFamily, family.isKnownFamily,
            architecture == nil || architecture == family.architecture
        else { return }
        let percent = String(format: "%.0f%%", distance * 100)
        let reason = FamilyReason(
            family: family, strength: .weights, citation: "weights nearest \(nearest)",
            text: "its weights are nearest \(nearest) (\(family.displayName), \(percent) apart)",
            claim: "its weights are nearest \(nearest)")
        let at = reasons.firstIndex { $0.strength <= .weights } ?? reasons.count
        reasons.insert(reason, at: at)
        decidingIndex = at
        self.family = family
    }

    // MARK: The levels

    static func hashReasons(
        training: String?, file: String?, libraryCheckpoint: (String) -> LibraryCheckpoint?
    ) -> [FamilyReason] {
        var out: [FamilyReason] = []
        if let training {
            let known = KnownBase.lookup(sha256: training)
            let mine = libraryCheckpoint(training)
            let family = known?.family ?? mine?.family ?? .unknown
            let claim = "it was trained on \(family.displayName) by its ss_new_sd_model_hash"
            if let mine {
                let citation = "ss_new_sd_model_hash = sha256 of \(mine.fileName) in your library"
                let detail = known.map { " (\($0.name))" } ?? (family.isKnownFamily ? "" : ", whose family is unknown")
                out.append(
                    FamilyReason(
                        family: family, strength: .hash, citation: citation, text: citation + detail, claim: claim))
            } else if let known {
                let citation = "ss_new_sd_model_hash = sha256 of \(known.name)"
                out.append(
                    FamilyReason(family: family, strength: .hash, citation: citation, text: citation, claim: claim))
            } else {
                out.append(
                    FamilyReason(
                        family: .unknown, strength: .hash, citation: "ss_new_sd_model_hash",
                        text:
                            "ss_new_sd_model_hash \(training.prefix(10))… is no checkpoint of your library or known base",
                        claim: claim))
            }
        }
        if let file, let known = KnownBase.lookup(sha256: file) {
            let citation = "its sha256 is that of \(known.name)"
            out.append(
                FamilyReason(
                    family: known.family, strength: .hash, citation: citation, text: citation,
                    claim: "its sha256 is that of \(known.name)"))
        }
        return out
    }

    /// Lora-Manager's first: its `base_model` is what the user chose in its UI (or Civitai's
    /// when they left it), where the other two are copies of what Civitai says.
    static func sidecarReasons(_ sidecars: SidecarInfo) -> [FamilyReason] {
        [SidecarKind.loraManager, .civitaiHelper, .stabilityMatrix].compactMap { kind in
            guard let value = sidecars.baseModels[kind] else { return nil }
            let family = BaseFamily(civitaiBaseModel: value) ?? .unknown
            let text =
                "\(kind.label) says \(kind == .loraManager ? "base model" : "baseModel") \"\(value)\""
                + (family == .unknown ? ", a base lorash does not know" : "")
            return FamilyReason(
                family: family, strength: .sidecar, citation: kind.label, text: text,
                claim: "\(kind.label) says \(family.displayName)")
        }
    }

    static func tagReasons(_ tags: [String]) -> [FamilyReason] {
        var seen = Set<BaseFamily>()
        return tags.compactMap { tag in
            guard let family = BaseFamily(tag: tag), seen.insert(family).inserted else { return nil }
            return FamilyReason(
                family: family, strength: .userTag, citation: "your tag \(tag)", text: "your tag \(tag)",
                claim: "your tag \(tag) says \(family.displayName)")
        }
    }

    static func nameReasons(_ clues: FamilyClues) -> [FamilyReason] {
        let sources: [(label: String, value: String?, basesToo: Bool)] = [
            ("ss_sd_model_name", clues.metadata["ss_sd_model_name"].map { ($0 as NSString).lastPathComponent }, true),
            ("modelspec.title", clues.metadata["modelspec.title"], false),
            ("ss_output_name", clues.metadata["ss_output_name"], false),
            ("modelspec.architecture", clues.metadata["modelspec.architecture"], false),
            ("its file name", clues.fileName, false),
        ]
        return sources.compactMap { source in
            guard let value = source.value, !value.isEmpty,
                let family = FamilyNameHint.family(in: value, basesToo: source.basesToo)
            else { return nil }
            let citation = source.label == "its file name" ? source.label : "\(source.label) \"\(value)\""
            return FamilyReason(
                family: family, strength: .nameHint, citation: citation,
                text: "\(source.label) \"\(value)\" names \(family.displayName)",
                claim: "\(source.label) names \(family.displayName)")
        }
    }

    static func architectureReason(_ architecture: Architecture?) -> FamilyReason {
        let family = BaseFamily.implied(by: architecture)
        let text: String
        switch architecture {
        case .sd1?: text = "SD1.x shapes: SD 1.5"
        case .sd2?: text = "SD2.x shapes: SD 2.x"
        case .sdxl?:
            text =
                "SDXL shapes: Pony, Illustrious, NoobAI and Animagine share them, so shapes alone cannot tell the family"
        case .flux1?: text = "FLUX.1 shapes: dev, unless something says schnell"
        case .generic?, nil: text = "no known architecture"
        }
        return FamilyReason(
            family: family, strength: .architecture, citation: "shapes only", text: text,
            claim: "its shapes are \(architecture?.rawValue ?? "unknown")")
    }

    /// A full sha256 in lower case, or nil.
    static func sha256(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces).lowercased(), text.count == 64,
            text.allSatisfy({ $0.isHexDigit })
        else { return nil }
        return text
    }
}
