/// The bake kernel: W ← W + Σᵢ ΔWᵢ with each ΔWᵢ = scaleᵢ·upᵢ·downᵢ kept factored.
///
/// W is read and written in its storage dtype (F32, F16, BF16, F8_E4M3, F8_E5M2, F64) one
/// tile at a time: a tile of W is decoded to F32, the low-rank product for that tile is added
/// by the GEMM micro-kernel, and the tile is encoded back, so no F32 copy of the whole tensor
/// is ever made (peak extra memory: one tile per worker plus the packed factors). The factors
/// are concatenated (Σᵢ rᵢ columns, scales folded in) and packed into the micro-kernel's
/// slivers once per call, so each tile only decodes, multiplies and encodes.
/// Tiles are split between workers; every element is computed the same way on any thread count.
public enum FusedBake {
    /// Rows per tile (a multiple of the micro-tile height, 6).
    static let tileRows = 48
    /// Columns per tile (a multiple of the micro-tile width, 16).
    static let tileColumns = 512
    /// Inner-dimension slice per micro-kernel call (bounds the L1 footprint of one B sliver).
    static let sliceDepth = 256

    /// Adds the deltas to `weight` in place, in its dtype.
    ///
    /// - Parameters:
    ///   - weight: a float matrix (conv kernels are treated as out × in·kh·kw).
    ///   - deltas: factored deltas, all of out = `rows.count` and in = `weight.columns`.
    ///   - rows: the row range of `weight` the deltas apply to (a q, k or v slice of a fused
    ///     qkv weight); all rows when nil.
    ///   - rounding: how the sums are rounded back to the storage dtype.
    ///   - threads: workers; the result does not depend on it.
    /// - Precondition: shapes agree; `weight.dtype.isFloatingPoint`.
    /// - Complexity: O(rows·in·Σr) flops, one pass over the bytes of W's row range.
    public static func apply(
        to weight: inout Tensor, deltas: [LowRank], rows: Range<Int>? = nil,
        rounding: DTypeConversion.Rounding = .nearestEven, threads: Int = ParallelFor.defaultThreadCount
    ) {
        guard !deltas.isEmpty else { return }
        let dtype = weight.dtype
        precondition(dtype.isFloatingPoint, "cannot bake into a \(dtype.rawValue) tensor")
        let shape = (rows: weight.rows, columns: weight.columns)
        weight.withUnsafeMutableRawBytes { bytes in
            apply(
                source: UnsafeRawPointer(bytes.baseAddress!), sourceDType: dtype,
                destination: bytes.baseAddress!, destinationDType: dtype,
                rows: shape.rows, columns: shape.columns, deltas: deltas, deltaRows: rows,
                rounding: rounding, threads: threads)
        }
    }

