import LoraEngine

/// A safetensors file opened for reading: memory-mapped, header parsed and validated, tensors
/// handed out as zero-copy views.
///
/// Opening reads only the header pages, so a 7 GB checkpoint opens in milliseconds with almost
/// no resident memory; a tensor's pages are read when its bytes are first touched. The file is
/// never written.
public final class SafetensorsReader: @unchecked Sendable {
    /// The path the file was opened from.
    public let path: String
    /// The file size in bytes.
    public let fileSize: Int
    /// The validated header.
    public let header: SafetensorsHeader
    private let file: MappedFile
    /// The file as it was when mapped (to notice it being rewritten in place later).
    public let snapshot: FileSnapshot?
    private let index: [String: Int]

    /// Tensor entries in data order.
    public var entries: [SafetensorsEntry] { header.entries }
    /// The `__metadata__` map.
    public var metadata: [String: String] { header.metadata }
    /// Tensor names in data order.
    public var names: [String] { header.entries.map(\.name) }

    /// Opens and validates `path`.
    /// - Throws: `SafetensorsError` naming the file (and tensor) for every format violation,
    ///   a missing file, a directory, an empty or foreign file.
    /// - Complexity: O(header) time; no tensor data is read.
    public init(path: String) throws(SafetensorsError) {
        self.path = path
        do {
            file = try MappedFile(path: path)
        } catch let error as MappedFile.MapError {
            switch error {
            case .isDirectory: throw .isDirectory(file: path)
            case .cannotOpen(_, let reason), .cannotMap(_, let reason): throw .cannotOpen(file: path, reason: reason)
            case .notRegularFile:
                throw .cannotOpen(
                    file: path, reason: "not a regular file (a device, pipe or socket); save it to a file first")
            }
        } catch {
            throw .cannotOpen(file: path, reason: "\(error)")
        }
        fileSize = file.size
        snapshot = FileSnapshot(path: path)
        let bytes = UnsafeRawBufferPointer(start: file.bytes, count: file.size)
        header = try SafetensorsHeader(file: path, bytes: bytes, fileSize: file.size)
        var index: [String: Int] = [:]
        for (n, entry) in header.entries.enumerated() { index[entry.name] = n }
        self.index = index
    }

    /// The entry named `name`, if present.
    public func entry(named name: String) -> SafetensorsEntry? {
        index[name].map { header.entries[$0] }
    }

    /// Whether a tensor named `name` is present.
    public func contains(_ name: String) -> Bool { index[name] != nil }

    /// The tensor named `name` as a zero-copy view of the mapped file.
    /// - Throws: `SafetensorsError.tensorNotFound`.
    /// - Complexity: O(1); pages are read when the bytes are touched.
    public func tensor(named name: String) throws(SafetensorsError) -> Tensor {
        guard let entry = entry(named: name) else { throw .tensorNotFound(file: path, tensor: name) }
        return tensor(for: entry)
    }

    /// The tensor of `entry` (which must come from this reader) as a zero-copy view.
    public func tensor(for entry: SafetensorsEntry) -> Tensor {
        let start = header.dataOffset + entry.dataRange.lowerBound
        if entry.byteCount == 0 {
            return Tensor(shape: entry.shape, dtype: entry.dtype, storage: TensorStorage(zeroedByteCount: 0))
        }
        let storage = TensorStorage(viewOf: file.bytes! + start, byteCount: entry.byteCount, owner: file)
        return Tensor(shape: entry.shape, dtype: entry.dtype, storage: storage)
    }

    /// Calls `body` with the raw bytes of the data section (for hashing).
    public func withDataSection<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let count = fileSize - header.dataOffset
        if count == 0 { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeRawBufferPointer(start: file.bytes! + header.dataOffset, count: count))
    }

    /// A read-only descriptor of this same file and the file offset of `entry`'s bytes, for
    /// copying them inside the kernel; nil when the file on disk is no longer the mapped one.
    /// The caller closes the descriptor.
    public func openDescriptor() -> Int32? { file.openDescriptor() }

    /// The offset in the file of `entry`'s first byte.
    public func fileOffset(of entry: SafetensorsEntry) -> Int { header.dataOffset + entry.dataRange.lowerBound }

    /// The bytes of `entry` in the mapped file (empty for an empty tensor).
    public func bytes(of entry: SafetensorsEntry) -> UnsafeRawBufferPointer {
        guard entry.byteCount > 0, let base = file.bytes else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + fileOffset(of: entry), count: entry.byteCount)
    }

    /// Tells the kernel how the bytes of `entry` will be read: `.random` before touching a few
    /// scattered elements (each page fault then reads one page, not the read-ahead window),
    /// `.normal` to restore the default.
    public func advise(_ pattern: MappedFile.AccessPattern, for entry: SafetensorsEntry) {
        file.advise(pattern, offset: fileOffset(of: entry), count: entry.byteCount)
    }

    /// Tells the kernel how the whole data section will be read: `.random` while reading a few
    /// values scattered over the file (a LoRA's alpha scalars, one per module), `.normal` after.
    public func adviseData(_ pattern: MappedFile.AccessPattern) {
        file.advise(pattern, offset: header.dataOffset, count: fileSize - header.dataOffset)
    }

    /// Tells the kernel the pages of `entry` are no longer needed (bounded memory when streaming).
    public func release(_ entry: SafetensorsEntry) {
        file.dropPages(offset: header.dataOffset + entry.dataRange.lowerBound, count: entry.byteCount)
    }
}
