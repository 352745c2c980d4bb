import CTempFiles
import LoraEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
#if os(Linux)
    import CFileCopy
#endif

/// Writes a safetensors file as its tensors are produced, atomically.
///
/// The header is computed up front from the announced names, dtypes and shapes (so each
/// tensor's place is known and it can be written, then dropped, as soon as it exists). Tensors
/// are laid out as the reference `safetensors` serialiser does (dtype descending, then name),
/// the header is padded with spaces to a multiple of 8, and everything goes to a temporary
/// file in the target folder that `finish()` renames into place. An unfinished writer removes
/// its temporary file. The target is never overwritten unless `overwrite` is set, and never
/// when it is one of `inputs` (same device and inode).
public final class SafetensorsWriter {
    /// A tensor to be written: name, dtype and shape.
    public struct Spec: Sendable, Hashable {
        public let name: String
        public let dtype: DType
        public let shape: [Int]
        public init(name: String, dtype: DType, shape: [Int]) {
            self.name = name
            self.dtype = dtype
            self.shape = shape
        }
    }

    /// What `finish()` wrote.
    public struct Result: Sendable {
        /// The final path.
        public let path: String
        /// File size in bytes.
        public let fileSize: Int
        /// SHA-256 of the data section (kohya `sshs_model_hash`); nil unless `dataHashKey` was given.
        public let dataSHA256: String?
    }

    /// The final path.
    public let path: String
    /// Entries in data order with their byte ranges.
    public let layout: [SafetensorsEntry]
    private let overwrite: Bool
    private let inputs: [String]
    private let temporaryPath: String
    /// The temporary file's slot among the files a fatal signal removes (`CTempFiles`).
    private var temporarySlot: Int32 = -1
    private var fd: Int32
    private let dataOffset: Int
    private var written: Set<String> = []
    private var finished = false
    /// Start writing each tensor's pages to disk as soon as it is written (large outputs: the
    /// final `fsync` then waits only for the tail, and the page cache never fills with dirty
    /// pages that stall later writes).
    public var writesBackAsItGoes = false
    private let hashPlaceholderOffset: Int?
    private let index: [String: Int]
    /// The length prefix and header, kept for `startsStreaming()`.
    private let headerBytes: [UInt8]
    /// Header bytes to overwrite at `finish` (`replaceInHeader`).
    private var headerReplacements: [(offset: Int, bytes: [UInt8])] = []
    /// Set by `startsStreaming()`: tensors then go front to back through it.
    private var stream: RingFileStream?
    /// Fills the regions of `enqueueCopy` and `enqueueWrite`, in order, beside the caller.
    private var filler: SerialWorker?

    /// Where the data-section hash placeholder goes when `dataHashKey` is given.
    private static let placeholder = String(repeating: "0", count: 64)

