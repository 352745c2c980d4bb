/// Single-precision matrix multiplication, C ← α·op(A)·op(B) + β·C, the BLIS way.
///
/// Structure (Van Zee & van de Geijn, "BLIS: A Framework for Rapidly Instantiating BLAS
/// Functionality", ACM TOMS 41(3), 2015; Goto & van de Geijn, "Anatomy of High-Performance
/// Matrix Multiplication", ACM TOMS 34(3), 2008): five loops around a register-blocked
/// micro-kernel. For each NC-wide column block and KC-deep slice of the inner dimension, B is
/// packed once into zero-padded NR-wide slivers (kept in L3, one sliver in L1); the MC-high row
/// blocks of A are packed into MR-high slivers (kept in L2) by the worker that owns the block;
/// the micro-kernel keeps an MR × NR = 6 × 16 tile of C in twelve 8-lane registers and performs
/// one rank-1 update per step with fused multiply-adds.
///
/// Determinism: workers split the *output* (row blocks of C), never the sum over k; every
/// element is accumulated in the same order (KC slices in order, then k inside a slice) on
/// any thread count, so results are bit-identical for 1, 2 or 8 threads.
public enum GEMM {
    /// How products are accumulated.
    public enum Accumulation: Sendable {
        /// F32 fused multiply-adds (the fast path).
        case float
        /// F64 sums of F32 products, rounded once to F32 at the end (slower; for long sums
        /// where F32 rounding error would matter).
        case double
    }

    static let mr = 6
    static let nr = 16
    static let kc = 256
    static let mc = 120
    static let nc = 4096

    /// op(A)·op(B) as a new F32 tensor (m × n).
    ///
    /// - Parameters:
    ///   - a: m × k (k × m when `transposeA`); any float dtype (converted to F32 once).
    ///   - b: k × n (n × k when `transposeB`).
    ///   - alpha: scales the product.
    ///   - threads: worker count; the result does not depend on it.
    ///   - accumulation: `.float` (default) or `.double`.
    /// - Precondition: rank-2 operands with matching inner dimensions.
    /// - Complexity: O(m·n·k).
    public static func product(
        _ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false, alpha: Float = 1,
        threads: Int = ParallelFor.defaultThreadCount, accumulation: Accumulation = .float
    ) -> Tensor {
        let m = transposeA ? a.columns : a.rows
        let n = transposeB ? b.rows : b.columns
        var c = Tensor(uninitialized: [m, n])
        multiplyAdd(
            a, b, transposeA: transposeA, transposeB: transposeB, alpha: alpha, beta: 0, into: &c,
            threads: threads, accumulation: accumulation)
        return c
    }

    /// C ← α·op(A)·op(B) + β·C in place (β = 0 overwrites C without reading it).
    ///
    /// C is made F32 first if it is not (then β applies to its F32 values); for a weight kept
    /// in F16/BF16/fp8 use `FusedBake`, which never widens the whole tensor.
    /// - Precondition: `c` has m·n elements; `a`, `b` are matrices (conv kernels are flattened).
    /// - Complexity: O(m·n·k).
    public static func multiplyAdd(
        _ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false, alpha: Float = 1,
        beta: Float, into c: inout Tensor, threads: Int = ParallelFor.defaultThreadCount,
        accumulation: Accumulation = .float
    ) {
        let a32 = a.flattenedToMatrix().converted(to: .f32)
        let b32 = b.flattenedToMatrix().converted(to: .f32)
        let m = transposeA ? a32.columns : a32.rows
        let k = transposeA ? a32.rows : a32.columns
        let kb = transposeB ? b32.columns : b32.rows
        let n = transposeB ? b32.rows : b32.columns
        precondition(k == kb, "GEMM inner dimensions differ: \(a.shape) · \(b.shape)")
        if c.dtype != .f32 { c = c.converted(to: .f32) }
        precondition(c.count == m * n, "GEMM output \(c.shape) is not \(m) × \(n)")
        let lda = a32.columns
        let ldb = b32.columns
        a32.withUnsafeFloats { ap in
            b32.withUnsafeFloats { bp in
                c.withUnsafeMutableFloats { cp in
                    guard let cBase = cp.baseAddress else { return }
                    let aOperand = Operand(
                        base: ap.baseAddress ?? UnsafePointer(cBase), rowStride: transposeA ? 1 : lda,
                        columnStride: transposeA ? lda : 1)
                    let bOperand = Operand(
                        base: bp.baseAddress ?? UnsafePointer(cBase), rowStride: transposeB ? 1 : ldb,
                        columnStride: transposeB ? ldb : 1)
                    switch accumulation {
                    case .float:
                        sgemm(
                            m: m, n: n, k: k, alpha: alpha, a: aOperand, b: bOperand, beta: beta, c: cBase, ldc: n,
                            threads: threads)
                    case .double:
                        sgemmDoubleAccumulation(
                            m: m, n: n, k: k, alpha: alpha, a: aOperand, b: bOperand, beta: beta, c: cBase, ldc: n,
                            threads: threads)
                    }
                }
            }
        }
    }

