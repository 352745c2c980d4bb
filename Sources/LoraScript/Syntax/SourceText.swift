/// The text of one script or REPL input, kept so diagnostics can quote the offending line.
public struct SourceText: Sendable {
    /// Name shown in diagnostics (`tour.lsh`, `<command>`, `<stdin>`).
    public let name: String
    /// The whole text.
    public let text: String
    /// Line number of the text's first line (the REPL numbers its inputs continuously).
    public let firstLine: Int

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// The source line with the given (absolute) line number, without its newline.
    public func line(_ number: Int) -> String? {
        let index = number - firstLine
        guard index >= 0 else { return nil }
        var current = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == index { return String(line) }
            current += 1
        }
        return nil
    }
}
