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
    /// The parts of a diffusion model a checkpoint holds, by key names (empty for a LoRA, or a
    /// file none of whose keys a component has).
    public var components: [CheckpointComponent]

    public init(
        architecture: Architecture, evidence: [String], hints: [(key: String, value: String)] = [],
        components: [CheckpointComponent] = []
    ) {
        self.architecture = architecture
        self.evidence = evidence
        self.hints = hints
        self.components = components
    }

    /// The components a whole checkpoint of this architecture has and this file lacks (empty
    /// for a whole checkpoint, a LoRA, or a generic file).
    public var missingComponents: [CheckpointComponent] {
        guard !components.isEmpty else { return [] }
        let complete = CheckpointComponent.complete(for: architecture)
        return complete.filter { !components.contains($0) }
    }

    /// "components: CLIP-L text encoder, OpenCLIP-bigG text encoder (a partial SDXL file: no
    /// U-Net, no VAE)", or nil when no component was recognised.
    public var componentsLine: String? {
        guard !components.isEmpty else { return nil }
        var line = "components: " + CheckpointComponent.list(components)
        let missing = missingComponents
        if !missing.isEmpty {
            line +=
                " (a partial \(architecture.rawValue) file: "
                + missing.map { "no \($0.rawValue)" }.joined(separator: ", ") + ")"
        }
        return line
    }

    public static func == (a: ArchitectureReport, b: ArchitectureReport) -> Bool {
        a.architecture == b.architecture && a.evidence == b.evidence && a.components == b.components
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
