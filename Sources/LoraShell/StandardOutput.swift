import LoraScript

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Command output to the process's standard output, flushed per line so it interleaves
/// correctly with errors on standard error.
public final class StandardOutput: OutputSink {
    public let isTerminal: Bool
    /// Progress lines redraw in place with a carriage return and "erase line", which a
    /// terminal without cursor control (TERM=dumb) shows as text: there they are left out.
    private let redrawsProgress: Bool
    public init() {
        isTerminal = Terminal.outputIsTerminal
        redrawsProgress = isTerminal && Terminal.drawsColour
    }

    public var columns: Int? { isTerminal ? Terminal.columns : nil }
    public var rows: Int? { isTerminal ? Terminal.rows : nil }
    public var drawsColour: Bool { Terminal.drawsColour }

    public func progress(_ text: String) {
        guard redrawsProgress else { return }
        emit("\r\u{1B}[K" + text)
    }

    public func endProgress() {
        guard redrawsProgress else { return }
        emit("\r\u{1B}[K")
    }

    public func write(_ line: String) { emit(line + "\n") }

    private func emit(_ string: String) {
        var text = string
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
