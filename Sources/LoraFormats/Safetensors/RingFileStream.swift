import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if os(Linux)
    import CFileCopy
#endif

/// Writes a file front to back from a ring of staging memory, on its own I/O thread.
///
/// Producers reserve the file's next bytes as a region of the ring (`reserve`, in file order,
/// from one thread), fill it from any thread (a kernel computing straight into it, a `pread`,
/// a conversion) and `commit` it, in any order. The I/O thread writes the committed prefix in
/// large pieces while later regions fill, so computing, reading and the disk overlap, and
/// nothing is copied between a computed result and the write. The ring is mapped twice back to
/// back, so every region is contiguous however it falls on the ring's end.
///
/// Writes bypass the page cache (O_DIRECT) where the filesystem allows and `bypassesPageCache`
/// asks for it: a buffered write copies every byte into a fresh page-cache page, about a
/// CPU-second per gigabyte on one thread (what `cp` spends), while a direct write hands the
/// disk the ring's pages. Direct writes need aligned offsets and lengths: the I/O thread
/// writes whole multiples of `alignment`, and pads the last piece with zeros (the caller
/// truncates the file to `position`). Where the filesystem refuses a direct write (`open`
/// fails, EINVAL, a short write), the rest goes through `bufferedDescriptor`, a plain
/// descriptor of the same file, with writeback started per piece: same bytes, just slower.
///
/// The first write error is kept: `reserve` and `finish` throw it, and the I/O thread writes
/// nothing more.
final class RingFileStream: @unchecked Sendable {
    /// Offsets and lengths of direct writes are multiples of this (the largest logical block
    /// size in use; 512 would do on most disks).
    static let alignment = 4096

    /// A reserved run of the file's bytes: fill `bytes`, then `commit` it.
    struct Region: @unchecked Sendable {
        /// Where the bytes go, in the ring.
        let bytes: UnsafeMutableRawBufferPointer
        /// The file offset of the first byte.
        let offset: Int
    }

    /// The ring's size in bytes (whole pages, at least four pieces of `chunkSize`).
    let capacity: Int
    /// The I/O thread writes once this many committed bytes are waiting (whole pages), and at
    /// most this many per write; less only when a producer waits for space, or at the end.
    let chunkSize: Int
    /// The largest region `reserve` hands out.
    var maximumReservation: Int { capacity - chunkSize }

