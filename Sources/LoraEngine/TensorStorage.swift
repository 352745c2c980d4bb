#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes behind one or more `Tensor` values: either memory this process owns, or a
/// zero-copy window into a memory-mapped file (kept alive by `owner`).
///
/// Storage is never mutated once shared: `Tensor` copies it before a write unless it is the
/// unique owner of an owned buffer (copy-on-write).
public final class TensorStorage: @unchecked Sendable {
    /// Start of the bytes.
    public let baseAddress: UnsafeMutableRawPointer
    /// Number of bytes.
    public let byteCount: Int
    /// Whether this storage owns (and frees) its bytes; `false` for views into a mapped file.
    public let isOwned: Bool
    /// Keeps the backing object (a mapped file) alive for views.
    private let owner: AnyObject?

    /// Allocates `byteCount` zeroed bytes, 64-byte aligned.
    public init(zeroedByteCount byteCount: Int) {
        let size = max(byteCount, 1)
        let (address, isFreshMapping) = Self.allocate(size)
        baseAddress = address
        // A fresh anonymous mapping reads as zeros already; clearing it would only fault in
        // every page before it is used.
        if !isFreshMapping { baseAddress.initializeMemory(as: UInt8.self, repeating: 0, count: size) }
        self.byteCount = byteCount
        isOwned = true
        owner = nil
    }

    /// Allocates `byteCount` uninitialised bytes, 64-byte aligned; the caller fills them.
    public init(uninitializedByteCount byteCount: Int) {
        baseAddress = Self.allocate(byteCount).address
        self.byteCount = byteCount
        isOwned = true
        owner = nil
    }

    /// A read-only view of `byteCount` bytes at `address`, kept alive by `owner`.
    public init(viewOf address: UnsafeRawPointer, byteCount: Int, owner: AnyObject) {
        baseAddress = UnsafeMutableRawPointer(mutating: address)
        self.byteCount = byteCount
        isOwned = false
        self.owner = owner
    }

    /// The memory-mapped file these bytes are a view of, if any.
    public var mappedFile: MappedFile? { isOwned ? nil : owner as? MappedFile }

    /// For a view into a memory-mapped file: tells the kernel this process does not need its
    /// pages now, so they stop counting towards its memory. The bytes stay valid: touched
    /// again, they come back from the page cache. Owned storage is left alone.
    public func releaseMappedPages() {
        guard !isOwned, let file = owner as? MappedFile, let start = file.bytes else { return }
        file.dropPages(offset: UnsafeRawPointer(baseAddress) - start, count: byteCount)
    }

    /// Buffers from this size on are mapped on their own, aligned to 2 MiB and marked for
    /// transparent huge pages (as numpy does for large arrays), which removes most page faults
    /// on first touch.
    static let hugePageThreshold = 4 << 20

    /// Allocates at least one byte, 64-byte aligned. Large buffers are reused from
    /// `LargeBufferCache` when one of the same size is free, else mapped fresh
    /// (`LargeBufferCache.map`), so freeing them returns their memory at once instead of leaving
    /// holes in the allocator's heaps.
    /// - Returns: the address, and whether it is a fresh mapping (zero-filled by the kernel).
    private static func allocate(_ byteCount: Int) -> (address: UnsafeMutableRawPointer, isFreshMapping: Bool) {
        let size = max(byteCount, 1)
        if size < hugePageThreshold {
            return (UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64), false)
        }
        let rounded = LargeBufferCache.roundedSize(size)
        if let reused = LargeBufferCache.shared.take(byteCount: rounded) { return (reused, false) }
        return (LargeBufferCache.map(byteCount: rounded), true)
    }

    deinit {
        guard isOwned else { return }
        let size = max(byteCount, 1)
        if size >= Self.hugePageThreshold {
            LargeBufferCache.shared.give(baseAddress, byteCount: LargeBufferCache.roundedSize(size))
        } else {
            baseAddress.deallocate()
        }
    }

    /// An owned copy of these bytes.
    public func copy() -> TensorStorage {
        let fresh = TensorStorage(uninitializedByteCount: byteCount)
        fresh.baseAddress.copyMemory(from: baseAddress, byteCount: byteCount)
        return fresh
    }
}