    /// A strided read-only view of a matrix: element (i, j) is `base[i·rowStride + j·columnStride]`.
    struct Operand {
        let base: UnsafePointer<Float>
        let rowStride: Int
        let columnStride: Int
        @inline(__always) subscript(i: Int, j: Int) -> Float { base[i * rowStride + j * columnStride] }
    }

    /// The blocked, packed, multi-threaded kernel on raw pointers (C is row-major with leading
    /// dimension `ldc`). B is packed slice by slice as the product runs.
    static func sgemm(
        m: Int, n: Int, k: Int, alpha: Float, a: Operand, b: Operand, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int
    ) {
        sgemm(m: m, n: n, k: k, alpha: alpha, a: a, b: .strided(b), beta: beta, c: c, ldc: ldc, threads: threads)
    }

    /// Where the micro-kernel's B slivers come from.
    enum RightOperand {
        /// Packed slice by slice as the product runs.
        case strided(Operand)
        /// Packed beforehand in `PackedMatrix`'s layout.
        case packed(UnsafePointer<Float>)
    }

    /// The five loops: for each NC-wide column block and KC slice, B's slice is packed (shared
    /// out between the workers when it is big) or found in the packed matrix, then the work
    /// items of the block (row blocks × column chunks, see `Partition`) run over it. All
    /// workers work on the same slice at a time, so it stays in the shared cache.
    static func sgemm(
        m: Int, n: Int, k: Int, alpha: Float, a: Operand, b: RightOperand, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int
    ) {
        if m == 0 || n == 0 { return }
        if k == 0 || alpha == 0 {
            scale(c, m: m, n: n, ldc: ldc, by: beta)
            return
        }
        let paddedN = (n + nr - 1) / nr * nr
        var buffer: UnsafeMutablePointer<Float>? = nil
        if case .strided = b { buffer = .allocate(capacity: kc * (Swift.min(nc, n) + nr)) }
        defer { buffer?.deallocate() }
        for jc in stride(from: 0, to: n, by: nc) {
            let ncCur = Swift.min(nc, n - jc)
            let panels = (ncCur + nr - 1) / nr
            let partition = Partition(m: m, panels: panels, threads: threads)
            let workers = Swift.max(1, Swift.min(threads, partition.items))
            let packedA = UnsafeMutablePointer<Float>.allocate(capacity: workers * kc * (mc + mr))
            defer { packedA.deallocate() }
            let shared = UncheckedSendable((packedA, c))
            if case .packed(let base) = b, partition.rowBlocks == 1 {
                // One row block: the items' columns are disjoint, so each runs all its slices
                // with no meeting between them (a wake-up per slice costs more than a slice of
                // a 77-row product).
                ParallelFor.forEach(items: partition.items, workers: workers) { item, worker in
                    let (packedA, c) = shared.value
                    for pc in stride(from: 0, to: k, by: kc) {
                        let kcCur = Swift.min(kc, k - pc)
                        computeItem(
                            item, of: partition, m: m, n: ncCur, rows: pc, kc: kcCur, a: a, alpha: alpha,
                            slice: base + pc * paddedN + jc * kcCur, packedA: packedA + worker * kc * (mc + mr),
                            c: c + jc, ldc: ldc, beta: pc == 0 ? beta : 1)
                    }
                }
                continue
            }
            for pc in stride(from: 0, to: k, by: kc) {
                let kcCur = Swift.min(kc, k - pc)
                let slice: UnsafePointer<Float>
                switch b {
                case .packed(let base):
                    slice = base + pc * paddedN + jc * kcCur
                case .strided(let operand):
                    let target = UncheckedSendable(buffer!)
                    slice = UnsafePointer(buffer!)
                    // In column runs of whole panels when the slice is big enough to share out.
                    let runs = kcCur * ncCur >= 1 << 16 ? Swift.min(threads, panels) : 1
                    let panelsPerRun = (panels + runs - 1) / runs
                    ParallelFor.forEach(items: runs, workers: runs) { run, _ in
                        let first = run * panelsPerRun
                        let columns = first * nr
                        let end = Swift.min(ncCur, (first + panelsPerRun) * nr)
                        guard columns < end else { return }
                        packB(
                            operand, rows: pc, kc: kcCur, columns: jc + columns, nc: end - columns,
                            into: target.value + first * kcCur * nr)
                    }
                }
                ParallelFor.forEach(items: partition.items, workers: workers) { item, worker in
                    let (packedA, c) = shared.value
                    computeItem(
                        item, of: partition, m: m, n: ncCur, rows: pc, kc: kcCur, a: a, alpha: alpha, slice: slice,
                        packedA: packedA + worker * kc * (mc + mr), c: c + jc, ldc: ldc, beta: pc == 0 ? beta : 1)
                }
            }
        }
    }

