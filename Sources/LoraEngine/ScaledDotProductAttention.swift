import Foundation

/// Multi-head scaled-dot-product attention (Vaswani et al., "Attention Is All You Need", 2017),
/// fused on `GEMM`'s micro-kernel: for each sample b and head h, with D = width / heads,
/// out[b, :, h·Dv ..< (h+1)·Dv] = softmax(Q_h·K_hᵀ / √D [+ causal mask]) · V_h.
///
/// The products are computed transposed, so that no score matrix is ever repacked: for a chunk
/// of queries, Sᵀ = K·(Q/√D)ᵀ has one row per key, and the micro-kernel's 6 × 16 tiles
/// (6 keys × 16 queries) are stored straight into the NR-wide sliver layout in which
/// Oᵀ = Vᵀ·Pᵀ reads them as its B operand; each column's maximum is taken while the tiles are
/// in registers; the exponentials are written in place with their column sums, and the
/// division by the sum is applied to the Dv × 16 output tile, not to the Lk scores. K (in MR
/// slivers of 6 keys) and Vᵀ (in MR slivers of 6 value columns) are packed once per head, so
/// every chunk's A operands are ready. (Softmax with the maximum subtracted, as every
/// framework computes it; the fusion follows the flash-attention idea of never materialising a
/// full score matrix: Dao et al., "FlashAttention", NeurIPS 2022, without its online rescaling,
/// since a chunk holds all keys of its queries.)
///
/// Memory: the per-head packings, O(B·H·(Lk·(D + Dv))), plus per worker one chunk's scores
/// (at most about `scoresPerChunk` values) — never an Lq × Lk × heads array.
///
/// Determinism: every chunk is computed by one worker in a fixed order, so results are
/// bit-identical for any thread count.
public enum ScaledDotProductAttention {
    /// A run of columns of a [B, L, width] F32 tensor: q, k or v, alone or inside a fused
    /// projection's output.
    public struct Operand: Sendable {
        /// The [B, L, width] tensor (converted to F32 once if it is not).
        public let tensor: Tensor
        /// The columns that hold the heads, head h at `columns.lowerBound + h·(count/heads)`.
        public let columns: Range<Int>

        /// The columns `columns` of `tensor` [B, L, width].
        public init(_ tensor: Tensor, columns: Range<Int>) {
            precondition(tensor.rank == 3, "attention takes [B, L, width] tensors, not \(tensor.shape)")
            precondition(
                columns.lowerBound >= 0 && columns.upperBound <= tensor.shape[2],
                "columns \(columns) outside the tensor")
            self.tensor = tensor.converted(to: .f32)
            self.columns = columns
        }

        var batch: Int { tensor.shape[0] }
        var length: Int { tensor.shape[1] }
        var width: Int { columns.count }
    }

    /// Queries per chunk are a multiple of the micro-kernel's NR.
    static let queryBlock = GEMM.nr

    /// softmax(Q·Kᵀ/√D [+ causal mask])·V per head.
    /// - Parameters:
    ///   - query: [B, Lq, H·D] columns.
    ///   - key: [B, Lk, H·D] columns.
    ///   - value: [B, Lk, H·Dv] columns (Dv may differ from D).
    ///   - heads: H.
    ///   - causal: query i sees keys 0...i only (CLIP's text encoder).
    ///   - scoresPerChunk: bound on (queries × keys) of one chunk's score block.
    ///   - threads: worker count; the result does not depend on it.
    /// - Returns: [B, Lq, H·Dv], F32.
    /// - Precondition: batch sizes agree, widths divide by `heads`, Lk ≥ 1; causal needs Lq ≤ Lk.
    /// - Complexity: O(B·H·Lq·Lk·(D + Dv)).
    public static func attend(
        query: Operand, key: Operand, value: Operand, heads: Int, causal: Bool, scoresPerChunk: Int = 1 << 18,
        threads: Int = ParallelFor.defaultThreadCount
    ) -> Tensor {
        let batch = query.batch
        let (lq, lk) = (query.length, key.length)
        precondition(heads >= 1, "attention needs at least one head")
        precondition(key.batch == batch && value.batch == batch && value.length == lk, "attention shapes differ")
        precondition(query.width == key.width, "query and key widths differ")
        precondition(query.width % heads == 0 && value.width % heads == 0, "width does not divide by \(heads) heads")
        precondition(lk >= 1, "attention needs at least one key")
        precondition(!causal || lq <= lk, "causal attention needs Lq ≤ Lk")
        let shape = Shape(
            lq: lq, lk: lk, d: query.width / heads, dv: value.width / heads, heads: heads, causal: causal,
            chunk: Swift.max(
                queryBlock,
                Swift.min(
                    (lq + queryBlock - 1) / queryBlock * queryBlock,
                    scoresPerChunk / lk / queryBlock * queryBlock)))
        var out = Tensor(uninitialized: [batch, lq, heads * shape.dv])
        if lq == 0 || batch == 0 { return out }
        let packed = ParallelFor.map(count: batch * heads, workers: threads) { head in
            (keys: packKeys(key, head: head, shape), values: packValues(value, head: head, shape))
        }
        let chunks = (lq + shape.chunk - 1) / shape.chunk
        let workers = Swift.max(1, Swift.min(threads, batch * heads * chunks))
        let scratch = Scratch(shape, workers: workers)
        defer { scratch.deallocate() }
        query.tensor.withUnsafeFloats { q in
            out.withUnsafeMutableFloats { o in
                let pointers = UncheckedSendable((q.baseAddress!, o.baseAddress!))
                ParallelFor.forEach(items: batch * heads * chunks, workers: workers) { item, worker in
                    let head = item / chunks
                    let (keys, values) = packed[head]
                    keys.withUnsafeBufferPointer { k in
                        values.withUnsafeBufferPointer { v in
                            runChunk(
                                head: head, first: (item % chunks) * shape.chunk, shape, query: pointers.value.0,
                                queryLayout: (query.length, query.tensor.shape[2], query.columns.lowerBound),
                                keys: k.baseAddress!, values: v.baseAddress!, scratch: scratch.slot(worker),
                                out: pointers.value.1)
                        }
                    }
                }
            }
        }
        return out
    }

