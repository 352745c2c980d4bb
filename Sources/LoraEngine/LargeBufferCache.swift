import Foundation

/// A few recently freed large tensor buffers, kept for reuse.
///
/// Freshly mapped memory costs a page fault and a kernel page clear on first touch (about a
/// third of a 1280 × 32 · 32 × 1280 GEMM). Loops that make tensors of the same size over and
/// over (bakes, merges, benchmarks) reuse these buffers instead. Bounded: at most
/// `maximumBytes` are held; anything else is freed at once.
final class LargeBufferCache: @unchecked Sendable {
    static let shared = LargeBufferCache()
    /// Large buffers are aligned (and sized in multiples of) 2 MiB, the huge-page size.
    static let alignment = 2 << 20
    /// The most bytes kept.
    static let maximumBytes = 256 << 20

    private let lock = NSLock()
    private var free: [(address: UnsafeMutableRawPointer, byteCount: Int)] = []
    private var heldBytes = 0

    /// `size` rounded up to a multiple of `alignment`.
    static func roundedSize(_ size: Int) -> Int { (size + alignment - 1) / alignment * alignment }

    /// A cached buffer of exactly `byteCount` bytes, if one is free.
    func take(byteCount: Int) -> UnsafeMutableRawPointer? {
        lock.lock()
        defer { lock.unlock() }
        guard let index = free.lastIndex(where: { $0.byteCount == byteCount }) else { return nil }
        heldBytes -= byteCount
        return free.remove(at: index).address
    }

    /// Keeps `address` for reuse, or frees it (and the oldest entries) to stay under the bound.
    func give(_ address: UnsafeMutableRawPointer, byteCount: Int) {
        lock.lock()
        defer { lock.unlock() }
        if byteCount > Self.maximumBytes {
            address.deallocate()
            return
        }
        while heldBytes + byteCount > Self.maximumBytes, !free.isEmpty {
            let oldest = free.removeFirst()
            heldBytes -= oldest.byteCount
            oldest.address.deallocate()
        }
        free.append((address, byteCount))
        heldBytes += byteCount
    }
}
