import LoraKit

/// Where command output goes, and what it can show. The shell writes to its standard output
/// and asks the terminal; tests capture the lines. Nothing in the language asks the terminal
/// itself: its width, height and colours come through here.
public protocol OutputSink: ProgressSink {
    /// Writes one line (a newline is added).
    func write(_ line: String)
    /// Whether output reaches a terminal (for previews and progress).
    var isTerminal: Bool { get }
    /// The terminal's width in columns, when known.
    var columns: Int? { get }
    /// The terminal's height in rows, when known.
    var rows: Int? { get }
    /// Whether the terminal draws 24-bit colours and moves the cursor (not `TERM=dumb`).
    var drawsColour: Bool { get }
    /// Shows a transient progress line (replaced by the next one); only on a terminal.
    func progress(_ text: String)
    /// Clears the progress line.
    func endProgress()
}

extension OutputSink {
    public var columns: Int? { nil }
    public var rows: Int? { nil }
    public var drawsColour: Bool { false }
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
