/// One error (or note) about a script, with the place it refers to.
///
/// Diagnostics are values: the lexer, parser and interpreter return or throw them, and the
/// shell decides how to print them. The printed form is
/// `file:line:col: error: message`, then the source line and a caret under the column,
/// then `did you mean …?` when a near miss was found.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious the diagnostic is.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    /// What went wrong and, where possible, what to do about it.
    public var message: String
    /// Where it went wrong; nil for errors with no place (a failed `source` of a missing file is
    /// reported at the `source` command, so this is rare).
    public var location: SourceLocation?
    /// The quoted source line, filled in by whoever knows the source text.
    public var sourceLine: String?
    /// A close match for a misspelt command, option or name.
    public var suggestion: String?

    /// An error.
    public init(_ message: String, at location: SourceLocation?, suggestion: String? = nil) {
        self.init(severity: .error, message, at: location, suggestion: suggestion)
    }

    public init(
        severity: Severity, _ message: String, at location: SourceLocation?,
        sourceLine: String? = nil, suggestion: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
        self.suggestion = suggestion
    }

    /// The first line: `file:line:col: error: message`.
    public var headline: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// The full printed form (headline, source line, caret, suggestion), without colour.
    public var description: String { rendered(color: false) }

    /// The full printed form; `color` adds ANSI bold/red to the headline and caret.
    public func rendered(color: Bool) -> String {
        var lines: [String] = []
        if color {
            let prefix = location.map { "\u{1B}[1m\($0):\u{1B}[0m " } ?? ""
            let tint = severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;36m"
            lines.append("\(prefix)\(tint)\(severity.rawValue):\u{1B}[0m \u{1B}[1m\(message)\u{1B}[0m")
        } else {
            lines.append(headline)
        }
        if let sourceLine, let location {
            lines.append(sourceLine)
            let pad = String(sourceLine.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
            lines.append(pad + (color ? "\u{1B}[1;32m^\u{1B}[0m" : "^"))
        }
        if let suggestion { lines.append("did you mean '\(suggestion)'?") }
        return lines.joined(separator: "\n")
    }
}
