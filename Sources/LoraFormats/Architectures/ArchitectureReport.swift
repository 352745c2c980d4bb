/// What a file was recognised as, how, and which metadata hints it carries.
public struct ArchitectureReport: Sendable, Equatable {
    /// The architecture decided from names and shapes (metadata only when shapes are silent).
    public var architecture: Architecture
    /// How it was recognised, in plain words ("cross-attention width 2048 in …attn2.to_k").
    public var evidence: [String]
    /// Metadata hints found: `ss_base_model_version`, `ss_sd_model_name`, `modelspec.architecture`,
    /// and a `[Tag]` in the file name (derivatives such as Pony or Illustrious are SDXL by shape
    /// and can only be told apart by these).
    public var hints: [(key: String, value: String)]

    public init(architecture: Architecture, evidence: [String], hints: [(key: String, value: String)] = []) {
        self.architecture = architecture
        self.evidence = evidence
        self.hints = hints
    }

    public static func == (a: ArchitectureReport, b: ArchitectureReport) -> Bool {
        a.architecture == b.architecture && a.evidence == b.evidence
            && a.hints.map { "\($0.key)=\($0.value)" } == b.hints.map { "\($0.key)=\($0.value)" }
    }

    /// The architecture and how it was recognised, in one line:
    /// "SDXL (cross-attention width 2048 in lora_unet_input_blocks_4_1_…_attn2_to_k)".
    public var summary: String {
        architecture.rawValue + (evidence.isEmpty ? "" : " (" + evidence.joined(separator: "; ") + ")")
    }

    /// What shapes cannot say about this architecture: for SDXL, which family (Pony,
    /// Illustrious, NoobAI, Animagine and other fine-tunes share its shapes exactly).
    public var familyNote: String? {
        guard architecture == .sdxl else { return nil }
        return
            "Pony, Illustrious, NoobAI and Animagine have SDXL's shapes: only metadata (hints) can tell which of them it was made for"
    }
}