    /// How one product's output is cut into work items: row blocks of equal height (a multiple
    /// of MR, at most MC) times column chunks of whole NR-wide panels. Columns are cut only
    /// when there are too few row blocks to keep every thread busy (the text encoder's 77 rows,
    /// the U-Net's 8×8 levels). The cut never changes any element's arithmetic, only who
    /// computes it.
    struct Partition {
        /// Rows per row block.
        let blockRows: Int
        /// Row blocks.
        let rowBlocks: Int
        /// Panels per column chunk.
        let chunkPanels: Int
        /// Column chunks.
        let columnChunks: Int
        /// Work items (row block × column chunk).
        var items: Int { rowBlocks * columnChunks }

        init(m: Int, panels: Int, threads: Int) {
            let blocks = (m + mc - 1) / mc
            blockRows = ((m + blocks - 1) / blocks + mr - 1) / mr * mr
            rowBlocks = (m + blockRows - 1) / blockRows
            // The chunk count with the shortest finishing time, in units of one row block
            // times one panel (ties go to fewer chunks: less repacking of A); chunks are at
            // least four panels wide.
            var best = (chunks: 1, panels: panels, time: Int.max)
            for chunks in 1...Swift.max(1, Swift.min(4 * threads, panels / 4)) {
                let width = (panels + chunks - 1) / chunks
                let used = (panels + width - 1) / width
                let rounds = (rowBlocks * used + threads - 1) / threads
                let time = rounds * width
                if time < best.time { best = (used, width, time) }
            }
            columnChunks = best.chunks
            chunkPanels = best.panels
        }
    }

    /// One work item of `partition` over one KC slice: packs its rows of α·A for columns
    /// `rows ..< rows+kc` and runs the micro-kernel over its panels of the packed B `slice`
    /// (panel j at `slice + j·kc·NR`). `c` points at column 0 of the panels' columns; `n` is
    /// their count.
    @inline(__always)
    static func computeItem(
        _ item: Int, of partition: Partition, m: Int, n: Int, rows: Int, kc kcCur: Int, a: Operand, alpha: Float,
        slice: UnsafePointer<Float>, packedA: UnsafeMutablePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int,
        beta: Float
    ) {
        let block = item / partition.columnChunks
        let chunk = item % partition.columnChunks
        let ic = block * partition.blockRows
        let mcCur = Swift.min(partition.blockRows, m - ic)
        let firstPanel = chunk * partition.chunkPanels
        let endColumn = Swift.min(n, (firstPanel + partition.chunkPanels) * nr)
        packA(a, rows: ic, mc: mcCur, columns: rows, kc: kcCur, alpha: alpha, into: packedA)
        for jr in stride(from: firstPanel * nr, to: endColumn, by: nr) {
            let nrCur = Swift.min(nr, n - jr)
            let sliver = slice + jr * kcCur
            for ir in stride(from: 0, to: mcCur, by: mr) {
                microKernel(
                    kc: kcCur, a: packedA + ir * kcCur, b: sliver, c: c + (ic + ir) * ldc + jr, ldc: ldc,
                    rows: Swift.min(mr, mcCur - ir), columns: nrCur, beta: beta)
            }
        }
    }

    /// C ← β·C (β = 0 writes zeros without reading C).
    static func scale(_ c: UnsafeMutablePointer<Float>, m: Int, n: Int, ldc: Int, by beta: Float) {
        for i in 0..<m {
            let row = c + i * ldc
            if beta == 0 {
                row.update(repeating: 0, count: n)
            } else if beta != 1 {
                for j in 0..<n { row[j] *= beta }
            }
        }
    }

