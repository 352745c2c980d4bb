import LoraFormats

/// What a bake wrote.
public struct BakeReport: Sendable {
    /// The output file.
    public let path: String
    /// Its size in bytes.
    public let fileSize: Int
    /// Tensors changed by at least one module.
    public let patchedTensors: Int
    /// Tensors copied through unchanged.
    public let copiedTensors: Int
    /// Per LoRA: modules baked, and the modules that matched no tensor (skipped, with reasons).
    public let loras: [(name: String, applied: Int, skipped: [ModuleMatch])]

    /// "wrote out.safetensors: 140 tensors patched by 2 LoRAs, 1012 copied; hero: 140 modules, style: 138 (2 skipped)".
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let parts = loras.map {
            "\($0.name): \(count($0.applied, "module"))" + ($0.skipped.isEmpty ? "" : " (\($0.skipped.count) skipped)")
        }
        return
            "wrote \(path): \(count(patchedTensors, "tensor")) patched by \(count(loras.count, "LoRA")), \(copiedTensors) copied; "
            + parts.joined(separator: ", ")
    }
}
