import LoraFormats

/// The lines `check LORA on BASE` prints for a match report: the verdict first, then the
/// modules that do not match with the same reasons grouped under a count, then the count line.
enum CheckReportLines {
    /// The most lines of reasons shown without `all=true`.
    static let limit = 20

    /// The lines of `report`; with `all`, one line per module, matched ones too.
    static func lines(_ report: MatchReport, all: Bool) -> [String] {
        var lines: [String] = [report.refusal.map { "refused: \($0)" } ?? report.countLine]
        // A base holding only some components says which, before the modules it cannot take.
        let base = report.baseArchitecture
        if let components = base.componentsLine,
            !base.missingComponents.isEmpty || base.architecture == .generic
        {
            lines.append("base " + components)
        }
        if all {
            lines += report.matches.map(\.summary)
        } else {
            var groups: [(reason: String, matches: [ModuleMatch])] = []
            for match in report.unmatched {
                let reason = Self.reason(match.status)
                if let i = groups.firstIndex(where: { $0.reason == reason }) {
                    groups[i].matches.append(match)
                } else {
                    groups.append((reason, [match]))
                }
            }
            var reasons: [String] = groups.map { group in
                guard group.matches.count > 1 else { return group.matches[0].summary }
                let names = group.matches.prefix(3).map(\.sourceName).joined(separator: ", ")
                return "\(group.matches.count) modules \(group.reason): \(names)\(group.matches.count > 3 ? ", …" : "")"
            }
            if reasons.count > limit {
                let more = reasons.count - limit
                reasons = Array(reasons.prefix(limit)) + ["… and \(more) more (all=true lists every module)"]
            }
            lines += reasons
        }
        if report.refusal != nil { lines.append(report.countLine) }
        return lines
    }

    /// What modules with `status` share: the reason without the module's own names, except
    /// the shapes of a mismatch.
    static func reason(_ status: ModuleMatch.Status) -> String {
        switch status {
        case .matched: return "match"
        case .missing(let reason): return "missing (\(reason))"
        case .shapeMismatch(_, let expected, let found):
            return "with a shape mismatch (LoRA delta \(expected), base \(found))"
        case .otherArchitecture(let l, let b): return "of another architecture (LoRA \(l.rawValue), base \(b.rawValue))"
        }
    }
}
