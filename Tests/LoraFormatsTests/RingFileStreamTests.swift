import Foundation
import LoraEngine
import Testing

@testable import LoraFormats

/// The ring stream under load: regions of every size, filled and committed out of order by
/// several threads, wrapping the ring hundreds of times.
@Suite struct RingFileStreamTests {
    /// The byte at file offset `i` of the test pattern (not periodic in the ring's size).
    static func pattern(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: (i &* 2654435761) >> 7 ^ i / 4099) }

    /// An empty file in a fresh folder, open for writing, and a stream over it in 4 KiB pieces
    /// (a 16 KiB ring). Call `close` when done.
    final class Fixture {
        let dir = TestSupport.temporaryFolder("ring")
        var path: String { dir + "/ring.bin" }
        let descriptor: Int32
        let stream: RingFileStream

        init(bypassesPageCache: Bool, systemWrite: RingFileStream.SystemWrite? = nil) throws {
            _ = FileManager.default.createFile(atPath: dir + "/ring.bin", contents: Data())
            descriptor = open(dir + "/ring.bin", O_WRONLY)
            stream = try #require(
                RingFileStream(
                    temporaryPath: dir + "/ring.bin", path: dir + "/ring.bin", bufferedDescriptor: descriptor,
                    bypassesPageCache: bypassesPageCache, chunkSize: 4096,
                    systemWrite: systemWrite ?? { pwrite($0, $1, $2, $3) }))
        }

        /// The file's bytes once the stream is shut down.
        func close() throws -> Data {
            stream.shutDown()
            Glibc.close(descriptor)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            return try #require(FileManager.default.contents(atPath: path))
        }
    }

    @Test(arguments: [true, false])
    func outOfOrderCommitsGiveTheFileInOrder(_ bypassesPageCache: Bool) throws {
        let fixture = try Fixture(bypassesPageCache: bypassesPageCache)
        let stream = fixture.stream
        #expect(stream.capacity == 16384 && stream.maximumReservation == 12288)
        // Three fill threads; each region goes to a random one, so commits arrive out of order.
        let fillers = (0..<3).map { SerialWorker(maximumPending: 3, name: "test.fill\($0)") }
        var g = SplitMix64(seed: 5)
        var total = 0
        for n in 0..<1500 {
            // Mostly small regions, some empty, some as large as allowed.
            let size = n % 97 == 0 ? 0 : (n % 13 == 0 ? stream.maximumReservation : Int(g.next() % 3000) + 1)
            let region = try stream.reserve(size)
            #expect(region.offset == total && region.bytes.count == size)
            total += size
            fillers[Int(g.next() % 3)].enqueue {
                for k in 0..<region.bytes.count { region.bytes[k] = Self.pattern(region.offset + k) }
                stream.commit(region)
            }
        }
        for filler in fillers { filler.drain() }
        try stream.finish()
        #expect(stream.position == total)
        let data = try fixture.close()
        // Padded with zeros to the alignment: the caller truncates.
        #expect(data.count == (total + 4095) / 4096 * 4096)
        #expect(data.prefix(total).elementsEqual((0..<total).map(Self.pattern)))
        #expect(data.dropFirst(total).allSatisfy { $0 == 0 })
        #expect(total > 200 * stream.capacity, "the ring wrapped \(total / stream.capacity) times")
    }

    /// A region that runs past the ring's end is one contiguous run of memory (the ring is
    /// mapped twice), and its bytes land in the file in order.
    @Test func regionAcrossTheRingsEndIsContiguous() throws {
        let fixture = try Fixture(bypassesPageCache: false)
        let stream = fixture.stream
        let first = try stream.reserve(10000)
        first.bytes.initializeMemory(as: UInt8.self, repeating: 1)
        stream.commit(first)
        let across = try stream.reserve(12000)  // 10000..<22000: past the ring's end at 16384
        #expect(across.offset % stream.capacity + across.bytes.count > stream.capacity)
        for k in 0..<12000 { across.bytes[k] = UInt8(truncatingIfNeeded: k / 7) }
        stream.commit(across)
        try stream.finish()
        let data = try fixture.close()
        #expect(data.prefix(10000).allSatisfy { $0 == 1 })
        #expect(
            data.dropFirst(10000).prefix(12000).elementsEqual((0..<12000).map { UInt8(truncatingIfNeeded: $0 / 7) }))
    }

    /// Where the filesystem turns direct writes down midway (EINVAL, or a write that comes back
    /// short of the alignment), the rest goes through the page cache: same bytes, and the
    /// stream says it is no longer direct.
    @Test(arguments: ["EINVAL", "short"])
    func directWritesRefusedMidwayFallBackToBuffered(_ refusal: String) throws {
        final class Calls: @unchecked Sendable {
            let lock = NSLock()
            var direct = 0, buffered = 0
            var bufferedDescriptor: Int32 = -1  // set before the first write
        }
        let calls = Calls()
        let fixture = try Fixture(bypassesPageCache: true) { descriptor, bytes, count, offset in
            let (call, isDirect, bufferedDescriptor) = calls.lock.withLock { () -> (Int, Bool, Int32) in
                if descriptor != calls.bufferedDescriptor {
                    calls.direct += 1
                    return (calls.direct, true, calls.bufferedDescriptor)
                }
                calls.buffered += 1
                return (calls.buffered, false, calls.bufferedDescriptor)
            }
            // The third direct write is refused, or takes only 1000 bytes.
            if isDirect && call == 3 {
                if refusal == "EINVAL" { errno = EINVAL; return -1 }
                return pwrite(bufferedDescriptor, bytes, 1000, offset)
            }
            return pwrite(descriptor, bytes, count, offset)
        }
        calls.lock.withLock { calls.bufferedDescriptor = fixture.descriptor }
        let stream = fixture.stream
        try #require(stream.isDirect, "the test folder's filesystem takes direct writes")
        let total = 10 * 4096 + 123
        let bytes = (0..<total).map(Self.pattern)
        try bytes.withUnsafeBytes { try stream.append($0) }
        try stream.finish()
        #expect(!stream.isDirect)
        #expect(calls.direct == 3 && calls.buffered > 0, "direct \(calls.direct), buffered \(calls.buffered)")
        let data = try fixture.close()
        #expect(data.prefix(total).elementsEqual(bytes))
    }
}
