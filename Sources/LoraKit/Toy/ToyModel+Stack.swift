import LoraEngine
import LoraFormats
import LoraRender

/// The built-in model as the base of a stack: which LoRA modules act on which layer, and the
/// picture of base + Σ mᵢ·sᵢ·ΔWᵢ.
extension ToyModel {
    /// The layer `net.N` a module patches, from its target path (`net.2`, or kohya's `net_2`),
    /// when the module is a plain low-rank update (no Tucker core, no DoRA magnitude); nil
    /// otherwise.
    func layer(of module: LoraModule) -> Int? {
        guard case .lowRank(let up, let down, nil) = module.factors, module.magnitude == nil, up.rank == 2,
            down.rank == 2
        else { return nil }
        let path = module.target.path.replacingOccurrences(of: "_", with: ".")
        guard path.hasPrefix("net."), let layer = Int(path.dropFirst(4).split(separator: ".").first ?? "") else {
            return nil
        }
        return layer
    }

    /// Why `lora` cannot act on this model, naming its first module that does not fit; nil
    /// when every module is a low-rank update of one of its layers with that layer's shape.
    public func misfit(of lora: LoraAdapter) -> String? {
        for match in matchReport(for: lora).matches {
            switch match.status {
            case .matched: continue
            case .missing(let reason): return "module '\(match.sourceName)' is \(reason)"
            case .shapeMismatch(let key, let delta, let layer):
                return "\(key) is \(layer) but the LoRA's delta is \(delta)"
            case .otherArchitecture(let l, let b): return "the LoRA is for \(l.rawValue) but the base is \(b.rawValue)"
            }
        }
        return nil
    }

    /// Every module of `lora` against the model's layers: matched when it is a low-rank update
    /// of `net.N` whose delta has the layer's [outputs, inputs] shape.
    public func matchReport(for lora: LoraAdapter) -> MatchReport {
        let matches = lora.modules.map { module -> ModuleMatch in
            let status: ModuleMatch.Status
            if let layer = layer(of: module) {
                let key = Self.weightName(layer: layer)
                if layer >= layerCount {
                    status = .missing(
                        reason:
                            "not a layer of the built-in model, which has \(layerCount) (net.0 … net.\(layerCount - 1))"
                    )
                } else if module.deltaShape != layerShape(layer) {
                    status = .shapeMismatch(baseKey: key, expected: module.deltaShape, found: layerShape(layer))
                } else {
                    status = .matched(baseKey: key, rows: nil)
                }
            } else {
                status = .missing(reason: "not a low-rank update of a built-in model layer (net.N)")
            }
            return ModuleMatch(target: module.target, sourceName: module.sourceName, status: status)
        }
        return MatchReport(
            matches: matches, loraArchitecture: ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath),
            baseArchitecture: ArchitectureReport(architecture: .generic, evidence: ["the built-in model"]))
    }

    /// The low-rank layer updates of `entries`, m·s·U·D each, as `ModuleDelta` gives them for
    /// any base; modules that do not fit a layer are left out (stacks refuse such LoRAs).
    func layerDeltas(_ entries: [StackEntry]) -> [ToyLayerDelta] {
        entries.flatMap { entry in
            entry.lora.modules.compactMap { module -> ToyLayerDelta? in
                guard let layer = layer(of: module), layer < layerCount,
                    let delta = ModuleDelta.lowRank(module, multiplier: entry.multiplier(for: module))
                else { return nil }
                return ToyLayerDelta(layer: layer, up: delta.up, down: delta.down, scale: delta.scale)
            }
        }
    }
}

extension Stack {
    /// Draws base + stack at `size`×`size`: the built-in model's picture with every LoRA's
    /// modules applied as low-rank updates of their layers.
    /// - Throws: `StackError.notDrawable` for a stack that is not on the built-in model;
    ///   `ToyModelError` for a bad size.
    public func render(size: Int, cancellation: CancellationToken? = nil) throws -> RGBAImage {
        guard let toy else { throw StackError.notDrawable }
        return try toy.render(size: size, deltas: toy.layerDeltas(entries), cancellation: cancellation)
    }
}
