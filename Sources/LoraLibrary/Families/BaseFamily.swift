import LoraFormats

/// The base model a LoRA was trained for, finer than its `Architecture`.
///
/// Pony, Illustrious, NoobAI and Animagine are SDXL fine-tunes with SDXL's key names and shapes
/// exactly, so a LoRA made for one loads on the others and usually draws poorly there: only
/// metadata, sidecar files and names can tell them apart (`FamilyEvidence`). `otherSDXL` is an
/// SDXL model whose family nothing names; `unknown` is a file whose architecture is not known
/// either (or is one lorash does not model, such as SD 3 or FLUX.2).
public enum BaseFamily: String, Sendable, Hashable, CaseIterable {
    /// Stable Diffusion 1.x (1.4, 1.5 and their fine-tunes share LoRAs).
    case sd15 = "sd15"
    /// Stable Diffusion 2.0 / 2.1 (512 and 768).
    case sd2 = "sd2"
    /// SDXL 1.0 base and its distilled variants (Turbo, Lightning, Hyper, LCM), whose weights
    /// descend from it directly.
    case sdxlBase = "sdxl"
    /// Pony Diffusion V6 XL and models merged or tuned from it.
    case pony = "pony"
    /// Illustrious XL and models tuned from it.
    case illustrious = "illustrious"
    /// NoobAI-XL (tuned from Illustrious, with its own LoRAs).
    case noobAI = "noobai"
    /// Animagine XL (3.x, 4.x).
    case animagine = "animagine"
    /// An SDXL model whose family is not known.
    case otherSDXL = "other-sdxl"
    /// FLUX.1 [dev] and its fine-tunes.
    case flux1Dev = "flux1-dev"
    /// FLUX.1 [schnell].
    case flux1Schnell = "flux1-schnell"
    /// Nothing says which base this is.
    case unknown = "unknown"

    /// The name users know it by ("SD 1.5", "Pony", "FLUX.1 dev").
    public var displayName: String {
        switch self {
        case .sd15: return "SD 1.5"
        case .sd2: return "SD 2.x"
        case .sdxlBase: return "SDXL 1.0"
        case .pony: return "Pony"
        case .illustrious: return "Illustrious"
        case .noobAI: return "NoobAI"
        case .animagine: return "Animagine"
        case .otherSDXL: return "SDXL, family unknown"
        case .flux1Dev: return "FLUX.1 dev"
        case .flux1Schnell: return "FLUX.1 schnell"
        case .unknown: return "unknown"
        }
    }

    /// The architecture every model of this family has (nil for `unknown`).
    public var architecture: Architecture? {
        switch self {
        case .sd15: return .sd1
        case .sd2: return .sd2
        case .sdxlBase, .pony, .illustrious, .noobAI, .animagine, .otherSDXL: return .sdxl
        case .flux1Dev, .flux1Schnell: return .flux1
        case .unknown: return nil
        }
    }

    /// Whether this names a family (not `otherSDXL`, not `unknown`): two files of known,
    /// different families are cross-family; an unknown side makes the verdict unknown.
    public var isKnownFamily: Bool { self != .otherSDXL && self != .unknown }

    /// The family this one was fine-tuned from, where LoRAs of either usually work on the
    /// other: NoobAI-XL from Illustrious XL ("Fine-tuned from:
    /// OnomaAIResearch/Illustrious-xl-early-release-v0", Laxhar/noobai-XL-1.0's model card).
    /// Pony and Animagine were retrained too far from SDXL 1.0 for its LoRAs to carry over.
    public var parent: BaseFamily? { self == .noobAI ? .illustrious : nil }

    /// Whether one of the two families was fine-tuned from the other (`parent`).
    public func isRelated(to other: BaseFamily) -> Bool {
        self != other && (parent == other || other.parent == self)
    }

    /// The family an architecture alone implies: SD 1.x → SD 1.5, SD 2.x → SD 2.x, SDXL → SDXL
    /// of unknown family, FLUX.1 → FLUX.1 dev (the common one; a schnell hint changes it).
    public static func implied(by architecture: Architecture?) -> BaseFamily {
        switch architecture {
        case .sd1: return .sd15
        case .sd2: return .sd2
        case .sdxl: return .otherSDXL
        case .flux1: return .flux1Dev
        case .generic, nil: return .unknown
        }
    }
}
