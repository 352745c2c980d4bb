import LoraFormats

/// Everything lorash knows about one file that can say which base family it is for.
public struct FamilyClues: Sendable {
    /// The file's name (`hero_pony.safetensors`), a name hint.
    public var fileName: String
    /// The architecture decided from its shapes (`ArchitectureDetector`), nil if unknown.
    public var architecture: Architecture?
    /// The safetensors `__metadata__` (`ss_new_sd_model_hash`, `ss_sd_model_name`,
    /// `ss_output_name`, `modelspec.title`, `modelspec.architecture`…).
    public var metadata: [String: String]
    /// Its sidecar files.
    public var sidecars: SidecarInfo
    /// The user's own tags on it.
    public var userTags: [String]
    /// The sha256 of the file itself, when known: a checkpoint that is a known public base.
    public var fileSHA256: String?

    public init(
        fileName: String, architecture: Architecture?, metadata: [String: String] = [:],
        sidecars: SidecarInfo = SidecarInfo(), userTags: [String] = [], fileSHA256: String? = nil
    ) {
        self.fileName = fileName
        self.architecture = architecture
        self.metadata = metadata
        self.sidecars = sidecars
        self.userTags = userTags
        self.fileSHA256 = fileSHA256
    }
}

/// A checkpoint in the user's library, as the caller's sha256 lookup returns it.
public struct LibraryCheckpoint: Sendable, Equatable {
    /// Its file name (`ponyDiffusionV6XL.safetensors`).
    public var fileName: String
    /// Its family, as the library decided it.
    public var family: BaseFamily

    public init(fileName: String, family: BaseFamily) {
        self.fileName = fileName
        self.family = family
    }
}