    /// Packs rows `rows ..< rows+mc`, columns `columns ..< columns+kc` of α·A into MR-high
    /// slivers: sliver s holds, for each p, the MR values A[s·MR + 0...MR-1, p]; rows past the
    /// edge are zero.
    @inline(__always)
    static func packA(
        _ a: Operand, rows: Int, mc: Int, columns: Int, kc: Int, alpha: Float, into packed: UnsafeMutablePointer<Float>
    ) {
        var out = packed
        for ir in stride(from: 0, to: mc, by: mr) {
            let valid = Swift.min(mr, mc - ir)
            if valid == mr && a.columnStride == 1 {
                let r0 = a.base + (rows + ir) * a.rowStride + columns
                let rs = a.rowStride
                for p in 0..<kc {
                    out[0] = alpha * r0[p]
                    out[1] = alpha * r0[rs + p]
                    out[2] = alpha * r0[2 * rs + p]
                    out[3] = alpha * r0[3 * rs + p]
                    out[4] = alpha * r0[4 * rs + p]
                    out[5] = alpha * r0[5 * rs + p]
                    out += mr
                }
            } else if valid == mr && a.rowStride == 1 {
                // Transposed A: the MR values of one step are contiguous.
                let c0 = a.base + rows + ir + columns * a.columnStride
                let cs = a.columnStride
                for p in 0..<kc {
                    let source = c0 + p * cs
                    for r in 0..<mr { out[r] = alpha * source[r] }
                    out += mr
                }
            } else {
                for p in 0..<kc {
                    for r in 0..<mr {
                        out[r] = r < valid ? alpha * a[rows + ir + r, columns + p] : 0
                    }
                    out += mr
                }
            }
        }
    }

    /// Packs rows `rows ..< rows+kc`, columns `columns ..< columns+nc` of B into NR-wide
    /// slivers: sliver s holds, for each p, the NR values B[p, s·NR + 0...NR-1]; columns past
    /// the edge are zero.
    static func packB(_ b: Operand, rows: Int, kc: Int, columns: Int, nc: Int, into packed: UnsafeMutablePointer<Float>)
    {
        var out = packed
        for jr in stride(from: 0, to: nc, by: nr) {
            let valid = Swift.min(nr, nc - jr)
            if valid == nr && b.columnStride == 1 {
                for p in 0..<kc {
                    let source = UnsafeRawPointer(b.base + (rows + p) * b.rowStride + columns + jr)
                    UnsafeMutableRawPointer(out).storeBytes(
                        of: source.loadUnaligned(as: SIMD16<Float>.self), as: SIMD16<Float>.self)
                    out += nr
                }
            } else if b.rowStride == 1 {
                // Transposed B: read each column of the sliver contiguously.
                for q in 0..<nr {
                    if q < valid {
                        let source = b.base + rows + (columns + jr + q) * b.columnStride
                        for p in 0..<kc { out[p * nr + q] = source[p] }
                    } else {
                        for p in 0..<kc { out[p * nr + q] = 0 }
                    }
                }
                out += kc * nr
            } else {
                for p in 0..<kc {
                    for q in 0..<nr {
                        out[q] = q < valid ? b[rows + p, columns + jr + q] : 0
                    }
                    out += nr
                }
            }
        }
    }

    /// The 6 × 16 accumulator of one micro-kernel call: row r is (r0, r1).
    struct MicroTile {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>()
        var c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>()
        var c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        var c40 = SIMD8<Float>(), c41 = SIMD8<Float>()
        var c50 = SIMD8<Float>(), c51 = SIMD8<Float>()
    }

