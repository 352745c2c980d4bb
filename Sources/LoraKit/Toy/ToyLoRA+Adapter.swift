import LoraEngine
import LoraFormats

/// A trained toy LoRA as an ordinary `LoraAdapter` (targets `net.N` of a plain model), so the
/// built-in model's LoRAs stack, save, merge and resize like any other.
extension ToyLoRA {
    /// The LoRA as an adapter whose modules target `net.N.weight` with scale α/r, carrying its
    /// loss curve when it was trained here.
    public func adapter(sourcePath: String = "") -> LoraAdapter {
        let modules = self.modules.map { module in
            LoraModule(
                target: ModuleTarget(component: .model, path: "net.\(module.layer)", isFlattened: false),
                sourceName: "net.\(module.layer)", factors: .lowRank(up: module.up, down: module.down, mid: nil),
                alpha: alpha)
        }
        var adapter = LoraAdapter(
            modules: modules,
            metadata: ["ss_network_dim": String(rank), "ss_network_alpha": NumberFormatting.shortest(float: alpha)],
            scheme: .peft, alphaSource: .tensors, sourcePath: sourcePath)
        adapter.training = finalLoss.map { TrainingRecord(lossHistory: lossHistory, finalLoss: $0) }
        return adapter
    }
}
