import Foundation
import LoraEngine

/// Multi-head scaled-dot-product attention (Vaswani et al., "Attention Is All You Need", 2017;
/// torch's `F.scaled_dot_product_attention` on heads split from the last dimension):
/// for each sample b and head h, with D = width / heads,
/// out[b, :, h·D ..< (h+1)·D] = softmax(Q_h·K_hᵀ / √D [+ causal mask]) · V_h,
/// where Q_h = query[b, :, h·D ..< (h+1)·D] and likewise K_h, V_h.
///
/// Queries are processed in chunks of rows so the score matrix held at once is at most about
/// 262 144 values (1 MB) per worker, so they stay in L2 between the two products and the
/// softmax (never a full Lq × Lk × heads array: 4096 tokens at 8 heads
/// would be 512 MB); the chunks of every (sample, head) are spread over the threads, and each
/// runs two single-threaded `GEMM`s. The softmax is F32 with the row maximum subtracted.
/// With `isCausal`, query i only sees keys 0...i (CLIP's text encoder).
public struct Attention: Sendable {
    /// Number of heads the width is split into.
    public var heads: Int
    /// Whether query i may only attend to keys 0...i.
    public var isCausal: Bool
    /// Upper bound on (query rows × keys) of one chunk's score matrix.
    public var scoresPerChunk: Int = 1 << 18

    /// Attention with `heads` heads, causal or not.
    public init(heads: Int, causal: Bool = false) {
        precondition(heads >= 1, "attention needs at least one head")
        self.heads = heads
        self.isCausal = causal
    }

    /// softmax(Q·Kᵀ/√D)·V per head.
    /// - Parameters:
    ///   - query: [B, Lq, H·D].
    ///   - key: [B, Lk, H·D].
    ///   - value: [B, Lk, H·Dv] (Dv may differ from D).
    /// - Returns: [B, Lq, H·Dv], F32.
    /// - Precondition: batch sizes agree, widths divide by `heads`; causal needs Lq ≤ Lk.
    /// - Complexity: O(B·H·Lq·Lk·(D + Dv)) on `GEMM`; memory O(B·(Lq + Lk)·width) plus one chunk
    ///   of scores per thread.
    public func callAsFunction(query: Tensor, key: Tensor, value: Tensor) -> Tensor {
        precondition(query.rank == 3 && key.rank == 3 && value.rank == 3, "attention takes [B, L, width] tensors")
        return attend(
            query: Operand(query, columns: 0..<query.shape[2]), key: Operand(key, columns: 0..<key.shape[2]),
            value: Operand(value, columns: 0..<value.shape[2]))
    }

    /// A run of columns of a [B, L, width] tensor (q, k or v inside a fused projection's output).
    struct Operand {
        let tensor: Tensor
        let columns: Range<Int>
        init(_ tensor: Tensor, columns: Range<Int>) {
            self.tensor = tensor
            self.columns = columns
        }
        var batch: Int { tensor.shape[0] }
        var length: Int { tensor.shape[1] }
        var width: Int { columns.count }
    }