    /// Creates the temporary file and writes the header.
    /// - Parameters:
    ///   - path: the final file.
    ///   - tensors: every tensor that will be written (any order).
    ///   - metadata: the `__metadata__` map (written in key order).
    ///   - overwrite: replace an existing `path`.
    ///   - inputs: files being read to produce this one; writing over any of them is refused.
    ///   - dataHashKey: a metadata key (e.g. `sshs_model_hash`) that receives the SHA-256 of the
    ///     data section once all tensors are written (costs one read of the data; nil skips it).
    /// - Throws: `SafetensorsError.outputExists`, `.outputIsInput`, `.writeFailed`, `.unexpectedTensor` (duplicates).
    public init(
        path: String, tensors: [Spec], metadata: [String: String] = [:], overwrite: Bool = false,
        inputs: [String] = [], dataHashKey: String? = nil
    ) throws(SafetensorsError) {
        self.path = path
        self.overwrite = overwrite
        self.inputs = inputs
        try Self.checkTarget(path, overwrite: overwrite, inputs: inputs)

        var names = Set<String>()
        for spec in tensors where !names.insert(spec.name).inserted {
            throw .unexpectedTensor(file: path, tensor: spec.name, reason: "announced twice")
        }
        let ordered = tensors.sorted { a, b in
            let (ra, rb) = (Self.dtypeRank(a.dtype), Self.dtypeRank(b.dtype))
            return ra != rb ? ra > rb : a.name < b.name
        }
        var layout: [SafetensorsEntry] = []
        var offset = 0
        for spec in ordered {
            let bytes = spec.shape.reduce(1, *) * spec.dtype.byteSize
            layout.append(
                SafetensorsEntry(
                    name: spec.name, dtype: spec.dtype, shape: spec.shape, dataRange: offset..<(offset + bytes)))
            offset += bytes
        }
        self.layout = layout
        var index: [String: Int] = [:]
        for (n, entry) in layout.enumerated() { index[entry.name] = n }
        self.index = index

        var meta = metadata
        if let dataHashKey { meta[dataHashKey] = Self.placeholder }
        var header = "{"
        var placeholderAt: Int? = nil
        if !meta.isEmpty {
            header += "\"__metadata__\":{"
            for (n, key) in meta.keys.sorted().enumerated() {
                if n > 0 { header += "," }
                header += JSONWriter.quoted(key) + ":"
                if key == dataHashKey { placeholderAt = header.utf8.count + 1 }
                header += JSONWriter.quoted(meta[key]!)
            }
            header += "}"
        }
        for (n, entry) in layout.enumerated() {
            if n > 0 || !meta.isEmpty { header += "," }
            header +=
                JSONWriter.quoted(entry.name) + ":{\"dtype\":\"\(entry.dtype.rawValue)\",\"shape\":["
                + entry.shape.map(String.init).joined(separator: ",")
                + "],\"data_offsets\":[\(entry.dataRange.lowerBound),\(entry.dataRange.upperBound)]}"
        }
        header += "}"
        let padding = (8 - header.utf8.count % 8) % 8
        header += String(repeating: " ", count: padding)
        let headerLength = header.utf8.count
        dataOffset = 8 + headerLength
        hashPlaceholderOffset = placeholderAt.map { 8 + $0 }

        let directory = Self.directory(of: path)
        switch FileIdentity.ifExists(directory)?.isDirectory {
        case true?: break
        case false?: throw .writeFailed(file: path, reason: "\(directory) is a file, not a folder; choose another path")
        case nil: throw .writeFailed(file: path, reason: "the folder \(directory) does not exist; create it first")
        }
        // A file that cannot fit is refused before anything is computed or written.
        try Self.checkFreeSpace(path: path, directory: directory, needed: dataOffset + offset)
        // What a killed earlier run left (its PID gone) is removed; then this run's own.
        TemporaryFiles.removeStale(for: path)
        temporaryPath = TemporaryFiles.path(for: path)
        // Remembered before it exists, so a SIGTERM at any point after removes it.
        temporarySlot = lorash_temp_remember(temporaryPath)
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 {
            lorash_temp_forget(temporarySlot)
            temporarySlot = -1
            throw .writeFailed(file: path, reason: Self.reason(errno))
        }
        var prefix = [UInt8](repeating: 0, count: 8)
        for i in 0..<8 { prefix[i] = UInt8(truncatingIfNeeded: UInt64(headerLength) >> (8 * UInt64(i))) }
        prefix += Array(header.utf8)
        headerBytes = prefix
        do { try writeAll(prefix, at: 0) } catch {
            cleanUp()
            throw error
        }
    }

    deinit { if !finished { cleanUp() } }

