/// Matches LoRA modules to base tensors through the base's own key list, as ComfyUI does.
///
/// For SD 1.5, SDXL and FLUX.1 checkpoints the embedded `ArchitectureTable` maps every kohya,
/// kohya-alias, LyCORIS and diffusers module name onto its checkpoint key and, for fused tensors
/// (SDXL text encoder 2 `in_proj_weight`, FLUX `qkv` and single-block `linear1`), onto its row
/// range; the base's keys are read through the table's `keyAliases` (a text encoder spelt
/// without `text_model.`, a ComfyUI FLUX file's `model.diffusion_model.`), so a key is found
/// under either spelling. For any other base the key list itself is the map: each `….weight`
/// key is normalised by '.'→'_' (kohya/LyCORIS names: `lycoris_fc1` → `fc1.weight`), and
/// PEFT/diffusers/ComfyUI prefixes are stripped from the LoRA side.
public enum ModuleMatcher {
    /// Checks every module of `lora` against `base`.
    /// - Parameters:
    ///   - force: match by name and shape even when the LoRA was made for another architecture
    ///     (`force=true`); otherwise every module of such a LoRA is `.otherArchitecture`.
    /// - Complexity: O(modules + base tensors); no tensor data is read.
    public static func check(lora: LoraAdapter, base: BaseModel, force: Bool = false) -> MatchReport {
        let loraArch = ArchitectureDetector.detect(lora: lora, fileName: lora.sourcePath)
        let baseArch = base.architecture
        let l = loraArch.architecture
        let b = baseArch.architecture
        if !force && l != .generic && b != .generic && l != b {
            let matches = lora.modules.map {
                ModuleMatch(target: $0.target, sourceName: $0.sourceName, status: .otherArchitecture(lora: l, base: b))
            }
            return MatchReport(matches: matches, loraArchitecture: loraArch, baseArchitecture: baseArch)
        }
        let matches: [ModuleMatch]
        if b == .sd2 {
            // Keys as the file has them: SD 2.x has no table, hence no other spellings.
            let keys = Dictionary(uniqueKeysWithValues: base.shapes.keys.map { ($0, $0) })
            matches = lora.modules.map { module in
                ModuleMatch(target: module.target, sourceName: module.sourceName, status: sd2Status(module, base, keys))
            }
        } else if let table = ArchitectureTable.table(for: b) {
            let keys = table.fileKeys(base.shapes.keys)
            matches = lora.modules.map { module in
                ModuleMatch(
                    target: module.target, sourceName: module.sourceName, status: tableStatus(module, table, base, keys)
                )
            }
        } else {
            let map = genericKeyMap(base)
            matches = lora.modules.map { module in
                ModuleMatch(
                    target: module.target, sourceName: module.sourceName, status: genericStatus(module, base, map))
            }
        }
        return MatchReport(matches: matches, loraArchitecture: loraArch, baseArchitecture: baseArch)
    }

    /// SD 2.x has no table of its own: its U-Net keys are SD 1.5's (with other widths) and its
    /// OpenCLIP text encoder is laid out like SDXL's second one (`cond_stage_model.model.` for
    /// `conditioner.embedders.1.model.`), with q|k|v row blocks scaled to its width.
    static func sd2Status(_ module: LoraModule, _ base: BaseModel, _ keys: [String: String]) -> ModuleMatch.Status {
        switch module.target.component {
        case .textEncoder(1):
            var target = module.target
            target.component = .textEncoder(2)
            guard let info = ArchitectureTable.sdxl.targets[target.canonicalFlatName] else {
                return .missing(reason: "no SD2.x text encoder weight has this name")
            }
            return tableStatus(module, info, base, keys, architecture: .sd2) {
                $0.replacingOccurrences(of: "conditioner.embedders.1.model.", with: "cond_stage_model.model.")
            }
        case .textEncoder:
            return .missing(reason: "SD2.x has one text encoder")
        default:
            guard let info = ArchitectureTable.sd1.targets[module.target.canonicalFlatName] else {
                return .missing(reason: "no SD2.x weight has this name")
            }
            return tableStatus(module, info, base, keys, architecture: .sd2) { $0 }
        }
    }

    static func tableStatus(
        _ module: LoraModule, _ table: ArchitectureTable, _ base: BaseModel, _ keys: [String: String]
    ) -> ModuleMatch.Status {
        guard let info = table.targets[module.target.canonicalFlatName] else {
            return .missing(reason: "no \(table.architecture.rawValue) weight has this name")
        }
        return tableStatus(module, info, base, keys, architecture: table.architecture) { $0 }
    }

