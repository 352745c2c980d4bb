/// Shape changes: transpose, row slices, flattening to a matrix.
extension Tensor {
    /// Rows (first-dimension extent) of a tensor seen as a matrix.
    public var rows: Int { shape.first ?? 1 }
    /// Columns of a tensor seen as a matrix: the product of all dimensions after the first.
    public var columns: Int { shape.dropFirst().reduce(1, *) }

    /// The tensor as a rows × columns matrix (conv kernels r × in × kh × kw become
    /// r × (in·kh·kw)); zero-copy.
    public func flattenedToMatrix() -> Tensor {
        rank == 2 ? self : reshaped([rows, columns])
    }

    /// A zero-copy view of the rows `range` (along the first dimension), for fused weights
    /// such as q|k|v stacked in one tensor.
    /// - Precondition: `rank ≥ 1` and `range` lies inside `0..<shape[0]`.
    public func rowSlice(_ range: Range<Int>) -> Tensor {
        precondition(
            rank >= 1 && range.lowerBound >= 0 && range.upperBound <= shape[0], "rows \(range) outside \(shape)")
        var newShape = shape
        newShape[0] = range.count
        let rowBytes = columns * dtype.byteSize
        return Tensor(
            shape: newShape, dtype: dtype, storage: storage, byteOffset: byteOffset + range.lowerBound * rowBytes)
    }

    /// The transpose of a matrix, in the same dtype (blocked copy for cache locality).
    /// - Precondition: `rank == 2`.
    /// - Complexity: O(count).
    public func transposed() -> Tensor {
        precondition(rank == 2, "transposed() needs a matrix, got shape \(shape)")
        let m = shape[0]
        let n = shape[1]
        let size = dtype.byteSize
        let out = TensorStorage(uninitializedByteCount: m * n * size)
        withUnsafeRawBytes { src in
            guard let s = src.baseAddress else { return }
            let d = out.baseAddress
            let block = 32
            for i0 in stride(from: 0, to: m, by: block) {
                for j0 in stride(from: 0, to: n, by: block) {
                    for i in i0..<Swift.min(i0 + block, m) {
                        for j in j0..<Swift.min(j0 + block, n) {
                            switch size {
                            case 4:
                                (d + (j * m + i) * 4).storeBytes(
                                    of: s.load(fromByteOffset: (i * n + j) * 4, as: UInt32.self), as: UInt32.self)
                            case 2:
                                (d + (j * m + i) * 2).storeBytes(
                                    of: s.load(fromByteOffset: (i * n + j) * 2, as: UInt16.self), as: UInt16.self)
                            case 8:
                                (d + (j * m + i) * 8).storeBytes(
                                    of: s.load(fromByteOffset: (i * n + j) * 8, as: UInt64.self), as: UInt64.self)
                            default:
                                (d + (j * m + i)).storeBytes(
                                    of: s.load(fromByteOffset: i * n + j, as: UInt8.self), as: UInt8.self)
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: [n, m], dtype: dtype, storage: out)
    }

    /// Concatenates tensors along the first dimension (all other dimensions and the dtype equal).
    public static func concatenatingRows(_ parts: [Tensor]) -> Tensor {
        precondition(!parts.isEmpty, "nothing to concatenate")
        let tail = Array(parts[0].shape.dropFirst())
        let dtype = parts[0].dtype
        precondition(
            parts.allSatisfy { Array($0.shape.dropFirst()) == tail && $0.dtype == dtype },
            "concatenatingRows: shapes or dtypes differ")
        let total = parts.reduce(0) { $0 + $1.byteCount }
        let out = TensorStorage(uninitializedByteCount: total)
        var offset = 0
        for part in parts {
            part.withUnsafeRawBytes {
                if $0.count > 0 { (out.baseAddress + offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            }
            offset += part.byteCount
        }
        return Tensor(shape: [parts.reduce(0) { $0 + $1.rows }] + tail, dtype: dtype, storage: out)
    }
}
