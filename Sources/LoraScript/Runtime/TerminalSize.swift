#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What the terminal on standard output can show, asked each time (the window may have been
/// resized since).
public enum TerminalSize {
    /// The terminal's width in columns: the window size the kernel reports, else `COLUMNS`;
    /// nil when neither is known.
    public static var columns: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
        return nil
    }

    /// Whether the terminal draws colours and cursor moves: not `TERM=dumb` or an empty TERM.
    public static var drawsColour: Bool {
        guard let term = ProcessInfo.processInfo.environment["TERM"] else { return false }
        return !term.isEmpty && term != "dumb"
    }
}
