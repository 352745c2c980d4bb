import Foundation
import LoraEngine
import LoraFormats

/// Where the REPL keeps its history, and how multi-line statements are stored in it.
public enum HistoryFile {
    /// The most entries kept.
    public static let capacity = 1000

    /// `$LORASH_HISTORY`, else `$XDG_STATE_HOME/lorash/history`, else `~/.lorash_history`.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["LORASH_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return FilePaths.joined(state, "lorash/history")
        }
        // An empty HOME would put the file in the current folder.
        let home =
            environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? getpwuid(getuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/"
        return FilePaths.joined(home, ".lorash_history")
    }

    /// One history entry for a statement typed over several lines: continuation backslashes
    /// are joined with a space and other line breaks become `; ` (a space inside parentheses),
    /// so recalling it gives one editable line. Lines with comments, and strings that span
    /// lines, keep their line breaks (a `;` would be commented out, or become text).
    public static func entry(for lines: [String]) -> String {
        if lines.count == 1 { return lines[0] }
        if lines.contains(where: { $0.contains("#") }) { return lines.joined(separator: "\n") }
        // A string left open at a line break holds that break: keep the lines as typed.
        var quote: Character? = nil
        var openParentheses = 0
        for line in lines.dropLast() {
            _ = scan(line, quote: &quote)
            if quote != nil { return lines.joined(separator: "\n") }
        }
        var entry = ""
        var continues = false
        for (index, line) in lines.enumerated() {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if index > 0 && !entry.isEmpty {
                let opensGroup = ["{", "[", "(", ","].contains { entry.hasSuffix($0) }
                // Inside ( … ) a line break is only a space: `;` would end the statement there.
                entry += continues || opensGroup || openParentheses > 0 ? " " : "; "
            }
            continues = trimmed.hasSuffix("\\")
            if continues { trimmed = String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) }
            entry += trimmed
            var lineQuote: Character? = nil
            openParentheses += scan(trimmed, quote: &lineQuote)
        }
        return entry
    }

    /// Opened minus closed parentheses outside strings in `line`, starting inside the string
    /// `quote` opened (nil: outside any) and leaving there the one still open at the end.
    /// `\\` escapes only inside "…".
    static func scan(_ line: String, quote: inout Character?) -> Int {
        var balance = 0
        var escaped = false
        for character in line {
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "(" {
                balance += 1
            } else if character == ")" {
                balance -= 1
            }
        }
        return balance
    }
}
