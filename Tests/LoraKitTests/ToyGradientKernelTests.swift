import Foundation
import Testing

@testable import LoraKit

@Suite struct ToyGradientKernelTests {
    @Test(arguments: [(1, 1, 1), (3, 4, 7), (4, 46, 16), (64, 4, 31), (2, 3, 33), (3, 64, 256), (5, 2, 250)])
    func multiplyRowsMatchesReference(leftRows: Int, rightRows: Int, batch: Int) {
        var random = ToyRandom(seed: UInt64(leftRows * 1000 + rightRows * 10 + batch))
        let left = (0..<(leftRows * batch)).map { _ in random.normal() }
        let right = (0..<(rightRows * batch)).map { _ in random.normal() }
        let initial = (0..<(leftRows * rightRows)).map { _ in random.normal() }
        for (accumulate, alpha) in [(false, Float(1)), (true, Float(0.37)), (false, Float(-2))] {
            var expected = initial
            ToyGradientKernel.reference(
                left: left, leftRows: leftRows, right: right, rightRows: rightRows, batch: batch, alpha: alpha,
                accumulate: accumulate, result: &expected)
            var actual = initial
            left.withUnsafeBufferPointer { l in
                right.withUnsafeBufferPointer { r in
                    actual.withUnsafeMutableBufferPointer { result in
                        ToyGradientKernel.multiplyRows(
                            left: l.baseAddress!, leftRows: leftRows, right: r.baseAddress!, rightRows: rightRows,
                            batch: batch, alpha: alpha, accumulate: accumulate, result: result.baseAddress!)
                    }
                }
            }
            let worst = zip(actual, expected).map { abs($0 - $1) }.max()!
            #expect(worst < 1e-5 * Float(batch) * max(1, abs(alpha)), "max error \(worst)")
        }
    }

    @Test(arguments: [1, 7, 8, 17, 256])
    func derivativeBatchMatchesScalar(count: Int) {
        var random = ToyRandom(seed: UInt64(count))
        let preactivations = (0..<count).map { _ in 3 * random.normal() }
        let gradients = (0..<count).map { _ in random.normal() }
        var actual = gradients
        preactivations.withUnsafeBufferPointer { z in
            actual.withUnsafeMutableBufferPointer { g in
                ToyActivation.multiplyByDerivative(g.baseAddress!, preactivations: z.baseAddress!, count: count)
            }
        }
        for i in 0..<count {
            // σ′(x) = (1 + x²)^(−3/2), written out in Double.
            let x = Double(preactivations[i])
            let expected = Double(gradients[i]) * pow(1 + x * x, -1.5)
            #expect(abs(Double(actual[i]) - expected) <= 1e-6 * max(1, abs(expected)))
        }
    }
}
