/// What reading one line gave.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at the prompt: the line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of input lines: libedit on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> LineReadResult
    /// Records a complete statement in the history (no-op where there is none).
    func addHistory(_ entry: String)
}

/// Reads lines from standard input with no editing, prompts or history (pipes and files).
public final class PlainLineReader: LineReader {
    public init() {}
    public func readLine(prompt: String) -> LineReadResult {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }
    public func addHistory(_ entry: String) {}
}
