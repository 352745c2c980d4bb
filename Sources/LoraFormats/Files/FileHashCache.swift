import Foundation

/// Process-wide cache of file hashes keyed by path, checked against size and mtime.
final class FileHashCache: @unchecked Sendable {
    static let shared = FileHashCache()
    private let lock = NSLock()
    private var entries: [String: (FileIdentity, FileHash)] = [:]

    func lookup(path: String, identity: FileIdentity) -> FileHash? {
        lock.lock()
        defer { lock.unlock() }
        guard let (known, hash) = entries[path], known == identity else { return nil }
        return hash
    }

    func store(path: String, identity: FileIdentity, hash: FileHash) {
        lock.lock()
        entries[path] = (identity, hash)
        lock.unlock()
    }
}
