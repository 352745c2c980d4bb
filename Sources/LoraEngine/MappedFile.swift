#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file mapped read-only into memory. Pages are read from disk only when touched, so opening
/// a multi-GB checkpoint costs nothing until its tensors are used.
///
/// Why the engine knows of files at all: a `Tensor`'s storage may be a zero-copy view of a
/// mapped file (`TensorStorage`), and the storage must keep the mapping alive and release its
/// pages after a pass (`releaseMappedPages`). This type only maps and unmaps bytes; reading
/// formats (safetensors headers, names, paths) is LoraFormats' business.
public final class MappedFile: @unchecked Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The mapped bytes (nil for an empty file).
    public let bytes: UnsafeRawPointer?
    /// File size in bytes.
    public let size: Int
    /// Device and inode of the mapped file (to recognise it when the path is opened again).
    private var identity: (device: UInt64, inode: UInt64) = (0, 0)
    /// Modification time when mapped (seconds, nanoseconds part).
    private var modification: (seconds: Int, nanoseconds: Int) = (0, 0)

    /// Device, inode, size and modification time of the file when it was mapped: what tells a
    /// later rewrite in place (which would change the mapped bytes, or end the process with
    /// SIGBUS where the file shrank) from a replacement by rename (harmless: the map keeps the
    /// old file).
    public var mappedState:
        (device: UInt64, inode: UInt64, size: Int, modificationSeconds: Int, modificationNanoseconds: Int)
    {
        (identity.device, identity.inode, size, modification.seconds, modification.nanoseconds)
    }

    /// Why a file could not be mapped.
    public enum MapError: Error, Equatable, CustomStringConvertible {
        /// `open` failed (missing file, no permission); carries `errno`'s text.
        case cannotOpen(path: String, reason: String)
        /// The path names a directory.
        case isDirectory(path: String)
        /// `mmap` failed.
        case cannotMap(path: String, reason: String)
        /// The path names a device, pipe or socket: it has no fixed bytes to map.
        case notRegularFile(path: String)

        public var description: String {
            switch self {
            case .cannotOpen(let path, let reason): return "cannot open '\(path)': \(reason)"
            case .isDirectory(let path): return "'\(path)' is a directory, not a file"
            case .cannotMap(let path, let reason): return "cannot map '\(path)': \(reason)"
            case .notRegularFile(let path):
                return "'\(path)' is not a regular file (a device, pipe or socket); save it to a file first"
            }
        }
    }

    /// Maps the file at `path` read-only.
    /// - Throws: `MapError` naming the path.
    public init(path: String) throws {
        self.path = path
        // O_NONBLOCK: opening a pipe with no writer would otherwise wait forever; it has no
        // effect on the reads of a regular file (which is all that is mapped).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw MapError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 {
            throw MapError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw MapError.isDirectory(path: path) }
        if (info.st_mode & S_IFMT) != S_IFREG { throw MapError.notRegularFile(path: path) }
        size = Int(info.st_size)
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
        #if canImport(Darwin)
            modification = (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
            modification = (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
        if size == 0 {
            bytes = nil
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        if address == MAP_FAILED || address == nil {
            throw MapError.cannotMap(path: path, reason: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawPointer(address!)
    }

    deinit {
        if let bytes { munmap(UnsafeMutableRawPointer(mutating: bytes), size) }
    }

    /// A new read-only descriptor for the mapped file (for in-kernel copies), or nil when the
    /// path cannot be opened or now names another file (replaced since it was mapped). The
    /// caller closes it.
    public func openDescriptor() -> Int32? {
        // O_NONBLOCK: opening a pipe with no writer would otherwise wait forever; it has no
        // effect on the reads of a regular file (which is all that is mapped).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { return nil }
        var info = stat()
        if fstat(fd, &info) != 0 || UInt64(info.st_dev) != identity.device || UInt64(info.st_ino) != identity.inode
            || Int(info.st_size) != size
        {
            close(fd)
            return nil
        }
        return fd
    }

    /// How a range of the file will be read, for the kernel's read-ahead.
    public enum AccessPattern: Sendable {
        /// The default: a page fault reads the pages around it too (`MADV_NORMAL`).
        case normal
        /// Scattered reads: a page fault reads only its own page (`MADV_RANDOM`). Without it,
        /// touching a few elements of a large file reads the read-ahead window around each one
        /// (8 MB per fault where the device's `read_ahead_kb` is 8192).
        case random
    }

    /// Tells the kernel how the pages of `offset ..< offset + count` will be read (the range is
    /// widened to whole pages).
    public func advise(_ pattern: AccessPattern, offset: Int, count: Int) {
        guard let bytes, count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = offset / page * page
        let end = min(size, offset + count)
        if end > start {
            let advice = pattern == .random ? MADV_RANDOM : MADV_NORMAL
            madvise(UnsafeMutableRawPointer(mutating: bytes + start), end - start, Int32(advice))
        }
    }

    /// Tells the kernel the pages in `range` will not be needed soon (bounded-memory streaming).
    public func dropPages(offset: Int, count: Int) {
        guard let bytes, count > 0 else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = offset / page * page
        let end = min(size, offset + count)
        if end > start {
            madvise(UnsafeMutableRawPointer(mutating: bytes + start), end - start, Int32(MADV_DONTNEED))
        }
    }
}
