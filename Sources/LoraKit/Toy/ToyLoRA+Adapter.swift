import LoraEngine
import LoraFormats

/// A trained toy LoRA as an ordinary `LoraAdapter` (targets `net.N` of a plain model), and back,
/// so the built-in model's LoRAs save, load, merge and resize like any other.
extension ToyLoRA {
    /// The LoRA as an adapter whose modules target `net.N.weight` with scale α/r.
    public func adapter(sourcePath: String = "") -> LoraAdapter {
        let modules = self.modules.map { module in
            LoraModule(
                target: ModuleTarget(component: .model, path: "net.\(module.layer)", isFlattened: false),
                sourceName: "net.\(module.layer)", factors: .lowRank(up: module.up, down: module.down, mid: nil),
                alpha: alpha)
        }
        return LoraAdapter(
            modules: modules, metadata: ["ss_network_dim": String(rank), "ss_network_alpha": NumberFormatting.shortest(float: alpha)],
            scheme: .peft, alphaSource: .tensors, sourcePath: sourcePath)
    }

    /// Why an adapter cannot act on the built-in model.
    public enum AdapterError: Error, Equatable, CustomStringConvertible {
        /// A module is not a plain low-rank update of a `net.N` layer.
        case notAToyModule(String)

        public var description: String {
            switch self {
            case .notAToyModule(let name):
                return "module '\(name)' is not a low-rank update of a built-in model layer (net.N)"
            }
        }
    }

    /// A toy LoRA from an adapter whose modules are low-rank updates of `net.N` layers (such as
    /// one saved from a toy LoRA, or merged or resized from them). Each module's own scale is
    /// folded into its up factor; the result has alpha = rank, so scale 1.
    public init(adapter: LoraAdapter) throws(AdapterError) {
        var modules: [Module] = []
        var rank = 1
        for module in adapter.modules {
            let path = module.target.path.replacingOccurrences(of: "_", with: ".")
            guard case .lowRank(let up, let down, nil) = module.factors, path.hasPrefix("net."),
                let layer = Int(path.dropFirst(4).split(separator: ".").first ?? ""), up.rank == 2, down.rank == 2
            else { throw .notAToyModule(module.sourceName) }
            let scaledUp = up.converted(to: .f32).scaled(by: module.scale)
            modules.append(Module(layer: layer, up: scaledUp, down: down.converted(to: .f32)))
            rank = max(rank, down.shape[0])
        }
        // Modules may differ in rank after a dynamic merge; alpha = rank (scale 1) keeps each exact.
        self.init(modules: modules, rank: rank, alpha: Float(rank))
    }
}
