import Testing

@testable import LoraKit

@Suite struct ToyLinearKernelTests {
    @Test(arguments: [(1, 1, 1), (3, 5, 7), (4, 42, 8), (64, 64, 31), (5, 9, 32), (2, 3, 33), (3, 64, 70), (7, 2, 256)])
    func matchesReference(outputs: Int, inputs: Int, batch: Int) {
        var random = ToyRandom(seed: UInt64(outputs * 1000 + inputs * 10 + batch))
        let weight = (0..<(outputs * inputs)).map { _ in random.normal() }
        let input = (0..<(inputs * batch)).map { _ in random.normal() }
        let bias = (0..<outputs).map { _ in random.normal() }
        let initial = (0..<(outputs * batch)).map { _ in random.normal() }
        for (accumulate, alpha) in [(false, Float(1)), (true, Float(0.37)), (false, Float(-2))] {
            var expected = initial
            ToyLinearKernel.reference(
                weight: weight, outputs: outputs, inputs: inputs, input: input, batch: batch,
                bias: accumulate ? nil : bias, alpha: alpha, accumulate: accumulate, output: &expected)
            var actual = initial
            weight.withUnsafeBufferPointer { w in
                input.withUnsafeBufferPointer { x in
                    bias.withUnsafeBufferPointer { b in
                        actual.withUnsafeMutableBufferPointer { y in
                            ToyLinearKernel.multiply(
                                weight: w.baseAddress!, outputs: outputs, inputs: inputs, input: x.baseAddress!,
                                batch: batch, bias: accumulate ? nil : b.baseAddress!, alpha: alpha,
                                accumulate: accumulate, output: y.baseAddress!)
                        }
                    }
                }
            }
            let worst = zip(actual, expected).map { abs($0 - $1) }.max()!
            #expect(worst < 1e-4 * Float(inputs), "max error \(worst)")
        }
    }
}
