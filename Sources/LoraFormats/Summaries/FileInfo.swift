import LoraEngine

/// Everything `info NAME` shows: architecture and how it was recognised, rank and alpha per
/// module group, dtypes, parameters, training metadata, trigger words, base model, file hash.
public struct FileInfo: Sendable {
    /// Modules sharing a component and top-level block (`down_blocks`, `double_blocks`, text encoder 1, …).
    public struct ModuleGroup: Sendable, Equatable {
        public let name: String
        public let count: Int
        public let ranks: [Int]
        public let alphas: [Float]
        public let algorithms: [String]
    }

    /// The one-line summary.
    public let summary: FileSummary
    /// Architecture, evidence and metadata hints.
    public let architecture: ArchitectureReport
    /// Module groups (LoRAs only).
    public let groups: [ModuleGroup]
    /// Checkpoints: tensors and parameters per top-level part (`model.diffusion_model`,
    /// `first_stage_model`, `conditioner.embedders.1`, `double_blocks`, …).
    public let tensorGroups: [(name: String, tensors: Int, parameters: Int)]
    /// Total stored parameters.
    public let parameterCount: Int
    /// Training settings from kohya metadata (key, value), in a fixed order.
    public let training: [(key: String, value: String)]
    /// The most frequent tags of `ss_tag_frequency` with their counts (trigger words).
    public let triggerWords: [(tag: String, count: Int)]
    /// `ss_sd_model_name` or PEFT `base_model_name_or_path`.
    public let baseModelName: String?
    /// Keys the reader did not understand.
    public let unrecognisedKeys: [String]
    /// File hash (nil unless asked for).
    public let hash: FileHash?
    /// All metadata.
    public let metadata: [String: String]

    static let trainingKeys = [
        "ss_output_name", "ss_network_module", "ss_network_dim", "ss_network_alpha", "ss_network_args",
        "ss_learning_rate", "ss_unet_lr", "ss_text_encoder_lr", "ss_optimizer", "ss_lr_scheduler", "ss_epoch",
        "ss_num_epochs", "ss_steps", "ss_max_train_steps", "ss_resolution", "ss_mixed_precision", "ss_seed",
        "ss_noise_offset", "ss_min_snr_gamma", "ss_training_comment", "ss_training_started_at",
        "ss_training_finished_at",
    ]

    /// Gathers the information; `computeHash` reads the whole file once (cached per path+size+mtime).
    /// - Throws: `SafetensorsError` only when hashing fails.
    public init(_ loaded: LoadedFile, computeHash: Bool = true) throws(SafetensorsError) {
        summary = FileSummary(loaded)
        let metadata: [String: String]
        var hashPath = loaded.path
        switch loaded {
        case .lora(let a):
            architecture = ArchitectureDetector.detect(lora: a, fileName: a.sourcePath)
            metadata = a.metadata
            parameterCount = a.parameterCount
            unrecognisedKeys = a.unrecognisedKeys
            baseModelName = a.metadata["ss_sd_model_name"] ?? a.peftConfig?.baseModel
            hashPath = a.sourcePath.isEmpty ? "" : PeftFolder.tensorFile(of: a.sourcePath)
            var order: [String] = []
            var byGroup: [String: [LoraModule]] = [:]
            for m in a.modules {
                let key = Self.groupName(m.target)
                if byGroup[key] == nil { order.append(key) }
                byGroup[key, default: []].append(m)
            }
            tensorGroups = []
            groups = order.map { key in
                let ms = byGroup[key]!
                return ModuleGroup(
                    name: key, count: ms.count, ranks: Array(Set(ms.compactMap(\.rank))).sorted(),
                    alphas: Array(Set(ms.compactMap(\.alpha))).sorted(),
                    algorithms: Array(Set(ms.map(\.factors.algorithm))).sorted())
            }
        case .checkpoint(let b):
            architecture = b.architecture
            metadata = b.file.metadata
            parameterCount = b.parameterCount
            unrecognisedKeys = []
            baseModelName = nil
            groups = []
            var order: [String] = []
            var totals: [String: (Int, Int)] = [:]
            for entry in b.file.entries {
                let key = Self.checkpointGroup(entry.name)
                if totals[key] == nil { order.append(key) }
                totals[key, default: (0, 0)].0 += 1
                totals[key, default: (0, 0)].1 += entry.count
            }
            tensorGroups = order.sorted().map { ($0, totals[$0]!.0, totals[$0]!.1) }
        }
        self.metadata = metadata
        training = Self.trainingKeys.compactMap { k in metadata[k].map { (k, $0) } }
        triggerWords = Self.tags(metadata["ss_tag_frequency"])
        hash = computeHash ? try FileHash.of(path: hashPath) : FileHash.cached(path: hashPath)
    }

    /// "denoiser down_blocks", "text encoder 1", "model fc1"…
    static func groupName(_ target: ModuleTarget) -> String {
        if target.component.isTextEncoder { return target.component.description }
        let words = target.flatPath.split(separator: "_")
        var head: [Substring] = []
        for w in words {
            if w.allSatisfy(\.isNumber) { break }
            head.append(w)
            if head.count == 2 { break }
        }
        return "\(target.component) " + head.joined(separator: "_")
    }

    /// The part of a checkpoint a key belongs to.
    static func checkpointGroup(_ key: String) -> String {
        let parts = key.split(separator: ".")
        if key.hasPrefix("conditioner.embedders."), parts.count > 2 { return parts.prefix(3).joined(separator: ".") }
        if key.hasPrefix("model.diffusion_model.") || key.hasPrefix("cond_stage_model.") {
            return parts.prefix(2).joined(separator: ".")
        }
        return String(parts.first ?? "")
    }

    /// kohya's `ss_tag_frequency` (JSON: dataset folder → tag → count) summed over folders,
    /// most frequent first (at most 20): what a LoRA was trained on, its likely trigger words.
    public static func trainingTags(_ json: String?) -> [(tag: String, count: Int)] { tags(json) }

    /// Tags summed over dataset folders, most frequent first (at most 20).
    static func tags(_ json: String?) -> [(tag: String, count: Int)] {
        guard let json, let value = try? JSONParser.parse(json), let folders = value.objectMembers else { return [] }
        var counts: [String: Int] = [:]
        for (_, folder) in folders {
            for (tag, count) in folder.objectMembers ?? [] {
                counts[tag.trimmingCharacters(in: " "), default: 0] += count.intValue ?? 0
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map { ($0.key, $0.value) }
    }
}
