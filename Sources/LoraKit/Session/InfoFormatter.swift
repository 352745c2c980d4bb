import LoraFormats

/// The lines `info` prints for a file.
enum InfoFormatter {
    static func lines(_ info: FileInfo, path: String) -> [String] {
        let file = path.isEmpty ? "none: made in this session (save NAME PATH writes it)" : path
        var lines = [info.summary.line, "file: \(file)", "architecture: \(info.architecture.architecture.rawValue)"]
        if !info.architecture.evidence.isEmpty {
            lines.append("  recognised by: " + info.architecture.evidence.joined(separator: "; "))
        }
        if let components = info.architecture.componentsLine { lines.append("  " + components) }
        for hint in info.architecture.hints { lines.append("  hint: \(hint.key) = \(hint.value)") }
        if let note = info.architecture.familyNote { lines.append("  note: \(note)") }
        if let hash = info.hash {
            lines.append("sha256: \(hash.sha256) (AutoV2 \(hash.autoV2))")
        } else if !path.isEmpty {
            lines.append(
                "sha256: not computed (info NAME hash=true reads the whole file once; this session then remembers it)")
        }
        lines.append("parameters: \(info.parameterCount)")
        if !info.groups.isEmpty {
            lines.append("modules:")
            for group in info.groups {
                let ranks = group.ranks.map(String.init).joined(separator: ",")
                let alphas = group.alphas.map { NumberFormatting.shortest(Double($0)) }.joined(separator: ",")
                lines.append(
                    "  \(group.name): \(group.count) × \(group.algorithms.joined(separator: "/")), rank \(ranks.isEmpty ? "-" : ranks), alpha \(alphas.isEmpty ? "none" : alphas)"
                )
            }
        }
        if !info.tensorGroups.isEmpty {
            lines.append("tensors:")
            for group in info.tensorGroups {
                lines.append("  \(group.name): \(group.tensors) tensors, \(group.parameters) parameters")
            }
        }
        if let base = info.baseModelName { lines.append("base model: \(base)") }
        if !info.training.isEmpty {
            lines.append("training:")
            for (key, value) in info.training {
                lines.append("  \(key) = \(value.count > 120 ? String(value.prefix(117)) + "…" : value)")
            }
        }
        if !info.triggerWords.isEmpty {
            lines.append(
                "trigger words: "
                    + info.triggerWords.prefix(12).map { "\($0.tag) (\($0.count))" }.joined(separator: ", "))
        }
        if !info.unrecognisedKeys.isEmpty {
            lines.append(
                "unrecognised keys (\(info.unrecognisedKeys.count)): "
                    + info.unrecognisedKeys.prefix(5).joined(separator: ", "))
        }
        return lines
    }
}
