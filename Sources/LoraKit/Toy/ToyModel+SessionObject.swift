extension ToyModel: SessionObject {
    public var kindName: String { "base" }

    public var summary: String {
        let parameters = tensors.values.reduce(0) { $0 + $1.count }
        return "toy base: \(layerCount) layers, width \(width), \(parameters) parameters (F32)"
    }
}