    /// Switches to writing front to back through a staging ring with its own I/O thread
    /// (`RingFileStream`), around the page cache (O_DIRECT) when `bypassingPageCache` and the
    /// filesystem allows. For large outputs written in `layout` order, this overlaps computing,
    /// reading and the disk, lets a kernel compute straight into the bytes that are written
    /// (`reserveTensor`), and spares the CPU the page-cache copy. Tensors must then be written
    /// in `layout` order. Returns false (and changes nothing) where the ring cannot be mapped
    /// (non-Linux systems), when already streaming, or once a tensor has been written.
    /// - Parameters:
    ///   - largestTensor: the size in bytes of the largest tensor that will be passed to
    ///     `reserveTensor`; the ring (four pieces at least) grows to take it.
    ///   - chunkSize: the size of each write to the disk (rounded up to whole pages).
    @discardableResult
    public func startsStreaming(bypassingPageCache: Bool = true, largestTensor: Int = 0, chunkSize: Int = 32 << 20)
        -> Bool
    {
        guard written.isEmpty, stream == nil,
            let stream = RingFileStream(
                temporaryPath: temporaryPath, path: path, bufferedDescriptor: fd,
                bypassesPageCache: bypassingPageCache, largestReservation: largestTensor, chunkSize: chunkSize)
        else { return false }
        var failed = false
        headerBytes.withUnsafeBytes { raw in
            do throws(SafetensorsError) { try stream.append(raw) } catch { failed = true }
        }
        if failed {
            stream.shutDown()
            return false
        }
        self.stream = stream
        filler = SerialWorker(maximumPending: 2, name: "lorash.stream-fill")
        return true
    }

    /// Whether tensors are going through a stream (`startsStreaming()`) that writes around the
    /// page cache (asked for, and not refused by the filesystem).
    public var isStreamingDirectly: Bool { stream?.isDirect ?? false }

    /// The largest tensor `reserveTensor` takes (0 when not streaming).
    public var maximumReservation: Int { stream?.maximumReservation ?? 0 }

    /// Where a streamed tensor's bytes go: fill `bytes` (from any thread), then `commit` it.
    public struct Region: @unchecked Sendable {
        /// The tensor's bytes, in its announced dtype and layout.
        public var bytes: UnsafeMutableRawBufferPointer { region.bytes }
        let region: RingFileStream.Region
    }

    /// The bytes of the tensor announced as `name`, next in `layout` order, to be filled in
    /// place and committed: nothing is copied between computing them and writing them. Waits
    /// while the stream's ring is full. Commit it before writing the next tensor: a later
    /// reservation may wait for this one's bytes to be written.
    /// - Throws: `.unexpectedTensor` (not announced, written twice, out of order, larger than
    ///   `maximumReservation`), `.writeFailed` (an earlier write failed, or not streaming).
    public func reserveTensor(_ name: String) throws(SafetensorsError) -> Region {
        guard let stream else {
            throw .writeFailed(file: path, reason: "reserveTensor needs a stream (startsStreaming)")
        }
        guard let n = index[name] else {
            throw .unexpectedTensor(file: path, tensor: name, reason: "was not announced")
        }
        let byteCount = layout[n].byteCount
        guard byteCount <= stream.maximumReservation else {
            throw .unexpectedTensor(
                file: path, tensor: name,
                reason: "\(byteCount) bytes do not fit the stream's \(stream.maximumReservation)-byte buffer")
        }
        _ = try claim(name, byteCount: byteCount)
        return Region(region: try stream.reserve(byteCount))
    }

    /// Hands a filled region to the I/O thread.
    public func commit(_ region: Region) {
        stream?.commit(region.region)
    }

    /// Queues the tensor announced as `name` to be read from the file open as `descriptor` at
    /// `offset` into its reserved bytes, on the stream's fill thread (`fallback`, the same
    /// bytes memory-mapped, serves where reading fails); `then` runs there afterwards. Not
    /// streaming, it is `copy` followed by `then`.
    /// - Throws: `.unexpectedTensor`, `.writeFailed` (an earlier write failed).
    public func enqueueCopy(
        _ name: String, fromDescriptor descriptor: Int32, offset: Int, fallback: UnsafeRawBufferPointer,
        then: (@Sendable () -> Void)? = nil
    ) throws(SafetensorsError) {
        guard let stream, let filler else {
            try copy(name, fromDescriptor: descriptor, offset: offset, fallback: fallback)
            then?()
            return
        }
        _ = try claim(name, byteCount: fallback.count)
        let source = UncheckedPointer(fallback.baseAddress)
        try stream.reservePieces(fallback.count) { region, start in
            let last = start + region.bytes.count == fallback.count
            filler.enqueue {
                if region.bytes.count > 0 {
                    RingFileStream.read(
                        descriptor, offset: offset + start, into: region.bytes, fallback: source.pointer! + start)
                }
                stream.commit(region)
                if last { then?() }
            }
        }
    }

