#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoraScript

/// The one seam between lorash and the terminal: TTY checks, colour policy, writes.
public enum Terminal {
    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    /// Whether standard output is a terminal.
    public static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    public static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Environment variable lookup.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Whether line editing may be used: both ends are terminals and TERM is not `dumb`.
    public static var supportsLineEditing: Bool {
        inputIsTerminal && outputIsTerminal && TerminalSize.drawsColour
    }

    /// Colour on a stream: only on a terminal and never when `NO_COLOR` is set (to anything).
    public static func colorEnabled(forErrorStream: Bool) -> Bool {
        if environment("NO_COLOR") != nil { return false }
        if environment("TERM") == "dumb" { return false }
        return forErrorStream ? errorIsTerminal : outputIsTerminal
    }

    /// Writes text to standard error.
    public static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
