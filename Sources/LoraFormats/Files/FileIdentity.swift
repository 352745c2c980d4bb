import LoraEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's device, inode, size and modification time, from `stat`.
///
/// Two paths name the same file when device and inode agree (used to refuse writing over an
/// input); size and mtime tell whether a cached hash is still valid.
public struct FileIdentity: Sendable, Hashable {
    /// `st_dev`.
    public let device: UInt64
    /// `st_ino`.
    public let inode: UInt64
    /// Size in bytes.
    public let size: Int
    /// Modification time, whole seconds.
    public let modificationSeconds: Int
    /// Modification time, nanoseconds part.
    public let modificationNanoseconds: Int
    /// Whether the path is a directory.
    public let isDirectory: Bool
    /// Whether the path is a regular file (not a directory, device, pipe or socket).
    public let isRegularFile: Bool

    /// A regular file's identity from its parts.
    public init(device: UInt64, inode: UInt64, size: Int, modificationSeconds: Int, modificationNanoseconds: Int) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modificationSeconds = modificationSeconds
        self.modificationNanoseconds = modificationNanoseconds
        isDirectory = false
        isRegularFile = true
    }

    /// Stats `path` (following symlinks).
    /// - Throws: `SafetensorsError.cannotOpen` when the path does not exist.
    public init(path: String) throws(SafetensorsError) {
        var info = stat()
        if stat(path, &info) != 0 {
            throw .cannotOpen(file: path, reason: String(cString: strerror(errno)))
        }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        #if canImport(Darwin)
            modificationSeconds = Int(info.st_mtimespec.tv_sec)
            modificationNanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
            modificationSeconds = Int(info.st_mtim.tv_sec)
            modificationNanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        isRegularFile = (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether both describe the same file (device and inode).
    public func sameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }

    /// The identity of `path`, or nil when it does not exist.
    public static func ifExists(_ path: String) -> FileIdentity? { try? FileIdentity(path: path) }
}

/// A file as it was when it was opened, to tell later whether it was rewritten in place.
///
/// Tensors are read lazily from a memory map, so a file truncated or rewritten in place after
/// `load` (a `cp` over it, a download finishing) would be read half old, half new, or end the
/// process with SIGBUS where it shrank. A file replaced by a rename is safe: the map keeps the
/// old one.
public struct FileSnapshot: Sendable, Hashable {
    public let path: String
    public let identity: FileIdentity

    /// The snapshot of `path` now, or nil when it cannot be stat'ed.
    public init?(path: String) {
        guard let identity = FileIdentity.ifExists(path) else { return nil }
        self.path = path
        self.identity = identity
    }

    /// The snapshot of a mapped file as it was when it was mapped.
    public init(mappedFile: MappedFile) {
        let state = mappedFile.mappedState
        path = mappedFile.path
        identity = FileIdentity(
            device: state.device, inode: state.inode, size: state.size, modificationSeconds: state.modificationSeconds,
            modificationNanoseconds: state.modificationNanoseconds)
    }

    /// How the same file (device and inode) differs now, or nil when it does not (or is gone,
    /// or another file took its name).
    public func changeSinceSnapshot() -> String? {
        guard let now = FileIdentity.ifExists(path), now.sameFile(as: identity) else { return nil }
        if now.size != identity.size { return "its size went from \(identity.size) to \(now.size) bytes" }
        if now.modificationSeconds != identity.modificationSeconds
            || now.modificationNanoseconds != identity.modificationNanoseconds
        {
            return "it was modified"
        }
        return nil
    }
}
