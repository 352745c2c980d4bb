import Testing

@testable import LoraEngine

/// Large tensor buffers are separate mappings, aligned for huge pages and reused by size.
@Suite struct LargeBufferCacheTests {
    @Test func largeTensorsAreAlignedZeroedAndWritable() {
        let bytes = (37 << 20) + 4  // over the 4 MiB threshold: a 38 MiB buffer
        #expect(LargeBufferCache.roundedSize(bytes) == 38 << 20)
        for _ in 0..<2 {  // the second may be the first's buffer, reused: still zeroed
            var tensor = Tensor(zeros: [bytes / 4])
            tensor.withUnsafeMutableFloats { p in
                #expect(UInt(bitPattern: p.baseAddress!) % UInt(LargeBufferCache.alignment) == 0)
                #expect(p.allSatisfy { $0 == 0 })
                p[0] = 1
                p[p.count - 1] = 2  // the last byte of the buffer is mapped
            }
            #expect(tensor.floats().first == 1 && tensor.floats().last == 2)
        }
    }

    /// A cache of its own (the shared one is used by tests running at the same time).
    @Test func freedBuffersAreReusedBySizeWithinTheBound() {
        let cache = LargeBufferCache()
        let size = 2 * LargeBufferCache.alignment
        let first = LargeBufferCache.map(byteCount: size)
        cache.give(first, byteCount: size)
        #expect(cache.take(byteCount: 3 * LargeBufferCache.alignment) == nil)  // sizes must match
        #expect(cache.take(byteCount: size) == first)
        #expect(cache.take(byteCount: size) == nil)  // taken once only
        // Past the bound the oldest buffers are returned to the system first.
        let count = LargeBufferCache.maximumBytes / size
        let buffers = (0...count).map { _ in LargeBufferCache.map(byteCount: size) }
        for buffer in buffers { cache.give(buffer, byteCount: size) }
        #expect(cache.take(byteCount: size) == buffers.last)
        var left = 0
        while let buffer = cache.take(byteCount: size) {
            #expect(buffer != buffers[0], "the oldest was kept past the bound")
            LargeBufferCache.unmap(buffer, byteCount: size)
            left += 1
        }
        #expect(left == count - 1)
        LargeBufferCache.unmap(buffers.last!, byteCount: size)
        LargeBufferCache.unmap(first, byteCount: size)
    }

    @Test func mapAlignsAndUnmapReturnsTheMemory() {
        let size = 3 * LargeBufferCache.alignment
        let address = LargeBufferCache.map(byteCount: size)
        #expect(UInt(bitPattern: address) % UInt(LargeBufferCache.alignment) == 0)
        #expect(address.load(fromByteOffset: size - 1, as: UInt8.self) == 0)  // fresh mappings read as zeros
        address.initializeMemory(as: UInt8.self, repeating: 7, count: size)
        #expect(address.load(fromByteOffset: size - 1, as: UInt8.self) == 7)
        LargeBufferCache.unmap(address, byteCount: size)
    }
}
