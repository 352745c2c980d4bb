/// Where command output goes. The shell writes to stdout; tests capture it.
public protocol OutputSink: AnyObject {
    /// Writes one line (a newline is added).
    func write(_ line: String)
    /// Whether output reaches a terminal (for previews and progress).
    var isTerminal: Bool { get }
    /// Shows a transient progress line (replaced by the next one); only on a terminal.
    func progress(_ text: String)
    /// Clears the progress line.
    func endProgress()
}

extension OutputSink {
    public func progress(_ text: String) {}
    public func endProgress() {}
}

/// An `OutputSink` that keeps the lines, for tests and for capturing.
public final class CapturedOutput: OutputSink {
    public private(set) var lines: [String] = []
    public let isTerminal = false
    public init() {}
    public func write(_ line: String) { lines.append(line) }
    /// Everything written, one line each.
    public var text: String { lines.map { $0 + "\n" }.joined() }
}