    /// Σₚ a[p]·b[p]ᵀ over one packed A sliver (6 values per step) and one packed B sliver
    /// (16 values per step), p in order, as one rank-1 update of twelve 8-lane registers per step.
    @inline(__always)
    static func accumulate(kc: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>) -> MicroTile {
        var t = MicroTile()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(as: SIMD8<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            var av = SIMD8<Float>(repeating: pa[0])
            t.c00.addProduct(av, b0); t.c01.addProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[1])
            t.c10.addProduct(av, b0); t.c11.addProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[2])
            t.c20.addProduct(av, b0); t.c21.addProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[3])
            t.c30.addProduct(av, b0); t.c31.addProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[4])
            t.c40.addProduct(av, b0); t.c41.addProduct(av, b1)
            av = SIMD8<Float>(repeating: pa[5])
            t.c50.addProduct(av, b0); t.c51.addProduct(av, b1)
            pa += 6
            pb += 64
        }
        return t
    }

    /// The 6 × 16 register-blocked micro-kernel: C[0..<rows, 0..<columns] ← β·C + Σₚ a[p]·b[p]ᵀ
    /// over one packed A sliver and one packed B sliver.
    @inline(__always)
    static func microKernel(
        kc: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>, ldc: Int,
        rows: Int, columns: Int, beta: Float
    ) {
        store(accumulate(kc: kc, a: a, b: b), to: c, ldc: ldc, rows: rows, columns: columns, beta: beta)
    }

    /// Writes a micro-tile into C[0..<rows, 0..<columns] (β·C + tile).
    @inline(__always)
    static func store(
        _ t: MicroTile, to c: UnsafeMutablePointer<Float>, ldc: Int, rows: Int, columns: Int, beta: Float
    ) {
        let (c00, c01, c10, c11, c20, c21) = (t.c00, t.c01, t.c10, t.c11, t.c20, t.c21)
        let (c30, c31, c40, c41, c50, c51) = (t.c30, t.c31, t.c40, t.c41, t.c50, t.c51)
        if rows == mr && columns == nr {
            store(c00, c01, to: c, beta: beta)
            store(c10, c11, to: c + ldc, beta: beta)
            store(c20, c21, to: c + 2 * ldc, beta: beta)
            store(c30, c31, to: c + 3 * ldc, beta: beta)
            store(c40, c41, to: c + 4 * ldc, beta: beta)
            store(c50, c51, to: c + 5 * ldc, beta: beta)
            return
        }
        withUnsafeTemporaryAllocation(of: Float.self, capacity: mr * nr) { tile in
            let t = tile.baseAddress!
            store(c00, c01, to: t, beta: 0)
            store(c10, c11, to: t + nr, beta: 0)
            store(c20, c21, to: t + 2 * nr, beta: 0)
            store(c30, c31, to: t + 3 * nr, beta: 0)
            store(c40, c41, to: t + 4 * nr, beta: 0)
            store(c50, c51, to: t + 5 * nr, beta: 0)
            for r in 0..<rows {
                let row = c + r * ldc
                for q in 0..<columns {
                    row[q] =
                        beta == 0 ? t[r * nr + q] : (beta == 1 ? row[q] + t[r * nr + q] : beta * row[q] + t[r * nr + q])
                }
            }
        }
    }

    @inline(__always)
    static func store(_ low: SIMD8<Float>, _ high: SIMD8<Float>, to c: UnsafeMutablePointer<Float>, beta: Float) {
        let raw = UnsafeMutableRawPointer(c)
        if beta == 0 {
            raw.storeBytes(of: low, as: SIMD8<Float>.self)
            raw.storeBytes(of: high, toByteOffset: 32, as: SIMD8<Float>.self)
        } else if beta == 1 {
            raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Float>.self) + low, as: SIMD8<Float>.self)
            raw.storeBytes(
                of: raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self) + high, toByteOffset: 32,
                as: SIMD8<Float>.self)
        } else {
            let b = SIMD8<Float>(repeating: beta)
            raw.storeBytes(of: low.addingProduct(b, raw.loadUnaligned(as: SIMD8<Float>.self)), as: SIMD8<Float>.self)
            raw.storeBytes(
                of: high.addingProduct(b, raw.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)),
                toByteOffset: 32, as: SIMD8<Float>.self)
        }
    }

    /// GEMM with F64 accumulation: each row of C is accumulated in `Double` (vectorised along
    /// the columns) and rounded once. Rows are split between workers.
    static func sgemmDoubleAccumulation(
        m: Int, n: Int, k: Int, alpha: Float, a: Operand, b: Operand, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int, threads: Int
    ) {
        if m == 0 || n == 0 { return }
        let workers = Swift.max(1, Swift.min(threads, m))
        let shared = UncheckedSendable(c)
        ParallelFor.run(workers: workers) { worker in
            let c = shared.value
            let accumulator = UnsafeMutablePointer<Double>.allocate(capacity: n)
            defer { accumulator.deallocate() }
            var i = worker
            while i < m {
                accumulator.update(repeating: 0, count: n)
                for p in 0..<k {
                    let aip = Double(a[i, p])
                    if aip == 0 { continue }
                    for j in 0..<n { accumulator[j] += aip * Double(b[p, j]) }
                }
                let row = c + i * ldc
                for j in 0..<n {
                    let product = Double(alpha) * accumulator[j]
                    row[j] = Float(beta == 0 ? product : product + Double(beta) * Double(row[j]))
                }
                i += workers
            }
        }
    }

    /// The plain reference: a triple loop accumulating in `Double`, for tests.
    static func reference(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false) -> [Double] {
        let av = a.floats()
        let bv = b.floats()
        let m = transposeA ? a.columns : a.rows
        let k = transposeA ? a.rows : a.columns
        let n = transposeB ? b.rows : b.columns
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let x = transposeA ? av[p * a.columns + i] : av[i * k + p]
                    let y = transposeB ? bv[j * b.columns + p] : bv[p * n + j]
                    sum += Double(x) * Double(y)
                }
                c[i * n + j] = sum
            }
        }
        return c
    }
}