    /// destination[deltaRows] = source[deltaRows] + Σᵢ ΔWᵢ, converting from `sourceDType` to
    /// `destinationDType` on the way (source and destination may be the same memory when the
    /// dtypes agree). Rows outside `deltaRows` are not touched.
    ///
    /// This is the streaming bake's form: the source is the memory-mapped base tensor and the
    /// destination a reusable output buffer, so the base is read once and never copied.
    /// - Precondition: both dtypes are floating point; the deltas are `deltaRows.count` × `columns`.
    /// - Complexity: O(rows·columns·Σr) flops.
    public static func apply(
        source: UnsafeRawPointer, sourceDType: DType, destination: UnsafeMutableRawPointer, destinationDType: DType,
        rows: Int, columns: Int, deltas: [LowRank], deltaRows: Range<Int>? = nil,
        rounding: DTypeConversion.Rounding = .nearestEven, threads: Int = ParallelFor.defaultThreadCount
    ) {
        precondition(
            sourceDType.isFloatingPoint && destinationDType.isFloatingPoint,
            "cannot bake \(sourceDType.rawValue) into \(destinationDType.rawValue)")
        let rowRange = deltaRows ?? 0..<rows
        precondition(
            rowRange.lowerBound >= 0 && rowRange.upperBound <= rows, "rows \(rowRange) outside \(rows) × \(columns)")
        guard !deltas.isEmpty else {
            convertRows(
                source: source, sourceDType: sourceDType, destination: destination, destinationDType: destinationDType,
                rows: rowRange, columns: columns, rounding: rounding)
            return
        }
        precondition(
            deltas.allSatisfy { $0.outFeatures == rowRange.count && $0.inFeatures == columns },
            "deltas \(deltas.map { [$0.outFeatures, $0.inFeatures] }) do not fit rows \(rowRange) of \(rows) × \(columns)"
        )
        let packed = PackedFactors(deltas, threads: threads)
        defer { packed.deallocate() }
        let m = rowRange.count
        let rowTiles = (m + tileRows - 1) / tileRows
        let columnTiles = (columns + tileColumns - 1) / tileColumns
        let tiles = rowTiles * columnTiles
        let workers = Swift.max(1, Swift.min(threads, tiles))
        let sourceSize = sourceDType.byteSize
        let destinationSize = destinationDType.byteSize
        if sourceDType == destinationDType && rounding == .nearestEven && packed.rank <= sliceDepth {
            // The common case (an F16, BF16 or F32 base kept in its dtype): each 6 × 16 block
            // is read, updated and written by the micro-kernel itself, with no F32 tile.
            let shared = UncheckedSendable((source, destination, packed))
            let offset = rowRange.lowerBound * columns * sourceSize
            func run<Lanes: LaneCodec>(_: Lanes.Type) {
                ParallelFor.forEach(items: tiles, workers: workers) { index, _ in
                    let (source, destination, packed) = shared.value
                    let r0 = (index / columnTiles) * tileRows
                    let c0 = (index % columnTiles) * tileColumns
                    packed.addProduct(
                        Lanes.self, rows: r0, rowCount: Swift.min(tileRows, m - r0),
                        columns: c0, columnCount: Swift.min(tileColumns, columns - c0),
                        source: source + offset, destination: destination + offset, rowLength: columns,
                        dtype: sourceDType)
                }
            }
            switch sourceDType {
            case .f16: run(F16Lanes.self); return
            case .bf16: run(BF16Lanes.self); return
            case .f32: run(F32Lanes.self); return
            default: break
            }
        }
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: workers * tileRows * tileColumns)
        defer { scratch.deallocate() }
        let shared = UncheckedSendable((source, destination, scratch, packed))
        ParallelFor.forEach(items: tiles, workers: workers) { index, worker in
            let (source, destination, scratch, packed) = shared.value
            let tile = scratch + worker * tileRows * tileColumns
            let r0 = (index / columnTiles) * tileRows
            let c0 = (index % columnTiles) * tileColumns
            let tr = Swift.min(tileRows, m - r0)
            let tc = Swift.min(tileColumns, columns - c0)
            for i in 0..<tr {
                let element = (rowRange.lowerBound + r0 + i) * columns + c0
                DTypeConversion.decode(source + element * sourceSize, dtype: sourceDType, to: tile + i * tc, count: tc)
            }
            packed.addProduct(rows: r0, rowCount: tr, columns: c0, columnCount: tc, to: tile, ldc: tc)
            for i in 0..<tr {
                let element = (rowRange.lowerBound + r0 + i) * columns + c0
                DTypeConversion.encode(
                    tile + i * tc, to: destination + element * destinationSize, dtype: destinationDType, count: tc,
                    rounding: rounding, firstIndex: element)
            }
        }
    }

    /// destination[rows] = source[rows] converted (a plain copy when the dtypes agree).
    public static func convertRows(
        source: UnsafeRawPointer, sourceDType: DType, destination: UnsafeMutableRawPointer, destinationDType: DType,
        rows: Range<Int>, columns: Int, rounding: DTypeConversion.Rounding = .nearestEven
    ) {
        let first = rows.lowerBound * columns
        let count = rows.count * columns
        if sourceDType == destinationDType {
            if source != UnsafeRawPointer(destination) {
                (destination + first * destinationDType.byteSize).copyMemory(
                    from: source + first * sourceDType.byteSize, byteCount: count * sourceDType.byteSize)
            }
            return
        }
        let chunk = 16_384
        let buffer = UnsafeMutablePointer<Float>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        for start in stride(from: first, to: first + count, by: chunk) {
            let n = Swift.min(chunk, first + count - start)
            DTypeConversion.decode(source + start * sourceDType.byteSize, dtype: sourceDType, to: buffer, count: n)
            DTypeConversion.encode(
                buffer, to: destination + start * destinationDType.byteSize, dtype: destinationDType,
                count: n, rounding: rounding, firstIndex: start)
        }
    }

    /// up (m × R, scales folded in) and down (R × n) of a concatenated delta, packed once into
    /// the GEMM micro-kernel's slivers, slice by slice of the inner dimension: slice `s` covers
    /// p ∈ [s·depth, s·depth + kₛ); its A slivers hold 6 rows each (rows past m are zero) and its
    /// B slivers 16 columns each (columns past n are zero).
    struct PackedFactors: @unchecked Sendable {
        let rank: Int
        let paddedRows: Int
        let paddedColumns: Int
        let up: UnsafeMutablePointer<Float>
        let down: UnsafeMutablePointer<Float>

        /// Packs the concatenation of `deltas` (scales folded into the up factors) without
        /// forming it: up and down are packed at the same time on two workers.
        init(_ deltas: [LowRank], threads: Int) {
            rank = deltas.reduce(0) { $0 + $1.rank }
            let m = deltas[0].outFeatures, n = deltas[0].inFeatures
            paddedRows = (m + GEMM.mr - 1) / GEMM.mr * GEMM.mr
            paddedColumns = (n + GEMM.nr - 1) / GEMM.nr * GEMM.nr
            up = .allocate(capacity: Swift.max(1, paddedRows * rank))
            down = .allocate(capacity: Swift.max(1, paddedColumns * rank))
            // Column p of the concatenation is column `local[p]` of delta `source[p]`.
            var source: [Int] = [], local: [Int] = []
            for (d, delta) in deltas.enumerated() {
                for j in 0..<delta.rank { source.append(d); local.append(j) }
            }
            let ups = deltas.map { $0.up.converted(to: .f32) }
            let downs = deltas.map { $0.down.converted(to: .f32) }
            let scales = deltas.map(\.scale)
            // Base addresses of the F32 copies, kept alive by `ups` and `downs` below.
            let upBases = ups.map { t in t.withUnsafeFloats { $0.baseAddress! } }
            let downBases = downs.map { t in t.withUnsafeFloats { $0.baseAddress! } }
            let ranks = deltas.map(\.rank)
            let shared = UncheckedSendable((up, down, upBases, downBases))
            let (rank, paddedRows, paddedColumns) = (rank, paddedRows, paddedColumns)
            ParallelFor.run(workers: Swift.min(2, threads)) { worker in
                let (up, down, upBases, downBases) = shared.value
                for part in 0..<2 where part % Swift.min(2, Swift.max(1, threads)) == worker {
                    for p0 in stride(from: 0, to: rank, by: FusedBake.sliceDepth) {
                        let depth = Swift.min(FusedBake.sliceDepth, rank - p0)
                        if part == 0 {
                            // A slivers: for each 6 rows, for each p, the 6 values (rows past m zero).
                            var out = up + paddedRows * p0
                            for r0 in stride(from: 0, to: paddedRows, by: GEMM.mr) {
                                for p in p0..<(p0 + depth) {
                                    let d = source[p], j = local[p], r = ranks[d], scale = scales[d]
                                    let u = upBases[d]
                                    for i in 0..<GEMM.mr {
                                        out[i] = r0 + i < m ? scale * u[(r0 + i) * r + j] : 0
                                    }
                                    out += GEMM.mr
                                }
                            }
                        } else {
                            // B slivers: for each 16 columns, for each p, the 16 values (columns past n zero).
                            var out = down + paddedColumns * p0
                            for c0 in stride(from: 0, to: paddedColumns, by: GEMM.nr) {
                                let valid = Swift.min(GEMM.nr, n - c0)
                                for p in p0..<(p0 + depth) {
                                    let row = downBases[source[p]] + local[p] * n + c0
                                    out.update(from: row, count: valid)
                                    if valid < GEMM.nr { (out + valid).update(repeating: 0, count: GEMM.nr - valid) }
                                    out += GEMM.nr
                                }
                            }
                        }
                    }
                }
            }
            withExtendedLifetime((ups, downs)) {}
        }

        func deallocate() {
            up.deallocate()
            down.deallocate()
        }

        /// destination[i, j] = source[i, j] + (up·down)[i, j] over one tile (rows
        /// `rows ..< rows + rowCount`, columns likewise; `rows` a multiple of 6, `columns` of
        /// 16) of row-major matrices of `rowLength` columns stored as `Lanes`, rounded to nearest
        /// even; source and destination may be the same memory. Whole 6 × 16 blocks go through
        /// the registers; edge blocks through a small F32 tile. Each element is the same F32 sum
        /// as in the tiled path.
        @inline(__always)
        func addProduct<Lanes: LaneCodec>(
            _: Lanes.Type, rows: Int, rowCount: Int, columns: Int, columnCount: Int,
            source: UnsafeRawPointer, destination: UnsafeMutableRawPointer, rowLength: Int, dtype: DType
        ) {
            let size = Lanes.byteSize
            let rowBytes = rowLength * size
            for jr in stride(from: 0, to: columnCount, by: GEMM.nr) {
                let b = down + ((columns + jr) / GEMM.nr) * rank * GEMM.nr
                let blockColumns = Swift.min(GEMM.nr, columnCount - jr)
                for ir in stride(from: 0, to: rowCount, by: GEMM.mr) {
                    let a = up + ((rows + ir) / GEMM.mr) * rank * GEMM.mr
                    let blockRows = Swift.min(GEMM.mr, rowCount - ir)
                    let start = (rows + ir) * rowBytes + (columns + jr) * size
                    let s = source + start
                    let d = destination + start
                    if blockRows == GEMM.mr && blockColumns == GEMM.nr {
                        let t = GEMM.accumulate(kc: rank, a: a, b: b)
                        let half = 8 * size
                        Lanes.store(Lanes.load(s) + t.c00, d); Lanes.store(Lanes.load(s + half) + t.c01, d + half)
                        Lanes.store(Lanes.load(s + rowBytes) + t.c10, d + rowBytes)
                        Lanes.store(Lanes.load(s + rowBytes + half) + t.c11, d + rowBytes + half)
                        Lanes.store(Lanes.load(s + 2 * rowBytes) + t.c20, d + 2 * rowBytes)
                        Lanes.store(Lanes.load(s + 2 * rowBytes + half) + t.c21, d + 2 * rowBytes + half)
                        Lanes.store(Lanes.load(s + 3 * rowBytes) + t.c30, d + 3 * rowBytes)
                        Lanes.store(Lanes.load(s + 3 * rowBytes + half) + t.c31, d + 3 * rowBytes + half)
                        Lanes.store(Lanes.load(s + 4 * rowBytes) + t.c40, d + 4 * rowBytes)
                        Lanes.store(Lanes.load(s + 4 * rowBytes + half) + t.c41, d + 4 * rowBytes + half)
                        Lanes.store(Lanes.load(s + 5 * rowBytes) + t.c50, d + 5 * rowBytes)
                        Lanes.store(Lanes.load(s + 5 * rowBytes + half) + t.c51, d + 5 * rowBytes + half)
                    } else {
                        withUnsafeTemporaryAllocation(of: Float.self, capacity: GEMM.mr * GEMM.nr) { block in
                            let tile = block.baseAddress!
                            for r in 0..<blockRows {
                                DTypeConversion.decode(
                                    s + r * rowBytes, dtype: dtype, to: tile + r * GEMM.nr, count: blockColumns)
                            }
                            GEMM.microKernel(
                                kc: rank, a: a, b: b, c: tile, ldc: GEMM.nr, rows: blockRows, columns: blockColumns,
                                beta: 1)
                            for r in 0..<blockRows {
                                DTypeConversion.encode(
                                    tile + r * GEMM.nr, to: d + r * rowBytes, dtype: dtype, count: blockColumns,
                                    rounding: .nearestEven, firstIndex: 0)
                            }
                        }
                    }
                }
            }
        }

        /// C[0..<rowCount, 0..<columnCount] += (up·down)[rows…, columns…]; `rows` is a multiple
        /// of 6 and `columns` of 16. The sum over p runs in the same order for every element.
        @inline(__always)
        func addProduct(
            rows: Int, rowCount: Int, columns: Int, columnCount: Int, to c: UnsafeMutablePointer<Float>, ldc: Int
        ) {
            for p0 in stride(from: 0, to: rank, by: FusedBake.sliceDepth) {
                let depth = Swift.min(FusedBake.sliceDepth, rank - p0)
                let upSlice = up + paddedRows * p0
                let downSlice = down + paddedColumns * p0
                for jr in stride(from: 0, to: columnCount, by: GEMM.nr) {
                    let b = downSlice + ((columns + jr) / GEMM.nr) * depth * GEMM.nr
                    for ir in stride(from: 0, to: rowCount, by: GEMM.mr) {
                        GEMM.microKernel(
                            kc: depth, a: upSlice + ((rows + ir) / GEMM.mr) * depth * GEMM.mr, b: b,
                            c: c + ir * ldc + jr, ldc: ldc,
                            rows: Swift.min(GEMM.mr, rowCount - ir), columns: Swift.min(GEMM.nr, columnCount - jr),
                            beta: 1)
                    }
                }
            }
        }
    }

    /// Eight lanes of a float storage dtype, read as and written from `Float` (nearest even).
    protocol LaneCodec {
        static var byteSize: Int { get }
        static func load(_ pointer: UnsafeRawPointer) -> SIMD8<Float>
        static func store(_ values: SIMD8<Float>, _ pointer: UnsafeMutableRawPointer)
    }

    enum F32Lanes: LaneCodec {
        static var byteSize: Int { 4 }
        @inline(__always) static func load(_ pointer: UnsafeRawPointer) -> SIMD8<Float> {
            pointer.loadUnaligned(as: SIMD8<Float>.self)
        }
        @inline(__always) static func store(_ values: SIMD8<Float>, _ pointer: UnsafeMutableRawPointer) {
            pointer.storeBytes(of: values, as: SIMD8<Float>.self)
        }
    }

    enum F16Lanes: LaneCodec {
        static var byteSize: Int { 2 }
        @inline(__always) static func load(_ pointer: UnsafeRawPointer) -> SIMD8<Float> {
            SIMD8<Float>(pointer.loadUnaligned(as: SIMD8<Float16>.self))
        }
        @inline(__always) static func store(_ values: SIMD8<Float>, _ pointer: UnsafeMutableRawPointer) {
            pointer.storeBytes(of: SIMD8<Float16>(values), as: SIMD8<Float16>.self)
        }
    }

    enum BF16Lanes: LaneCodec {
        static var byteSize: Int { 2 }
        @inline(__always) static func load(_ pointer: UnsafeRawPointer) -> SIMD8<Float> {
            let bits = SIMD8<UInt32>(truncatingIfNeeded: pointer.loadUnaligned(as: SIMD8<UInt16>.self)) &<< 16
            return unsafeBitCast(bits, to: SIMD8<Float>.self)
        }
        @inline(__always) static func store(_ values: SIMD8<Float>, _ pointer: UnsafeMutableRawPointer) {
            pointer.storeBytes(
                of: DTypeConversion.encodeBF16(unsafeBitCast(values, to: SIMD8<UInt32>.self)), as: SIMD8<UInt16>.self)
        }
    }

    /// The plain reference: the dense delta in F64, added to W decoded element by element,
    /// rounded back with `storeFloat` (for tests).
    static func reference(weight: Tensor, deltas: [LowRank], rows: Range<Int>? = nil) -> Tensor {
        let rowRange = rows ?? 0..<weight.rows
        let columns = weight.columns
        var result = weight
        let delta = deltas.map { d -> [Double] in
            let u = Matrix(d.up)
            let dn = Matrix(d.down)
            return (u * dn).values.map { $0 * Double(d.scale) }
        }
        result.withUnsafeMutableRawBytes { raw in
            let base = raw.baseAddress!
            for i in 0..<rowRange.count {
                for j in 0..<columns {
                    let index = (rowRange.lowerBound + i) * columns + j
                    var value = Double(DTypeConversion.loadFloat(base, weight.dtype, index))
                    for dd in delta { value += dd[i * columns + j] }
                    DTypeConversion.storeFloat(Float(value), base, weight.dtype, index)
                }
            }
        }
        return result
    }
}
