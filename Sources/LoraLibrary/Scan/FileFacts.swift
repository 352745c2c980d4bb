import Foundation
import LoraEngine
import LoraFormats

/// What a model file is, as the library files it.
public enum FileKind: String, Sendable, CaseIterable {
    case lora = "LoRA"
    case locon = "LoCon"
    case loha = "LoHa"
    case lokr = "LoKr"
    case full = "full"
    case checkpoint = "checkpoint"
    case peft = "PEFT folder"

    /// What `type=` accepts: the raw value or a short word (lora, locon, loha, lokr, full,
    /// checkpoint, peft).
    public init?(userText: String) {
        let word = userText.lowercased().filter { $0.isLetter }
        switch word {
        case "lora": self = .lora
        case "locon", "lycoris": self = .locon
        case "loha": self = .loha
        case "lokr": self = .lokr
        case "full", "fullfinetune", "diff": self = .full
        case "checkpoint", "ckpt", "model", "base": self = .checkpoint
        case "peft", "peftfolder": self = .peft
        default: return nil
        }
    }

    /// Whether this is a kind of adapter (everything but a checkpoint).
    public var isAdapter: Bool { self != .checkpoint }
}

/// The facts the library keeps about one file: read from its header and metadata (and, for
/// LoRAs, the scalar alpha tensors), never from its weights.
public struct FileFacts: Sendable, Equatable {
    public var kind: FileKind
    /// "SDXL", "SD1.x", … (`Architecture.rawValue`).
    public var architecture: String
    /// How the architecture was recognised, one short line.
    public var recognisedBy: String
    public var ranks: [Int]
    public var alphas: [Float]
    /// Distinct dtypes, "F16" or "F16/F32".
    public var dtype: String
    /// Modules (adapters) or tensors (checkpoints).
    public var modules: Int
    /// The metadata the library shows and searches (`ss_*` training keys, `modelspec.*`), all
    /// string values; `ss_tag_frequency` is summarised into `triggerWords`.
    public var metadata: [String: String]
    /// The most frequent training tags (kohya's `ss_tag_frequency`), most frequent first.
    public var triggerWords: [String]
    /// `ss_output_name`.
    public var outputName: String?
    /// `ss_new_sd_model_hash`: the sha256 of the checkpoint the LoRA was trained on.
    public var trainingBaseHash: String?
    /// `ss_sd_model_name` (or a PEFT config's base model).
    public var trainingBaseName: String?
    /// An adapter's `TensorSample`, encoded (nil for checkpoints).
    var tensorSample: [UInt8]? = nil
    /// A checkpoint's `WeightFingerprint`, encoded (nil for adapters).
    var fingerprint: [UInt8]? = nil

    /// Metadata keys kept verbatim (the rest is not indexed).
    static let keptKeys: Set<String> = [
        "ss_output_name", "ss_sd_model_name", "ss_new_sd_model_hash", "ss_sd_model_hash", "ss_base_model_version",
        "ss_network_module", "ss_network_dim", "ss_network_alpha", "ss_training_comment", "ss_training_started_at",
        "ss_training_finished_at", "ss_num_epochs", "ss_steps", "ss_resolution", "ss_v2", "sshs_model_hash",
    ]

    /// Reads the facts of `path` (a safetensors file or a PEFT folder).
    /// - Throws: the format error naming the file, for a file lorash cannot read.
    public static func read(path: String) throws(LoraFormatError) -> FileFacts {
        var reader: SafetensorsReader? = nil
        let loaded: LoadedFile
        if FileManager.default.isDirectoryPath(path) {
            loaded = try LoraFile.load(path: path)
        } else {
            do { reader = try SafetensorsReader(path: path) } catch { throw .file(error) }
            loaded = try LoraFile.load(reader!)
        }
        var facts = try read(loaded, path: path)
        // From the file already open: an adapter's tensor sample (a page or a few; `dupes` then
        // opens only real candidates), a checkpoint's weight fingerprint (about 1 MB of its
        // pages; lineage, and the family of a checkpoint nothing else names).
        if facts.kind == .checkpoint {
            facts.fingerprint = reader.flatMap { WeightFingerprint(reader: $0) }?.encoded
        } else {
            facts.tensorSample = (reader.map(TensorSample.init(reader:)) ?? TensorSample(path: path))?.encoded
        }
        return facts
    }

    static func read(_ loaded: LoadedFile, path: String) throws(LoraFormatError) -> FileFacts {
        switch loaded {
        case .lora(let adapter):
            let report = ArchitectureDetector.detect(lora: adapter, fileName: path)
            let algorithms = Set(adapter.algorithms)
            let kind: FileKind =
                adapter.scheme == .peft && adapter.peftConfig != nil && FileManager.default.isDirectoryPath(path)
                ? .peft
                : algorithms.contains("lokr")
                    ? .lokr
                    : algorithms.contains("loha")
                        ? .loha
                        : algorithms.contains(where: { $0.hasPrefix("locon") })
                            ? .locon : algorithms == ["full"] ? .full : .lora
            return FileFacts(
                kind: kind, architecture: report.architecture.rawValue, recognisedBy: report.summary,
                ranks: adapter.ranks, alphas: adapter.alphas,
                dtype: adapter.dtypes.map(\.rawValue).joined(separator: "/"),
                modules: adapter.modules.count, metadata: kept(adapter.metadata),
                triggerWords: FileInfo.trainingTags(adapter.metadata["ss_tag_frequency"]).map(\.tag),
                outputName: nonEmpty(adapter.metadata["ss_output_name"]),
                trainingBaseHash: nonEmpty(adapter.metadata["ss_new_sd_model_hash"])?.lowercased(),
                trainingBaseName: nonEmpty(adapter.metadata["ss_sd_model_name"] ?? adapter.peftConfig?.baseModel))
        case .checkpoint(let base):
            return FileFacts(
                kind: .checkpoint, architecture: base.architecture.architecture.rawValue,
                recognisedBy: base.architecture.summary, ranks: [], alphas: [],
                dtype: base.dtypeCounts.map(\.0.rawValue).joined(separator: "/"), modules: base.shapes.count,
                metadata: kept(base.file.metadata), triggerWords: [], outputName: nil, trainingBaseHash: nil,
                trainingBaseName: nil)
        }
    }

    static func kept(_ metadata: [String: String]) -> [String: String] {
        metadata.filter { keptKeys.contains($0.key) || $0.key.hasPrefix("modelspec.") && $0.value.utf8.count < 4096 }
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty, text != "None" else { return nil }
        return text
    }
}

extension FileManager {
    func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
