/// The thin QR factorization A = Q·R of a tall, well-conditioned m × n matrix by Cholesky QR
/// applied twice (CholeskyQR2), or nothing when A is too close to rank-deficient for it.
///
/// Pass 1: G₁ = AᵀA, R₁ = chol(G₁), Q₁ = A·R₁⁻¹. Pass 2 repeats this on Q₁: G₂ = Q₁ᵀQ₁,
/// R₂ = chol(G₂), so Q = Q₁·R₂⁻¹ and R = R₂·R₁. One pass loses orthogonality as ε·cond(A)²;
/// the second pass starts from a Q₁ that is already nearly orthonormal and restores it to
/// working precision (Yamamoto, Nakatsukasa, Yanagisawa & Fukaya, ETNA 44, 2015). Every step
/// is a Gram product or a tall-times-small product (`TallMatrix`), which run at
/// matrix-multiply speed, where Householder QR (`HouseholderQR`) streams the whole matrix
/// once per column.
///
/// The factorization refuses (returns nil) unless it can vouch for the result: n ≤ m, both
/// Cholesky factorizations succeed with no pivot keeping less than 10⁻¹¹ of its column's
/// energy, and ‖G₂ − I‖₂ ≤ 0.1 (checked entrywise as max|G₂ − I| ≤ 0.1/n), which bounds
/// cond(Q₁) ≤ 1.11 so the second pass is accurate. Rank-deficient or ill-conditioned inputs
/// (cond(A) beyond about 10⁶: a LoRA merged with itself, an untrained all-zero up) go to
/// Householder instead. Deterministic: the summation order depends only on the shapes.
struct CholeskyQR2: Sendable {
    /// Q₁ = A·R₁⁻¹.
    private let q1: TallMatrix
    /// R₂ (upper triangular n × n), the second pass's factor: Q = Q₁·R₂⁻¹.
    private let r2: Matrix
    /// R = R₂·R₁ (upper triangular n × n).
    let r: Matrix

    /// Rows of A.
    var rows: Int { q1.rows }
    /// Columns of A.
    var columns: Int { q1.columns }

    /// Factors `a`, or returns nil (see the type).
    /// - Complexity: about 3·m·n² flops in two Gram products and one tall-times-small product.
    init?(_ a: borrowing TallMatrix) {
        let (m, n) = (a.rows, a.columns)
        guard n > 0, n <= m else { return nil }
        guard let r1 = Self.cholesky(a.gram()) else { return nil }
        let q1 = a.times(Self.upperInverse(r1), upperTriangular: true)
        let g2 = q1.gram()
        let limit = 0.1 / Double(n)
        for i in 0..<n {
            for j in 0..<n where Swift.abs(g2[i, j] - (i == j ? 1 : 0)) > limit { return nil }
        }
        guard let r2 = Self.cholesky(g2) else { return nil }
        self.q1 = q1
        self.r2 = r2
        r = r2 * r1
    }

    /// The factorization Q = A, R = I of a matrix whose columns are already orthonormal (to
    /// the precision its user needs): no Gram product, no solve.
    init(orthonormal a: TallMatrix) {
        q1 = a
        r2 = Matrix(identity: a.columns, a.columns)
        r = r2
    }

    /// Q·S for a small n × p matrix S: Q₁·(R₂⁻¹·S).
    /// - Complexity: 2·m·n·p flops.
    func thinQTimes(_ s: Matrix) -> TallMatrix {
        precondition(s.rows == columns)
        let (n, p) = (columns, s.columns)
        var solved = Matrix(zeros: n, p)
        for c in 0..<p {
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = s[i, c]
                for k in (i + 1)..<n { sum -= r2[i, k] * solved[k, c] }
                solved[i, c] = sum / r2[i, i]
            }
        }
        return q1.times(solved)
    }

    /// The upper-triangular R with RᵀR = G (G symmetric positive definite, n × n), or nil when a
    /// pivot is not positive or keeps less than 10⁻¹¹ of its diagonal entry (cancellation that
    /// leaves the column mostly rounding error).
    static func cholesky(_ g: Matrix) -> Matrix? {
        let n = g.rows
        var r = Matrix(zeros: n, n)
        for j in 0..<n {
            var pivot = g[j, j]
            for k in 0..<j { pivot -= r[k, j] * r[k, j] }
            guard pivot.isFinite, pivot > 1e-11 * g[j, j] else { return nil }
            let diagonal = pivot.squareRoot()
            r[j, j] = diagonal
            for i in (j + 1)..<n {
                var sum = g[j, i]
                for k in 0..<j { sum -= r[k, j] * r[k, i] }
                r[j, i] = sum / diagonal
            }
        }
        return r
    }

    /// The inverse of an upper-triangular matrix with nonzero diagonal (upper triangular too).
    static func upperInverse(_ r: Matrix) -> Matrix {
        let n = r.rows
        var inverse = Matrix(zeros: n, n)
        for j in 0..<n {
            inverse[j, j] = 1 / r[j, j]
            for i in stride(from: j - 1, through: 0, by: -1) {
                var sum = 0.0
                for k in (i + 1)...j { sum += r[i, k] * inverse[k, j] }
                inverse[i, j] = -sum / r[i, i]
            }
        }
        return inverse
    }
}

