/// What `BlockLayout.slot(of:)` needs of a module's target (its flat name and component).
public struct ModuleTargetName: Sendable {
    /// The kohya-flattened module path (`down_blocks_0_attentions_0_…`).
    public var flatPath: String
    /// Whether the module patches a text encoder.
    public var isTextEncoder: Bool

    public init(flatPath: String, isTextEncoder: Bool) {
        self.flatPath = flatPath
        self.isTextEncoder = isTextEncoder
    }
}
