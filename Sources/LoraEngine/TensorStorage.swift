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
        baseAddress = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
        baseAddress.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        self.byteCount = byteCount
        isOwned = true
        owner = nil
    }

    /// Allocates `byteCount` uninitialised bytes, 64-byte aligned; the caller fills them.
    public init(uninitializedByteCount byteCount: Int) {
        baseAddress = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 1), alignment: 64)
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

    deinit {
        if isOwned { baseAddress.deallocate() }
    }

    /// An owned copy of these bytes.
    public func copy() -> TensorStorage {
        let fresh = TensorStorage(uninitializedByteCount: byteCount)
        fresh.baseAddress.copyMemory(from: baseAddress, byteCount: byteCount)
        return fresh
    }
}
