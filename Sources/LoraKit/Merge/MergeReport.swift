import LoraFormats

/// What a merge, resize or extract kept: per module and overall, the rank and the retained
/// fraction of the reference's Frobenius energy, 1 − ‖M − M̂‖²_F / ‖M‖²_F (M = the stack's
/// exact Σ mᵢ·sᵢ·ΔWᵢ, or the original LoRA/difference; 1 = exact, < 0 = worse than nothing).
public struct MergeReport: Sendable {
    /// One line per module.
    public struct Module: Sendable {
        /// The module name (as in the first LoRA's file).
        public let name: String
        /// The rank written.
        public let rank: Int
        /// ‖M‖²_F of the reference.
        public let energy: Double
        /// ‖M − M̂‖²_F.
        public let error: Double
        /// The module's group: its LoRA Block Weight block (`IN04`, `MID`, `OUT05`), `BASE` for
        /// text encoders, or `other`.
        public var group: String = "other"
        /// 1 − error / energy (1 when the reference is zero and the error too).
        public var retained: Double { energy > 0 ? 1 - error / energy : (error == 0 ? 1 : -Double.infinity) }
    }

    /// The method or operation (`svd`, `resize`, `extract`).
    public let operation: String
    /// Per module.
    public let modules: [Module]
    /// What was left out and why (extract: weights whose shapes differ), printed after the summary.
    public var notes: [String] = []

    /// Overall retained fraction: 1 − Σ errors / Σ energies.
    public var retained: Double {
        let energy = modules.reduce(0) { $0 + $1.energy }
        let error = modules.reduce(0) { $0 + $1.error }
        return energy > 0 ? 1 - error / energy : 1
    }

    /// The rank range written.
    public var rankRange: ClosedRange<Int>? {
        guard let lo = modules.map(\.rank).min(), let hi = modules.map(\.rank).max() else { return nil }
        return lo...hi
    }

    /// "svd: 3 modules, rank 4, retained 87.4% of the stack's energy (worst fc1 85.0%)".
    public var summary: String {
        let ranks =
            rankRange.map {
                $0.lowerBound == $0.upperBound ? "rank \($0.lowerBound)" : "ranks \($0.lowerBound)–\($0.upperBound)"
            } ?? "no modules"
        var line = "\(operation): \(modules.count) modules, \(ranks), retained \(Self.percent(retained)) of the energy"
        if let worst = modules.min(by: { $0.retained < $1.retained }), modules.count > 1 {
            line += " (worst \(worst.name) \(Self.percent(worst.retained)))"
        }
        var notes = notes
        let energy = modules.reduce(0) { $0 + $1.energy }
        if energy == 0 && !modules.isEmpty {
            notes.append("what was approximated is zero (are the weights 0?): the result changes nothing")
        } else if retained < 0 {
            notes.append("below 0%: the result is further from the reference than no change at all would be")
        }
        return ([line] + notes.map { "  note: " + $0 }).joined(separator: "\n")
    }

    /// One line per group (block), in block order: module count, ranks, retained energy.
    public var groupLines: [String] {
        var order: [String] = []
        var byGroup: [String: [Module]] = [:]
        for m in modules {
            if byGroup[m.group] == nil { order.append(m.group) }
            byGroup[m.group, default: []].append(m)
        }
        let slotOrder = BlockLayout.slotNames + ["other"]
        order.sort { (slotOrder.firstIndex(of: $0) ?? 99) < (slotOrder.firstIndex(of: $1) ?? 99) }
        return order.map { group in
            let items = byGroup[group]!
            let energy = items.reduce(0) { $0 + $1.energy }, error = items.reduce(0) { $0 + $1.error }
            let ranks = Set(items.map(\.rank)).sorted()
            let rankText = ranks.count == 1 ? "rank \(ranks[0])" : "ranks \(ranks.first!)–\(ranks.last!)"
            return
                "\(group): \(items.count) modules, \(rankText), retained \(Self.percent(energy > 0 ? 1 - error / energy : 1))"
        }
    }

    /// The group name of a module target (see `Module.group`).
    static func group(of target: ModuleTarget) -> String {
        let slot = BlockLayout.slot(
            of: ModuleTargetName(flatPath: target.flatPath, isTextEncoder: target.component.isTextEncoder))
        return slot.map { BlockLayout.slotNames[$0] } ?? "other"
    }

    /// One line per module: name, rank, retained.
    public var moduleLines: [String] {
        modules.map { "\($0.name)  rank \($0.rank)  retained \(Self.percent($0.retained))" }
    }

    static func percent(_ x: Double) -> String {
        let p = (x * 1000).rounded() / 10
        return "\(p)%"
    }
}
