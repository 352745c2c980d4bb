import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if os(Linux)
import CFileCopy
#endif

/// Writes a file front to back in large aligned chunks that bypass the page cache (O_DIRECT).
///
/// A buffered write copies every byte into a fresh page-cache page, which costs about as much
/// CPU per gigabyte as `cp` spends, on one thread (the file's lock serialises writers). A
/// direct write hands the disk the chunk itself: the CPU cost almost vanishes and the core is
/// left to the computation. Bytes are appended to one of two aligned staging chunks (copied,
/// or read straight from another file with `pread`); each full chunk goes to an I/O thread
/// that writes it with one `pwrite` while the next chunk fills, so the disk is never idle
/// waiting for the copy. The last chunk is padded with zeros to the alignment; the caller
/// truncates the file to its real size.
///
/// Where the filesystem refuses direct writes (`open` fails, or a write reports EINVAL or
/// comes back short of the alignment), the rest goes through `bufferedDescriptor`, a plain
/// descriptor of the same file: same bytes, just slower. The first write error is kept and
/// thrown by the next `append` or by `finish`.
final class DirectFileStream: @unchecked Sendable {
    /// Offsets, lengths and the staging address are multiples of this (the largest logical
    /// block size in use; 512 would do on most disks).
    static let alignment = 4096

    /// Bytes per chunk (a multiple of `alignment`).
    let chunkSize: Int
    private let path: String
    private let directDescriptor: Int32
    private let bufferedDescriptor: Int32
    /// The two staging chunks: one filling, one being written.
    private let chunks: [UnsafeMutableRawPointer]
    /// The chunk being filled.
    private var current = 0
    /// The file offset of the current chunk's first byte.
    private var chunkStart = 0
    /// Bytes of the current chunk filled so far.
    private var filled = 0

    // Shared with the I/O thread, under `condition`.
    private let condition = NSCondition()
    /// The chunk handed to the I/O thread: (index, file offset, byte count).
    private var pending: (chunk: Int, offset: Int, count: Int)?
    private var stopping = false
    private var running = true
    private var failure: SafetensorsError?
    private var direct = true
    private var descriptorClosed = false

    /// The file offset of the next byte appended.
    var position: Int { chunkStart + filled }

    /// False once the filesystem has refused a direct write.
    var isDirect: Bool {
        condition.lock()
        defer { condition.unlock() }
        return direct
    }

    /// Opens `temporaryPath` for direct writes from offset 0 and starts the I/O thread, or
    /// returns nil when this filesystem does not take direct writes. Errors are reported
    /// against `path` (the final name). End with `shutDown()`.
    init?(temporaryPath: String, path: String, bufferedDescriptor: Int32, chunkSize: Int = 32 << 20) {
#if os(Linux)
        let descriptor = open(temporaryPath, O_WRONLY | O_CLOEXEC | lorash_o_direct())
#else
        let descriptor: Int32 = -1
#endif
        guard descriptor >= 0 else { return nil }
        self.path = path
        directDescriptor = descriptor
        self.bufferedDescriptor = bufferedDescriptor
        let size = Swift.max(Self.alignment, chunkSize / Self.alignment * Self.alignment)
        self.chunkSize = size
        chunks = (0..<2).map { _ in UnsafeMutableRawPointer.allocate(byteCount: size, alignment: Self.alignment) }
        let thread = Thread { [self] in writeLoop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        for chunk in chunks { chunk.deallocate() }
    }

    /// Stops the I/O thread (after the chunk it is writing, if any) and closes the direct
    /// descriptor. The owner must call this: the thread holds the stream until it stops.
    /// Calling it again does nothing.
    func shutDown() {
        stop()
        condition.lock()
        defer { condition.unlock() }
        if !descriptorClosed {
            close(directDescriptor)
            descriptorClosed = true
        }
    }

    /// Appends `bytes`.
    /// - Throws: `.writeFailed` (with what to do when the disk is full).
    func append(_ bytes: UnsafeRawBufferPointer) throws(SafetensorsError) {
        var done = 0
        while done < bytes.count {
            let n = Swift.min(chunkSize - filled, bytes.count - done)
            (chunks[current] + filled).copyMemory(from: bytes.baseAddress! + done, byteCount: n)
            filled += n
            done += n
            if filled == chunkSize { try handOff(count: filled) }
        }
    }

    /// Appends `fallback.count` bytes of the file open as `descriptor`, from `offset`, read
    /// straight into the staging chunk; where reading fails, the bytes come from `fallback`
    /// (the same bytes, memory-mapped).
    /// - Throws: `.writeFailed`.
    func append(fromDescriptor descriptor: Int32, offset: Int, fallback: UnsafeRawBufferPointer) throws(SafetensorsError) {
        var done = 0
        while done < fallback.count {
            let want = Swift.min(chunkSize - filled, fallback.count - done)
            var n = pread(descriptor, chunks[current] + filled, want, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                (chunks[current] + filled).copyMemory(from: fallback.baseAddress! + done, byteCount: want)
                n = want
            }
            filled += n
            done += n
            if filled == chunkSize { try handOff(count: filled) }
        }
    }

    /// Writes the last, partial chunk, padded with zeros to the alignment (the file is then up
    /// to `alignment − 1` bytes longer than `position`; truncate it), and waits for the disk.
    /// - Throws: `.writeFailed`.
    func finish() throws(SafetensorsError) {
        if filled > 0 {
            let padded = (filled + Self.alignment - 1) / Self.alignment * Self.alignment
            (chunks[current] + filled).initializeMemory(as: UInt8.self, repeating: 0, count: padded - filled)
            let tail = filled
            try handOff(count: padded)
            chunkStart += tail - padded  // `position` stays at the real end
        }
        condition.lock()
        while pending != nil { condition.wait() }
        let failure = self.failure
        condition.unlock()
        if let failure { throw failure }
    }

    /// Gives the current chunk (its first `count` bytes) to the I/O thread once it has
    /// finished the previous one, and starts filling the other chunk.
    private func handOff(count: Int) throws(SafetensorsError) {
        condition.lock()
        while pending != nil { condition.wait() }
        if let failure {
            condition.unlock()
            throw failure
        }
        pending = (current, chunkStart, count)
        condition.broadcast()
        condition.unlock()
        chunkStart += count
        filled = 0
        current = 1 - current
    }

    /// Stops the I/O thread after the chunk it is writing.
    private func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func writeLoop() {
        condition.lock()
        while true {
            while pending == nil && !stopping { condition.wait() }
            guard let job = pending else { break }
            let (failed, useDirect) = (failure != nil, direct)
            condition.unlock()
            var error: SafetensorsError? = nil
            var stillDirect = useDirect
            if !failed {
                do throws(SafetensorsError) { try write(job, direct: &stillDirect) } catch let e { error = e }
            }
            condition.lock()
            if let error, failure == nil { failure = error }
            direct = stillDirect
            pending = nil
            condition.broadcast()
        }
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// Writes a chunk at its offset (on the I/O thread).
    private func write(_ job: (chunk: Int, offset: Int, count: Int), direct: inout Bool) throws(SafetensorsError) {
        let bytes = chunks[job.chunk]
        var done = 0
        while done < job.count {
            let descriptor = direct ? directDescriptor : bufferedDescriptor
            let n = pwrite(descriptor, bytes + done, job.count - done, off_t(job.offset + done))
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
    }
}
