import CTempFiles

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a small text file atomically (temporary file in the same folder, then rename), with
/// the same refusals as `SafetensorsWriter` (existing output, output is an input).
struct AtomicTextFile {
    let path: String
    let overwrite: Bool
    let inputs: [String]

    init(path: String, overwrite: Bool, inputs: [String]) throws(SafetensorsError) {
        self.path = path
        self.overwrite = overwrite
        self.inputs = inputs
        try SafetensorsWriter.checkTarget(path, overwrite: overwrite, inputs: inputs)
    }

    func write(_ text: String) throws(SafetensorsError) {
        TemporaryFiles.removeStale(for: path)
        let temporary = TemporaryFiles.path(for: path)
        let slot = lorash_temp_remember(temporary)  // removed by a fatal signal until renamed
        defer { lorash_temp_forget(slot) }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 { throw .writeFailed(file: path, reason: SafetensorsWriter.reason(errno)) }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = SafetensorsWriter.reason(errno)
                close(fd)
                unlink(temporary)
                throw .writeFailed(file: path, reason: reason)
            }
            done += n
        }
        fsync(fd)
        close(fd)
        do { try SafetensorsWriter.checkTarget(path, overwrite: overwrite, inputs: inputs) } catch {
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let reason = SafetensorsWriter.reason(errno)
            unlink(temporary)
            throw .writeFailed(file: path, reason: reason)
        }
    }
}
