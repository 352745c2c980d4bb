extension ArchitectureTable {
    /// Another spelling of some checkpoint keys, found in files in the wild: a key the table
    /// spells `tablePrefix + rest` may be stored as `filePrefix + rest`.
    public struct KeyAlias: Sendable, Equatable {
        /// The start of the keys as the table spells them.
        public let tablePrefix: String
        /// The same start as such files spell it.
        public let filePrefix: String
    }

    /// The other spellings of this architecture's checkpoint keys. The table itself spells every
    /// key as current files do; these are accepted only where a file lacks that spelling.
    /// - SD 1.x: CLIP-L without `text_model.` (`cond_stage_model.transformer.encoder.…`), as some
    ///   early SD 1.x files have it; kohya's `load_checkpoint_with_text_encoder_conversion` and
    ///   ComfyUI's `SD15.process_clip_state_dict` rename such keys on load.
    /// - SDXL: the same short spelling of its first text encoder
    ///   (`conditioner.embedders.0.transformer.encoder.…`), accepted alike.
    /// - FLUX.1: BFL keys under `model.diffusion_model.`, as ComfyUI saves a FLUX checkpoint.
    public var keyAliases: [KeyAlias] {
        switch architecture {
        case .sd1: return [Self.withoutTextModel("cond_stage_model.transformer.")]
        case .sdxl: return [Self.withoutTextModel("conditioner.embedders.0.transformer.")]
        case .flux1: return [KeyAlias(tablePrefix: "", filePrefix: "model.diffusion_model.")]
        default: return []
        }
    }

    /// CLIP-L under `prefix` (a `transformers` `CLIPTextModel`) without its `text_model.` level.
    static func withoutTextModel(_ prefix: String) -> KeyAlias {
        KeyAlias(tablePrefix: prefix + "text_model.", filePrefix: prefix)
    }

    /// The table's key of a key as a file spells it: the key itself when the table has it, else
    /// the key an alias of it names; nil when the table has no such tensor.
    /// - Complexity: O(1) dictionary look-ups (one per alias).
    public func tableKey(forFileKey key: String) -> String? {
        if rowIndex[key] != nil { return key }
        for alias in keyAliases where key.hasPrefix(alias.filePrefix) {
            let candidate = alias.tablePrefix + key.dropFirst(alias.filePrefix.count)
            if rowIndex[candidate] != nil { return candidate }
        }
        return nil
    }

    /// Table key → the file's key, for every key of a file that names a tensor of this table.
    /// A file holding both spellings of one tensor is read by the table's spelling.
    /// - Complexity: O(keys).
    public func fileKeys(_ keys: some Sequence<String>) -> [String: String] {
        var map: [String: String] = [:]
        for key in keys {
            guard let tableKey = tableKey(forFileKey: key) else { continue }
            if tableKey == key || map[tableKey] == nil { map[tableKey] = key }
        }
        return map
    }
}
