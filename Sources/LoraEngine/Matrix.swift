/// A dense row-major matrix of `Double`s: the working type of the factorizations (QR, SVD)
/// and of the small cores of low-rank algebra, where F64 keeps them accurate.
///
/// Large operands stay `Tensor`s (F32, GEMM); only factors and cores become `Matrix`.
public struct Matrix: Sendable, Equatable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, row-major: element (i, j) is `values[i·columns + j]`.
    public var values: [Double]

    /// A matrix over `values` (row-major).
    /// - Precondition: `values.count == rows·columns`.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns, "\(values.count) values for \(rows) × \(columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The zero matrix.
    public init(zeros rows: Int, _ columns: Int) {
        self.init(rows: rows, columns: columns, values: [Double](repeating: 0, count: rows * columns))
    }

    /// The `rows × columns` matrix with ones on the diagonal.
    public init(identity rows: Int, _ columns: Int) {
        self.init(zeros: rows, columns)
        for i in 0..<Swift.min(rows, columns) { values[i * columns + i] = 1 }
    }

    /// A matrix holding a 2-D tensor's elements (conv kernels are flattened to rows × rest).
    public init(_ tensor: Tensor) {
        let flat = tensor.flattenedToMatrix()
        self.init(rows: flat.rows, columns: flat.columns, values: flat.floats().map { Double($0) })
    }

    /// The elements rounded to F32 (or another float dtype) as a `rows × columns` tensor.
    public func tensor(dtype: DType = .f32) -> Tensor {
        Tensor(shape: [rows, columns], values: values.map { Float($0) }).converted(to: dtype)
    }

    /// Element (i, j).
    @inlinable
    public subscript(i: Int, j: Int) -> Double {
        get { values[i * columns + j] }
        set { values[i * columns + j] = newValue }
    }

    /// The transpose.
    public func transposed() -> Matrix {
        var out = Matrix(zeros: columns, rows)
        values.withUnsafeBufferPointer { s in
            out.values.withUnsafeMutableBufferPointer { d in
                for i in 0..<rows { for j in 0..<columns { d[j * rows + i] = s[i * columns + j] } }
            }
        }
        return out
    }

    /// The first `count` columns.
    public func leadingColumns(_ count: Int) -> Matrix {
        precondition(count <= columns)
        var out = Matrix(zeros: rows, count)
        for i in 0..<rows { for j in 0..<count { out.values[i * count + j] = values[i * columns + j] } }
        return out
    }

    /// The first `count` rows.
    public func leadingRows(_ count: Int) -> Matrix {
        precondition(count <= rows)
        return Matrix(rows: count, columns: columns, values: Array(values[0..<(count * columns)]))
    }

    /// The Frobenius norm √(Σ aᵢⱼ²).
    public func frobeniusNorm() -> Double { values.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// `self · other` (plain i-p-j loop, vectorised along rows of `other`).
    /// - Complexity: O(rows · columns · other.columns).
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.columns == rhs.rows, "Matrix product \(lhs.rows)×\(lhs.columns) · \(rhs.rows)×\(rhs.columns)")
        let m = lhs.rows
        let k = lhs.columns
        let n = rhs.columns
        var out = Matrix(zeros: m, n)
        lhs.values.withUnsafeBufferPointer { a in
            rhs.values.withUnsafeBufferPointer { b in
                out.values.withUnsafeMutableBufferPointer { c in
                    let bp = b.baseAddress!
                    let cp = c.baseAddress!
                    for i in 0..<m {
                        let row = cp + i * n
                        for p in 0..<k {
                            let aip = a[i * k + p]
                            if aip == 0 { continue }
                            let bRow = bp + p * n
                            for j in 0..<n { row[j] += aip * bRow[j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// `selfᵀ · other` without forming the transpose.
    public func transposeTimes(_ other: Matrix) -> Matrix {
        precondition(rows == other.rows)
        let n = other.columns
        var out = Matrix(zeros: columns, n)
        values.withUnsafeBufferPointer { a in
            other.values.withUnsafeBufferPointer { b in
                out.values.withUnsafeMutableBufferPointer { c in
                    let bp = b.baseAddress!
                    let cp = c.baseAddress!
                    for p in 0..<rows {
                        let bRow = bp + p * n
                        for i in 0..<columns {
                            let a_pi = a[p * columns + i]
                            if a_pi == 0 { continue }
                            let row = cp + i * n
                            for j in 0..<n { row[j] += a_pi * bRow[j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Multiplies column j by `factors[j]`.
    public func scalingColumns(by factors: [Double]) -> Matrix {
        precondition(factors.count == columns)
        var out = self
        for i in 0..<rows { for j in 0..<columns { out.values[i * columns + j] *= factors[j] } }
        return out
    }

    /// ‖selfᵀ·self − I‖_F: how far the columns are from orthonormal.
    public func orthonormalityError() -> Double {
        let gram = transposeTimes(self)
        var total = 0.0
        for i in 0..<columns {
            for j in 0..<columns {
                let d = gram[i, j] - (i == j ? 1 : 0)
                total += d * d
            }
        }
        return total.squareRoot()
    }
}
