import LoraEngine

/// How `LoraWriter.save` writes a LoRA.
public struct LoraSaveOptions: Sendable {
    /// The output format.
    public var format: LoraFormat
    /// The dtype of written factors (nil = keep each tensor's own).
    public var dtype: DType?
    /// Replace an existing output.
    public var overwrite: Bool
    /// For diffusers/PEFT output of LyCORIS algorithms: the rank of the approximation.
    public var rank: Int?
    /// The approximation (the engine's SVD); required with `rank`.
    public var approximator: (any LowRankApproximator)?
    /// The recipe that made this file, recorded in the metadata; its input paths are also
    /// protected (never written over), with the LoRA's own source.
    public var provenance: Provenance?
    /// Asked between tensors: once cancelled, the temporary output is removed and the save
    /// throws `LoraFormatError.interrupted`. Nil: the save runs to the end.
    public var cancellation: CancellationToken?
    /// Called after each tensor is written, with (tensors written, total), for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(
        format: LoraFormat = .kohya, dtype: DType? = nil, overwrite: Bool = false, rank: Int? = nil,
        approximator: (any LowRankApproximator)? = nil, provenance: Provenance? = nil,
        cancellation: CancellationToken? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.cancellation = cancellation
        self.progress = progress
        self.format = format
        self.dtype = dtype
        self.overwrite = overwrite
        self.rank = rank
        self.approximator = approximator
        self.provenance = provenance
    }
}

/// The recipe that produced a file: the commands and every input's sha256, so it can be replayed.
/// Written as JSON in the `lorash.recipe` metadata entry.
public struct Provenance: Sendable, Equatable {
    /// The lorash commands, in order.
    public var commands: [String]
    /// Input files with their sha256 ("" when not computed: see `recording(_:)`).
    public var inputs: [(path: String, sha256: String)]
    /// The lorash version.
    public var tool: String

    public init(commands: [String], inputs: [(path: String, sha256: String)], tool: String = "lorash") {
        self.commands = commands
        self.inputs = inputs
        self.tool = tool
    }

    /// The inputs to record for `files`: each with its sha256 when it is under 1 GB or this
    /// process has hashed it already (`info NAME hash=true`); a larger file is recorded by path
    /// only, so a 7 GB bake does not spend seconds reading its base once more.
    /// With `hashing` false only hashes already computed are filled in (the bake hashes the
    /// rest while it writes: `pendingToken`).
    public static func inputs(_ files: [String], hashing: Bool = true) -> [(path: String, sha256: String)] {
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted && FileIdentity.ifExists($0)?.isRegularFile == true }.map {
            path in
            if let cached = FileHash.cached(path: path) { return (path, cached.sha256) }
            guard hashing, isSmall(path), let hash = try? FileHash.of(path: path) else { return (path, "") }
            return (path, hash.sha256)
        }
    }

    /// Whether `path` is small enough (< 1 GB) for its hash to be worth recording.
    public static func isSmall(_ path: String) -> Bool { (FileIdentity.ifExists(path)?.size ?? .max) < 1 << 30 }

    /// A 64-character stand-in for input `index`'s sha256, replaced in the written header once
    /// the hash is known (`SafetensorsWriter.replaceInHeader`).
    public static func pendingToken(_ index: Int) -> String {
        let head = "lorash-sha256-pending-\(index)-"
        return head + String(repeating: "0", count: 64 - head.count)
    }

    public static func == (a: Provenance, b: Provenance) -> Bool {
        a.commands == b.commands && a.tool == b.tool
            && a.inputs.map { $0.path + $0.sha256 } == b.inputs.map { $0.path + $0.sha256 }
    }

    /// The JSON recorded in the metadata.
    public var json: String {
        JSONWriter.string(
            .object([
                ("tool", .string(tool)),
                ("commands", .array(commands.map { .string($0) })),
                (
                    "inputs",
                    .array(
                        inputs.map {
                            .object([
                                ("path", .string($0.path)), ("sha256", $0.sha256.isEmpty ? .null : .string($0.sha256)),
                            ])
                        })
                ),
            ]))
    }
}
