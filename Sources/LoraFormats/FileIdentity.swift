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
    }

    /// Whether both describe the same file (device and inode).
    public func sameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }

    /// The identity of `path`, or nil when it does not exist.
    public static func ifExists(_ path: String) -> FileIdentity? { try? FileIdentity(path: path) }
}
