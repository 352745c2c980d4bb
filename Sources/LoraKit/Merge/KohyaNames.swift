import LoraFormats

/// Checkpoint key → the kohya LoRA module(s) that patch it, from the embedded architecture
/// tables (SD 1.5, SDXL, FLUX.1), so an extracted LoRA carries the names every tool loads.
/// Fused weights (SDXL TE2 `in_proj_weight`, FLUX `qkv`, `linear1`) give one module per row
/// block. A key spelt another way (`ArchitectureTable.keyAliases`: CLIP without `text_model.`,
/// ComfyUI FLUX files' `model.diffusion_model.`) is read as the table's key, as `ModuleMatcher` does.
struct KohyaNames {
    /// The table, nil for architectures without one.
    let table: ArchitectureTable?
    private let byKey: [String: [(ModuleTarget, Range<Int>?)]]

    init(architecture: Architecture) {
        table = ArchitectureTable.table(for: architecture)
        var byKey: [String: [(ModuleTarget, Range<Int>?)]] = [:]
        if let table {
            var seen = Set<String>()
            for info in table.targets.values.sorted(by: { ($0.rows?.lowerBound ?? 0) < ($1.rows?.lowerBound ?? 0) }) {
                let id = info.checkpointKey + "|" + info.kohya.canonicalFlatName
                guard !info.checkpointKey.isEmpty, seen.insert(id).inserted else { continue }
                byKey[info.checkpointKey, default: []].append((info.kohya, info.rows))
            }
        }
        self.byKey = byKey
    }

    /// The kohya targets (with row ranges of fused weights) of a checkpoint key, or nil.
    func targets(for key: String) -> [(ModuleTarget, Range<Int>?)]? {
        guard let k = table?.tableKey(forFileKey: key), let list = byKey[k], !list.isEmpty else { return nil }
        return list.sorted { ($0.1?.lowerBound ?? 0) < ($1.1?.lowerBound ?? 0) }
    }
}