    /// Queues the tensor announced as `name` to be converted to its announced dtype (float
    /// tensors; `rounding` as in `DTypeConversion`) into its reserved bytes on the stream's
    /// fill thread; `then` runs there afterwards. Not streaming, it is `write` followed by
    /// `then`.
    /// - Throws: `.unexpectedTensor` (also a shape or dtype that does not fit), `.writeFailed`.
    public func enqueueWrite(
        _ name: String, _ tensor: Tensor, rounding: DTypeConversion.Rounding = .nearestEven,
        then: (@Sendable () -> Void)? = nil
    ) throws(SafetensorsError) {
        guard let stream, let filler else {
            var data = tensor
            if let n = index[name], tensor.dtype != layout[n].dtype, tensor.dtype.isFloatingPoint,
                layout[n].dtype.isFloatingPoint
            {
                data = tensor.converted(to: layout[n].dtype, rounding: rounding)
            }
            try write(name, data)
            then?()
            return
        }
        guard let n = index[name] else {
            throw .unexpectedTensor(file: path, tensor: name, reason: "was not announced")
        }
        let entry = layout[n]
        try checkConvertible(name, tensor, to: entry)
        _ = try claim(name, byteCount: entry.byteCount)
        let (sourceType, targetType) = (tensor.dtype, entry.dtype)
        // Pieces are whole pages, so whole elements of any dtype.
        try stream.reservePieces(entry.byteCount) { region, start in
            let (first, count) = (start / targetType.byteSize, region.bytes.count / targetType.byteSize)
            let last = start + region.bytes.count == entry.byteCount
            filler.enqueue {
                if count > 0 {
                    tensor.withUnsafeRawBytes { raw in
                        let from = raw.baseAddress! + first * sourceType.byteSize
                        if sourceType == targetType {  // also integer tensors, which do not convert
                            region.bytes.baseAddress!.copyMemory(from: from, byteCount: region.bytes.count)
                        } else {
                            DTypeConversion.convert(
                                from: from, dtype: sourceType, to: region.bytes.baseAddress!, dtype: targetType,
                                count: count,
                                rounding: rounding, firstIndex: first)
                        }
                    }
                }
                stream.commit(region)
                if last { then?() }
            }
        }
    }

    /// Refuses a tensor whose shape differs from `entry`'s, or whose dtype cannot become its.
    private func checkConvertible(_ name: String, _ tensor: Tensor, to entry: SafetensorsEntry) throws(SafetensorsError)
    {
        guard tensor.shape == entry.shape else {
            throw .unexpectedTensor(
                file: path, tensor: name, reason: "shape \(tensor.shape) differs from announced \(entry.shape)")
        }
        if tensor.dtype != entry.dtype && !(tensor.dtype.isFloatingPoint && entry.dtype.isFloatingPoint) {
            throw .unexpectedTensor(
                file: path, tensor: name, reason: "dtype \(tensor.dtype.rawValue) cannot become \(entry.dtype.rawValue)"
            )
        }
    }

    /// The order the reference serialiser uses: larger dtypes first (safetensors `Dtype` order).
    static func dtypeRank(_ dtype: DType) -> Int {
        switch dtype {
        case .bool: return 0
        case .u8: return 4
        case .i8: return 5
        case .f8e5m2: return 6
        case .f8e4m3: return 7
        case .i16: return 9
        case .f16: return 11
        case .bf16: return 12
        case .i32: return 13
        case .f32: return 15
        case .f64: return 17
        case .i64: return 18
        }
    }

