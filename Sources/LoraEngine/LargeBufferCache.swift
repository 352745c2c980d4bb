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
        if byteCount > Self.maximumBytes {
            Self.unmap(address, byteCount: byteCount)
            return
        }
        var evicted: [(address: UnsafeMutableRawPointer, byteCount: Int)] = []
        lock.lock()
        while heldBytes + byteCount > Self.maximumBytes, !free.isEmpty {
            let oldest = free.removeFirst()
            heldBytes -= oldest.byteCount
            evicted.append(oldest)
        }
        free.append((address, byteCount))
        heldBytes += byteCount
        lock.unlock()
        // Unmapped outside the lock: other threads' take and give need not wait for it.
        for buffer in evicted { Self.unmap(buffer.address, byteCount: buffer.byteCount) }
    }

    /// A fresh anonymous mapping of `byteCount` bytes (a multiple of `alignment`), aligned to
    /// `alignment` and advised for transparent huge pages. Mapped on its own rather than taken
    /// from malloc: with malloc, buffers of 4–32 MiB live inside its heaps, and freeing them
    /// in another order than they were made leaves holes that still count as the process's
    /// memory (extract on two SDXL checkpoints peaked at 1.8 GB that way for ~1 GB in use).
    static func map(byteCount: Int) -> UnsafeMutableRawPointer {
        // Map one alignment more, then unmap the unaligned head and the tail beyond the buffer.
        let span = byteCount + alignment
        guard let raw = mmap(nil, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED
        else {
            fatalError("out of memory: could not map \(byteCount) bytes")
        }
        let start = UInt(bitPattern: raw)
        let aligned = (start + UInt(alignment) - 1) / UInt(alignment) * UInt(alignment)
        let head = Int(aligned - start), tail = span - head - byteCount
        if head > 0 { munmap(raw, head) }
        let address = UnsafeMutableRawPointer(bitPattern: aligned)!
        if tail > 0 { munmap(address + byteCount, tail) }
        #if os(Linux)
            _ = madvise(address, byteCount, Int32(MADV_HUGEPAGE))
        #endif
        return address
    }

    /// Returns a buffer made by `map` to the system.
    static func unmap(_ address: UnsafeMutableRawPointer, byteCount: Int) {
        munmap(address, byteCount)
    }
}
