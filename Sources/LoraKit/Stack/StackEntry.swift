import LoraFormats

/// One LoRA of a stack with its name and weight.
public struct StackEntry: Sendable {
    /// The name it was given (session name or file stem).
    public var name: String
    /// The LoRA.
    public var lora: LoraAdapter
    /// How strongly it is applied.
    public var weight: LoraWeight

    public init(name: String, lora: LoraAdapter, weight: LoraWeight = LoraWeight()) {
        self.name = name
        self.lora = lora
        self.weight = weight
    }

    /// The multiplier m this entry gives `module` (component, pattern and block weights).
    public func multiplier(for module: LoraModule) -> Float { weight.multiplier(for: module) }
}
