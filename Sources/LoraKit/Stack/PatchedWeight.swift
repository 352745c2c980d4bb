import LoraFormats

/// The base weight a LoRA module patches, named the same whatever the LoRA's naming scheme, so
/// merges and `info STACK` pair kohya `lora_unet_input_blocks_4_1_proj_in` with diffusers
/// `down_blocks.1.attentions.0.proj_in`, and FLUX diffusers `to_q`/`to_k`/`to_v` with the
/// rows of kohya's fused `qkv`.
struct PatchedWeight: Hashable {
    /// The kohya module of the architecture table it belongs to, else the module's own name.
    let key: String
    /// The rows of that module it covers (nil: all of them).
    let rows: Range<Int>?
    /// The rows of the whole module when `rows` is a piece of it and the table knows them.
    let totalRows: Int?

    init(_ module: LoraModule, table: ArchitectureTable?) {
        // The table's word is taken only when the module's own shape agrees with it (a LoRA of
        // another model with the same names, or a weight the table maps in a way lorash does
        // not pair, keeps its own name).
        if let info = table?.targets[module.target.canonicalFlatName], let outRows = module.deltaShape.first {
            let whole = table?.targets[info.kohya.canonicalFlatName]?.shape.first
            if let pieceRows = info.rowsInKohya {
                if pieceRows.count == outRows, let whole, pieceRows.upperBound <= whole {
                    (key, rows, totalRows) = ("kohya:" + info.kohya.canonicalFlatName, pieceRows, whole)
                    return
                }
            } else if whole == nil || whole == outRows || info.shape.first == outRows {
                (key, rows, totalRows) = ("kohya:" + info.kohya.canonicalFlatName, nil, nil)
                return
            }
        }
        (key, rows, totalRows) = (module.target.canonicalFlatName, nil, nil)
    }

    /// The architecture table of the first LoRA in `loras` of a known architecture.
    static func table(for loras: [LoraAdapter]) -> ArchitectureTable? {
        for lora in loras {
            let architecture = ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath).architecture
            if let table = ArchitectureTable.table(for: architecture) { return table }
        }
        return nil
    }
}
