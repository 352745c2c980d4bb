/// Why a picture could not be written.
public enum OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The target exists and overwriting was not asked for.
    case exists(path: String)
    /// The folder that should hold the target does not exist.
    case folderMissing(path: String, folder: String)
    /// The target exists and is not a regular file (a folder, device, pipe or socket).
    case notRegularFile(path: String)
    /// The operating system refused to create, write or rename the file.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path):
            return "\(path): already exists; add overwrite=true to replace it, or choose another name"
        case .folderMissing(let path, let folder):
            return "\(path): folder \(folder) does not exist; create it first"
        case .notRegularFile(let path):
            return "\(path): is not a regular file (a folder, device, pipe or socket); write to a file"
        case .writeFailed(let path, let reason):
            // The reason says what to do (SafetensorsWriter.reason): the same words as a bake's.
            return "\(path): cannot write: \(reason)"
        }
    }
}
