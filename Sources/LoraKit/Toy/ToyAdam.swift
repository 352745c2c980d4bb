import Foundation

/// Adam, the optimiser that trains the toy model's LoRA factors (Kingma & Ba, "Adam: A Method
/// for Stochastic Optimization", ICLR 2015, Algorithm 1; PyTorch's `torch.optim.Adam` defaults
/// β₁ = 0.9, β₂ = 0.999, ε = 1e-8, no weight decay).
///
/// Per parameter: m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − lr · m̂ / (√v̂ + ε) with
/// m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) (bias corrections computed in `Double`).
struct ToyAdam: Sendable {
    let learningRate: Float
    let beta1: Float = 0.9
    let beta2: Float = 0.999
    let epsilon: Float = 1e-8
    private(set) var step = 0
    private var firstMoment: [Float]
    private var secondMoment: [Float]

    init(parameterCount: Int, learningRate: Float) {
        self.learningRate = learningRate
        firstMoment = [Float](repeating: 0, count: parameterCount)
        secondMoment = [Float](repeating: 0, count: parameterCount)
    }

    /// One step: moves `parameters` against `gradient`.
    /// - Complexity: O(parameters).
    mutating func update(_ parameters: inout [Float], gradient: [Float]) {
        precondition(parameters.count == gradient.count && gradient.count == firstMoment.count)
        step += 1
        let firstCorrection = Float(1 - pow(Double(beta1), Double(step)))
        let secondCorrection = Float(1 - pow(Double(beta2), Double(step)))
        for p in parameters.indices {
            let g = gradient[p]
            firstMoment[p] = beta1 * firstMoment[p] + (1 - beta1) * g
            secondMoment[p] = beta2 * secondMoment[p] + (1 - beta2) * g * g
            let corrected = firstMoment[p] / firstCorrection
            let spread = (secondMoment[p] / secondCorrection).squareRoot()
            parameters[p] -= learningRate * corrected / (spread + epsilon)
        }
    }
}
