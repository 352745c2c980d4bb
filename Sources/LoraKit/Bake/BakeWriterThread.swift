import Foundation
import LoraEngine
import LoraFormats

/// The writing half of the streaming bake: a thread that writes each finished tensor while the
/// next one is being computed, so the disk and the cores work at the same time.
///
/// Jobs are written in the order they are queued. Untouched tensors are copied from the base
/// file (`SafetensorsWriter.copy`: read into the direct stream's chunk, or copied inside the
/// kernel); patched tensors come either in one of
/// two reusable output buffers (so steady-state baking allocates nothing) or as a `Tensor`.
/// At most two jobs that hold memory are in flight, so peak memory stays at about two output
/// tensors. After a job the source tensor's pages are released. The first write error stops
/// the thread's writing and is reported by `failure` and `finish()`.
final class BakeWriterThread: @unchecked Sendable {
    /// One tensor to write.
    enum Job {
        /// An untouched tensor, copied from the base.
        case copy(name: String, source: SafetensorsEntry)
        /// Bytes in output buffer `buffer` (in the announced dtype).
        case buffer(name: String, buffer: Int, byteCount: Int, source: SafetensorsEntry)
        /// A tensor (converted to the announced dtype by the writer if needed).
        case tensor(name: String, Tensor, source: SafetensorsEntry)
    }

    private let writer: SafetensorsWriter
    private let file: SafetensorsReader
    private let descriptor: Int32?
    private let condition = NSCondition()
    private var queue: [Job] = []
    private var head = 0
    private var closed = false
    private var running = true
    private var heldInFlight = 0
    private var freeBuffers: [Int]
    private var firstFailure: SafetensorsError?
    /// The reusable output buffers (64-byte aligned).
    let buffers: [UnsafeMutableRawPointer]
    /// The size of each buffer in bytes.
    let bufferSize: Int

    /// Starts the thread writing to `writer` from the base `file`, with two output buffers of
    /// `bufferSize` bytes (none when 0).
    init(writer: SafetensorsWriter, file: SafetensorsReader, bufferSize: Int) {
        self.writer = writer
        self.file = file
        self.descriptor = file.openDescriptor()
        self.bufferSize = bufferSize
        let count = bufferSize > 0 ? 2 : 0
        buffers = (0..<count).map { _ in UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 64) }
        freeBuffers = Array(0..<count)
        let thread = Thread { [self] in run() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
        if let descriptor { close(descriptor) }
    }

    /// The first write error, if any.
    var failure: SafetensorsError? {
        condition.lock()
        defer { condition.unlock() }
        return firstFailure
    }

    /// A free output buffer's index, waiting for the writer to finish with one.
    func acquireBuffer() -> Int {
        condition.lock()
        defer { condition.unlock() }
        while freeBuffers.isEmpty { condition.wait() }
        return freeBuffers.removeLast()
    }

    /// Queues `job`; waits while two `.tensor` jobs (which hold memory until written) are
    /// already in flight.
    func enqueue(_ job: Job) {
        condition.lock()
        defer { condition.unlock() }
        if Self.holdsMemory(job) {
            while heldInFlight >= 2 { condition.wait() }
            heldInFlight += 1
        }
        queue.append(job)
        condition.broadcast()
    }

    /// Waits until every queued job is written and the thread has stopped.
    /// - Throws: the first write error.
    func finish() throws(SafetensorsError) {
        stop()
        if let failure { throw failure }
    }

    /// Stops after the jobs already queued (or at once after a failure) and waits for the thread.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while running { condition.wait() }
    }

    /// Drops the jobs not yet started and waits for the thread (an interrupted bake).
    func abandon() {
        condition.lock()
        head = queue.count
        condition.unlock()
        stop()
    }

    private func run() {
        while true {
            condition.lock()
            while head == queue.count && !closed { condition.wait() }
            if head == queue.count {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let job = queue[head]
            head += 1
            if head > 64 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            let failed = firstFailure != nil
            condition.unlock()

            var error: SafetensorsError? = nil
            if !failed {
                do throws(SafetensorsError) { try write(job) } catch let e { error = e }
            }

            condition.lock()
            if let error, firstFailure == nil { firstFailure = error }
            if case .buffer(_, let buffer, _, _) = job { freeBuffers.append(buffer) }
            if Self.holdsMemory(job) { heldInFlight -= 1 }
            condition.broadcast()
            condition.unlock()
        }
    }

    private static func holdsMemory(_ job: Job) -> Bool {
        switch job {
        case .tensor: return true
        case .copy, .buffer: return false
        }
    }

    private func write(_ job: Job) throws(SafetensorsError) {
        switch job {
        case .copy(let name, let source):
            let bytes = file.bytes(of: source)
            if let descriptor {
                try writer.copy(name, fromDescriptor: descriptor, offset: file.fileOffset(of: source), fallback: bytes)
            } else {
                try writer.write(name, bytes: bytes)
            }
            file.release(source)
        case .buffer(let name, let buffer, let byteCount, let source):
            try writer.write(name, bytes: UnsafeRawBufferPointer(start: buffers[buffer], count: byteCount))
            file.release(source)
        case .tensor(let name, let tensor, let source):
            try writer.write(name, tensor)
            file.release(source)
        }
    }
}