    /// Writes the tensor announced as `name`; float tensors of another dtype are converted.
    /// - Throws: `.unexpectedTensor` (not announced, written twice, wrong shape), `.writeFailed`.
    public func write(_ name: String, _ tensor: Tensor) throws(SafetensorsError) {
        guard let n = index[name] else {
            throw .unexpectedTensor(file: path, tensor: name, reason: "was not announced")
        }
        try checkConvertible(name, tensor, to: layout[n])
        let entry = try claim(name, byteCount: layout[n].byteCount)
        let data = tensor.converted(to: entry.dtype)
        var failure: SafetensorsError? = nil
        data.withUnsafeRawBytes { bytes in
            do throws(SafetensorsError) {
                if let stream {
                    try stream.append(bytes)
                } else {
                    try writeAll(bytes, at: dataOffset + entry.dataRange.lowerBound)
                }
            } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes the raw bytes of the tensor announced as `name`, already in its announced dtype
    /// and layout (the streaming bake's output buffers).
    /// - Throws: `.unexpectedTensor` (not announced, written twice, wrong byte count), `.writeFailed`.
    public func write(_ name: String, bytes: UnsafeRawBufferPointer) throws(SafetensorsError) {
        let entry = try claim(name, byteCount: bytes.count)
        if let stream {
            try stream.append(bytes)
        } else {
            try writeAll(bytes, at: dataOffset + entry.dataRange.lowerBound)
        }
    }

    /// Writes the tensor announced as `name` by copying `fallback.count` bytes from the file
    /// open as `descriptor` at `offset`. Through the page cache, the copy happens inside the
    /// kernel (`copy_file_range`: no pages pass through this process, and filesystems that can
    /// share extents do); in a stream, the bytes are read straight into its ring.
    /// Where neither works, the bytes are written from `fallback`, which must hold the same
    /// bytes (the memory-mapped source).
    /// - Throws: `.unexpectedTensor`, `.writeFailed`.
    public func copy(_ name: String, fromDescriptor descriptor: Int32, offset: Int, fallback: UnsafeRawBufferPointer)
        throws(SafetensorsError)
    {
        let entry = try claim(name, byteCount: fallback.count)
        let target = dataOffset + entry.dataRange.lowerBound
        if let stream {
            // Read straight into the stream's ring (no page-cache copy on the way out).
            try stream.reservePieces(fallback.count) { region, start in
                if region.bytes.count > 0 {
                    RingFileStream.read(
                        descriptor, offset: offset + start, into: region.bytes, fallback: fallback.baseAddress! + start)
                }
                stream.commit(region)
            }
            return
        }
        var done = 0
        #if os(Linux)
            while done < fallback.count {
                var input = offset + done
                var output = target + done
                let n = lorash_copy_file_range(descriptor, &input, fd, &output, UInt(fallback.count - done))
                if n > 0 { done += n; continue }
                if n < 0 && errno == EINTR { continue }
                if n < 0 && ![EXDEV, ENOSYS, EINVAL, EOPNOTSUPP, EBADF].contains(errno) {
                    throw .writeFailed(file: path, reason: Self.reason(errno))
                }
                break  // not supported here (or end of the source file): write the rest from memory
            }
        #endif
        if done < fallback.count {
            try writeAll(UnsafeRawBufferPointer(rebasing: fallback[done...]), at: target + done)
        }
        startWriteback(offset: target, count: done)
    }

    /// In a stream, refuses a tensor that does not start where the stream is.
    private func checkStreamOrder(_ name: String, _ offset: Int) throws(SafetensorsError) {
        if let stream, stream.position != offset {
            throw .unexpectedTensor(
                file: path, tensor: name, reason: "written out of order (a streamed file is written front to back)")
        }
    }

    /// Marks `name` written, checking it was announced, not yet written, and `byteCount` long.
    private func claim(_ name: String, byteCount: Int) throws(SafetensorsError) -> SafetensorsEntry {
        guard let n = index[name] else {
            throw .unexpectedTensor(file: path, tensor: name, reason: "was not announced")
        }
        let entry = layout[n]
        guard entry.byteCount == byteCount else {
            throw .unexpectedTensor(
                file: path, tensor: name, reason: "\(byteCount) bytes where \(entry.byteCount) were announced")
        }
        guard !written.contains(name) else {
            throw .unexpectedTensor(file: path, tensor: name, reason: "written twice")
        }
        try checkStreamOrder(name, dataOffset + entry.dataRange.lowerBound)
        written.insert(name)
        return entry
    }

    /// Checks every tensor was written, fills the data hash, syncs and renames into place.
    /// - Throws: `.missingTensors`, `.outputExists`, `.outputIsInput`, `.writeFailed`.
    @discardableResult
    public func finish() throws(SafetensorsError) -> Result {
        let missing = layout.map(\.name).filter { !written.contains($0) }
        if !missing.isEmpty { throw .missingTensors(file: path, tensors: missing) }
        let total = dataOffset + (layout.last?.dataRange.upperBound ?? 0)
        if let stream {
            defer {
                stream.shutDown()
                self.stream = nil
            }
            filler?.drain()  // every queued copy and conversion is in the ring
            filler = nil
            do throws(SafetensorsError) {
                try stream.finish()  // the tail, padded; truncated to `total` below
            } catch {
                cancel()  // what was streamed is incomplete: nothing to finish later
                throw error
            }
            guard stream.position == total else {
                throw .writeFailed(file: path, reason: "the stream stopped at byte \(stream.position) of \(total)")
            }
        }
        // After the stream, whose first piece holds the header as it was first written.
        for (at, bytes) in headerReplacements { try writeAll(bytes, at: at) }
        var hash: String? = nil
        if let at = hashPlaceholderOffset {
            // Read back from the page cache: tensors may have been written in any order.
            do {
                let mapped = try MappedFile(path: temporaryPath)
                // In 64 MiB pieces, each released after hashing, so reading back a large file
                // does not add its size to this process's memory.
                var digest = SHA256()
                let piece = 64 << 20
                for start in stride(from: dataOffset, to: total, by: piece) {
                    let count = Swift.min(piece, total - start)
                    digest.update(UnsafeRawBufferPointer(start: mapped.bytes! + start, count: count))
                    mapped.dropPages(offset: start, count: count)
                }
                hash = SHA256.hexString(digest.finalize())
            } catch {
                throw .writeFailed(file: path, reason: "cannot read back the temporary file: \(error)")
            }
            try writeAll(Array(hash!.utf8), at: at)
        }
        // Tensors written at their offsets leave the file as long as its last non-empty one.
        if ftruncate(fd, off_t(total)) != 0 { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
        if fsync(fd) != 0 { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
        close(fd)
        fd = -1
        try Self.checkTarget(path, overwrite: overwrite, inputs: inputs)
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            cleanUp()
            throw .writeFailed(file: path, reason: reason)
        }
        lorash_temp_forget(temporarySlot)
        temporarySlot = -1
        finished = true
        return Result(path: path, fileSize: total, dataSHA256: hash)
    }

    /// Replaces `token` in the header with `value` of the same length when the file is finished
    /// (a metadata value only known once the data is written, such as an input's hash computed
    /// meanwhile). Call before `finish`.
    public func replaceInHeader(_ token: String, with value: String) {
        let needle = Array(token.utf8), replacement = Array(value.utf8)
        precondition(
            needle.count == replacement.count && !needle.isEmpty, "a header value is replaced by one of the same length"
        )
        guard
            let at = (0...(headerBytes.count - needle.count)).first(where: {
                headerBytes[$0..<$0 + needle.count].elementsEqual(needle)
            })
        else {
            preconditionFailure("'\(token)' is not in the header")
        }
        headerReplacements.append((at, replacement))
    }

    /// Abandons the file: the temporary file is removed and the target left untouched.
    public func cancel() {
        if !finished { cleanUp() }
        finished = true
    }

    private func cleanUp() {
        filler?.cancel()  // waits for a fill in progress
        filler = nil
        stream?.shutDown()  // waits for a write in flight before the descriptors close
        stream = nil
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporaryPath)
        lorash_temp_forget(temporarySlot)
        temporarySlot = -1  // a second clean-up must not free a slot another writer took since
    }

    private func writeAll(_ bytes: [UInt8], at offset: Int) throws(SafetensorsError) {
        var failure: SafetensorsError? = nil
        bytes.withUnsafeBytes { raw in
            do throws(SafetensorsError) { try writeAll(raw, at: offset) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(SafetensorsError) {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(file: path, reason: Self.reason(errno))
            }
            done += n
        }
        startWriteback(offset: offset, count: bytes.count)
    }

    /// Refuses a file of `needed` bytes when the filesystem holding `directory` has fewer free
    /// (for this user). Where the free space cannot be read (or the filesystem reports no
    /// blocks), nothing is checked.
    static func checkFreeSpace(path: String, directory: String, needed: Int) throws(SafetensorsError) {
        var stats = statvfs()
        // Some network and FUSE filesystems report no blocks at all: nothing to check there.
        guard statvfs(directory, &stats) == 0, stats.f_blocks > 0 else { return }
        let (available, overflow) = Int(clamping: stats.f_bavail).multipliedReportingOverflow(
            by: Int(clamping: stats.f_frsize))
        if !overflow && needed > available {
            throw .writeFailed(
                file: path,
                reason: "it needs \(FileSummary.size(needed)) and only \(FileSummary.size(available)) are free there "
                    + "(nothing was written; free some space or write to another folder)")
        }
    }

    /// `errno`'s text, with what to do when the disk (or the file-size limit) is full or the
    /// folder is not writable: one wording for every writer (bake, save, convert, render).
    public static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        if code == ENOSPC || code == EFBIG || code == EDQUOT {
            return text + " (nothing was kept; free some space or write to another folder)"
        }
        if code == EACCES || code == EPERM || code == EROFS {
            return text
                + " (nothing was written; the folder is not writable: write to another folder or change its permissions)"
        }
        return text
    }

    /// Asks the kernel to start writing `count` bytes at `offset` to disk, without waiting.
    private func startWriteback(offset: Int, count: Int) {
        #if os(Linux)
            if writesBackAsItGoes && count > 0 {
                _ = lorash_start_writeback(fd, offset, count)
            }
        #endif
    }

    /// Refuses an existing target without `overwrite`, and any target that is one of `inputs`.
    static func checkTarget(_ path: String, overwrite: Bool, inputs: [String]) throws(SafetensorsError) {
        guard let target = FileIdentity.ifExists(path) else { return }
        for input in inputs {
            if let identity = FileIdentity.ifExists(input), identity.sameFile(as: target) {
                throw .outputIsInput(file: path, input: input)
            }
        }
        if target.isDirectory {
            throw .writeFailed(file: path, reason: "it is a folder; give a file name (e.g. \(path)/out.safetensors)")
        }
        // Renaming over a device or a pipe would replace it (/dev/null) with a regular file.
        if !target.isRegularFile {
            throw .writeFailed(file: path, reason: "is not a regular file (a device, pipe or socket); write to a file")
        }
        if !overwrite { throw .outputExists(file: path) }
    }

    /// The folder of `path` (`.` when it has none), as `FilePaths.folder(of:)` splits it.
    static func directory(of path: String) -> String {
        let folder = FilePaths.folder(of: path)
        return folder.isEmpty ? "." : folder
    }
}

extension SafetensorsWriter {
    /// Writes `tensors` (name, tensor) to `path` in one call.
    /// - Throws: as `init` and `finish`.
    @discardableResult
    public static func write(
        path: String, tensors: [(String, Tensor)], metadata: [String: String] = [:], overwrite: Bool = false,
        inputs: [String] = [], dataHashKey: String? = nil
    ) throws(SafetensorsError) -> Result {
        let writer = try SafetensorsWriter(
            path: path, tensors: tensors.map { Spec(name: $0.0, dtype: $0.1.dtype, shape: $0.1.shape) },
            metadata: metadata, overwrite: overwrite, inputs: inputs, dataHashKey: dataHashKey)
        for (name, tensor) in tensors { try writer.write(name, tensor) }
        return try writer.finish()
    }
}

/// A read-only address handed to the stream's fill thread (the memory-mapped source outlives
/// the writer's jobs: `finish` and `cancel` wait for them).
private struct UncheckedPointer: @unchecked Sendable {
    let pointer: UnsafeRawPointer?
    init(_ pointer: UnsafeRawPointer?) { self.pointer = pointer }
}
