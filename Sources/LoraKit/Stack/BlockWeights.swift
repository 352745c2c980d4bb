import Foundation

/// A LoRA Block Weight vector expanded to the 26 slots of `BlockLayout`.
///
/// Written as a preset name (`OUTALL`) or a comma list of 12, 17, 20 or 26 numbers. As in
/// hako-mikan's `to26`, slots a short vector does not list get 0 (a standard LoRA has no
/// modules there). Modules outside every block keep weight 1.
public struct BlockWeights: Sendable, Equatable {
    /// One weight per slot of `BlockLayout.slotNames`.
    public var values: [Float]
    /// How the user wrote it (preset name or the list), for display.
    public var source: String

    /// The default presets of sd-webui-lora-block-weight (17 values: BASE, IN01, IN02, IN04,
    /// IN05, IN07, IN08, MID, OUT03 … OUT11).
    public static let presets: [(name: String, values: [Float])] = [
        ("NONE", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("ALL", [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ("INS", [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("IND", [1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("INALL", [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ("MIDD", [1, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]),
        ("OUTD", [1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0]),
        ("OUTS", [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]),
        ("OUTALL", [1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ("ALL0.5", [Float](repeating: 0.5, count: 17)),
    ]

    /// A preset for an SDXL LoRA. LoRA Block Weight's presets are written as SD 1.5's 17
    /// blocks, whose output blocks are OUT03–OUT11; SDXL's attention blocks are OUT00–OUT05, so
    /// the 17-value form would switch them off. The presets that name whole sections (ALL,
    /// NONE, ALL0.5, INALL, OUTALL) are applied by section; the depth presets (INS, IND, MIDD,
    /// OUTD, OUTS) have no SDXL meaning and are refused.
    /// - Throws: `StackError.presetNotForSDXL`.
    public static func sdxlPreset(_ preset: BlockWeights) throws(StackError) -> BlockWeights {
        let name = preset.source.uppercased()
        let inSlots = Set(1...12), outSlots = Set(14...25)
        let values: [Float]
        switch name {
        case "ALL", "NONE", "ALL0.5":
            let v: Float = name == "ALL" ? 1 : name == "NONE" ? 0 : 0.5
            values = [Float](repeating: v, count: 26)
        case "INALL": values = (0..<26).map { $0 == 0 || inSlots.contains($0) ? 1 : 0 }
        case "OUTALL": values = (0..<26).map { $0 == 0 || outSlots.contains($0) ? 1 : 0 }
        default: throw .presetNotForSDXL(name: preset.source)
        }
        var copy = preset
        copy.values = values
        return copy
    }

    /// Expands a vector of a known length.
    /// - Throws: `StackError.badBlockVector`.
    public init(vector: [Float], source: String) throws(StackError) {
        guard let slots = BlockLayout.slots(forVectorLength: vector.count) else {
            throw .badBlockVector(spec: source, count: vector.count)
        }
        var values = [Float](repeating: 0, count: 26)
        for (value, slot) in zip(vector, slots) { values[slot] = value }
        self.values = values
        self.source = source
    }

    /// Parses a preset name (case-insensitive) or a comma-separated list of numbers.
    /// - Throws: `StackError.unknownPreset`, `.badBlockVector`, `.invalidSpec`.
    public init(parsing text: String) throws(StackError) {
        if let preset = Self.presets.first(where: { $0.name.caseInsensitiveCompare(text) == .orderedSame }) {
            try self.init(vector: preset.values, source: preset.name)
            return
        }
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if items.count == 1 && Float(items[0]) == nil {
            throw .unknownPreset(name: text, known: Self.presets.map(\.name))
        }
        var vector: [Float] = []
        for item in items {
            guard let v = Float(item) else {
                throw .invalidSpec(spec: text, reason: "'\(item)' is not a number in the block-weight vector")
            }
            vector.append(v)
        }
        try self.init(vector: vector, source: text)
    }

    /// The weight of a module (1 for modules in no block).
    public func weight(for target: ModuleTargetName) -> Float {
        BlockLayout.slot(of: target).map { values[$0] } ?? 1
    }
}
