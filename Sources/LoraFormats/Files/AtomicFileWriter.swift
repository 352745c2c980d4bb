import CTempFiles
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole files atomically: readers see the old file or the complete new one, never a part.
///
/// The bytes go to a hidden temporary file in the target's own folder (so the final step stays
/// on one file system), are flushed, and then take the target's name: with `rename(2)` when
/// overwriting is allowed, with `link(2)` otherwise, which fails if the name is taken — so a
/// file that appears between the check and the write is never replaced either.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path`.
    /// - Parameters:
    ///   - bytes: the complete file contents.
    ///   - path: the target file.
    ///   - overwrite: whether an existing file at `path` may be replaced.
    /// - Throws: `OutputFileError.exists` when the target exists and `overwrite` is false,
    ///   `.notRegularFile` when it exists and is not a regular file,
    ///   `.folderMissing` when its folder does not exist, `.writeFailed` for system errors.
    ///   The temporary file is removed on failure.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(OutputFileError) {
        let folder = FilePaths.folder(of: path)
        let folderPath = folder.isEmpty ? "." : folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isFolder), isFolder.boolValue else {
            throw .folderMissing(path: path, folder: folderPath)
        }
        var status = stat()
        if stat(path, &status) == 0 {
            // Renaming over a device or a pipe would replace it (/dev/null) with a regular file.
            if (status.st_mode & S_IFMT) != S_IFREG { throw .notRegularFile(path: path) }
            if !overwrite { throw .exists(path: path) }
        }

        TemporaryFiles.removeStale(for: path)
        let temporary = TemporaryFiles.path(for: path)
        let slot = lorash_temp_remember(temporary)  // removed by a fatal signal until renamed
        defer { lorash_temp_forget(slot) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(path: path, reason: systemMessage()) }
        var written = 0
        let writeError: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return systemMessage()
                }
                written += result
            }
            return fsync(descriptor) == 0 ? nil : systemMessage()
        }
        close(descriptor)
        if let writeError {
            unlink(temporary)
            throw .writeFailed(path: path, reason: writeError)
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let message = systemMessage()
                unlink(temporary)
                throw .writeFailed(path: path, reason: message)
            }
        } else {
            let linked = link(temporary, path)
            let linkErrno = errno
            unlink(temporary)
            if linked != 0 {
                if linkErrno == EEXIST { throw .exists(path: path) }
                throw .writeFailed(path: path, reason: SafetensorsWriter.reason(linkErrno))
            }
        }
    }

    private static func systemMessage() -> String { SafetensorsWriter.reason(errno) }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(descriptor, bytes, count)
        #else
            return Darwin.write(descriptor, bytes, count)
        #endif
    }
}
