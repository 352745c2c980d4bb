import LoraEngine

extension ToyLoRA: SessionObject {
    public var kindName: String { "lora" }

    public var summary: String {
        let layers = modules.map { "net.\($0.layer)" }.joined(separator: ",")
        let loss = finalLoss.map { ", final loss \(String(format: "%.5f", Double($0)))" } ?? ""
        return "toy LoRA: rank \(rank), alpha \(NumberFormatting.shortest(float: alpha)), \(modules.count) modules (\(layers))\(loss)"
    }
}
