import Testing
@testable import LoraEngine

/// Large tensor buffers are separate mappings, aligned for huge pages and reused by size.
@Suite struct LargeBufferCacheTests {
    @Test func largeBuffersAreAlignedWritableAndReused() {
        // Over the 4 MiB threshold, rounded up to 38 MiB (a size no other test uses, since the
        // cache is shared by the tests running at the same time).
        let bytes = (37 << 20) + 4
        #expect(LargeBufferCache.roundedSize(bytes) == 38 << 20)
        var first: UnsafeMutableRawPointer?
        do {
            var tensor = Tensor(zeros: [bytes / 4])
            tensor.withUnsafeMutableFloats { p in
                #expect(UInt(bitPattern: p.baseAddress!) % UInt(LargeBufferCache.alignment) == 0)
                #expect(p.allSatisfy { $0 == 0 })
                p[0] = 1
                p[p.count - 1] = 2  // the last byte of the buffer is mapped
            }
            #expect(tensor.floats().first == 1 && tensor.floats().last == 2)
            first = UnsafeMutableRawPointer(mutating: tensor.withUnsafeFloats { $0.baseAddress! })
        }
        // Freed into the cache, then handed out again for the next buffer of that size.
        let again = Tensor(uninitialized: [bytes / 4])
        let second = again.withUnsafeFloats { UnsafeMutableRawPointer(mutating: $0.baseAddress!) }
        #expect(second == first)
    }

    @Test func mapAlignsAndUnmapReturnsTheMemory() {
        let size = 3 * LargeBufferCache.alignment
        let address = LargeBufferCache.map(byteCount: size)
        #expect(UInt(bitPattern: address) % UInt(LargeBufferCache.alignment) == 0)
        address.initializeMemory(as: UInt8.self, repeating: 7, count: size)
        #expect(address.load(fromByteOffset: size - 1, as: UInt8.self) == 7)
        LargeBufferCache.unmap(address, byteCount: size)
    }
}
