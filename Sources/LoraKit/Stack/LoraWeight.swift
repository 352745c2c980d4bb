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
        var parts = [textEncoder == denoiser ? Self.number(textEncoder) : "te=\(Self.number(textEncoder)):unet=\(Self.number(denoiser))"]
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

/// A module-name glob (`*` any run, `?` one character) with the weight it gives matching modules.
public struct ModulePattern: Sendable, Equatable {
    /// The glob, matched against the module's name in its file, its path and its flat path.
    public var glob: String
    /// The weight of matching modules.
    public var weight: Float

    public init(glob: String, weight: Float) {
        self.glob = glob
        self.weight = weight
    }

    /// Whether `module` matches.
    public func matches(_ module: LoraModule) -> Bool {
        [module.sourceName, module.target.path, module.target.flatPath].contains { Self.glob(glob, matches: $0) }
    }

    /// Glob matching with `*` and `?` (iterative, linear backtracking).
    public static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var (i, j) = (0, 0)
        var star = -1, mark = 0
        while j < t.count {
            if i < p.count && (p[i] == "?" || p[i] == t[j]) {
                i += 1; j += 1
            } else if i < p.count && p[i] == "*" {
                star = i; mark = j; i += 1
            } else if star >= 0 {
                i = star + 1; mark += 1; j = mark
            } else {
                return false
            }
        }
        while i < p.count && p[i] == "*" { i += 1 }
        return i == p.count
    }
}
