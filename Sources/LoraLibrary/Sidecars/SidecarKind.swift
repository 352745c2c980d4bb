/// The metadata files other tools keep beside a model, `DIR/NAME.safetensors`.
public enum SidecarKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A1111's per-model user metadata, `NAME.json` (description, sd version, activation text,
    /// preferred weight, negative text, notes), written by its Extra Networks editor.
    case webUI = ".json"
    /// Civitai Helper's copy of the Civitai model version, `NAME.civitai.info`; `{}` when
    /// Civitai does not know the file.
    case civitaiHelper = ".civitai.info"
    /// Stability Matrix's `NAME.cm-info.json` (its ConnectedModelInfo: ModelName, BaseModel,
    /// TrainedWords, ModelType, Tags…).
    case stabilityMatrix = ".cm-info.json"
    /// ComfyUI-Lora-Manager's `NAME.metadata.json` (`base_model`, `model_name`, `tags`,
    /// `notes`, `usage_tips`, and the Civitai model version under `civitai`, whose
    /// `trainedWords` the user edits in its UI).
    case loraManager = ".metadata.json"

    /// The sidecar's file name for a model whose name without extension is `stem`.
    public func fileName(stem: String) -> String { stem + rawValue }

    /// How a message names it: "its .civitai.info".
    public var label: String { "its " + rawValue }

    public static func < (a: SidecarKind, b: SidecarKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
