import Foundation

/// Where the REPL keeps its history, and how multi-line statements are stored in it.
public enum HistoryFile {
    /// The most entries kept.
    public static let capacity = 1000

    /// `$LORASH_HISTORY`, else `$XDG_STATE_HOME/lorash/history`, else `~/.lorash_history`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["LORASH_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return (state as NSString).appendingPathComponent("lorash/history")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".lorash_history")
    }

    /// One history entry for a statement typed over several lines: continuation backslashes
    /// are joined with a space and other line breaks become `; `, so recalling it gives one
    /// editable line. Lines with comments keep their line breaks (a `;` would be commented out).
    public static func entry(for lines: [String]) -> String {
        if lines.count == 1 { return lines[0] }
        if lines.contains(where: { $0.contains("#") }) { return lines.joined(separator: "\n") }
        var entry = ""
        var continues = false
        for (index, line) in lines.enumerated() {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if index > 0 && !entry.isEmpty {
                let opensGroup = ["{", "[", "(", ","].contains { entry.hasSuffix($0) }
                entry += continues || opensGroup ? " " : "; "
            }
            continues = trimmed.hasSuffix("\\")
            if continues { trimmed = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) }
            entry += trimmed
        }
        return entry
    }
}
