import LoraEngine

/// A LoRA: its modules, the file's metadata, and how it was read.
///
/// This is lorash's one internal model of every scheme (kohya, LyCORIS, diffusers, PEFT,
/// ComfyUI): readers produce it, writers consume it, and conversions between schemes happen
/// on it without touching the factors (so they are exact).
public struct LoraAdapter: Sendable {
    /// The modules, sorted by target.
    public var modules: [LoraModule]
    /// The safetensors `__metadata__` (ss_*, modelspec.*, …).
    public var metadata: [String: String]
    /// The key scheme the file used (the most common one when mixed).
    public var scheme: KeyScheme
    /// Where alphas came from.
    public var alphaSource: AlphaSource
    /// The file or folder it was read from.
    public var sourcePath: String
    /// The PEFT config (folder or diffusers metadata), if any.
    public var peftConfig: PeftAdapterConfig?
    /// Keys the readers did not understand (reported, never silently dropped).
    public var unrecognisedKeys: [String]
    /// The tensor file as it was when read (nil for LoRAs made in the session).
    public var sourceSnapshot: FileSnapshot?
    /// How a LoRA made in the session was made (the merge, resize or extract commands and
    /// their input files), written into the recipe of every file saved from it.
    public var recipe: Provenance?
    /// For a LoRA trained in the session (the built-in model's `train`): its loss curve.
    public var training: TrainingRecord?
    /// For a LoRA made in the session (merged, resized, extracted), the float dtype its inputs
    /// share (F16 for LoRAs and checkpoints stored in F16): what `save` writes by default,
    /// though the factors are computed in F32. Nil: the LoRA's own dtype.
    public var inputDType: DType?

    public init(
        modules: [LoraModule], metadata: [String: String] = [:], scheme: KeyScheme, alphaSource: AlphaSource,
        sourcePath: String, peftConfig: PeftAdapterConfig? = nil, unrecognisedKeys: [String] = []
    ) {
        self.modules = modules.sorted { $0.target < $1.target }
        self.metadata = metadata
        self.scheme = scheme
        self.alphaSource = alphaSource
        self.sourcePath = sourcePath
        self.peftConfig = peftConfig
        self.unrecognisedKeys = unrecognisedKeys
    }

    /// The module patching `target`, if any.
    public func module(for target: ModuleTarget) -> LoraModule? {
        modules.first { $0.target.canonicalFlatName == target.canonicalFlatName }
    }

    /// The components patched, sorted.
    public var components: [ModelComponent] { Array(Set(modules.map(\.target.component))).sorted() }

    /// Distinct ranks, ascending.
    public var ranks: [Int] { Array(Set(modules.compactMap(\.rank))).sorted() }

    /// Distinct alphas, ascending (nil alphas not included).
    public var alphas: [Float] { Array(Set(modules.compactMap(\.alpha))).sorted() }

    /// Distinct algorithms.
    public var algorithms: [String] { Array(Set(modules.map(\.factors.algorithm))).sorted() }

    /// Distinct dtypes of the factors.
    public var dtypes: [DType] {
        Array(Set(modules.flatMap { $0.factors.tensors.map(\.tensor.dtype) })).sorted { $0.rawValue < $1.rawValue }
    }

    /// Total stored parameters.
    public var parameterCount: Int { modules.reduce(0) { $0 + $1.parameterCount } }
}
