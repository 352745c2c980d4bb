/// A matrix packed once as the right operand B of many products (a layer's weights): the
/// product then skips packing B, which for a weight multiplied by few rows (the text
/// encoder's 77 tokens, the U-Net's 8×8 levels) costs as much as the arithmetic, and which
/// the unpacked product does on every call.
///
/// Layout: KC-row slices of B in order; within a slice of `kcᵢ` rows, NR-wide panels in order,
/// each `kcᵢ × NR` values row-major (panel j, row p, lane q is B[slice + p, j·NR + q]), the last
/// panel zero-padded. This is exactly what `GEMM.packB` writes for a whole slice, so products
/// with packed and unpacked B do the same arithmetic and give the same bits.
public struct PackedMatrix: Sendable {
    /// Rows of B (the product's inner dimension).
    public let rows: Int
    /// Columns of B (the product's output width).
    public let columns: Int
    /// The packed values (`rows × paddedColumns`).
    let values: ContiguousArray<Float>

    /// Columns rounded up to whole panels.
    var paddedColumns: Int { (columns + GEMM.nr - 1) / GEMM.nr * GEMM.nr }

    /// Packs `matrix` (any float dtype, converted to F32), or its transpose.
    /// - Parameters:
    ///   - matrix: rows × columns, or columns × rows when `transposed` (a linear layer's
    ///     weight [out, in] is packed transposed, as the B of x·Wᵀ).
    ///   - threads: workers for the packing; the result does not depend on it.
    /// - Precondition: `matrix` is rank 2 (conv kernels are flattened).
    public init(_ matrix: Tensor, transposed: Bool = false, threads: Int = ParallelFor.defaultThreadCount) {
        let m32 = matrix.flattenedToMatrix().converted(to: .f32)
        let k = transposed ? m32.columns : m32.rows
        let n = transposed ? m32.rows : m32.columns
        let ld = m32.columns
        rows = k
        columns = n
        let panels = (n + GEMM.nr - 1) / GEMM.nr
        let padded = panels * GEMM.nr
        var packed = ContiguousArray<Float>(repeating: 0, count: k * padded)
        m32.withUnsafeFloats { source in
            packed.withUnsafeMutableBufferPointer { target in
                guard let s = source.baseAddress, let t = target.baseAddress else { return }
                let operand = GEMM.Operand(base: s, rowStride: transposed ? 1 : ld, columnStride: transposed ? ld : 1)
                let slices = (k + GEMM.kc - 1) / GEMM.kc
                let shared = UncheckedSendable(t)
                ParallelFor.forEach(items: slices, workers: threads) { slice, _ in
                    let pc = slice * GEMM.kc
                    GEMM.packB(
                        operand, rows: pc, kc: Swift.min(GEMM.kc, k - pc), columns: 0, nc: n,
                        into: shared.value + pc * padded)
                }
            }
        }
        values = packed
    }

    /// B as an F32 matrix [rows, columns], or its transpose [columns, rows].
    /// - Complexity: O(rows·columns).
    public func matrix(transposed: Bool = false) -> Tensor {
        let (k, n, padded) = (rows, columns, paddedColumns)
        var out = Tensor(uninitialized: transposed ? [n, k] : [k, n])
        out.withUnsafeMutableFloats { target in
            values.withUnsafeBufferPointer { source in
                guard let t = target.baseAddress, let s = source.baseAddress else { return }
                for pc in stride(from: 0, to: k, by: GEMM.kc) {
                    let kcCur = Swift.min(GEMM.kc, k - pc)
                    let slice = s + pc * padded
                    for j in 0..<n {
                        let panel = slice + (j / GEMM.nr) * kcCur * GEMM.nr + j % GEMM.nr
                        for p in 0..<kcCur {
                            let value = panel[p * GEMM.nr]
                            if transposed { t[j * k + pc + p] = value } else { t[(pc + p) * n + j] = value }
                        }
                    }
                }
            }
        }
        return out
    }
}

extension GEMM {
    /// C ← α·op(A)·B + β·C in place with a B packed beforehand (β = 0 overwrites C). Same bits
    /// as `multiplyAdd` with B unpacked, on any thread count.
    /// - Precondition: `c` has m·`b.columns` elements; op(A) has `b.rows` columns.
    /// - Complexity: O(m·n·k).
    public static func multiplyAdd(
        _ a: Tensor, transposeA: Bool = false, _ b: PackedMatrix, alpha: Float = 1, beta: Float,
        into c: inout Tensor, threads: Int = ParallelFor.defaultThreadCount
    ) {
        let a32 = a.flattenedToMatrix().converted(to: .f32)
        let m = transposeA ? a32.columns : a32.rows
        let k = transposeA ? a32.rows : a32.columns
        precondition(k == b.rows, "GEMM inner dimensions differ: \(a.shape) · packed [\(b.rows), \(b.columns)]")
        if c.dtype != .f32 { c = c.converted(to: .f32) }
        precondition(c.count == m * b.columns, "GEMM output \(c.shape) is not \(m) × \(b.columns)")
        let lda = a32.columns
        let n = b.columns
        a32.withUnsafeFloats { ap in
            b.values.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableFloats { cp in
                    guard let cBase = cp.baseAddress else { return }
                    let bBase = bp.baseAddress ?? UnsafePointer(cBase)  // k = 0: B is never read
                    let aOperand = Operand(
                        base: ap.baseAddress ?? UnsafePointer(cBase), rowStride: transposeA ? 1 : lda,
                        columnStride: transposeA ? lda : 1)
                    sgemm(
                        m: m, n: n, k: k, alpha: alpha, a: aOperand, b: .packed(bBase), beta: beta, c: cBase, ldc: n,
                        threads: threads)
                }
            }
        }
    }

    /// op(A)·B as a new F32 tensor (m × `b.columns`), with a B packed beforehand.
    /// - Complexity: O(m·n·k).
    public static func product(
        _ a: Tensor, transposeA: Bool = false, _ b: PackedMatrix, alpha: Float = 1,
        threads: Int = ParallelFor.defaultThreadCount
    ) -> Tensor {
        let m = transposeA ? a.columns : a.rows
        var c = Tensor(uninitialized: [m, b.columns])
        multiplyAdd(a, transposeA: transposeA, b, alpha: alpha, beta: 0, into: &c, threads: threads)
        return c
    }
}