    static func tableStatus(
        _ module: LoraModule, _ info: ArchitectureTable.TargetInfo, _ base: BaseModel, _ keys: [String: String],
        architecture: Architecture, rename: (String) -> String
    ) -> ModuleMatch.Status {
        if info.checkpointKey.isEmpty {
            return .missing(reason: "a \(module.target.component) module; this checkpoint holds no text encoder")
        }
        let checkpointKey = rename(info.checkpointKey)
        guard let key = keys[checkpointKey], let shape = base.shapes[key] else {
            if let reason = notApplicable(checkpointKey, base) { return .missing(reason: reason) }
            return .missing(reason: "the base has no \(checkpointKey)")
        }
        var info = info
        if let r = info.rows,
            let tableRows = ArchitectureTable.table(for: architecture == .sd2 ? .sdxl : architecture)?
                .rows.first(where: { $0.checkpointKey == info.checkpointKey })?.shape.first, tableRows != shape[0],
            tableRows > 0
        {
            // A fused tensor of another width (SD2's 3072-row in_proj vs SDXL's 3840): same blocks, scaled.
            let scaled = (r.lowerBound * shape[0] / tableRows)..<(r.upperBound * shape[0] / tableRows)
            info = ArchitectureTable.TargetInfo(
                checkpointKey: info.checkpointKey, rows: scaled, shape: [scaled.count] + Array(shape.dropFirst()),
                kohya: info.kohya,
                rowsInKohya: info.rowsInKohya, diffusers: info.diffusers)
        }
        let rows =
            module.rows.map { r in
                (info.rows?.lowerBound ?? 0) + r.lowerBound..<(info.rows?.lowerBound ?? 0) + r.upperBound
            } ?? info.rows
        let slice = rows.map { [$0.count] + Array(shape.dropFirst()) } ?? shape
        if let r = rows, r.upperBound > shape[0] {
            return .shapeMismatch(baseKey: key, expected: module.deltaShape, found: shape)
        }
        return shapesAgree(module.deltaShape, slice)
            ? .matched(baseKey: key, rows: rows)
            : .shapeMismatch(baseKey: key, expected: module.deltaShape, found: slice)
    }

    /// Canonical name → base key, for bases without a table.
    static func genericKeyMap(_ base: BaseModel) -> [String: String] {
        var map: [String: String] = [:]
        for key in base.shapes.keys.sorted() where key.hasSuffix(".weight") || key.hasSuffix("_weight") {
            var path = key.hasSuffix(".weight") ? String(key.dropLast(7)) : String(key.dropLast(7))
            var component: ModelComponent = .model
            for prefix in ["model.diffusion_model.", "diffusion_model.", "base_model.model."]
            where path.hasPrefix(prefix) {
                path.removeFirst(prefix.count)
                component = .denoiser
            }
            let flat = path.replacingOccurrences(of: ".", with: "_")
            for c in [component, component == .model ? .denoiser : .model] {
                let name = ModuleTarget(component: c, path: flat, isFlattened: true).canonicalFlatName
                if map[name] == nil { map[name] = key }
            }
        }
        return map
    }

    /// Why a module whose tensor the base lacks does not apply to a partial file (a U-Net
    /// module and a text-encoder-only file), or nil when the file holds that component.
    static func notApplicable(_ checkpointKey: String, _ base: BaseModel) -> String? {
        let held = base.architecture.components
        guard !held.isEmpty, let component = CheckpointComponent.found(in: [checkpointKey: []]).first,
            !held.contains(component)
        else { return nil }
        return
            "not applicable: a \(component.rawValue) module, and this file holds only \(CheckpointComponent.list(held))"
    }

    static func genericStatus(_ module: LoraModule, _ base: BaseModel, _ map: [String: String]) -> ModuleMatch.Status {
        var target = module.target
        // A text encoder on its own with transformers names (clip_l.safetensors): its keys are
        // the module names, under the component it is.
        let held = base.architecture.components
        let encoder: CheckpointComponent? =
            switch target.component {
            case .textEncoder(1): held == [.clipL] ? .clipL : nil
            case .textEncoder(2): held == [.openCLIPBigG] ? .openCLIPBigG : nil
            default: nil
            }
        if encoder == nil, target.component != .denoiser && target.component != .model {
            // Another text encoder alone (te1 on clip_g.safetensors), or no text encoder at all.
            if !held.isEmpty {
                return .missing(
                    reason:
                        "not applicable: a \(target.component) module, and this file holds only \(CheckpointComponent.list(held))"
                )
            }
            return .missing(reason: "a \(target.component) module; the base has no recognisable text encoder")
        }
        if encoder == nil, !held.isEmpty, !held.contains(where: \.isDenoiser) {
            return .missing(
                reason: "not applicable: a denoiser module, and this file holds only \(CheckpointComponent.list(held))")
        }
        target.component = .model
        guard let key = map[target.canonicalFlatName], let shape = base.shapes[key] else {
            return .missing(reason: "no weight of the base has this name")
        }
        let slice = module.rows.map { [$0.count] + Array(shape.dropFirst()) } ?? shape
        return shapesAgree(module.deltaShape, slice)
            ? .matched(baseKey: key, rows: module.rows)
            : .shapeMismatch(baseKey: key, expected: module.deltaShape, found: slice)
    }

    /// Equal shapes, or the same output size and element count (1×1 conv vs linear, LoHa/LoKr
    /// conv deltas stored flattened): the reshapes ComfyUI and kohya apply.
    static func shapesAgree(_ delta: [Int], _ weight: [Int]) -> Bool {
        if delta == weight { return true }
        guard let d0 = delta.first, let w0 = weight.first, d0 == w0 else { return false }
        return delta.reduce(1, *) == weight.reduce(1, *)
    }
}
