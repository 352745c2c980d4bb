import Foundation
import LoraEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What reading one line gave.
public enum LineReadResult: Equatable, Sendable {
    case line(String)
    /// Ctrl-C at the prompt: the line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// Reading failed (an I/O error): the reason.
    case failed(String)
}

/// A source of input lines: libedit on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where the reader shows prompts.
    func readLine(prompt: String) -> LineReadResult
    /// Records a complete statement in the history (no-op where there is none).
    func addHistory(_ entry: String)
}

/// Reads lines from standard input with no editing or history: pipes and files, and terminals
/// that cannot edit (`TERM=dumb`, as in Emacs' shell and some IDE consoles), where it shows the
/// prompt.
///
/// Reads the descriptor itself rather than through `Swift.readLine`: Ctrl-C interrupts the
/// `read` (the SIGINT handler has no `SA_RESTART`), and stdio's stream would then stay in its
/// error state, so every later read failed at once and the shell spun.
public final class PlainLineReader: LineReader {
    private let showsPrompt: Bool
    /// Raised by Ctrl-C: an interrupted `read` with it raised discards the line.
    private let interrupt: CancellationToken
    /// Bytes read and not yet returned start at `start` (a cursor, so a large piped script is
    /// not shifted down once per line).
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// - Parameters:
    ///   - showsPrompt: write the prompt before each line (a terminal without editing).
    ///   - interrupt: the token the shell's SIGINT handler raises.
    public init(showsPrompt: Bool = false, interrupt: CancellationToken = CancellationToken()) {
        self.showsPrompt = showsPrompt
        self.interrupt = interrupt
    }

    public func readLine(prompt: String) -> LineReadResult {
        if showsPrompt {
            FileHandle.standardOutput.write(prompt.data(using: .utf8)!)
        }
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                return .line(line)
            }
            if atEnd {
                guard start < buffer.count else {
                    if showsPrompt { FileHandle.standardOutput.write("\n".data(using: .utf8)!) }
                    // A terminal's Ctrl-D ends one read, not the input: the shell may ask again
                    // (Ctrl-D at `...>` only drops the unfinished statement).
                    if isatty(STDIN_FILENO) == 1 { atEnd = false }
                    return .endOfInput
                }
                defer { buffer = []; start = 0 }
                return .line(String(decoding: buffer[start...], as: UTF8.self))
            }
            // Drop what was returned before reading more.
            if start > 0 {
                buffer.removeSubrange(..<start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                atEnd = true
            } else if errno == EINTR {
                guard interrupt.isCancelled else { continue }
                // Ctrl-C: the terminal has dropped the typed line; so does the shell.
                interrupt.reset()
                buffer = []
                start = 0
                if showsPrompt { FileHandle.standardOutput.write("\n".data(using: .utf8)!) }
                return .interrupted
            } else {
                return .failed("cannot read standard input: \(String(cString: strerror(errno)))")
            }
        }
    }

    public func addHistory(_ entry: String) {}
}
