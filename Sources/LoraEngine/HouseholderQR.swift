/// The QR factorization A = Q·R of an m × n matrix by Householder reflections.
///
/// Algorithm: Golub & Van Loan, *Matrix Computations* (4th ed.), §5.2.1–5.2.2, with LAPACK's
/// `dlarfg` convention for each reflector H = I − τ·v·vᵀ (v₀ = 1, the new diagonal gets the
/// sign opposite to the pivot so nothing cancels). The reflectors are kept (as LAPACK
/// `dgeqrf` does), so Q is applied without forming it; `thinQ()` forms the m × min(m, n)
/// factor when asked. Works column by column on a column-major copy in `Double`.
///
/// Backward stable: ‖Q·R − A‖ ≈ ε‖A‖ and ‖QᵀQ − I‖ ≈ ε, whatever the rank of A.
public struct HouseholderQR: Sendable {
    /// Rows of A.
    public let rows: Int
    /// Columns of A.
    public let columns: Int
    /// Column-major m × n: R on and above the diagonal, reflector tails below it.
    private var factors: [Double]
    /// The τ of each reflector (0 = identity).
    private var tau: [Double]

    /// min(m, n): the number of reflectors and the inner size of the thin factors.
    public var reflectorCount: Int { Swift.min(rows, columns) }

    /// Factors `a`.
    /// - Complexity: O(2·m·n² − 2n³/3) flops.
    public init(_ a: Matrix) {
        self.init(columnMajor: a.transposed().values, rows: a.rows, columns: a.columns)
    }

    /// Factors the rows × columns matrix whose elements are given column by column (so the
    /// row-major elements of Aᵀ, e.g. a LoRA down r × in, factor A = downᵀ with no copy).
    public init(columnMajor values: consuming [Double], rows: Int, columns: Int) {
        precondition(values.count == rows * columns)
        self.rows = rows
        self.columns = columns
        factors = consume values
        tau = [Double](repeating: 0, count: Swift.min(rows, columns))
        let m = rows
        let n = columns
        factors.withUnsafeMutableBufferPointer { buffer in
            let f = buffer.baseAddress!
            for j in 0..<Swift.min(m, n) {
                let column = f + j * m + j
                let length = m - j
                let alpha = column[0]
                let sigma = length > 1 ? DoubleKernels.dot(column + 1, column + 1, length - 1) : 0
                if sigma == 0 {
                    tau[j] = 0  // already upper triangular here (H = I)
                    continue
                }
                let norm = (alpha * alpha + sigma).squareRoot()
                let beta = alpha <= 0 ? norm : -norm
                tau[j] = (beta - alpha) / beta
                let inverse = 1 / (alpha - beta)
                for i in 1..<length { column[i] *= inverse }
                column[0] = beta
                // Apply H to the trailing columns.
                let t = tau[j]
                if j + 1 < n {
                    DoubleKernels.reflect(
                        tail: column + 1, tau: t, length: length, first: f + (j + 1) * m + j, stride: m,
                        columns: n - j - 1)
                }
            }
        }
    }

    /// The upper-triangular factor R, min(m, n) × n.
    public var r: Matrix {
        let k = reflectorCount
        var out = Matrix(zeros: k, columns)
        for j in 0..<columns {
            for i in 0...Swift.min(j, k - 1) where k > 0 { out[i, j] = factors[j * rows + i] }
        }
        return out
    }

    /// Q·B for an m × p matrix B (Q the full m × m orthogonal factor).
    /// - Complexity: O(4·m·p·min(m, n)).
    public func applyQ(to b: Matrix) -> Matrix {
        precondition(b.rows == rows, "applyQ: \(b.rows) rows, Q has \(rows)")
        let product = applyQ(columnMajor: b.transposed().values, columns: b.columns)
        return Matrix(rows: b.columns, columns: rows, values: product).transposed()
    }

    /// Q·B for B given column by column (m values per column); the result is column by column
    /// too, i.e. the row-major elements of (Q·B)ᵀ.
    func applyQ(columnMajor values: consuming [Double], columns p: Int) -> [Double] {
        precondition(values.count == rows * p)
        var columnsOfB = consume values
        let m = rows
        factors.withUnsafeBufferPointer { fb in
            columnsOfB.withUnsafeMutableBufferPointer { bb in
                let f = fb.baseAddress!
                let x = bb.baseAddress!
                for j in stride(from: reflectorCount - 1, through: 0, by: -1) where tau[j] != 0 {
                    let v = f + j * m + j
                    let t = tau[j]
                    let length = m - j
                    DoubleKernels.reflect(tail: v + 1, tau: t, length: length, first: x + j, stride: m, columns: p)
                }
            }
        }
        return columnsOfB
    }

    /// The thin orthonormal factor Q, m × min(m, n), formed explicitly.
    /// - Complexity: O(4·m·n² − 4n³/3) flops, about twice the factorization.
    public func thinQ() -> Matrix {
        applyQ(to: Matrix(identity: rows, reflectorCount))
    }
}
