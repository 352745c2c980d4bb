import Foundation
import LoraEngine
import LoraRender

/// Trains a LoRA for a toy model so that base + LoRA draws a target picture
/// (`NAME = train BASE on TARGET [rank=…] [alpha=…] [steps=…] [lr=…] [seed=…] [layers=…]`).
///
/// The base weights stay frozen; each chosen layer gets factors `up` (outputs × r, zeros at
/// first) and `down` (r × inputs, seeded uniform in ±1/√inputs, as PEFT and kohya-ss), scaled
/// by alpha / r. Every step is one full-batch Adam step on the mean squared error of RGB in 0…1
/// over all pixels of the target, with gradients from hand-written backpropagation
/// (`ToyTrainingPlan.evaluate`). The same model, target and configuration give the same bytes
/// whatever the number of threads.
public struct ToyTrainer: Sendable {
    /// The frozen base.
    public let model: ToyModel
    /// The validated settings.
    public let configuration: ToyTrainingConfiguration
    let plan: ToyTrainingPlan
    /// Threads used per step (`LORASH_THREADS` or the cores, at most 8); the results do not
    /// depend on it: shards are fixed and their sums added in shard order.
    var workerCount = min(ParallelFor.defaultThreadCount, 8)

    /// Largest supported target side in pixels.
    public static let maximumTargetSide = 512

    /// A trainer for `model` and `target`, whose alpha is composited over white.
    /// - Throws: `ToyTrainingError` for a bad setting, an unknown layer, or a target that is not
    ///   square or not 1…512 pixels on a side.
    /// - Complexity: O(pixels · (features + parameters)) to prepare features and weights.
    public init(model: ToyModel, target: RGBAImage, configuration: ToyTrainingConfiguration) throws(ToyTrainingError) {
        try configuration.validate()
        guard target.width == target.height else { throw .targetNotSquare(width: target.width, height: target.height) }
        guard (1...Self.maximumTargetSide).contains(target.width) else {
            throw .targetSizeOutOfRange(side: target.width, limit: Self.maximumTargetSide)
        }
        let layers = try configuration.layerIndices(model: model)
        // A rank no trained layer can hold is refused before any factor is allocated.
        if let widest = layers.max(by: { model.layerShape($0).min()! < model.layerShape($1).min()! }),
            configuration.rank > model.layerShape(widest).min()!
        {
            let shape = model.layerShape(widest)
            throw .rankAboveLayers(
                rank: configuration.rank, largest: "net.\(widest)", shape: shape, limit: shape.min()!)
        }
        self.model = model
        self.configuration = configuration
        plan = ToyTrainingPlan(
            model: model, target: target.unitRGB(), size: target.width,
            layout: ToyLoRALayout(model: model, layers: layers, rank: configuration.rank), scale: configuration.scale)
    }

    /// Runs every step and returns the trained LoRA.
    ///
    /// Before each step (and before the final evaluation) it checks `cancellation`, so Ctrl-C
    /// stops training within one step.
    /// - Parameters:
    ///   - cancellation: asked before every step; nil trains to the end.
    ///   - progress: called after each step's loss is known, with the step (1…steps) and that
    ///     loss, on the calling thread.
    /// - Throws: `Interrupted` once `cancellation` is cancelled; `ToyTrainingError.diverged`
    ///   when the loss stops being finite.
    /// - Complexity: O(steps · pixels · parameters of the layers from the lowest trained one up).
    public func train(
        cancellation: CancellationToken? = nil, progress: (_ step: Int, _ loss: Float) -> Void = { _, _ in }
    ) throws -> ToyLoRA {
        let layout = plan.layout
        var parameters = layout.initialParameters(seed: configuration.seed)
        var adam = ToyAdam(parameterCount: layout.parameterCount, learningRate: configuration.learningRate)
        var history = [Float]()
        history.reserveCapacity(configuration.steps)
        for step in 1...configuration.steps {
            try cancellation?.check()
            let (loss, gradient) = plan.evaluate(parameters: parameters, wantsGradient: true, workers: workerCount)
            guard loss.isFinite else {
                throw ToyTrainingError.diverged(step: step, learningRate: configuration.learningRate)
            }
            history.append(loss)
            progress(step, loss)
            adam.update(&parameters, gradient: gradient)
        }
        try cancellation?.check()
        let finalLoss = plan.evaluate(parameters: parameters, wantsGradient: false, workers: workerCount).loss
        guard finalLoss.isFinite else {
            throw ToyTrainingError.diverged(step: configuration.steps + 1, learningRate: configuration.learningRate)
        }
        let modules = layout.entries.map { entry in
            ToyLoRA.Module(
                layer: entry.layer,
                up: Tensor(
                    shape: [entry.outputs, layout.rank],
                    values: Array(parameters[entry.upOffset..<(entry.upOffset + entry.outputs * layout.rank)])),
                down: Tensor(
                    shape: [layout.rank, entry.inputs],
                    values: Array(parameters[entry.downOffset..<(entry.downOffset + layout.rank * entry.inputs)])))
        }
        return ToyLoRA(
            modules: modules, rank: layout.rank, alpha: configuration.effectiveAlpha, lossHistory: history,
            finalLoss: finalLoss)
    }
}
