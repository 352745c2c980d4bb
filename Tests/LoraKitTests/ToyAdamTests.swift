import Foundation
import Testing

@testable import LoraKit

@Suite struct ToyAdamTests {
    /// Adam's first step moves every parameter by lr against the sign of its gradient (m̂ = g,
    /// v̂ = g², so the step is lr·g/(|g| + ε)); the second follows Algorithm 1 of Kingma & Ba,
    /// written out here in Double.
    @Test func firstTwoStepsFollowTheAlgorithm() {
        var adam = ToyAdam(parameterCount: 3, learningRate: 0.1)
        var parameters: [Float] = [1, -2, 0.5]
        let g1: [Float] = [0.5, -3, 1e-3]
        adam.update(&parameters, gradient: g1)
        #expect(abs(parameters[0] - 0.9) < 1e-6)
        #expect(abs(parameters[1] - -1.9) < 1e-6)
        #expect(abs(parameters[2] - 0.4) < 1e-5)
        let g2: [Float] = [-0.25, 1, 2]
        let before = parameters
        adam.update(&parameters, gradient: g2)
        for p in 0..<3 {
            let m = 0.9 * (0.1 * Double(g1[p])) + 0.1 * Double(g2[p])
            let v = 0.999 * (0.001 * Double(g1[p]) * Double(g1[p])) + 0.001 * Double(g2[p]) * Double(g2[p])
            let mHat = m / (1 - 0.81)
            let vHat = v / (1 - 0.999 * 0.999)
            let expected = Double(before[p]) - 0.1 * mHat / (vHat.squareRoot() + 1e-8)
            #expect(abs(Double(parameters[p]) - expected) < 1e-5, "parameter \(p): \(parameters[p]) vs \(expected)")
        }
        #expect(adam.step == 2)
    }
}
