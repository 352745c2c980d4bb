import Foundation
import LoraEngine
import LoraFormats

/// `info STACK`: each LoRA's contribution per block and the interference between LoRAs, from
/// the factors only (no dense product: ‖sUD‖² and ⟨sUD, s'U'D'⟩ via r × r' Gram matrices,
/// O((out + in)·r·r') per pair, `LowRank.innerProduct`).
public struct StackAnalysis: Sendable {
    /// ‖Σ_{modules in block} mᵢ·sᵢ·ΔWᵢ‖ of one LoRA in one block (root of the sum of squares).
    public struct Contribution: Sendable {
        /// The LoRA's name in the stack.
        public let lora: String
        /// `BASE`, `IN04`, `MID`, `OUT05` … or `other` for modules outside every block.
        public let block: String
        /// √(Σ ‖mᵢ·sᵢ·ΔW‖²_F) over the LoRA's modules in the block.
        public let norm: Double
    }

    /// The cosine similarity of two LoRAs' deltas on one module:
    /// ⟨ΔA, ΔB⟩ / (‖ΔA‖·‖ΔB‖); near 1 = same direction (reinforce), near −1 = cancel.
    public struct Interference: Sendable {
        /// The module (as named in the first LoRA).
        public let module: String
        /// The block of the module.
        public let block: String
        /// The two LoRAs.
        public let first: String, second: String
        /// The cosine similarity.
        public let cosine: Double
    }

    /// Per LoRA and block, in stack order then block order.
    public let contributions: [Contribution]
    /// Per module shared by two LoRAs, for every pair (modules where either is weighted 0 left out).
    public let interferences: [Interference]

    /// Analyses `stack` (IA3 modules are skipped; DoRA modules count by their low-rank part).
    /// - Complexity: O(Σ (out + in)·r²) for the norms, O((out + in)·r·r') per shared pair.
    public static func analyse(_ stack: Stack) -> StackAnalysis {
        var contributions: [Contribution] = []
        let table = PatchedWeight.table(for: stack.entries.map(\.lora))
        var byModule: [String: [(lora: String, name: String, block: String, delta: LowRank, rows: Range<Int>?)]] = [:]
        var moduleOrder: [String] = []
        for entry in stack.entries {
            var energy: [Int: Double] = [:]
            for module in entry.lora.modules {
                let m = entry.weight.multiplier(for: module)
                guard let delta = try? ModuleDelta.factored(module, multiplier: m, allowDoRA: true) else { continue }
                let slot =
                    BlockLayout.slot(
                        of: ModuleTargetName(
                            flatPath: module.target.flatPath, isTextEncoder: module.target.component.isTextEncoder))
                    ?? -1
                energy[slot, default: 0] += delta.innerProduct(delta)
                let weight = PatchedWeight(module, table: table)
                let key = weight.key
                if byModule[key] == nil { moduleOrder.append(key) }
                // Pieces of a fused weight (FLUX to_q, to_k, to_v) add up to the whole module.
                if let rows = weight.rows, let total = weight.totalRows {
                    let placed = delta.placed(inRows: rows, of: total)
                    if let i = byModule[key, default: []].firstIndex(where: {
                        $0.lora == entry.name && $0.rows == nil && $0.delta.outFeatures == placed.outFeatures
                            && $0.delta.inFeatures == placed.inFeatures
                    }) {
                        byModule[key]![i].delta = LowRank.concatenation([byModule[key]![i].delta, placed])
                    } else {
                        byModule[key, default: []].append((entry.name, module.sourceName, blockName(slot), placed, nil))
                    }
                    continue
                }
                byModule[key, default: []].append((entry.name, module.sourceName, blockName(slot), delta, weight.rows))
            }
            for slot in energy.keys.sorted(by: { ($0 < 0 ? 99 : $0) < ($1 < 0 ? 99 : $1) }) {
                contributions.append(
                    Contribution(
                        lora: entry.name, block: blockName(slot), norm: Swift.max(energy[slot]!, 0).squareRoot()))
            }
        }
        var interferences: [Interference] = []
        for key in moduleOrder {
            let items = byModule[key]!
            guard items.count > 1 else { continue }
            for i in 0..<items.count {
                for j in (i + 1)..<items.count {
                    var (a, b) = (items[i].delta, items[j].delta)
                    // A piece of a fused weight beside the whole: compared in the whole's rows;
                    // two different pieces do not overlap.
                    switch (items[i].rows, items[j].rows) {
                    case let (x?, y?) where x != y: continue
                    case (let x?, nil) where x.count == a.outFeatures && x.upperBound <= b.outFeatures:
                        a = a.placed(inRows: x, of: b.outFeatures)
                    case (nil, let y?) where y.count == b.outFeatures && y.upperBound <= a.outFeatures:
                        b = b.placed(inRows: y, of: a.outFeatures)
                    default: break
                    }
                    // Modules of one name but another shape (another model) are not compared.
                    guard a.outFeatures == b.outFeatures && a.inFeatures == b.inFeatures else { continue }
                    let na = a.frobeniusNorm(), nb = b.frobeniusNorm()
                    // A module weighted off (block weight or pattern 0) shares nothing: no cosine.
                    guard na > 0 && nb > 0 else { continue }
                    let cosine = a.innerProduct(b) / (na * nb)
                    interferences.append(
                        Interference(
                            module: items[i].name, block: items[i].block, first: items[i].lora, second: items[j].lora,
                            cosine: cosine))
                }
            }
        }
        return StackAnalysis(contributions: contributions, interferences: interferences)
    }

    static func blockName(_ slot: Int) -> String { slot >= 0 ? BlockLayout.slotNames[slot] : "other" }

    /// Text lines for `info STACK`: per LoRA its block norms, then per LoRA pair the mean
    /// cosine over shared modules and the most conflicting module ("most opposed" when its
    /// cosine is negative, else "least aligned").
    public var lines: [String] { contributionLines + interferenceLines }

    /// Per LoRA: `hero: IN01 2.48  MID 3.76 …`.
    public var contributionLines: [String] {
        var out: [String] = []
        var loras: [String] = []
        for c in contributions where !loras.contains(c.lora) { loras.append(c.lora) }
        for lora in loras {
            let parts = contributions.filter { $0.lora == lora }.map {
                "\($0.block) \(String(format: "%.3g", $0.norm))"
            }
            out.append("\(lora): " + parts.joined(separator: "  "))
        }
        return out
    }

    /// Per pair of LoRAs: shared modules, mean cosine, the least aligned module.
    public var interferenceLines: [String] {
        var out: [String] = []
        var pairs: [String: [Interference]] = [:]
        var pairOrder: [String] = []
        for i in interferences {
            let key = "\(i.first) × \(i.second)"
            if pairs[key] == nil { pairOrder.append(key) }
            pairs[key, default: []].append(i)
        }
        for key in pairOrder {
            let items = pairs[key]!
            let mean = items.reduce(0) { $0 + $1.cosine } / Double(items.count)
            let worst = items.min { $0.cosine < $1.cosine }!
            let label = worst.cosine < 0 ? "most opposed" : "least aligned"
            out.append(
                "\(key): \(items.count) shared modules, mean cosine \(String(format: "%.3f", mean)), \(label) \(worst.module) (\(String(format: "%.3f", worst.cosine)))"
            )
        }
        return out
    }
}
