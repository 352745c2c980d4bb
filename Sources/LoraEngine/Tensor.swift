/// An n-dimensional array of one `DType`, with value semantics.
///
/// `Tensor` is a struct over shared, copy-on-write `TensorStorage`: copies are free until one
/// of them is written, and a tensor read from a memory-mapped file is a zero-copy view whose
/// pages are only read when touched. Data is dense and row-major (C order), as safetensors
/// stores it.
public struct Tensor: Sendable {
    /// Extent of each dimension; `[]` is a scalar (one element).
    public private(set) var shape: [Int]
    /// Element type.
    public let dtype: DType
    /// The bytes; shared between copies until one is written.
    public private(set) var storage: TensorStorage
    /// Byte offset of the first element inside `storage`.
    public private(set) var byteOffset: Int

    /// Number of elements (product of `shape`).
    public var count: Int { shape.reduce(1, *) }
    /// Number of bytes of data.
    public var byteCount: Int { count * dtype.byteSize }
    /// Number of dimensions.
    public var rank: Int { shape.count }

    /// A tensor over existing storage (for example a view into a mapped file).
    /// - Precondition: the bytes `byteOffset ..< byteOffset + count·byteSize` lie inside `storage`.
    public init(shape: [Int], dtype: DType, storage: TensorStorage, byteOffset: Int = 0) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in \(shape)")
        precondition(
            byteOffset >= 0 && byteOffset + shape.reduce(1, *) * dtype.byteSize <= storage.byteCount,
            "tensor bytes out of storage bounds")
        self.shape = shape
        self.dtype = dtype
        self.storage = storage
        self.byteOffset = byteOffset
    }

    /// A zero-filled tensor.
    public init(zeros shape: [Int], dtype: DType = .f32) {
        let bytes = shape.reduce(1, *) * dtype.byteSize
        self.init(shape: shape, dtype: dtype, storage: TensorStorage(zeroedByteCount: bytes))
    }

    /// A tensor whose bytes are not initialised: the caller must write every element before
    /// reading any (kernels that overwrite their output use it to skip zero-filling).
    public init(uninitialized shape: [Int], dtype: DType = .f32) {
        let bytes = shape.reduce(1, *) * dtype.byteSize
        self.init(shape: shape, dtype: dtype, storage: TensorStorage(uninitializedByteCount: bytes))
    }

    /// An F32 tensor holding `values` in row-major order.
    /// - Precondition: `values.count` equals the product of `shape`.
    public init(shape: [Int], values: [Float]) {
        precondition(values.count == shape.reduce(1, *), "\(values.count) values for shape \(shape)")
        let storage = TensorStorage(uninitializedByteCount: values.count * 4)
        values.withUnsafeBytes { storage.baseAddress.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        self.init(shape: shape, dtype: .f32, storage: storage)
    }

    /// Calls `body` with the tensor's raw bytes.
    public func withUnsafeRawBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: storage.baseAddress + byteOffset, count: byteCount))
    }

    /// Calls `body` with the tensor's raw bytes for writing, copying them first unless this
    /// value is the unique owner of owned storage (copy-on-write).
    public mutating func withUnsafeMutableRawBytes<R>(
        _ body: (UnsafeMutableRawBufferPointer) throws -> R
    ) rethrows -> R {
        makeUniqueAndOwned()
        return try body(UnsafeMutableRawBufferPointer(start: storage.baseAddress + byteOffset, count: byteCount))
    }

    /// Calls `body` with the elements of an F32 tensor.
    /// - Precondition: `dtype == .f32`.
    public func withUnsafeFloats<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        precondition(dtype == .f32, "withUnsafeFloats on a \(dtype.rawValue) tensor")
        return try withUnsafeRawBytes { try body($0.bindMemory(to: Float.self)) }
    }

    /// Calls `body` with the writable elements of an F32 tensor (copy-on-write).
    /// - Precondition: `dtype == .f32`.
    public mutating func withUnsafeMutableFloats<R>(
        _ body: (UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        precondition(dtype == .f32, "withUnsafeMutableFloats on a \(dtype.rawValue) tensor")
        return try withUnsafeMutableRawBytes { try body($0.bindMemory(to: Float.self)) }
    }

    /// The same elements under another shape with the same element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        precondition(newShape.reduce(1, *) == count, "cannot reshape \(shape) to \(newShape)")
        var copy = self
        copy.shape = newShape
        return copy
    }

    private mutating func makeUniqueAndOwned() {
        if !isKnownUniquelyReferenced(&storage) || !storage.isOwned
            || byteOffset != 0 || storage.byteCount != byteCount
        {
            let fresh = TensorStorage(uninitializedByteCount: byteCount)
            fresh.baseAddress.copyMemory(from: storage.baseAddress + byteOffset, byteCount: byteCount)
            storage = fresh
            byteOffset = 0
        }
    }
}
