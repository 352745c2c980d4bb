/// The thin QR of a LoRA factor (out × r or in × r) for `LowRank.svd()`: CholeskyQR2 when it
/// can vouch for the result (well-conditioned factors, at matrix-multiply speed), Householder
/// otherwise (any rank, any shape).
enum TallQR: Sendable {
    case cholesky(CholeskyQR2)
    case householder(HouseholderQR)

    /// Factors `a`.
    init(_ a: TallMatrix) {
        if let fast = CholeskyQR2(a) {
            self = .cholesky(fast)
        } else {
            let (m, n) = (a.rows, a.columns)
            let columnMajor = [Double](unsafeUninitializedCapacity: m * n) { buffer, initialized in
                for j in 0..<n { for i in 0..<m { buffer[j * m + i] = a[i, j] } }
                initialized = m * n
            }
            self = .householder(HouseholderQR(columnMajor: columnMajor, rows: m, columns: n))
        }
    }

    /// Rows of the factored matrix.
    var rows: Int {
        switch self {
        case .cholesky(let qr): return qr.rows
        case .householder(let qr): return qr.rows
        }
    }

    /// The upper-triangular factor R (min(rows, columns) × columns).
    var r: Matrix {
        switch self {
        case .cholesky(let qr): return qr.r
        case .householder(let qr): return qr.r
        }
    }

    /// Q·S for a small S with as many rows as R.
    func thinQTimes(_ small: Matrix) -> TallMatrix {
        switch self {
        case .cholesky(let qr):
            return qr.thinQTimes(small)
        case .householder(let qr):
            let (m, k, p) = (qr.rows, qr.reflectorCount, small.columns)
            precondition(small.rows == k)
            var padded = [Double](repeating: 0, count: m * p)
            for c in 0..<p { for i in 0..<k { padded[c * m + i] = small[i, c] } }
            let product = qr.applyQ(columnMajor: padded, columns: p)
            return TallMatrix(rows: m, columns: p) { i, j in product[j * m + i] }
        }
    }
}
