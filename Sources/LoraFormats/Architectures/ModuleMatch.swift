/// How one LoRA module relates to a base model.
public struct ModuleMatch: Sendable {
    /// The outcome.
    public enum Status: Sendable, Equatable {
        /// The module patches `baseKey` (rows `rows` of a fused tensor, or all of it); shapes agree.
        case matched(baseKey: String, rows: Range<Int>?)
        /// No tensor of the base corresponds to the module.
        case missing(reason: String)
        /// The tensor exists but its shape differs from the module's delta.
        case shapeMismatch(baseKey: String, expected: [Int], found: [Int])
        /// The LoRA was made for another architecture.
        case otherArchitecture(lora: Architecture, base: Architecture)
    }

    /// The module's target.
    public let target: ModuleTarget
    /// The module's name in its file.
    public let sourceName: String
    /// The outcome.
    public let status: Status

    public init(target: ModuleTarget, sourceName: String, status: Status) {
        self.target = target
        self.sourceName = sourceName
        self.status = status
    }

    /// Whether it matched.
    public var isMatched: Bool { if case .matched = status { return true }; return false }

    /// One line: "lora_unet_… → model.diffusion_model.… rows 0–1279" or the reason.
    public var summary: String {
        switch status {
        case .matched(let key, let rows):
            return "\(sourceName) → \(key)" + (rows.map { " rows \($0.lowerBound)–\($0.upperBound - 1)" } ?? "")
        case .missing(let reason): return "\(sourceName): missing (\(reason))"
        case .shapeMismatch(let key, let expected, let found):
            return "\(sourceName): shape mismatch on \(key): LoRA delta \(expected), base \(found)"
        case .otherArchitecture(let l, let b):
            return "\(sourceName): other architecture (LoRA \(l.rawValue), base \(b.rawValue))"
        }
    }
}
