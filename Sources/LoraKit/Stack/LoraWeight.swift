import Foundation
import LoraFormats

/// How strongly one LoRA of a stack is applied: `m` per module.
///
/// `m` = the text-encoder weight for text-encoder modules and the denoiser weight for the
/// U-Net/transformer (and for plain models), replaced by the weight of the last module-name
/// pattern that matches, then multiplied by the module's LoRA Block Weight (research notes
/// b.13, b.14: A1111 `te=`/`unet=`, LBW vectors and presets).
public struct LoraWeight: Sendable, Equatable, CustomStringConvertible {
    /// Weight of text-encoder modules (A1111 `te=`).
    public var textEncoder: Float
    /// Weight of U-Net/transformer and plain-model modules (A1111 `unet=`).
    public var denoiser: Float
    /// Per-block weights (`lbw=`), nil for none.
    public var blocks: BlockWeights?
    /// Module-name patterns (`*attn2*=0`): the last that matches sets the weight.
    public var patterns: [ModulePattern]

    /// One weight for every module.
    public init(_ weight: Float = 1) {
        self.init(textEncoder: weight, denoiser: weight)
    }

    public init(textEncoder: Float, denoiser: Float, blocks: BlockWeights? = nil, patterns: [ModulePattern] = []) {
        self.textEncoder = textEncoder
        self.denoiser = denoiser
        self.blocks = blocks
        self.patterns = patterns
    }

    /// Whether the weight is the same for all modules (no split, blocks or patterns).
    public var isUniform: Bool { textEncoder == denoiser && blocks == nil && patterns.isEmpty }

    /// The multiplier `m` of `module`.
    public func multiplier(for module: LoraModule) -> Float {
        let isTE = module.target.component.isTextEncoder
        var m = isTE ? textEncoder : denoiser
        for pattern in patterns.reversed() where pattern.matches(module) {
            m = pattern.weight
            break
        }
        if let blocks {
            m *= blocks.weight(for: ModuleTargetName(flatPath: module.target.flatPath, isTextEncoder: isTE))
        }
        return m
    }

    /// As written in a spec, without the name: `0.8`, `te=0.5:unet=0.8`, `0.8:lbw=OUTALL`.
    public var description: String {
        var parts = [
            textEncoder == denoiser
                ? Self.number(textEncoder) : "te=\(Self.number(textEncoder)):unet=\(Self.number(denoiser))"
        ]
        if let blocks { parts.append("lbw=" + blocks.source) }
        parts += patterns.map { "\($0.glob)=\(Self.number($0.weight))" }
        return parts.joined(separator: ":")
    }

    /// A float printed the short way (0.8, not 0.800000011920929).
    static func number(_ x: Float) -> String {
        if x == x.rounded() && abs(x) < 1e9 { return String(Int(x)) }
        return "\(x)"
    }
}
