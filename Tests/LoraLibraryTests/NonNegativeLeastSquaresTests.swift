import LoraEngine
import Testing

@testable import LoraLibrary

@Suite struct NonNegativeLeastSquaresTests {
    /// The reference: every subset of columns solved without constraints (Gaussian elimination
    /// on the normal equations), the best one whose solution is non-negative kept. The NNLS
    /// optimum is one of these (its positive entries solve the unconstrained problem on their
    /// columns), so this finds it by exhaustion.
    static func bruteForce(columns: [[Double]], target: [Double]) -> (x: [Double], residual: Double) {
        let n = columns.count
        var best = (
            x: [Double](repeating: 0, count: n), residual: residual(columns, target, [Double](repeating: 0, count: n))
        )
        for mask in 1..<(1 << n) {
            let subset = (0..<n).filter { mask & (1 << $0) != 0 }
            var system = subset.map { i in subset.map { j in dot(columns[i], columns[j]) } + [dot(columns[i], target)] }
            guard let solution = gaussianElimination(&system), solution.allSatisfy({ $0 >= 0 }) else { continue }
            var x = [Double](repeating: 0, count: n)
            for (k, i) in subset.enumerated() { x[i] = solution[k] }
            let r = residual(columns, target, x)
            if r < best.residual { best = (x, r) }
        }
        return best
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }

    static func residual(_ columns: [[Double]], _ target: [Double], _ x: [Double]) -> Double {
        var sum = 0.0
        for e in target.indices {
            let fitted = columns.indices.reduce(0.0) { $0 + x[$1] * columns[$1][e] }
            sum += (target[e] - fitted) * (target[e] - fitted)
        }
        return sum.squareRoot()
    }

    /// Solves the augmented system [M | v] with partial pivoting; nil when singular.
    static func gaussianElimination(_ system: inout [[Double]]) -> [Double]? {
        let n = system.count
        for column in 0..<n {
            let pivot = (column..<n).max { abs(system[$0][column]) < abs(system[$1][column]) }!
            if abs(system[pivot][column]) < 1e-12 { return nil }
            system.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = system[row][column] / system[column][column]
                for k in column...n { system[row][k] -= factor * system[column][k] }
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in (0..<n).reversed() {
            var sum = system[row][n]
            for k in (row + 1)..<n { sum -= system[row][k] * x[k] }
            x[row] = sum / system[row][row]
        }
        return x
    }

    static func solve(_ columns: [[Double]], _ target: [Double]) -> [Double] {
        NonNegativeLeastSquares.solve(
            gram: columns.map { a in columns.map { dot(a, $0) } }, correlation: columns.map { dot($0, target) })
    }

    @Test(arguments: 1...4) func matchesTheExhaustiveSearch(columnCount: Int) {
        var generator = SplitMix64(seed: UInt64(columnCount))
        for trial in 0..<200 {
            let rows = [columnCount, columnCount + 1, 7, 30][trial % 4]
            // Correlated columns (a shared part) make the constraints bind often.
            let shared = (0..<rows).map { _ in generator.nextNormal() }
            let columns = (0..<columnCount).map { _ in
                (0..<rows).map { shared[$0] * 0.8 + generator.nextNormal() }
            }
            let target = (0..<rows).map { _ in generator.nextNormal() }
            let x = Self.solve(columns, target)
            let reference = Self.bruteForce(columns: columns, target: target)
            #expect(x.allSatisfy { $0 >= 0 })
            // Same optimum: the residual (unique) and, the columns being independent, the weights.
            #expect(abs(Self.residual(columns, target, x) - reference.residual) <= 1e-9 * (1 + reference.residual))
            for (got, want) in zip(x, reference.x) { #expect(abs(got - want) <= 1e-7 * (1 + abs(want))) }
        }
    }

    @Test func anExactNonNegativeMixtureIsRecovered() {
        let columns: [[Double]] = [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1]]
        let target = (0..<4).map { e in 0.5 * columns[0][e] + 0.3 * columns[1][e] + 0.2 * columns[2][e] }
        let x = Self.solve(columns, target)
        for (got, want) in zip(x, [0.5, 0.3, 0.2]) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func aNegativeUnconstrainedWeightBecomesZero() {
        // c0 = (1, 1), c1 = (0, 1), t = (1, 0) = 1·c0 − 1·c1. With x ≥ 0 the best is c0 alone,
        // at ⟨c0, t⟩/‖c0‖² = 1/2 (residual √½; c1 alone cannot help: ⟨c1, t⟩ = 0).
        let x = Self.solve([[1, 1], [0, 1]], [1, 0])
        #expect(abs(x[0] - 0.5) < 1e-12 && x[1] == 0)
    }

    @Test func duplicateColumnsSplitNothing() {
        let column: [Double] = [1, 2, 3]
        let x = Self.solve([column, column], column.map { 0.7 * $0 })
        #expect(abs(x[0] - 0.7) < 1e-12 && x[1] == 0)
    }

    @Test func degenerateInputsGiveZeros() {
        #expect(NonNegativeLeastSquares.solve(gram: [], correlation: []) == [])
        #expect(Self.solve([[0, 0], [1, 0]], [-1, 0]) == [0, 0])
    }
}