    /// The sizes of one call.
    struct Shape {
        let lq: Int, lk: Int, d: Int, dv: Int, heads: Int, causal: Bool
        /// Queries per chunk, a multiple of NR.
        let chunk: Int
        /// MR slivers of keys (the last may be partial).
        var keySlivers: Int { (lk + GEMM.mr - 1) / GEMM.mr }
        /// MR slivers of value columns.
        var valueSlivers: Int { (dv + GEMM.mr - 1) / GEMM.mr }
        /// NR slivers of queries per chunk.
        var querySlivers: Int { chunk / GEMM.nr }
    }

    /// Head `head` (b·H + h) of K in MR slivers: sliver i holds, for each p < D, the six values
    /// K[6i + r, p] (zero past Lk), so sliver i is the A operand of keys 6i ..< 6i+6.
    static func packKeys(_ key: Operand, head: Int, _ shape: Shape) -> [Float] {
        let (mr, d) = (GEMM.mr, shape.d)
        let (b, h) = (head / shape.heads, head % shape.heads)
        let width = key.tensor.shape[2]
        var packed = [Float](repeating: 0, count: shape.keySlivers * mr * d)
        key.tensor.withUnsafeFloats { source in
            let s = source.baseAddress! + b * shape.lk * width + key.columns.lowerBound + h * d
            packed.withUnsafeMutableBufferPointer { target in
                let t = target.baseAddress!
                for row in 0..<shape.lk {
                    let sliver = t + (row / mr) * mr * d + row % mr
                    let values = s + row * width
                    for p in 0..<d { sliver[p * mr] = values[p] }
                }
            }
        }
        return packed
    }

    /// Head `head` of Vᵀ in MR slivers: sliver i holds, for each key p, the six values
    /// V[p, 6i + r] (zero past Dv), contiguous over p, so the slice of keys p₀ ..< p₀+kc of
    /// sliver i starts at i·Lk·6 + p₀·6.
    static func packValues(_ value: Operand, head: Int, _ shape: Shape) -> [Float] {
        let (mr, dv, lk) = (GEMM.mr, shape.dv, shape.lk)
        let (b, h) = (head / shape.heads, head % shape.heads)
        let width = value.tensor.shape[2]
        var packed = [Float](repeating: 0, count: shape.valueSlivers * mr * lk)
        value.tensor.withUnsafeFloats { source in
            let s = source.baseAddress! + b * lk * width + value.columns.lowerBound + h * dv
            packed.withUnsafeMutableBufferPointer { target in
                let t = target.baseAddress!
                for p in 0..<lk {
                    let values = s + p * width
                    for column in 0..<dv { t[(column / mr) * lk * mr + p * mr + column % mr] = values[column] }
                }
            }
        }
        return packed
    }

    /// Per-worker buffers: the chunk's packed queries, its scores (in NR slivers over all keys),
    /// the Dv × chunk output tile, and the column maxima and sums.
    struct Scratch: @unchecked Sendable {
        let base: UnsafeMutablePointer<Float>
        let stride: Int
        let shape: Shape

