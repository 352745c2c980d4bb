/// What `LoraFile.load` found at a path.
public enum LoadedFile: Sendable {
    /// A LoRA (single file or PEFT folder).
    case lora(LoraAdapter)
    /// A base model checkpoint.
    case checkpoint(BaseModel)

    /// The path loaded.
    public var path: String {
        switch self {
        case .lora(let a): return a.sourcePath
        case .checkpoint(let b): return b.path
        }
    }

    /// The one-line summary `load` prints.
    public var summary: FileSummary { FileSummary(self) }
}
