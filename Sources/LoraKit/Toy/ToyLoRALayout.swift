/// Where each trained layer's factors live in the flat parameter vector that training updates.
///
/// Layers appear in increasing index; each contributes `up` (outputs × rank, row-major)
/// followed by `down` (rank × inputs, row-major).
struct ToyLoRALayout: Sendable {
    struct Entry: Sendable {
        let layer: Int
        let outputs: Int
        let inputs: Int
        let upOffset: Int
        let downOffset: Int
    }

    let rank: Int
    let entries: [Entry]
    /// For every layer of the model, its index into `entries`, or nil when it is not trained.
    let entryIndexByLayer: [Int?]
    let parameterCount: Int

    /// The layout for `layers` (increasing, distinct) of `model`.
    init(model: ToyModel, layers: [Int], rank: Int) {
        self.rank = rank
        var entries = [Entry]()
        var indexByLayer = [Int?](repeating: nil, count: model.layerCount)
        var offset = 0
        for layer in layers {
            let shape = model.layerShape(layer)
            indexByLayer[layer] = entries.count
            entries.append(
                Entry(
                    layer: layer, outputs: shape[0], inputs: shape[1], upOffset: offset,
                    downOffset: offset + shape[0] * rank))
            offset += rank * (shape[0] + shape[1])
        }
        self.entries = entries
        entryIndexByLayer = indexByLayer
        parameterCount = offset
    }

    /// Initial factors as PEFT and kohya-ss make them: `up` zeros, so training starts from the
    /// base's own picture; `down` uniform in ±1/√inputs, the bound of PyTorch's
    /// `kaiming_uniform_(a=√5)` (PEFT `LoraLayer.reset_lora_parameters`, kohya `LoRAModule`).
    ///
    /// Draws come from one `ToyRandom(seed:)` stream, layer by layer in increasing index, each
    /// `down` row-major: `(2·uniform() − 1) / √inputs`.
    func initialParameters(seed: UInt64) -> [Float] {
        var random = ToyRandom(seed: seed)
        var parameters = [Float](repeating: 0, count: parameterCount)
        for entry in entries {
            let bound = 1 / Float(entry.inputs).squareRoot()
            for index in 0..<(rank * entry.inputs) {
                parameters[entry.downOffset + index] = (2 * random.uniform() - 1) * bound
            }
        }
        return parameters
    }

    /// The same layout's values with every `up` and `down` block transposed in place of the
    /// original (upᵀ rank × outputs at `upOffset`, downᵀ inputs × rank at `downOffset`): the
    /// backward pass multiplies by the transposes.
    func transposedBlocks(_ parameters: [Float]) -> [Float] {
        var result = [Float](repeating: 0, count: parameterCount)
        for entry in entries {
            for o in 0..<entry.outputs {
                for k in 0..<rank {
                    result[entry.upOffset + k * entry.outputs + o] = parameters[entry.upOffset + o * rank + k]
                }
            }
            for k in 0..<rank {
                for i in 0..<entry.inputs {
                    result[entry.downOffset + i * rank + k] = parameters[entry.downOffset + k * entry.inputs + i]
                }
            }
        }
        return result
    }
}