    /// The attention of `query`, `key`, `value` given as column runs (see `callAsFunction`).
    func attend(query: Operand, key: Operand, value: Operand) -> Tensor {
        let batch = query.batch
        let (lq, lk) = (query.length, key.length)
        precondition(key.batch == batch && value.batch == batch && value.length == lk, "attention shapes differ")
        precondition(query.width == key.width, "query and key widths differ")
        precondition(query.width % heads == 0 && value.width % heads == 0, "width does not divide by \(heads) heads")
        precondition(!isCausal || lq <= lk, "causal attention needs Lq ≤ Lk")
        let d = query.width / heads
        let dv = value.width / heads
        // [B, L, H·D] → [B·H·L, D]: each head's rows contiguous.
        let q = Attention.splitHeads(query, heads: heads)
        let k = Attention.splitHeads(key, heads: heads)
        let v = Attention.splitHeads(value, heads: heads)
        let chunk = Swift.max(1, Swift.min(lq, scoresPerChunk / Swift.max(lk, 1)))
        let chunks = (lq + chunk - 1) / chunk
        let scale = 1 / Float(d).squareRoot()
        var out = Tensor(uninitialized: [batch, lq, heads * dv])
        let causal = isCausal
        let h = heads
        // Each head's Kᵀ and V packed once as the B operands of its chunks' two products.
        let packedHeads = ParallelFor.map(count: batch * h, workers: Parallel.threads) { head in
            (
                keys: PackedMatrix(k.rowSlice((head * lk)..<((head + 1) * lk)), transposed: true, threads: 1),
                values: PackedMatrix(v.rowSlice((head * lk)..<((head + 1) * lk)), threads: 1)
            )
        }
        out.withUnsafeMutableFloats { target in
            guard let t = target.baseAddress else { return }
            Parallel.forEach(batch * h * chunks) { item in
                let head = item / chunks  // b·H + h
                let first = (item % chunks) * chunk
                let rows = Swift.min(chunk, lq - first)
                let qRows = q.rowSlice((head * lq + first)..<(head * lq + first + rows))
                var scores = GEMM.product(qRows, packedHeads[head].keys, alpha: scale, threads: 1)
                scores.withUnsafeMutableFloats { s in
                    for r in 0..<rows {
                        let visible = causal ? first + r + 1 : lk
                        Attention.softmaxRow(s.baseAddress! + r * lk, count: visible, stride: lk)
                    }
                }
                let result = GEMM.product(scores, packedHeads[head].values, threads: 1)
                let b = head / h
                let hh = head % h
                result.withUnsafeFloats { o in
                    for r in 0..<rows {
                        (t + (b * lq + first + r) * h * dv + hh * dv).update(from: o.baseAddress! + r * dv, count: dv)
                    }
                }
            }
        }
        return out
    }

    /// The operand's columns, [B, L, H·D], rearranged to [B·H·L, D] (head-major per sample).
    static func splitHeads(_ x: Operand, heads: Int) -> Tensor {
        let (batch, length, width) = (x.batch, x.length, x.tensor.shape[2])
        let d = x.width / heads
        let input = x.tensor.converted(to: .f32)
        if heads == 1 && x.width == width { return input.reshaped([batch * length, d]) }
        var out = Tensor(uninitialized: [batch * heads * length, d])
        let offset = x.columns.lowerBound
        input.withUnsafeFloats { source in
            out.withUnsafeMutableFloats { target in
                guard let s = source.baseAddress, let t = target.baseAddress else { return }
                Parallel.forEach(batch * heads) { item in
                    let b = item / heads
                    let h = item % heads
                    for l in 0..<length {
                        (t + (item * length + l) * d).update(
                            from: s + (b * length + l) * width + offset + h * d, count: d)
                    }
                }
            }
        }
        return out
    }

    /// In-place softmax of `row[0..<count]`; entries `count..<stride` (masked keys) become 0.
    @inline(__always)
    static func softmaxRow(_ row: UnsafeMutablePointer<Float>, count: Int, stride: Int) {
        var maximum8 = SIMD8<Float>(repeating: -.infinity)
        var i = 0
        while i + 8 <= count {
            maximum8 = VectorMath.maximum(maximum8, UnsafeRawPointer(row + i).loadUnaligned(as: SIMD8<Float>.self))
            i += 8
        }
        var maximum = maximum8.max()
        while i < count {
            maximum = Swift.max(maximum, row[i])
            i += 1
        }
        let m8 = SIMD8<Float>(repeating: maximum)
        var sum8 = SIMD8<Float>()
        i = 0
        while i + 8 <= count {
            let raw = UnsafeMutableRawPointer(row + i)
            let e = VectorMath.exp(raw.loadUnaligned(as: SIMD8<Float>.self) - m8)
            raw.storeBytes(of: e, as: SIMD8<Float>.self)
            sum8 += e
            i += 8
        }
        var sum = sum8.sum()
        if i < count {
            var tail = SIMD8<Float>(repeating: -.infinity)
            for j in 0..<(count - i) { tail[j] = row[i + j] }
            let e = VectorMath.exp(tail - m8)
            for j in 0..<(count - i) {
                row[i + j] = e[j]
                sum += e[j]
            }
        }
        let inverse = 1 / sum
        let r8 = SIMD8<Float>(repeating: inverse)
        i = 0
        while i + 8 <= count {
            let raw = UnsafeMutableRawPointer(row + i)
            raw.storeBytes(of: raw.loadUnaligned(as: SIMD8<Float>.self) * r8, as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            row[i] *= inverse
            i += 1
        }
        if count < stride { (row + count).update(repeating: 0, count: stride - count) }
    }

    /// The plain twin: the defining formula in double precision, one query row at a time.
    static func reference(
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
