extension ToyLoRA: SessionObject {
    public var kindName: String { "lora" }

    public var summary: String {
        let layers = modules.map { "net.\($0.layer)" }.joined(separator: ",")
        let loss = finalLoss.map { ", final loss \(String(format: "%.5f", Double($0)))" } ?? ""
        return "toy LoRA: rank \(rank), alpha \(alpha.formatted), \(modules.count) modules (\(layers))\(loss)"
    }
}

extension Float {
    /// Shortest text that reads back as the same Float (`4`, `0.5`).
    var formatted: String {
        self == rounded() && abs(self) < 1e7 ? String(Int(self)) : description
    }
}
