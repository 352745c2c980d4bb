/// Least squares with non-negative unknowns: minimise ‖A·x − b‖ subject to x ≥ 0, for a few
/// columns, given the Gram matrix G = AᵀA and c = Aᵀb.
///
/// Lawson & Hanson's active-set algorithm (C. L. Lawson, R. J. Hanson, "Solving Least Squares
/// Problems", Prentice-Hall 1974, chapter 23, algorithm NNLS): start with every unknown at zero
/// (all in the zero set); repeatedly move the unknown whose gradient w = c − G·x is largest and
/// positive into the passive set, solve the unconstrained problem on the passive set, and while
/// that solution has a non-positive entry, step from x towards it as far as x stays
/// non-negative and return the unknowns that reached zero to the zero set. It stops when no
/// gradient in the zero set is positive (the Kuhn–Tucker conditions). Working on the normal
/// equations squares the condition number; with at most a handful of columns and `Double`
/// arithmetic that costs nothing that matters here (fingerprints are `Float`).
///
/// A column that is (numerically) a combination of the passive ones would make the passive
/// system singular: it is left at zero for the rest of the solve, so duplicate columns split
/// nothing and the result stays deterministic.
enum NonNegativeLeastSquares {
    /// The non-negative x minimising ‖A·x − b‖, from `gram` = AᵀA (n×n, row-major rows) and
    /// `correlation` = Aᵀb (n).
    /// - Complexity: O(n⁴) at worst (n passive-set solves of O(n³) per step, O(n) steps in practice).
    static func solve(gram: [[Double]], correlation: [Double]) -> [Double] {
        let n = correlation.count
        precondition(gram.count == n && gram.allSatisfy { $0.count == n }, "gram must be \(n)×\(n)")
        var x = [Double](repeating: 0, count: n)
        if n == 0 { return x }
        var passive = [Bool](repeating: false, count: n)
        var excluded = [Bool](repeating: false, count: n)
        let scale = (0..<n).map { gram[$0][$0] }.max() ?? 0
        if scale <= 0 { return x }
        let tolerance = 1e-12 * scale

        for _ in 0..<(3 * n + 3) {
            let gradient = (0..<n).map { i in correlation[i] - (0..<n).reduce(0.0) { $0 + gram[i][$1] * x[$1] } }
            var entering: Int? = nil
            for j in 0..<n where !passive[j] && !excluded[j] && gradient[j] > tolerance {
                if entering == nil || gradient[j] > gradient[entering!] { entering = j }
            }
            guard let j = entering else { break }
            passive[j] = true
            for _ in 0..<(n + 1) {
                let indices = (0..<n).filter { passive[$0] }
                guard
                    let solution = solveSymmetricPositiveDefinite(
                        indices.map { r in indices.map { gram[r][$0] } }, indices.map { correlation[$0] })
                else {
                    passive[j] = false
                    excluded[j] = true
                    break
                }
                if solution.allSatisfy({ $0 > 0 }) {
                    for (k, i) in indices.enumerated() { x[i] = solution[k] }
                    break
                }
                // Step from x towards the solution until the first passive unknown reaches zero.
                var step = 1.0
                for (k, i) in indices.enumerated() where solution[k] <= 0 {
                    let gap = x[i] - solution[k]
                    step = gap > 0 ? min(step, x[i] / gap) : 0
                }
                for (k, i) in indices.enumerated() {
                    x[i] += step * (solution[k] - x[i])
                    if x[i] <= 1e-15 {
                        x[i] = 0
                        passive[i] = false
                    }
                }
                if !passive[j] && step == 0 {
                    // The entering unknown cannot grow (rounding made its gradient look positive).
                    excluded[j] = true
                    break
                }
            }
        }
        return x
    }

    /// Solves M·y = v for a symmetric positive definite M by Cholesky; nil when a pivot is not
    /// clearly positive (M singular to working precision).
    static func solveSymmetricPositiveDefinite(_ m: [[Double]], _ v: [Double]) -> [Double]? {
        let n = v.count
        let largest = (0..<n).map { m[$0][$0] }.max() ?? 0
        var l = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = m[i][j]
                for k in 0..<j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    if sum <= 1e-13 * largest { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        var y = v
        for i in 0..<n {
            for k in 0..<i { y[i] -= l[i][k] * y[k] }
            y[i] /= l[i][i]
        }
        for i in (0..<n).reversed() {
            for k in (i + 1)..<n { y[i] -= l[k][i] * y[k] }
            y[i] /= l[i][i]
        }
        return y
    }
}
