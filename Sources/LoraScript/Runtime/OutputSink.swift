/// Where command output goes. The shell writes to stdout; tests capture it.
public protocol OutputSink: AnyObject {
    /// Writes one line (a newline is added).
    func write(_ line: String)
    /// Whether output reaches a terminal (for previews and progress).
    var isTerminal: Bool { get }
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