/// A tall row-major `Double` matrix (m × n, m ≫ n) padded with zeros to a multiple of 4 rows
/// and 8 columns, so its two kernels, AᵀA and A·S, run on whole 4 × 8 register tiles.
///
/// Immutable once built. The elements live in a `TensorStorage`, so large ones reuse recently
/// freed buffers (`LargeBufferCache`) instead of faulting in fresh pages. The kernels work on
/// chunks of rows small enough to stay in cache; the summation order depends only on the
/// shapes, so results are deterministic.
struct TallMatrix: Sendable {
    /// Rows.
    let rows: Int
    /// Columns.
    let columns: Int
    /// Elements per stored row (columns rounded up to 8).
    let stride: Int
    /// Stored rows (rows rounded up to 4).
    let paddedRows: Int
    /// paddedRows × stride elements, zero outside rows × columns.
    private let storage: TensorStorage

    /// Rows per chunk of the Gram product: 32 rows × 64 columns × 8 bytes = 16 KiB, within L1
    /// (every 4 × 8 tile of the product reads the whole chunk).
    static let chunk = 32

    /// Storage for a rows × columns matrix, to be filled (padding included) by the caller.
    private init(uninitialized rows: Int, _ columns: Int) {
        self.rows = rows
        self.columns = columns
        stride = (columns + 7) / 8 * 8
        paddedRows = (rows + 3) / 4 * 4
        storage = TensorStorage(uninitializedByteCount: paddedRows * stride * MemoryLayout<Double>.stride)
    }

    /// The matrix whose element (i, j) is `element(i, j)`, filled row by row.
    init(rows: Int, columns: Int, element: (Int, Int) -> Double) {
        self.init(uninitialized: rows, columns)
        let (stride, paddedRows) = (self.stride, self.paddedRows)
        let v = elements
        for i in 0..<rows {
            for j in 0..<columns { v[i * stride + j] = element(i, j) }
            for j in columns..<stride { v[i * stride + j] = 0 }
        }
        for i in rows..<paddedRows { for j in 0..<stride { v[i * stride + j] = 0 } }
    }

    /// The stored elements (kept alive by `storage`, which every caller holds through `self`).
    private var elements: UnsafeMutablePointer<Double> { storage.baseAddress.assumingMemoryBound(to: Double.self) }

    /// Element (i, j).
    subscript(i: Int, j: Int) -> Double {
        precondition(i >= 0 && i < rows && j >= 0 && j < columns)
        return withExtendedLifetime(storage) { elements[i * stride + j] }
    }

    /// The elements rounded to F32, row by row (rows × columns), or column by column (the
    /// transpose, columns × rows) when `transposed`.
    func floats(transposed: Bool = false) -> [Float] {
        let (m, n, s) = (rows, columns, stride)
        return withExtendedLifetime(storage) {
            let v = UnsafePointer(elements)
            return [Float](unsafeUninitializedCapacity: m * n) { buffer, initialized in
                for i in 0..<m {
                    for j in 0..<n { buffer[transposed ? j * m + i : i * n + j] = Float(v[i * s + j]) }
                }
                initialized = m * n
            }
        }
    }

    /// AᵀA (n × n, symmetric).
    /// - Complexity: about m·n² flops (the upper triangle by 4 × 8 tiles).
    func gram() -> Matrix {
        let (n, s) = (columns, stride)
        var g = [Double](repeating: 0, count: s * s)
        withExtendedLifetime(storage) {
            g.withUnsafeMutableBufferPointer { gb in
                let a = UnsafePointer(elements)
                let g = gb.baseAddress!
                for start in Swift.stride(from: 0, to: paddedRows, by: Self.chunk) {
                    let end = Swift.min(paddedRows, start + Self.chunk)
                    for i in Swift.stride(from: 0, to: s, by: 4) {
                        for j in Swift.stride(from: i / 8 * 8, to: s, by: 8) {
                            Self.gramTile(a, s, start, end, i, j, g)
                        }
                    }
                }
            }
        }
        var out = Matrix(zeros: n, n)
        for i in 0..<n {
            for j in i..<n {
                out[i, j] = g[i * s + j]
                out[j, i] = g[i * s + j]
            }
        }
        return out
    }

