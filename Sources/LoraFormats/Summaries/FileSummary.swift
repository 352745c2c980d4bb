import Foundation
import LoraEngine

/// The facts `load` prints on one line: kind, architecture, ranks, alphas, modules, dtype, size.
public struct FileSummary: Sendable, Equatable {
    /// "LoRA (kohya)", "PEFT adapter", "checkpoint", …
    public let kind: String
    /// The detected architecture.
    public let architecture: Architecture
    /// Distinct ranks (empty for checkpoints).
    public let ranks: [Int]
    /// Distinct alphas (empty when none recorded, and for checkpoints).
    public let alphas: [Float]
    /// Modules (LoRA) or tensors (checkpoint).
    public let count: Int
    /// Distinct dtypes.
    public let dtypes: [DType]
    /// Bytes on disk; nil for a LoRA made in the session and not saved.
    public let byteCount: Int?
    /// Algorithms present (lora, locon, loha, …).
    public let algorithms: [String]
    /// What changes how the alphas read: "DoRA", "rsLoRA" (scale α/√r, not α/r).
    public let variants: [String]

    public init(_ loaded: LoadedFile) {
        switch loaded {
        case .lora(let a):
            kind = a.scheme == .peft && a.peftConfig != nil ? "PEFT adapter" : "LoRA (\(a.scheme.displayName))"
            architecture = ArchitectureDetector.detect(lora: a, fileName: a.sourcePath).architecture
            ranks = a.ranks
            alphas = a.alphas
            count = a.modules.count
            dtypes = a.dtypes
            byteCount =
                a.sourcePath.isEmpty
                ? nil
                : (try? FileIdentity(path: PeftFolder.tensorFile(of: a.sourcePath)).size)
                    ?? (try? FileIdentity(path: a.sourcePath).size) ?? 0
            algorithms = a.algorithms
            variants =
                (a.modules.contains { $0.magnitude != nil } ? ["DoRA"] : [])
                + (a.modules.contains { $0.scaleRule == .alphaOverSqrtRank } ? ["rsLoRA"] : [])
        case .checkpoint(let b):
            kind = "checkpoint"
            architecture = b.architecture.architecture
            ranks = []
            alphas = []
            count = b.shapes.count
            dtypes = b.dtypeCounts.map(\.0)
            byteCount = b.file.fileSize
            algorithms = []
            variants = []
        }
    }

    /// "LoRA (kohya), SDXL, rank 32, alpha 16, 722 modules, F16, 217.9 MB".
    public var line: String {
        var parts = [kind, architecture.rawValue]
        if kind != "checkpoint" {
            if algorithms != ["lora"] && !algorithms.isEmpty { parts.append(algorithms.joined(separator: "+")) }
            if !ranks.isEmpty {
                parts.append((ranks.count == 1 ? "rank " : "ranks ") + Self.list(ranks.map(String.init)))
            }
            if variants.contains("DoRA") { parts.append("DoRA") }
            var alphaText =
                alphas.isEmpty
                ? "no alpha (scale 1)" : (alphas.count == 1 ? "alpha " : "alphas ") + Self.list(alphas.map(Self.number))
            if variants.contains("rsLoRA") {
                // rsLoRA's scale is α/√r: say it, since α/r would read half or less of it.
                let scale =
                    ranks.count == 1 && alphas.count == 1
                    ? " = " + Self.number(alphas[0] / Float(ranks[0]).squareRoot()) : ""
                alphaText += " (rsLoRA: scale α/√r\(scale))"
            }
            parts.append(alphaText)
            parts.append("\(count) module\(count == 1 ? "" : "s")")
        } else {
            parts.append("\(count) tensors")
        }
        parts.append(dtypes.map(\.rawValue).joined(separator: "/"))
        parts.append(byteCount.map(Self.size) ?? "not saved")
        return parts.joined(separator: ", ")
    }

    static func list(_ items: [String]) -> String {
        items.count <= 4 ? items.joined(separator: ",") : items.prefix(2).joined(separator: ",") + "…" + items.last!
    }

    static func number(_ x: Float) -> String { x == x.rounded() && abs(x) < 1e7 ? String(Int(x)) : String(x) }

    /// Human-readable size (decimal units, as file managers show).
    public static func size(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1000 && unit < units.count - 1 { value /= 1000; unit += 1 }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f %@", value, units[unit])
    }
}
