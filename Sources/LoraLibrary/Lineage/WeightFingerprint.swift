import LoraEngine
import LoraFormats

/// A small, linear summary of a safetensors file's weights: a few hundred of its numbers, picked
/// the same way in every file of one architecture, so that two files can be compared, and a merge
/// told apart into the files it was made from, without opening either again.
///
/// How it is made (`init?(reader:)`):
/// 1. **Which tensors.** The floating-point tensors of two or more dimensions (weights, not
///    biases, norms or scalars), without buffers (`…position_ids`) and EMA copies
///    (`model_ema.…`). When some of them are a single-file checkpoint's denoiser
///    (`model.diffusion_model.…`), only those count, under their name without that prefix: text
///    encoders and VAE ride along in some files and not in others, are often swapped whole, and
///    say little about which fine-tune a checkpoint is; ComfyUI's FLUX files and BFL's then agree.
///    Each candidate's name is hashed (FNV-1a, then the SplitMix64 finaliser, with `seed`) and
///    the `tensorCount` with the smallest hashes are covered. The choice depends on the names and
///    shapes alone: not on dtypes, values or where the tensors lie in the file.
/// 2. **Which numbers.** In each covered tensor, `samplesPerTensor` elements at positions drawn
///    from (seed, name) — runs of `runLength` neighbours, so one page read serves several — and
///    converted to `Float` (F64, F32, F16, BF16 and fp8 alike). Only those pages of the mapped
///    file are touched, each tensor marked for random access first so that a page fault reads
///    its own page and not the read-ahead window around it (on a cold 6.9 GB SDXL file: 256 pages,
///    1 MB, in about 30 ms, beside the 8 MB the header's first read brings in).
///
/// Why seeded sampling rather than a dense random projection: both are linear maps of the
/// weights (sampling is the projection onto a random set of coordinates), so both carry merges
/// over (`fingerprint(a·A + b·B) = a·fingerprint(A) + b·fingerprint(B)`, exactly up to the
/// rounding of the files' dtype), which is all that mixing-weight recovery needs. A Gaussian
/// projection preserves distances for any vector (Johnson–Lindenstrauss; Achlioptas, "Database-
/// friendly random projections", J. Comput. Syst. Sci. 66, 2003) but must read every byte it
/// covers: within a budget of a few MB it could cover two or three SDXL tensors. Sampling reads a
/// few pages per tensor, so the same budget spreads over 64 tensors across the whole network, and
/// the squared distance of the samples, scaled by (elements / samples), is an unbiased estimate
/// of the squared distance of the tensors (simple random sampling; Drineas, Kannan & Mahoney,
/// "Fast Monte Carlo algorithms for matrices I", SIAM J. Comput. 36, 2006, for the matrix form).
/// Its variance is small when the difference is spread over many elements, as the differences
/// fine-tuning and merging make are; a change confined to a few elements (one edited row) may be
/// missed. Each covered tensor counts equally, whatever its size.
///
/// Two fingerprints are comparable only when their `signature`s are equal: the signature names
/// the architecture (as `ArchitectureDetector` reads the shapes), the number of tensors and
/// samples, and a hash of the covered names and shapes, the seed and the format version.
public struct WeightFingerprint: Sendable, Hashable {
    /// The version byte `encoded` starts with.
    public static let formatVersion: UInt8 = 1
    /// The seed of the name hashes and sample positions of every fingerprint lorash stores.
    public static let defaultSeed: UInt64 = 0x6C6F_7261_7368_4C6E
    /// Tensors covered by default (fewer when the file has fewer candidates).
    public static let defaultTensorCount = 64
    /// Elements sampled per tensor by default.
    public static let defaultSamplesPerTensor = 16
    /// Neighbouring elements read together (one page serves them all).
    public static let runLength = 4

    /// The architecture the file's names and shapes say (`Architecture.rawValue`: "SDXL",
    /// "SD1.x", "FLUX.1", or "generic" for LoRAs and other models); never from metadata, so
    /// copies with other metadata agree.
    public let architecture: String
    /// Number of tensors covered.
    public let tensorCount: Int
    /// Elements sampled in each covered tensor.
    public let samplesPerTensor: Int
    /// The seed of the name hashes and sample positions.
    public let seed: UInt64
    /// A hash of the covered tensors' names and shapes, the seed and the format version.
    public let coverage: UInt64
    /// The sampled elements: `samplesPerTensor` per covered tensor, tensors in name order.
    public let values: [Float]

