/// A thin singular value decomposition A = U·diag(σ)·Vᵀ, σ sorted in decreasing order.
///
/// Dense algorithm (`SVD(_:)`): one-sided Jacobi (Hestenes, "Inversion of matrices by
/// biorthogonalization", J. SIAM 6, 1958; Demmel & Veselić, "Jacobi's method is more accurate
/// than QR", SIAM J. Matrix Anal. Appl. 13(4), 1992), applied to the R factor of a Householder
/// QR of A (or of Aᵀ when A is wide), as Drmač & Veselić recommend ("New fast and accurate
/// Jacobi SVD algorithm I", SIAM J. Matrix Anal. Appl. 29(4), 2008). Column pairs are rotated
/// in cyclic order until every pair is orthogonal to relative precision 1e-15; each singular
/// value is then accurate to about ε·‖A‖ and the vectors orthonormal to about ε.
public struct SVD: Sendable {
    /// m × k left singular vectors (orthonormal columns), k = min(m, n) or the requested rank.
    public var u: Matrix
    /// The k singular values, decreasing.
    public var singularValues: [Double]
    /// k × n right singular vectors as rows (orthonormal rows).
    public var vt: Matrix

    /// Builds an SVD from its parts.
    public init(u: Matrix, singularValues: [Double], vt: Matrix) {
        self.u = u
        self.singularValues = singularValues
        self.vt = vt
    }

    /// The dense SVD of `a` (thin: k = min(m, n)).
    /// - Complexity: O(m·n·min(m, n)) for the QR plus O(sweeps · min(m, n)³) for Jacobi
    ///   (typically 6–10 sweeps); meant for small and medium matrices (cores, panels).
    public init(_ a: Matrix) {
        if a.rows < a.columns {
            let t = SVD(a.transposed())
            self.init(u: t.vt.transposed(), singularValues: t.singularValues, vt: t.u.transposed())
            return
        }
        // Tall or square: A = Q·R, R = Ur·Σ·Vᵀ, so U = Q·Ur.
        // A = Q·R; Jacobi runs on Rᵀ = X·Σ·Yᵀ (its columns are graded, so it converges in
        // fewer sweeps than on R: Drmač & Veselić 2008, §3), then R = Y·Σ·Xᵀ and U = Q·Y, V = X.
        let qr = HouseholderQR(a)
        let (x, sigma, y) = SVD.jacobi(qr.r.transposed())
        var padded = Matrix(zeros: a.rows, y.columns)
        for i in 0..<y.rows { for j in 0..<y.columns { padded[i, j] = y[i, j] } }
        self.init(u: qr.applyQ(to: padded), singularValues: sigma, vt: x.transposed())
    }

    /// The best rank-k approximation's factors: the first k singular triplets.
    public func truncated(rank k: Int) -> SVD {
        let k = Swift.min(k, singularValues.count)
        return SVD(u: u.leadingColumns(k), singularValues: Array(singularValues.prefix(k)), vt: vt.leadingRows(k))
    }

    /// U·diag(σ)·Vᵀ.
    public func reconstructed() -> Matrix {
        u.scalingColumns(by: singularValues) * vt
    }

    /// One-sided Jacobi on the columns of a square (or tall) `g`: returns (U, σ, V) with
    /// g = U·diag(σ)·Vᵀ, σ decreasing, U's columns orthonormal (completed where σ = 0).
    static func jacobi(_ g: Matrix) -> (Matrix, [Double], Matrix) {
        let m = g.rows
        let n = g.columns
        var a = g.transposed().values  // column-major: column j at j·m
        var v = Matrix(identity: n, n).values  // column-major too (identity is symmetric)
        let tolerance = 1e-15
        a.withUnsafeMutableBufferPointer { ab in
            v.withUnsafeMutableBufferPointer { vb in
                let ap = ab.baseAddress!
                let vp = vb.baseAddress!
                var norms = (0..<n).map { j -> Double in
                    var s = 0.0
                    for i in 0..<m { s += ap[j * m + i] * ap[j * m + i] }
                    return s
                }
                for _ in 0..<80 {
                    var rotated = false
                    for p in 0..<n {
                        for q in (p + 1)..<Swift.max(n, p + 1) {
                            let x = ap + p * m
                            let y = ap + q * m
                            let gamma = DoubleKernels.dot(x, y, m)
                            let alpha = norms[p]
                            let beta = norms[q]
                            if gamma == 0 || abs(gamma) <= tolerance * (alpha * beta).squareRoot() { continue }
                            rotated = true
                            let zeta = (beta - alpha) / (2 * gamma)
                            let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                            let c = 1 / (1 + t * t).squareRoot()
                            let s = c * t
                            DoubleKernels.rotate(x, y, c: c, s: s, m)
                            norms[p] = DoubleKernels.dot(x, x, m)
                            norms[q] = DoubleKernels.dot(y, y, m)
                            DoubleKernels.rotate(vp + p * n, vp + q * n, c: c, s: s, n)
                        }
                    }
                    if !rotated { break }
                }
            }
        }
        // σⱼ = ‖aⱼ‖, sorted decreasing; uⱼ = aⱼ/σⱼ.
        let sigmas = (0..<n).map { j -> Double in
            var s = 0.0
            for i in 0..<m { s += a[j * m + i] * a[j * m + i] }
            return s.squareRoot()
        }
        let order = (0..<n).sorted { sigmas[$0] > sigmas[$1] || (sigmas[$0] == sigmas[$1] && $0 < $1) }
        let largest = sigmas.max() ?? 0
        var u = Matrix(zeros: m, n)
        var vOut = Matrix(zeros: n, n)
        var sorted = [Double]()
        var needsCompletion: [Int] = []
        for (newIndex, j) in order.enumerated() {
            let sigma = sigmas[j]
            sorted.append(sigma)
            for i in 0..<n { vOut[i, newIndex] = v[j * n + i] }
            if sigma > largest * 1e-300 && sigma > 0 {
                for i in 0..<m { u[i, newIndex] = a[j * m + i] / sigma }
            } else {
                needsCompletion.append(newIndex)
            }
        }
        if !needsCompletion.isEmpty { SVD.completeOrthonormalColumns(&u, missing: needsCompletion) }
        return (u, sorted, vOut)
    }

    /// Fills the listed (zero) columns of `u` with unit vectors orthogonal to all other
    /// columns (Gram–Schmidt, twice, over the standard basis).
    static func completeOrthonormalColumns(_ u: inout Matrix, missing: [Int]) {
        let m = u.rows
        var filled = Set(0..<u.columns).subtracting(missing)
        var candidate = 0
        for column in missing {
            while candidate < m {
                var vector = [Double](repeating: 0, count: m)
                vector[candidate] = 1
                candidate += 1
                for _ in 0..<2 {
                    for other in filled {
                        var dot = 0.0
                        for i in 0..<m { dot += u[i, other] * vector[i] }
                        for i in 0..<m { vector[i] -= dot * u[i, other] }
                    }
                }
                let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
                if norm > 0.5 {
                    for i in 0..<m { u[i, column] = vector[i] / norm }
                    filled.insert(column)
                    break
                }
            }
        }
    }
}