    /// g[i..<i+4, j..<j+8] += Σ_{rows start..<end} a[row, i..<i+4]ᵀ · a[row, j..<j+8].
    @inline(__always)
    private static func gramTile(
        _ a: UnsafePointer<Double>, _ s: Int, _ start: Int, _ end: Int, _ i: Int, _ j: Int,
        _ g: UnsafeMutablePointer<Double>
    ) {
        var t00 = SIMD4<Double>(), t01 = SIMD4<Double>(), t10 = SIMD4<Double>(), t11 = SIMD4<Double>()
        var t20 = SIMD4<Double>(), t21 = SIMD4<Double>(), t30 = SIMD4<Double>(), t31 = SIMD4<Double>()
        for row in start..<end {
            let r = a + row * s
            let raw = UnsafeRawPointer(r + j)
            let b0 = raw.loadUnaligned(as: SIMD4<Double>.self)
            let b1 = raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            let x0 = SIMD4<Double>(repeating: r[i]), x1 = SIMD4<Double>(repeating: r[i + 1])
            let x2 = SIMD4<Double>(repeating: r[i + 2]), x3 = SIMD4<Double>(repeating: r[i + 3])
            t00.addProduct(x0, b0); t01.addProduct(x0, b1)
            t10.addProduct(x1, b0); t11.addProduct(x1, b1)
            t20.addProduct(x2, b0); t21.addProduct(x2, b1)
            t30.addProduct(x3, b0); t31.addProduct(x3, b1)
        }
        accumulate(t00, t01, g + i * s + j)
        accumulate(t10, t11, g + (i + 1) * s + j)
        accumulate(t20, t21, g + (i + 2) * s + j)
        accumulate(t30, t31, g + (i + 3) * s + j)
    }

    /// A·S (m × p) for a small n × p matrix S; when S is `upperTriangular`, its zeros below
    /// the diagonal are skipped (about half the work for a square S).
    /// - Complexity: 2·m·n·p flops.
    func times(_ small: Matrix, upperTriangular: Bool = false) -> TallMatrix {
        precondition(small.rows == columns)
        let n = columns
        let out = TallMatrix(uninitialized: rows, small.columns)
        // S padded to 8 columns, as the tile reads it.
        let ps = out.stride
        var padded = [Double](repeating: 0, count: n * ps)
        for k in 0..<n { for c in 0..<small.columns { padded[k * ps + c] = small[k, c] } }
        let s = stride
        withExtendedLifetime((storage, out.storage)) {
            padded.withUnsafeBufferPointer { sb in
                let (a, sp, y) = (UnsafePointer(elements), sb.baseAddress!, out.elements)
                // Four rows of A (in L1) against every column block of S; the tiles cover the
                // padding too (A's padding rows are zero, so those rows come out zero).
                for row in Swift.stride(from: 0, to: paddedRows, by: 4) {
                    for c in Swift.stride(from: 0, to: ps, by: 8) {
                        Self.timesTile(
                            a + row * s, s, upperTriangular ? Swift.min(n, c + 8) : n, sp + c, ps, y + row * ps + c)
                    }
                }
            }
        }
        return out
    }

    /// y[0..<4, 0..<8] = a[0..<4, 0..<n] · s[0..<n, 0..<8] (row strides `as` and `ss`; y's is `ss`).
    @inline(__always)
    private static func timesTile(
        _ a: UnsafePointer<Double>, _ aStride: Int, _ n: Int, _ s: UnsafePointer<Double>, _ sStride: Int,
        _ y: UnsafeMutablePointer<Double>
    ) {
        var t00 = SIMD4<Double>(), t01 = SIMD4<Double>(), t10 = SIMD4<Double>(), t11 = SIMD4<Double>()
        var t20 = SIMD4<Double>(), t21 = SIMD4<Double>(), t30 = SIMD4<Double>(), t31 = SIMD4<Double>()
        let (a0, a1, a2, a3) = (a, a + aStride, a + 2 * aStride, a + 3 * aStride)
        for k in 0..<n {
            let raw = UnsafeRawPointer(s + k * sStride)
            let b0 = raw.loadUnaligned(as: SIMD4<Double>.self)
            let b1 = raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
            let x0 = SIMD4<Double>(repeating: a0[k]), x1 = SIMD4<Double>(repeating: a1[k])
            let x2 = SIMD4<Double>(repeating: a2[k]), x3 = SIMD4<Double>(repeating: a3[k])
            t00.addProduct(x0, b0); t01.addProduct(x0, b1)
            t10.addProduct(x1, b0); t11.addProduct(x1, b1)
            t20.addProduct(x2, b0); t21.addProduct(x2, b1)
            t30.addProduct(x3, b0); t31.addProduct(x3, b1)
        }
        store(t00, t01, y)
        store(t10, t11, y + sStride)
        store(t20, t21, y + 2 * sStride)
        store(t30, t31, y + 3 * sStride)
    }

    @inline(__always)
    private static func accumulate(_ low: SIMD4<Double>, _ high: SIMD4<Double>, _ g: UnsafeMutablePointer<Double>) {
        let raw = UnsafeMutableRawPointer(g)
        raw.storeBytes(of: raw.loadUnaligned(as: SIMD4<Double>.self) + low, as: SIMD4<Double>.self)
        raw.storeBytes(
            of: raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self) + high, toByteOffset: 32,
            as: SIMD4<Double>.self)
    }

    @inline(__always)
    private static func store(_ low: SIMD4<Double>, _ high: SIMD4<Double>, _ y: UnsafeMutablePointer<Double>) {
        let raw = UnsafeMutableRawPointer(y)
        raw.storeBytes(of: low, as: SIMD4<Double>.self)
        raw.storeBytes(of: high, toByteOffset: 32, as: SIMD4<Double>.self)
    }
}
