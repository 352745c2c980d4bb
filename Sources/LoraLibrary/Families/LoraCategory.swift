/// What a LoRA is for, as the library sorts it.
///
/// The rule: the first source that names a category decides, in this order: the user's tags
/// (as given), the sidecar tags (Civitai Helper's, else Stability Matrix's), then the Civitai
/// model type (`Poses` → pose). Within one source, character beats style, style beats pose,
/// pose beats detail, and detail beats the words that name another kind of LoRA (`concept`,
/// `clothing`, `background`, `objects`…, which give `other`). Words: `character`(s) →
/// character; `style`(s), `art style`, `artstyle` → style; `pose`(s), `posing` → pose;
/// `detail`(s), `detailer`, `slider`(s), `enhancer`, `enhancement` → detail. Nothing → other.
public enum LoraCategory: String, Sendable, Hashable, CaseIterable {
    case character
    case style
    case pose
    case detail
    case other

    /// The category of a LoRA from the user's tags, the sidecar tags and the Civitai model type.
    public static func decide(userTags: [String], sidecarTags: [String], civitaiType: String?) -> LoraCategory {
        if let found = strongest(in: userTags) { return found }
        if let found = strongest(in: sidecarTags) { return found }
        if let type = civitaiType, words[normalized(type)] == .pose { return .pose }
        return .other
    }

    /// The category of a LoRA from the user's tags and its sidecars.
    public static func decide(userTags: [String], sidecars: SidecarInfo) -> LoraCategory {
        decide(userTags: userTags, sidecarTags: sidecars.tags ?? [], civitaiType: sidecars.modelType)
    }

    /// The category one tag names, if any (`Character`, `art style`, `sliders`, `concept`).
    public init?(tag: String) {
        guard let category = Self.words[Self.normalized(tag)] else { return nil }
        self = category
    }

    private static func strongest(in tags: [String]) -> LoraCategory? {
        let named = Set(tags.compactMap(LoraCategory.init(tag:)))
        return allCases.first { named.contains($0) }
    }

    private static func normalized(_ tag: String) -> String {
        tag.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "_" || $0 == "-" }).joined(separator: " ")
    }

    private static let words: [String: LoraCategory] = [
        "character": .character, "characters": .character,
        "style": .style, "styles": .style, "art style": .style, "artstyle": .style,
        "pose": .pose, "poses": .pose, "posing": .pose,
        "detail": .detail, "details": .detail, "detailer": .detail, "slider": .detail, "sliders": .detail,
        "enhancer": .detail, "enhancement": .detail,
        "concept": .other, "concepts": .other, "clothing": .other, "background": .other, "objects": .other,
        "object": .other, "vehicle": .other, "buildings": .other, "animal": .other, "tool": .other,
        "other": .other,
    ]
}
