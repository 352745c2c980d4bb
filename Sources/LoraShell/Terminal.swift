import LoraScript

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one seam between lorash and the terminal: TTY checks, window size, colour policy,
/// writes. The language below never asks the terminal: the shell's output sink passes on what
/// it needs (`StandardOutput`).
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
        inputIsTerminal && outputIsTerminal && drawsColour
    }

    /// The terminal's width in columns, asked each time (the window may have been resized):
    /// the window size the kernel reports for standard output, else `COLUMNS`; nil when
    /// neither is known.
    public static var columns: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = environment("COLUMNS"), let value = Int(text), value > 0 { return value }
        return nil
    }

    /// The terminal's height in rows, as `columns` (`LINES` when the kernel does not say).
    public static var rows: Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let text = environment("LINES"), let value = Int(text), value > 0 { return value }
        return nil
    }

    /// Whether the terminal draws colours and cursor moves: not `TERM=dumb` or an empty TERM.
    public static var drawsColour: Bool {
        guard let term = environment("TERM") else { return false }
        return !term.isEmpty && term != "dumb"
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
