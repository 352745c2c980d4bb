/// What can go wrong with the library index or a library request; each names the database or
/// file and says what to do.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer lorash (its schema version is above ours).
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file is not an SQLite database, or is damaged.
    case corrupt(path: String, detail: String)
    /// Another process holds the write lock longer than the wait allows.
    case locked(path: String)
    /// The database (or its folder) cannot be written.
    case readOnly(path: String)
    /// The disk is full.
    case diskFull(path: String)
    /// Any other SQLite failure.
    case sql(path: String, message: String)
    /// A folder given to `library add` is missing or not a folder.
    case notAFolder(path: String)
    /// A name that is in no folder of the library.
    case unknownName(String, suggestions: [String])
    /// A name that several files share.
    case ambiguousName(String, candidates: [String])
    /// A request that needs something the library does not have yet.
    case request(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the library \(path): \(reason); set LORASH_LIBRARY to a file in a folder you can write"
        case .newerSchema(let path, let found, let supported):
            return
                "the library \(path) was written by a newer lorash (schema \(found), this one knows up to \(supported)); update lorash, or set LORASH_LIBRARY to another file"
        case .corrupt(let path, let detail):
            return
                "the library \(path) is damaged or not a library (\(detail)); move it aside, then `library add` your folders and `library scan` to rebuild it (bookmarks, tags and notes lived in it)"
        case .locked(let path):
            return "the library \(path) is busy (another lorash is writing it); try again when it has finished"
        case .readOnly(let path):
            return "the library \(path) cannot be written (read-only file or folder); reading works, changes do not"
        case .diskFull(let path):
            return "the disk holding the library \(path) is full; nothing was changed"
        case .sql(let path, let message):
            return "the library \(path): \(message)"
        case .notAFolder(let path):
            return "\(path) is not a folder; give the folder that holds your LoRAs (e.g. models/Lora)"
        case .unknownName(let name, let suggestions):
            return "no LoRA or checkpoint named '\(name)' in the library"
                + (suggestions.isEmpty
                    ? "; run `find \(name)`" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .ambiguousName(let name, let candidates):
            return "'\(name)' names \(candidates.count) files in the library: "
                + candidates.prefix(8).joined(separator: ", ") + (candidates.count > 8 ? ", …" : "")
                + "; give the path"
        case .request(let text):
            return text
        }
    }
}
