import LoraEngine
import LoraFormats

/// Options of `merge STACK into PATH`.
public struct BakeOptions: Sendable {
    /// The dtype of float tensors in the output (nil: each tensor keeps the base's dtype).
    public var dtype: DType?
    /// Replace an existing output (never one of the inputs).
    public var overwrite: Bool
    /// Bake LoRAs made for another architecture (by name and shape only).
    public var force: Bool
    /// How patched values are rounded to the output dtype.
    public var rounding: DTypeConversion.Rounding
    /// The recipe recorded in the output's metadata (`lorash.recipe`).
    public var provenance: Provenance?
    /// Worker threads for the kernels (the bytes do not depend on it).
    public var threads: Int
    /// Asked between tensors; once cancelled, the bake stops and removes the partial output.
    /// The session passes its token (raised by Ctrl-C); nil bakes to the end.
    public var cancellation: CancellationToken?
    /// Called after each tensor with (tensors done, total), for a progress line.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Write the output around the page cache (O_DIRECT) where the filesystem allows, which
    /// leaves the CPU to the kernels; false writes through the page cache. Same bytes either way.
    public var bypassesPageCache: Bool = true
    /// Write through the pipelined stream (`SafetensorsWriter.startsStreaming`); false writes
    /// one tensor at a time, as on systems without it. Same bytes either way.
    public var streams: Bool = true
    /// The stream's piece size (its ring holds at least four); small values let tests wrap the
    /// ring with small files.
    var streamChunkSize = 32 << 20

    public init(
        dtype: DType? = nil, overwrite: Bool = false, force: Bool = false,
        rounding: DTypeConversion.Rounding = .nearestEven, provenance: Provenance? = nil,
        threads: Int = ParallelFor.defaultThreadCount, cancellation: CancellationToken? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.progress = progress
        self.cancellation = cancellation
        self.dtype = dtype
        self.overwrite = overwrite
        self.force = force
        self.rounding = rounding
        self.provenance = provenance
        self.threads = threads
    }
}
