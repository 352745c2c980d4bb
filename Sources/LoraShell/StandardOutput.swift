#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoraScript

/// Command output to the process's standard output, flushed per line so it interleaves
/// correctly with errors on standard error.
public final class StandardOutput: OutputSink {
    public let isTerminal: Bool
    public init() { isTerminal = Terminal.outputIsTerminal }

    public func write(_ line: String) {
        var text = line + "\n"
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
