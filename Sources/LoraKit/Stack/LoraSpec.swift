import Foundation

/// One LoRA of a stack as the user writes it: `NAME[:W]`, `NAME:te=W:unet=W`,
/// `NAME:W:lbw=PRESET`, `NAME:W:PRESET` or `NAME:W:1,0,0,…` (LBW vector), `NAME:W:GLOB=W`.
///
/// Positional numbers follow A1111 (`<lora:name:te:unet>`): the first sets both weights, a
/// second sets the U-Net weight; a non-number after the first weight is a block-weight preset
/// or vector (hako-mikan LBW `<lora:name:1:OUTALL>`). `key=value` items: `te`, `unet`, `lbw`;
/// any other key is a module-name glob whose matching modules get that weight.
public struct LoraSpec: Sendable, Equatable, CustomStringConvertible {
    /// The name to resolve (a session name or a file in the current folder).
    public var name: String
    /// The weight.
    public var weight: LoraWeight

    public init(name: String, weight: LoraWeight = LoraWeight()) {
        self.name = name
        self.weight = weight
    }

    /// `NAME:weight` as it can be parsed back.
    public var description: String { weight == LoraWeight() ? name : "\(name):\(weight)" }

    /// Parses one spec.
    /// - Throws: `StackError.invalidSpec`, `.unknownPreset`, `.badBlockVector`.
    public static func parse(_ text: String) throws(StackError) -> LoraSpec {
        let items = text.split(separator: ":", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let name = items[0]
        guard !name.isEmpty else { throw .invalidSpec(spec: text, reason: "the LoRA name is empty") }
        var te: Float? = nil, unet: Float? = nil
        var blocks: BlockWeights? = nil
        var patterns: [ModulePattern] = []
        var positional = 0
        for item in items.dropFirst() {
            guard !item.isEmpty else { throw .invalidSpec(spec: text, reason: "an empty item between ':'") }
            if let eq = item.firstIndex(of: "=") {
                let key = String(item[..<eq]).trimmingCharacters(in: .whitespaces)
                let value = String(item[item.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
                switch key.lowercased() {
                case "lbw":
                    blocks = try BlockWeights(parsing: value)
                case "te", "unet":
                    guard let v = Float(value), v.isFinite else {
                        throw .invalidSpec(spec: text, reason: "\(key)=\(value) is not a number")
                    }
                    if key.lowercased() == "te" { te = v } else { unet = v }
                case "dyn", "lbwe", "start", "stop", "step":
                    throw .invalidSpec(
                        spec: text, reason: "\(key)= is a sampling-time option that a merge cannot honour")
                default:
                    guard !key.isEmpty else {
                        throw .invalidSpec(spec: text, reason: "'\(item)' has no key before '='")
                    }
                    guard let v = Float(value), v.isFinite else {
                        throw .invalidSpec(spec: text, reason: "pattern \(key)=\(value): the weight is not a number")
                    }
                    patterns.append(ModulePattern(glob: key, weight: v))
                }
                continue
            }
            if let v = Float(item) {
                guard v.isFinite else { throw .invalidSpec(spec: text, reason: LoraSpec.notFiniteReason(item)) }
                switch positional {
                case 0: te = v
                case 1: unet = v
                default:
                    throw .invalidSpec(spec: text, reason: "a third positional weight (\(item)); use te= and unet=")
                }
                positional += 1
            } else if positional >= 1 && blocks == nil {
                blocks = try BlockWeights(parsing: item)
            } else {
                throw .invalidSpec(spec: text, reason: "'\(item)' is not a weight")
            }
        }
        let teWeight = te ?? 1
        let unetWeight = unet ?? te ?? 1
        return LoraSpec(
            name: name,
            weight: LoraWeight(textEncoder: teWeight, denoiser: unetWeight, blocks: blocks, patterns: patterns))
    }

    /// The specs of every `<lora:…>` (or `<lyco:…>`) tag in an A1111 prompt string, in order.
    /// - Throws: `StackError.noLoraTags` when there is none; spec errors for a bad tag.
    public static func parseA1111(_ text: String) throws(StackError) -> [LoraSpec] {
        var specs: [LoraSpec] = []
        var rest = Substring(text)
        while let open = rest.range(of: "<") {
            let after = rest[open.upperBound...]
            guard let close = after.firstIndex(of: ">") else {
                throw .invalidSpec(spec: String(rest[open.lowerBound...]), reason: "a tag without its closing '>'")
            }
            let inner = after[..<close]
            for tag in ["lora:", "lyco:"] where inner.lowercased().hasPrefix(tag) {
                specs.append(try parse(String(inner.dropFirst(tag.count))))
            }
            rest = after[after.index(after: close)...]
        }
        if specs.isEmpty { throw .noLoraTags(text: text) }
        return specs
    }

    /// Whether `text` is an A1111 string (holds a `<lora:` or `<lyco:` tag).
    public static func isA1111(_ text: String) -> Bool {
        text.lowercased().contains("<lora:") || text.lowercased().contains("<lyco:")
    }
}

extension LoraSpec {
    /// Why the weight written `text` is refused: NaN, ±inf, or beyond a 32-bit float.
    public static func notFiniteReason(_ text: String) -> String {
        "weight \(text) is not a finite 32-bit number (at most ±3.4e38); LoRA weights are usually between -2 and 2"
    }
}