    private let path: String
    private let ring: UnsafeMutableRawPointer
    private let directDescriptor: Int32
    private let bufferedDescriptor: Int32
    /// `pwrite` (tests pass one that refuses or shortens writes).
    private let systemWrite: SystemWrite
    typealias SystemWrite =
        @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int, _ offset: off_t) -> Int

    // Shared with the I/O thread, under `condition`.
    private let condition = NSCondition()
    /// Reserved regions from `regionsHead` on are not yet part of the committed prefix, in
    /// file order: (end offset, committed).
    private var regions: [(end: Int, committed: Bool)] = []
    private var regionsHead = 0
    /// The file offset after the last reserved byte.
    private var reservedEnd = 0
    /// The end of the committed prefix.
    private var readyEnd = 0
    /// The file offset up to which bytes have been written.
    private var writtenEnd = 0
    /// Producers waiting in `reserve` for the I/O thread to free space.
    private var waitingForSpace = 0
    private var finishing = false
    private var stopping = false
    private var running = true
    private var failure: SafetensorsError?
    private var direct: Bool
    private var descriptorsClosed = false

    /// The file offset of the next byte reserved.
    var position: Int {
        condition.lock()
        defer { condition.unlock() }
        return reservedEnd
    }

    /// False once writes go through the page cache (asked for, or refused by the filesystem).
    var isDirect: Bool {
        condition.lock()
        defer { condition.unlock() }
        return direct
    }

    /// Opens `temporaryPath` (from offset 0) for direct writes when `bypassesPageCache` and the
    /// filesystem allows, maps the ring and starts the I/O thread; nil where the ring cannot be
    /// mapped (non-Linux systems, or no memory). The ring holds four pieces of `chunkSize`
    /// (rounded to whole pages), and more when `largestReservation` needs it. Errors are
    /// reported against `path` (the final name). End with `shutDown()`.
    init?(
        temporaryPath: String, path: String, bufferedDescriptor: Int32, bypassesPageCache: Bool,
        largestReservation: Int = 0, chunkSize: Int = 32 << 20,
        systemWrite: @escaping SystemWrite = { pwrite($0, $1, $2, $3) }
    ) {
        #if os(Linux)
            let page = Swift.max(Self.alignment, lorash_page_size())
            func pages(_ bytes: Int) -> Int { (Swift.max(bytes, 1) + page - 1) / page * page }
            let chunk = pages(chunkSize)
            let size = Swift.max(4 * chunk, pages(largestReservation) + chunk)
            guard let ring = lorash_map_mirrored(UInt(size)) else { return nil }
            self.ring = ring
            self.capacity = size
            self.chunkSize = chunk
            self.path = path
            self.bufferedDescriptor = bufferedDescriptor
            self.systemWrite = systemWrite
            directDescriptor = bypassesPageCache ? open(temporaryPath, O_WRONLY | O_CLOEXEC | lorash_o_direct()) : -1
            direct = directDescriptor >= 0
            let thread = Thread { [self] in writeLoop() }
            thread.name = "lorash.stream"
            thread.stackSize = 1 << 20
            thread.start()
        #else
            return nil
        #endif
    }

    deinit {
        #if os(Linux)
            lorash_unmap_mirrored(ring, UInt(capacity))
        #endif
    }

    /// Stops the I/O thread (after the piece it is writing, if any) and closes the direct
    /// descriptor. The owner must call this: the thread holds the stream until it stops.
    /// Calling it again does nothing.
    func shutDown() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        if !descriptorsClosed {
            if directDescriptor >= 0 { close(directDescriptor) }
            descriptorsClosed = true
        }
        condition.unlock()
    }

    /// The file's next `count` bytes (at most `maximumReservation`) as a region of the ring,
    /// once the I/O thread has freed the space. Call from one thread, in file order.
    /// - Throws: the first write error.
    func reserve(_ count: Int) throws(SafetensorsError) -> Region {
        precondition(count >= 0 && count <= maximumReservation, "a region larger than the stream's ring")
        condition.lock()
        defer { condition.unlock() }
        while failure == nil && !stopping && reservedEnd + count - writtenEnd > capacity {
            // Tells the I/O thread to write what it has, even less than a chunk.
            waitingForSpace += 1
            condition.broadcast()
            condition.wait()
            waitingForSpace -= 1
        }
        if let failure { throw failure }
        if stopping { throw .writeFailed(file: path, reason: "the stream was stopped") }
        let start = reservedEnd
        reservedEnd += count
        if count > 0 { regions.append((reservedEnd, false)) }
        return Region(bytes: UnsafeMutableRawBufferPointer(start: ring + start % capacity, count: count), offset: start)
    }

    /// Marks `region`'s bytes as filled (from any thread).
    func commit(_ region: Region) {
        guard region.bytes.count > 0 else { return }
        let end = region.offset + region.bytes.count
        condition.lock()
        defer { condition.unlock() }
        var i = regionsHead
        while i < regions.count && regions[i].end != end { i += 1 }
        precondition(
            i < regions.count && !regions[i].committed, "a region committed twice, or not reserved from this stream")
        regions[i].committed = true
        let before = readyEnd
        while regionsHead < regions.count && regions[regionsHead].committed {
            readyEnd = regions[regionsHead].end
            regionsHead += 1
        }
        if regionsHead > 256 && regionsHead * 2 > regions.count {
            regions.removeFirst(regionsHead)
            regionsHead = 0
        }
        if readyEnd != before { condition.broadcast() }
    }

    /// Reserves the file's next `byteCount` bytes in pieces of at most `chunkSize` (one empty
    /// piece when `byteCount` is 0) and hands each to `fill` with its first byte's index in
    /// the run; `fill` must see that each piece gets committed, now or from another thread.
    /// - Throws: the first write error (pieces not yet reserved are then not handed out).
    func reservePieces(_ byteCount: Int, _ fill: (_ region: Region, _ start: Int) -> Void) throws(SafetensorsError) {
        var done = 0
        repeat {
            let region = try reserve(Swift.min(chunkSize, byteCount - done))
            fill(region, done)
            done += region.bytes.count
        } while done < byteCount
    }

    /// Appends `bytes` (copied through the ring).
    /// - Throws: the first write error.
    func append(_ bytes: UnsafeRawBufferPointer) throws(SafetensorsError) {
        try reservePieces(bytes.count) { region, start in
            if region.bytes.count > 0 {
                region.bytes.baseAddress!.copyMemory(from: bytes.baseAddress! + start, byteCount: region.bytes.count)
            }
            commit(region)
        }
    }

    /// Fills `region` with the file's bytes at `offset` (`pread`), or from `fallback` where
    /// reading fails.
    static func read(
        _ descriptor: Int32, offset: Int, into region: UnsafeMutableRawBufferPointer, fallback: UnsafeRawPointer
    ) {
        var done = 0
        while descriptor >= 0 && done < region.count {
            let n = pread(descriptor, region.baseAddress! + done, region.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        if done < region.count {
            (region.baseAddress! + done).copyMemory(from: fallback + done, byteCount: region.count - done)
        }
    }

    /// Waits until every reserved byte is written (the last piece padded with zeros to the
    /// alignment: the file may then be up to `alignment − 1` bytes longer than `position`;
    /// truncate it). Every region must be committed first (the caller's fill jobs done).
    /// - Throws: the first write error; `.writeFailed` when a region was never committed.
    func finish() throws(SafetensorsError) {
        condition.lock()
        defer { condition.unlock() }
        if failure == nil && readyEnd != reservedEnd {
            throw .writeFailed(file: path, reason: "bytes \(readyEnd)..<\(reservedEnd) were reserved but never filled")
        }
        finishing = true
        condition.broadcast()
        while failure == nil && !stopping && writtenEnd < reservedEnd { condition.wait() }
        if let failure { throw failure }
        if writtenEnd < reservedEnd { throw .writeFailed(file: path, reason: "the stream was stopped") }
    }

    private func writeLoop() {
        condition.lock()
        while true {
            // Write when a chunk is waiting, when a producer needs space, or at the end.
            var count = 0
            while !stopping {
                let waiting = readyEnd - writtenEnd
                if failure == nil && waiting > 0 {
                    if finishing && readyEnd == reservedEnd && waiting <= chunkSize {
                        // The tail, padded: the ring has at least 3 chunks free past it.
                        count = (waiting + Self.alignment - 1) / Self.alignment * Self.alignment
                    } else if waiting >= chunkSize || waitingForSpace > 0 || finishing {
                        count = Swift.min(chunkSize, waiting / Self.alignment * Self.alignment)
                    }
                    if count > 0 { break }
                }
                condition.wait()
            }
            if stopping { break }
            let (offset, useDirect) = (writtenEnd, direct)
            let padding = offset + count - readyEnd
            condition.unlock()
            if padding > 0 {
                // The end of the file: nothing is reserved past `readyEnd` any more.
                (ring + readyEnd % capacity).initializeMemory(as: UInt8.self, repeating: 0, count: padding)
            }
            var stillDirect = useDirect
            var error: SafetensorsError? = nil
            do throws(SafetensorsError) { try write(offset: offset, count: count, direct: &stillDirect) } catch let e {
                error = e
            }
            condition.lock()
            if let error, failure == nil { failure = error }
            direct = stillDirect
            writtenEnd = Swift.min(offset + count, readyEnd)
            if padding > 0 { writtenEnd = reservedEnd }
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Writes `count` bytes of the ring at file offset `offset` (on the I/O thread).
    private func write(offset: Int, count: Int, direct: inout Bool) throws(SafetensorsError) {
        let bytes = ring + offset % capacity
        var done = 0
        while done < count {
            let descriptor = direct ? directDescriptor : bufferedDescriptor
            let n = systemWrite(descriptor, bytes + done, count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                if direct && errno == EINVAL {
                    direct = false  // not here after all: the same bytes, buffered
                    continue
                }
                throw .writeFailed(file: path, reason: SafetensorsWriter.reason(errno))
            }
            if n == 0 { throw .writeFailed(file: path, reason: "the system wrote nothing") }
            done += n
            if direct && done % Self.alignment != 0 { direct = false }
        }
        #if os(Linux)
            if !direct { _ = lorash_start_writeback(bufferedDescriptor, offset, count) }
        #endif
    }
}