    /// Everything that must agree for two fingerprints to be compared, in one short string:
    /// "SDXL/64x16/3fa9c1d2e4b5a697".
    public var signature: String {
        let hex = String(coverage, radix: 16)
        return "\(architecture)/\(tensorCount)x\(samplesPerTensor)/"
            + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// A fingerprint from its parts (`init?(encoded:)` and tests).
    /// - Precondition: `values.count == tensorCount * samplesPerTensor`.
    public init(
        architecture: String, tensorCount: Int, samplesPerTensor: Int, seed: UInt64, coverage: UInt64,
        values: [Float]
    ) {
        precondition(values.count == tensorCount * samplesPerTensor, "\(values.count) values")
        self.architecture = architecture
        self.tensorCount = tensorCount
        self.samplesPerTensor = samplesPerTensor
        self.seed = seed
        self.coverage = coverage
        self.values = values
    }

    /// The fingerprint of an opened safetensors file (a checkpoint, a LoRA, any model).
    ///
    /// - Parameters:
    ///   - reader: the opened file; only the header and the sampled pages are read.
    ///   - tensorCount: how many tensors to cover (all candidates when there are fewer).
    ///   - samplesPerTensor: elements sampled in each.
    ///   - seed: picks the tensors and positions; fingerprints with other seeds do not compare.
    /// - Returns: nil when the file has no floating-point tensor of two or more dimensions.
    /// - Complexity: O(t log t) for the header's t tensors, plus `tensorCount · samplesPerTensor`
    ///   element reads (at most `tensorCount · samplesPerTensor / runLength` pages, whatever the
    ///   size of the file).
    public init?(
        reader: SafetensorsReader, tensorCount: Int = defaultTensorCount,
        samplesPerTensor: Int = defaultSamplesPerTensor, seed: UInt64 = defaultSeed
    ) {
        precondition(tensorCount > 0 && samplesPerTensor > 0, "a fingerprint needs tensors and samples")
        guard
            let plan = Self.samplePlan(
                entries: reader.entries, tensorCount: tensorCount, samplesPerTensor: samplesPerTensor, seed: seed)
        else { return nil }
        var shapes: [String: [Int]] = [:]
        for entry in reader.entries { shapes[entry.name] = entry.shape }
        let architecture = ArchitectureDetector.detect(checkpoint: shapes, metadata: [:], fileName: "").architecture
        self.init(
            architecture: architecture.rawValue, tensorCount: plan.tensors.count, samplesPerTensor: samplesPerTensor,
            seed: seed, coverage: plan.coverage, values: Self.readSamples(plan, from: reader))
    }

    /// Whether `other` covers the same tensors the same way (equal signatures).
    public func isComparable(with other: WeightFingerprint) -> Bool {
        architecture == other.architecture && tensorCount == other.tensorCount
            && samplesPerTensor == other.samplesPerTensor && seed == other.seed && coverage == other.coverage
    }

    /// The Euclidean norm of `values`, accumulated in `Double`.
    public var norm: Double {
        var sum = 0.0
        for v in values { sum += Double(v) * Double(v) }
        return sum.squareRoot()
    }

    /// ‖self − reference‖ / ‖reference‖, accumulated in `Double`: about the relative distance
    /// between the covered weights (0.05 for a fine-tune that moved them by 5 %).
    /// - Returns: nil when the two are not comparable; `.infinity` when `reference` is all zeros
    ///   and `self` is not (0 when both are).
    /// - Complexity: O(values.count).
    public func relativeDistance(to reference: WeightFingerprint) -> Double? {
        guard isComparable(with: reference) else { return nil }
        var difference = 0.0
        var scale = 0.0
        for (a, b) in zip(values, reference.values) {
            let d = Double(a) - Double(b)
            difference += d * d
            scale += Double(b) * Double(b)
        }
        if scale == 0 { return difference == 0 ? 0 : .infinity }
        return (difference / scale).squareRoot()
    }
}
