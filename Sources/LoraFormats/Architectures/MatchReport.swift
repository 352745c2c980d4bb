/// The result of `ModuleMatcher.check`: one `ModuleMatch` per LoRA module and the verdict.
public struct MatchReport: Sendable {
    /// One entry per LoRA module, in module order.
    public let matches: [ModuleMatch]
    /// The LoRA's architecture.
    public let loraArchitecture: ArchitectureReport
    /// The base's architecture.
    public let baseArchitecture: ArchitectureReport

    public init(matches: [ModuleMatch], loraArchitecture: ArchitectureReport, baseArchitecture: ArchitectureReport) {
        self.matches = matches
        self.loraArchitecture = loraArchitecture
        self.baseArchitecture = baseArchitecture
    }

    /// Modules that matched.
    public var matchedCount: Int { matches.filter(\.isMatched).count }
    /// Modules that did not.
    public var unmatched: [ModuleMatch] { matches.filter { !$0.isMatched } }

    /// Why stacking/merging this LoRA onto the base must be refused (without `force=true`), or nil.
    public var refusal: String? {
        let l = loraArchitecture.architecture
        let b = baseArchitecture.architecture
        if l != .generic && b != .generic && l != b {
            return "the LoRA is for \(l.rawValue) but the base is \(b.rawValue)"
        }
        if matchedCount == 0 && !matches.isEmpty { return "no module of the LoRA matches a tensor of the base" }
        return nil
    }

    /// "312 of 320 modules match; 8 missing, 0 shape mismatches, 0 other architecture".
    public var countLine: String {
        var missing = 0, shape = 0, other = 0
        for m in matches {
            switch m.status {
            case .matched: break
            case .missing: missing += 1
            case .shapeMismatch: shape += 1
            case .otherArchitecture: other += 1
            }
        }
        return
            "\(matchedCount) of \(matches.count) modules match; \(missing) missing, \(shape) shape mismatch\(shape == 1 ? "" : "es"), \(other) other architecture"
    }
}
