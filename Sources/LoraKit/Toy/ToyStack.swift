import LoraEngine
import LoraRender

/// A toy base with an ordered list of toy LoRAs and their weights: what `render` draws is
/// base + Σ mᵢ·sᵢ·Uᵢ·Dᵢ on every adapted layer, exactly as a Stable Diffusion stack.
public struct ToyStack: Sendable {
    /// One LoRA of the stack and the weight it is applied at.
    public struct Entry: Sendable {
        public var name: String
        public var lora: ToyLoRA
        public var weight: Float
        public init(name: String, lora: ToyLoRA, weight: Float) {
            self.name = name
            self.lora = lora
            self.weight = weight
        }
    }

    public var baseName: String
    public var base: ToyModel
    public private(set) var entries: [Entry]

    public init(baseName: String, base: ToyModel, entries: [Entry] = []) {
        self.baseName = baseName
        self.base = base
        self.entries = entries
    }

    /// Why a LoRA does not fit this stack.
    public enum StackError: Error, Equatable, CustomStringConvertible {
        /// A module's factors do not have the shape of the base layer it targets.
        case shapeMismatch(lora: String, layer: String, expected: [Int], found: [Int])
        /// The named LoRA is not in the stack.
        case notInStack(String, names: [String])

        public var description: String {
            switch self {
            case .shapeMismatch(let lora, let layer, let expected, let found):
                return "'\(lora)' does not fit this base: \(layer) is \(expected) but the LoRA's delta is \(found) (a LoRA only fits the base it was trained for)"
            case .notInStack(let name, let names):
                return "'\(name)' is not in the stack (it holds \(names.isEmpty ? "no LoRAs" : names.joined(separator: ", ")))"
            }
        }
    }

    /// Appends a LoRA after checking every module fits the base.
    public mutating func append(name: String, lora: ToyLoRA, weight: Float) throws(StackError) {
        for module in lora.modules {
            let expected = module.layer < base.layerCount ? base.layerShape(module.layer) : []
            let found = [module.up.shape.first ?? 0, module.down.shape.last ?? 0]
            if expected != found {
                throw .shapeMismatch(lora: name, layer: module.name, expected: expected, found: found)
            }
        }
        entries.append(Entry(name: name, lora: lora, weight: weight))
    }

    /// Changes the weight of the named LoRA.
    public mutating func setWeight(_ weight: Float, for name: String) throws(StackError) {
        guard let index = entries.firstIndex(where: { $0.name == name }) else {
            throw .notInStack(name, names: entries.map(\.name))
        }
        entries[index].weight = weight
    }

    /// Every layer delta of the stack, with weights applied.
    public var deltas: [ToyLayerDelta] {
        entries.flatMap { $0.lora.deltas(weight: $0.weight) }
    }

    /// Draws base + stack at `size`×`size`.
    public func render(size: Int) throws(ToyModelError) -> RGBAImage {
        try base.render(size: size, deltas: deltas)
    }
}

extension ToyStack: SessionObject {
    public var kindName: String { "stack" }
    public var summary: String {
        let loras = entries.map { "\($0.name):\(NumberFormatting.shortest(float: $0.weight))" }.joined(separator: " ")
        return "stack on \(baseName)" + (loras.isEmpty ? " (no LoRAs)" : ": \(loras)")
    }
}
