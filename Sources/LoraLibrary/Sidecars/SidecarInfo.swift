/// What the sidecar files beside one model say about it, every field optional.
///
/// Read by `Sidecars.read(modelPath:siblings:)`, never written. A field comes from the first
/// sidecar that has it, in the order Civitai Helper, Stability Matrix, ComfyUI-Lora-Manager (the
/// Civitai fields) and A1111 (its own fields; Lora-Manager's notes and recommended strength fill
/// A1111's `notes` and `preferred weight` where A1111 has none); `baseModels` keeps each Civitai sidecar's claim apart so evidence can
/// name the file and show a disagreement. What could not be read is in `problems`, one line per
/// problem naming the sidecar's path; the fields that did parse are kept.
public struct SidecarInfo: Sendable, Equatable {
    /// The sidecars found, by kind, with their file names (in the model's folder).
    public var files: [SidecarKind: String] = [:]

    // A1111's NAME.json
    /// `description`.
    public var description: String?
    /// `sd version`: "SD1", "SD2", "SDXL", "SD3" or "Unknown" as A1111 writes it.
    public var sdVersion: String?
    /// `activation text`: words A1111 adds to the prompt with the LoRA.
    public var activationText: String?
    /// `preferred weight` (A1111 writes a number; a numeric string is accepted). 0 = unset.
    /// Lora-Manager's recommended `strength` where A1111 has none.
    public var preferredWeight: Double?
    /// The sidecar `preferredWeight` came from.
    public var preferredWeightFrom: SidecarKind?
    /// The text encoders' weight where it differs from the U-Net's: Lora-Manager's
    /// `clip_strength` (ComfyUI's LoraLoader `strength_clip`), with its `strength`.
    public var preferredTextEncoderWeight: Double?
    /// `negative text`.
    public var negativeText: String?
    /// `notes`.
    public var notes: String?

    // Civitai (Civitai Helper's .civitai.info, Stability Matrix's .cm-info.json,
    // Lora-Manager's .metadata.json)
    /// Civitai's `baseModel` as each Civitai sidecar has it.
    public var baseModels: [SidecarKind: String] = [:]
    /// `trainedWords` / `TrainedWords`: the trigger words.
    public var trainedWords: [String]?
    /// `model.type` / `ModelType`: "LORA", "LoCon", "DoRA", "Checkpoint"…
    public var modelType: String?
    /// `model.name` / `ModelName`.
    public var modelName: String?
    /// `model.description` / `ModelDescription` (HTML as Civitai has it).
    public var modelDescription: String?
    /// The version's `name` / `VersionName`.
    public var versionName: String?
    /// `model.tags` (or top-level `tags`) / `Tags`.
    public var tags: [String]?
    /// `modelId` / `ModelId`.
    public var civitaiModelID: Int?
    /// The version's `id` / `VersionId`.
    public var civitaiVersionID: Int?
    /// The `.civitai.info` is `{}`: Civitai Helper asked and Civitai does not know the file.
    public var notOnCivitai = false

    /// The preview picture's file name, if there is one.
    public var previewFileName: String?

    /// What could not be read, one line each, naming the sidecar's path.
    public var problems: [String] = []

    public init() {}

    /// The base model a sidecar names: Lora-Manager's (the user's choice in its UI), then
    /// Civitai Helper's and Stability Matrix's Civitai `baseModel`.
    public var baseModel: String? {
        baseModels[.loraManager] ?? baseModels[.civitaiHelper] ?? baseModels[.stabilityMatrix]
    }

    /// Whether no sidecar and no preview was found.
    public var isEmpty: Bool { files.isEmpty && previewFileName == nil }
}
