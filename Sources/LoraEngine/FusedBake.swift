/// The bake kernel: W ← W + Σᵢ ΔWᵢ with each ΔWᵢ = scaleᵢ·upᵢ·downᵢ kept factored.
///
/// W is read and written in its storage dtype (F32, F16, BF16, F8_E4M3, F8_E5M2, F64) one
/// tile at a time: a tile of W is decoded to F32, the low-rank product for that tile is added
/// by the packed GEMM (β = 1), and the tile is encoded back, so no F32 copy of the whole
/// tensor is ever made (peak extra memory: one tile per worker plus the concatenated factors).
/// Tiles are split between workers; every element is computed the same way on any thread count.
public enum FusedBake {
    /// Rows per tile (a multiple of the GEMM micro-tile height).
    static let tileRows = 48
    /// Columns per tile.
    static let tileColumns = 1024

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
        let columns = weight.columns
        let rowRange = rows ?? 0..<weight.rows
        precondition(rowRange.lowerBound >= 0 && rowRange.upperBound <= weight.rows, "rows \(rowRange) outside \(weight.shape)")
        let sum = LowRank.concatenation(deltas)
        precondition(sum.outFeatures == rowRange.count && sum.inFeatures == columns,
                     "delta \(sum.outFeatures) × \(sum.inFeatures) does not fit rows \(rowRange) of \(weight.shape)")
        let rank = sum.rank
        let up = sum.up  // F32 out × R (scales folded in)
        let down = sum.down.converted(to: .f32)  // R × in
        let m = rowRange.count
        let rowTiles = (m + tileRows - 1) / tileRows
        let columnTiles = (columns + tileColumns - 1) / tileColumns
        let tiles = rowTiles * columnTiles
        let workers = Swift.max(1, Swift.min(threads, tiles))
        let size = dtype.byteSize
        up.withUnsafeFloats { upBuffer in
            down.withUnsafeFloats { downBuffer in
                weight.withUnsafeMutableRawBytes { wBuffer in
                    let shared = UncheckedSendable((upBuffer.baseAddress!, downBuffer.baseAddress!, wBuffer.baseAddress!))
                    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: workers * tileRows * tileColumns)
                    defer { scratch.deallocate() }
                    let tiles32 = UncheckedSendable(scratch)
                    ParallelFor.forEach(items: tiles, workers: workers) { index, worker in
                        let (u, d, w) = shared.value
                        let tile = tiles32.value + worker * tileRows * tileColumns
                        do {
                            let r0 = (index / columnTiles) * tileRows
                            let c0 = (index % columnTiles) * tileColumns
                            let tr = Swift.min(tileRows, m - r0)
                            let tc = Swift.min(tileColumns, columns - c0)
                            for i in 0..<tr {
                                let element = (rowRange.lowerBound + r0 + i) * columns + c0
                                DTypeConversion.decode(w + element * size, dtype: dtype, to: tile + i * tc, count: tc)
                            }
                            GEMM.sgemm(
                                m: tr, n: tc, k: rank, alpha: 1,
                                a: GEMM.Operand(base: u + r0 * rank, rowStride: rank, columnStride: 1),
                                b: GEMM.Operand(base: d + c0, rowStride: columns, columnStride: 1),
                                beta: 1, c: tile, ldc: tc, threads: 1)
                            for i in 0..<tr {
                                let element = (rowRange.lowerBound + r0 + i) * columns + c0
                                DTypeConversion.encode(
                                    tile + i * tc, to: w + element * size, dtype: dtype, count: tc,
                                    rounding: rounding, firstIndex: element)
                            }
                        }
                    }
                }
            }
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