        init(_ shape: Shape, workers: Int) {
            self.shape = shape
            stride = shape.chunk * (shape.d + shape.lk + shape.valueSlivers * GEMM.mr + 2)
            base = .allocate(capacity: stride * workers)
        }

        func slot(_ worker: Int) -> (
            queries: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>,
            output: UnsafeMutablePointer<Float>, maxima: UnsafeMutablePointer<Float>,
            sums: UnsafeMutablePointer<Float>
        ) {
            let queries = base + worker * stride
            let scores = queries + shape.chunk * shape.d
            let output = scores + shape.chunk * shape.lk
            let maxima = output + shape.chunk * shape.valueSlivers * GEMM.mr
            return (queries, scores, output, maxima, maxima + shape.chunk)
        }

        func deallocate() { base.deallocate() }
    }

    /// One chunk of queries `first ..< first+chunk` of one head: the four steps of the type's
    /// description, writing rows `first ..< min(first+chunk, Lq)` of the head's output columns.
    static func runChunk(
        head: Int, first: Int, _ shape: Shape, query: UnsafePointer<Float>, queryLayout: (Int, Int, Int),
        keys: UnsafePointer<Float>, values: UnsafePointer<Float>,
        scratch: (
            queries: UnsafeMutablePointer<Float>, scores: UnsafeMutablePointer<Float>,
            output: UnsafeMutablePointer<Float>, maxima: UnsafeMutablePointer<Float>, sums: UnsafeMutablePointer<Float>
        ),
        out: UnsafeMutablePointer<Float>
    ) {
        let (mr, nr) = (GEMM.mr, GEMM.nr)
        let (d, dv, lk, lq) = (shape.d, shape.dv, shape.lk, shape.lq)
        let (b, h) = (head / shape.heads, head % shape.heads)
        let (length, width, offset) = queryLayout
        // 1. (Q/√D)ᵀ for the chunk in NR slivers (the B operand of Sᵀ = K·Qᵀ); queries past
        //    Lq are zero.
        let scale = 1 / Float(d).squareRoot()
        let q = scratch.queries
        for column in 0..<shape.chunk {
            let sliver = q + (column / nr) * nr * d + column % nr
            let index = first + column
            if index < lq {
                let row = query + (b * length + index) * width + offset + h * d
                for p in 0..<d { sliver[p * nr] = scale * row[p] }
            } else {
                for p in 0..<d { sliver[p * nr] = 0 }
            }
        }
        // 2. Sᵀ tile by tile, stored in NR slivers over all keys (sliver j, key p at
        //    j·Lk·16 + p·16), with each query's maximum over its visible keys.
        let scores = scratch.scores
        let querySlivers = shape.querySlivers
        let maxima = UnsafeMutableRawPointer(scratch.maxima)
        for j in 0..<querySlivers {
            maxima.storeBytes(of: SIMD16(repeating: -.infinity), toByteOffset: j * nr * 4, as: SIMD16<Float>.self)
        }
        let lanes = SIMD16<Int32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        for i in 0..<shape.keySlivers {
            let firstKey = i * mr
            let rows = Swift.min(mr, lk - firstKey)
            for j in 0..<querySlivers {
                let tile = GEMM.accumulate(kc: d, a: keys + i * mr * d, b: q + j * nr * d)
                let target = UnsafeMutableRawPointer(scores + j * lk * nr + firstKey * nr)
                var maximum = maxima.loadUnaligned(fromByteOffset: j * nr * 4, as: SIMD16<Float>.self)
                for r in 0..<rows {
                    var row = tile.row(r)
                    if shape.causal {
                        // Key firstKey + r is visible to queries at or after it.
                        let queries = lanes &+ Int32(first + j * nr)
                        row.replace(with: -.infinity, where: queries .< Int32(firstKey + r))
                    }
                    target.storeBytes(of: row, toByteOffset: r * nr * 4, as: SIMD16<Float>.self)
                    maximum = maximum.replacing(with: row, where: row .> maximum)
                }
                maxima.storeBytes(of: maximum, toByteOffset: j * nr * 4, as: SIMD16<Float>.self)
            }
        }
        // 3. P = exp(S − max) in place, with the column sums (masked keys give exactly 0).
        for j in 0..<querySlivers {
            let sliver = UnsafeMutableRawPointer(scores + j * lk * nr)
            let maximum = maxima.loadUnaligned(fromByteOffset: j * nr * 4, as: SIMD16<Float>.self)
            let (lowMax, highMax) = (maximum.lowHalf, maximum.highHalf)
            var (lowSum, highSum) = (SIMD8<Float>(), SIMD8<Float>())
            let queries = lanes &+ Int32(first + j * nr)
            for p in 0..<lk {
                let offset = p * nr * 4
                var low = VectorMath.exp(sliver.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self) - lowMax)
                var high = VectorMath.exp(
                    sliver.loadUnaligned(fromByteOffset: offset + 32, as: SIMD8<Float>.self) - highMax)
                if shape.causal {
                    low.replace(with: 0, where: queries.lowHalf .< Int32(p))
                    high.replace(with: 0, where: queries.highHalf .< Int32(p))
                }
                sliver.storeBytes(of: low, toByteOffset: offset, as: SIMD8<Float>.self)
                sliver.storeBytes(of: high, toByteOffset: offset + 32, as: SIMD8<Float>.self)
                lowSum += low
                highSum += high
            }
            let sums = SIMD16(lowHalf: lowSum, highHalf: highSum)
            UnsafeMutableRawPointer(scratch.sums + j * nr).storeBytes(of: sums, as: SIMD16<Float>.self)
        }
        // 4. Oᵀ = Vᵀ·Pᵀ over KC slices of the keys, into the (6·valueSlivers) × chunk tile.
        let output = scratch.output
        let chunk = shape.chunk
        for pc in stride(from: 0, to: lk, by: GEMM.kc) {
            let kc = Swift.min(GEMM.kc, lk - pc)
            for i in 0..<shape.valueSlivers {
                let a = values + i * lk * mr + pc * mr
                for j in 0..<querySlivers {
                    let tile = GEMM.accumulate(kc: kc, a: a, b: scores + j * lk * nr + pc * nr)
                    GEMM.store(
                        tile, to: output + i * mr * chunk + j * nr, ldc: chunk, rows: mr, columns: nr,
                        beta: pc == 0 ? 0 : 1)
                }
            }
        }
        // 5. out[first + c, h·Dv + e] = Oᵀ[e, c] / sum[c].
        let target = out + (b * lq + first) * shape.heads * dv + h * dv
        for column in 0..<Swift.min(chunk, lq - first) {
            let inverse = 1 / scratch.sums[column]
            let row = target + column * shape.heads * dv
            for e in 0..<dv { row[e] = output[e * chunk + column] * inverse }
        }
    }

    /// The plain twin: the defining formula in double precision, one query row at a time, on
    /// [B, L, H·D] arrays.
    public static func reference(
        query: [Float], key: [Float], value: [Float], batch: Int, queryLength lq: Int, keyLength lk: Int, heads: Int,
        headWidth d: Int, valueHeadWidth dv: Int, causal: Bool
    ) -> [Float] {
        var out = [Float](repeating: 0, count: batch * lq * heads * dv)
        let scale = 1 / Double(d).squareRoot()
        for b in 0..<batch {
            for h in 0..<heads {
                for i in 0..<lq {
                    let visible = causal ? i + 1 : lk
                    var scores = [Double](repeating: 0, count: visible)
                    for j in 0..<visible {
                        var s = 0.0
                        for e in 0..<d {
                            s +=
                                Double(query[(b * lq + i) * heads * d + h * d + e])
                                * Double(key[(b * lk + j) * heads * d + h * d + e])
                        }
                        scores[j] = s * scale
                    }
                    let m = scores.max()!
                    let exps = scores.map { Foundation.exp($0 - m) }
                    let total = exps.reduce(0, +)
                    for e in 0..<dv {
                        var acc = 0.0
                        for j in 0..<visible {
                            acc += exps[j] / total * Double(value[(b * lk + j) * heads * dv + h * dv + e])
                        }
                        out[(b * lq + i) * heads * dv + h * dv + e] = Float(acc)
                    }
                }
            }
        }
        return out
    }
}

extension GEMM.MicroTile {
    /// Row `r` (0 ..< 6) of the tile, 16 lanes.
    @inline(__always)
    func row(_ r: Int) -> SIMD16<Float> {
        switch r {
        case 0: SIMD16(lowHalf: c00, highHalf: c01)
        case 1: SIMD16(lowHalf: c10, highHalf: c11)
        case 2: SIMD16(lowHalf: c20, highHalf: c21)
        case 3: SIMD16(lowHalf: c30, highHalf: c31)
        case 4: SIMD16(lowHalf: c40, highHalf: c41)
        default: SIMD16(lowHalf: c50, highHalf: c51)
        }
    }
}
