import Foundation
import LoraEngine
import LoraFormats

/// The user's LoRA library: an SQLite index of the folders they keep models in, what each file
/// is, which base family it belongs to and why, and their own bookmarks, tags, notes and
/// ratings.
///
/// One `Library` is one connection to the index file (WAL, so another lorash can read while
/// this one scans). Every write runs in a transaction; user data lives in its own table and
/// survives rescans, moved files (found again by sha256) and migrations. Files are never
/// modified: the library reads headers, metadata and sidecars, and the tensors only for a
/// checkpoint's small fingerprint.
public final class Library {
    /// The index file.
    public var path: String { database.path }
    let database: SQLiteDatabase

    /// Where the index lives: `$LORASH_LIBRARY`, else `$XDG_DATA_HOME/lorash/library.db`, else
    /// `~/.local/share/lorash/library.db`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["LORASH_LIBRARY"], !path.isEmpty { return path }
        let data =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return data + "/lorash/library.db"
    }

    /// Opens the index at `path`, creating it (and its folder) when missing and bringing an
    /// older schema up to date. A file this process cannot write (or `readOnly`) is opened for
    /// reading: searches work, changes fail with `.readOnly`.
    /// - Throws: `LibraryError` naming the file: a newer schema, a damaged file, a folder that
    ///   cannot be written.
    public init(path: String = Library.defaultPath(), create: Bool = true, readOnly: Bool = false)
        throws(LibraryError)
    {
        let exists = FileManager.default.fileExists(atPath: path)
        let folderPath = (path as NSString).deletingLastPathComponent
        let readOnly =
            readOnly
            || (exists && (access(path, W_OK) != 0 || access(folderPath.isEmpty ? "." : folderPath, W_OK) != 0))
        let folder = (path as NSString).deletingLastPathComponent
        if create, !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
            }
        }
        if (!create || readOnly) && !exists {
            throw .cannotOpen(path: path, reason: "there is no library yet; `library add DIR` makes one")
        }
        database = try SQLiteDatabase(path: path, create: create, readOnly: readOnly)
        try database.execute("PRAGMA foreign_keys = ON")
        // 16 MB of pages kept between queries (SQLite's default is 2 MB): a session's searches
        // then read the index's pages once.
        try database.execute("PRAGMA cache_size = -16384")
        if readOnly {
            let found = try database.userVersion
            if found > LibrarySchema.current {
                throw .newerSchema(path: path, found: found, supported: LibrarySchema.current)
            }
            if found < LibrarySchema.current { throw .readOnly(path: path) }
        } else {
            // A newer library is refused before anything is written to it: switching it to WAL
            // would change its header bytes (found by the bad-input catalogue).
            let found = try database.userVersion
            if found > LibrarySchema.current {
                throw .newerSchema(path: path, found: found, supported: LibrarySchema.current)
            }
            // WAL lets readers work while a scan writes.
            try database.execute("PRAGMA journal_mode = WAL")
            try LibrarySchema.migrate(database)
        }
    }

    // MARK: Folders

    /// A registered folder.
    public struct Folder: Sendable, Equatable {
        public var path: String
        public var scannedAt: Date?
    }

    /// Registers folders (absolute, symlinks kept as given); folders already there are skipped.
    /// - Returns: the folders that were new.
    /// - Throws: `LibraryError.notAFolder` for a path that is not a folder (nothing is added).
    @discardableResult
    public func add(folders: [String]) throws(LibraryError) -> [String] {
        var absolute: [String] = []
        for folder in folders {
            let path = Self.absolute(folder)
            guard FileManager.default.isDirectoryPath(path) else { throw .notAFolder(path: folder) }
            absolute.append(path)
        }
        return try database.transaction { () throws(LibraryError) in
            var added: [String] = []
            for path in absolute {
                try database.run(
                    "INSERT OR IGNORE INTO folders (path, added_at) VALUES (?, ?)",
                    [.text(path), .real(Date().timeIntervalSince1970)])
                if database.changes > 0 { added.append(path) }
            }
            return added
        }
    }

    /// Unregisters a folder and forgets its files (user data is kept, by path and sha256).
    /// - Returns: the number of files forgotten, nil when the folder was not registered. Files
    ///   a registered folder around it indexed stay.
    @discardableResult
    public func remove(folder: String) throws(LibraryError) -> Int? {
        let path = Self.absolute(folder)
        return try database.transaction { () throws(LibraryError) -> Int? in
            guard try !database.rows("SELECT id FROM folders WHERE path = ?", [.text(path)]).isEmpty else { return nil }
            try database.run(
                "DELETE FROM search WHERE rowid IN (SELECT files.id FROM files JOIN folders ON folders.id = folder_id WHERE folders.path = ?)",
                [.text(path)])
            try database.run(
                "DELETE FROM files WHERE folder_id IN (SELECT id FROM folders WHERE path = ?)", [.text(path)])
            let files = database.changes
            try database.run("DELETE FROM folders WHERE path = ?", [.text(path)])
            return files
        }
    }

    /// The registered folders, in the order they were added.
    public func folders() throws(LibraryError) -> [Folder] {
        try database.rows("SELECT path, scanned_at FROM folders ORDER BY id").map {
            Folder(path: $0.text(0) ?? "", scannedAt: $0.double(1).map(Date.init(timeIntervalSince1970:)))
        }
    }

    // MARK: Overview

    /// What `library` prints: folders, counts by kind and family, the last scan.
    public struct Overview: Sendable, Equatable {
        public var folders: [Folder]
        public var files: Int
        public var byKind: [(String, Int)]
        public var byFamily: [(String, Int)]
        public var hashed: Int
        public var lastScan: Date?

        public static func == (a: Overview, b: Overview) -> Bool {
            a.folders == b.folders && a.files == b.files && a.byKind.map(\.0) == b.byKind.map(\.0)
                && a.byKind.map(\.1) == b.byKind.map(\.1) && a.byFamily.map(\.0) == b.byFamily.map(\.0)
                && a.byFamily.map(\.1) == b.byFamily.map(\.1) && a.hashed == b.hashed && a.lastScan == b.lastScan
        }
    }

    /// Folders, counts by kind and family (largest first), files hashed, the last scan.
    public func overview() throws(LibraryError) -> Overview {
        let folders = try folders()
        let count = try database.rows("SELECT count(*), count(sha256) FROM files").first
        let kinds = try database.rows("SELECT kind, count(*) FROM files GROUP BY kind ORDER BY count(*) DESC, kind")
        let families = try database.rows(
            "SELECT coalesce(family, 'unknown'), count(*) FROM files GROUP BY 1 ORDER BY count(*) DESC, 1")
        return Overview(
            folders: folders, files: count?.int(0) ?? 0,
            byKind: kinds.map { ($0.text(0) ?? "", $0.int(1) ?? 0) },
            byFamily: families.map {
                (($0.text(0)).flatMap(BaseFamily.init(rawValue:))?.displayName ?? "unknown", $0.int(1) ?? 0)
            }, hashed: count?.int(1) ?? 0,
            lastScan: folders.compactMap(\.scannedAt).max())
    }

    public static func absolute(_ path: String) -> String {
        var p = (path as NSString).expandingTildeInPath
        if !p.hasPrefix("/") { p = FileManager.default.currentDirectoryPath + "/" + p }
        p = (p as NSString).standardizingPath
        return p
    }
}
