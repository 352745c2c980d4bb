import LoraEngine

/// The few exact tensor rearrangements conversions need, in plain Float loops on small factors
/// (never a dense ΔW): row slices, scaling, stacking, block-diagonal ups, Tucker folding.
enum FactorMath {
    /// Rows `rows` of `t` (dimension 0), as a new F32 tensor.
    static func rows(_ t: Tensor, _ rows: Range<Int>) -> Tensor {
        let inner = t.shape.dropFirst().reduce(1, *)
        let values = t.floats()
        return Tensor(
            shape: [rows.count] + Array(t.shape.dropFirst()),
            values: Array(values[(rows.lowerBound * inner)..<(rows.upperBound * inner)]))
    }

    /// `t · s` as F32.
    static func scaled(_ t: Tensor, _ s: Float) -> Tensor {
        Tensor(shape: t.shape, values: t.floats().map { $0 * s })
    }

    /// Concatenation along dimension 0.
    static func stackRows(_ ts: [Tensor]) -> Tensor {
        let tail = Array(ts[0].shape.dropFirst())
        return Tensor(shape: [ts.reduce(0) { $0 + $1.shape[0] }] + tail, values: ts.flatMap { $0.floats() })
    }

    /// An up matrix of `totalRows` × r with rows `rowsᵢ` = upsᵢ (every part of rank r, one
    /// shared down; rows no part covers are 0).
    static func rowStackedUp(totalRows: Int, parts: [(up: Tensor, rows: Range<Int>)], trailing: [Int]) -> Tensor {
        let r = parts[0].up.shape[1]
        var values = [Float](repeating: 0, count: totalRows * r)
        for part in parts {
            let u = part.up.floats()
            for (i, row) in part.rows.enumerated() { for j in 0..<r { values[row * r + j] = u[i * r + j] } }
        }
        return Tensor(shape: [totalRows, r] + trailing, values: values)
    }

    /// An up matrix of `totalRows` × Σrᵢ with block i (rows `rowsᵢ`, columns of rank i) = upsᵢ·sᵢ.
    static func blockDiagonalUp(totalRows: Int, parts: [(up: Tensor, rows: Range<Int>, scale: Float)], trailing: [Int])
        -> Tensor
    {
        let totalRank = parts.reduce(0) { $0 + $1.up.shape[1] }
        var values = [Float](repeating: 0, count: totalRows * totalRank)
        var column = 0
        for part in parts {
            let r = part.up.shape[1]
            let u = part.up.floats()
            for (i, row) in part.rows.enumerated() {
                for j in 0..<r { values[row * totalRank + column + j] = u[i * r + j] * part.scale }
            }
            column += r
        }
        return Tensor(shape: [totalRows, totalRank] + trailing, values: values)
    }

    /// Folds a Tucker core into the down factor: D'[i, c, k, l] = Σⱼ mid[i, j, k, l] · D[j, c]
    /// (LyCORIS `tucker_weight_from_conv`: ΔW = einsum("ijkl,jr,pi->prkl", mid, down, up)).
    static func foldTucker(mid: Tensor, down: Tensor) -> Tensor {
        let r = mid.shape[0], s = mid.shape[1], kh = mid.shape[2], kw = mid.shape[3]
        let inputs = down.shape[1]
        let m = mid.floats(), d = down.floats()
        var out = [Float](repeating: 0, count: r * inputs * kh * kw)
        for i in 0..<r {
            for c in 0..<inputs {
                for k in 0..<(kh * kw) {
                    var sum: Float = 0
                    for j in 0..<s { sum += m[(i * s + j) * kh * kw + k] * d[j * inputs + c] }
                    out[(i * inputs + c) * kh * kw + k] = sum
                }
            }
        }
        return Tensor(shape: [r, inputs, kh, kw], values: out)
    }

    /// Whether every entry of `t` outside the blocks (rowsᵢ × columns of chunk i) is zero.
    static func isBlockSparse(_ up: Tensor, rowBlocks: [Range<Int>], chunk: Int) -> Bool {
        let rank = up.shape[1]
        let u = up.floats()
        for (b, rows) in rowBlocks.enumerated() {
            for row in rows {
                for j in 0..<rank where j / chunk != b && u[row * rank + j] != 0 { return false }
            }
        }
        return true
    }

    /// For each row block, the rank columns where the up has a nonzero entry.
    static func columnSupport(_ up: Tensor, rowBlocks: [Range<Int>]) -> [[Int]] {
        let rank = up.shape[1]
        let inner = up.shape.dropFirst(2).reduce(1, *)
        let u = up.floats()
        return rowBlocks.map { rows in
            (0..<rank).filter { j in
                rows.contains { row in (0..<inner).contains { u[(row * rank + j) * inner + $0] != 0 } }
            }
        }
    }

    /// Rows `rows` and rank columns `columns` of an up (out×r[×1×1]).
    static func upBlock(_ up: Tensor, rows: Range<Int>, columns: [Int]) -> Tensor {
        let rank = up.shape[1]
        let inner = up.shape.dropFirst(2).reduce(1, *)
        let u = up.floats()
        var values: [Float] = []
        values.reserveCapacity(rows.count * columns.count * inner)
        for row in rows { for j in columns { for k in 0..<inner { values.append(u[(row * rank + j) * inner + k]) } } }
        return Tensor(shape: [rows.count, columns.count] + Array(up.shape.dropFirst(2)), values: values)
    }

    /// Rows `indices` (rank components) of a down (r×in[×k×k]).
    static func downRows(_ down: Tensor, _ indices: [Int]) -> Tensor {
        let inner = down.shape.dropFirst().reduce(1, *)
        let d = down.floats()
        return Tensor(
            shape: [indices.count] + Array(down.shape.dropFirst()),
            values: indices.flatMap { d[($0 * inner)..<(($0 + 1) * inner)] })
    }
}
