import LoraEngine
import LoraFormats

extension WeightFingerprint {
    /// The tensors a fingerprint covers and the elements it reads from each.
    struct SamplePlan {
        /// One covered tensor.
        struct CoveredTensor {
            /// The entry in the file.
            let entry: SafetensorsEntry
            /// The name the choice was made by (the entry's, without the denoiser prefix).
            let key: String
            /// Element indices (row-major) to read, in order.
            let indices: [Int]
        }

        /// Covered tensors, in key order (bytewise UTF-8).
        let tensors: [CoveredTensor]
        /// Hash of the keys and shapes, the seed and the format version.
        let coverage: UInt64
    }

    /// The prefix of the denoiser's tensors in single-file SD 1.x/2.x/SDXL checkpoints (and FLUX
    /// ones saved by ComfyUI).
    static let denoiserPrefix = "model.diffusion_model."

    /// Whether `entry` may be covered at all: a floating-point weight of two or more dimensions,
    /// not a buffer or an EMA copy.
    static func isCandidate(_ entry: SafetensorsEntry) -> Bool {
        entry.dtype.isFloatingPoint && entry.shape.count >= 2 && entry.count > 0
            && !entry.name.hasSuffix("position_ids") && !entry.name.hasPrefix("model_ema.")
    }

    /// The tensors a fingerprint with these parameters covers in a file with `entries` (see the
    /// type's documentation), with their keys, in key order.
    /// - Complexity: O(t log t) for t entries.
    public static func coveredTensors(
        in entries: [SafetensorsEntry], tensorCount: Int = defaultTensorCount, seed: UInt64 = defaultSeed
    ) -> [(key: String, entry: SafetensorsEntry)] {
        var candidates = entries.filter(isCandidate)
        if candidates.contains(where: { $0.name.hasPrefix(denoiserPrefix) }) {
            candidates = candidates.filter { $0.name.hasPrefix(denoiserPrefix) }
        }
        let keyed = candidates.map { entry -> (key: String, entry: SafetensorsEntry, rank: UInt64) in
            let key =
                entry.name.hasPrefix(denoiserPrefix) ? String(entry.name.dropFirst(denoiserPrefix.count)) : entry.name
            return (key, entry, SplitMix64.hash(seed, fnv1a(Array(key.utf8))))
        }
        let chosen = keyed.sorted { a, b in
            a.rank != b.rank ? a.rank < b.rank : a.key.utf8.lexicographicallyPrecedes(b.key.utf8)
        }.prefix(tensorCount)
        return chosen.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { ($0.key, $0.entry) }
    }

    /// The covered tensors and the positions read in each; nil when nothing can be covered.
    static func samplePlan(entries: [SafetensorsEntry], tensorCount: Int, samplesPerTensor: Int, seed: UInt64)
        -> SamplePlan?
    {
        let covered = coveredTensors(in: entries, tensorCount: tensorCount, seed: seed)
        if covered.isEmpty { return nil }
        var coverage = fnv1aOffset
        func mixIn(_ word: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                fnv1aStep(&coverage, UInt8(truncatingIfNeeded: word >> shift))
            }
        }
        mixIn(UInt64(formatVersion))
        mixIn(seed)
        mixIn(UInt64(samplesPerTensor))
        var tensors: [SamplePlan.CoveredTensor] = []
        for (key, entry) in covered {
            mixIn(UInt64(key.utf8.count))
            for byte in key.utf8 { fnv1aStep(&coverage, byte) }
            mixIn(UInt64(entry.shape.count))
            for dimension in entry.shape { mixIn(UInt64(dimension)) }
            let positionSeed = SplitMix64.mix(seed ^ 0x5A4D_504C_4553 ^ fnv1a(Array(key.utf8)))
            let count = entry.count
            var indices: [Int] = []
            indices.reserveCapacity(samplesPerTensor)
            for sample in 0..<samplesPerTensor {
                let run = sample / runLength
                let start = Int(SplitMix64.hash(positionSeed, UInt64(run)).multipliedFullWidth(by: UInt64(count)).high)
                indices.append((start + sample % runLength) % count)
            }
            tensors.append(SamplePlan.CoveredTensor(entry: entry, key: key, indices: indices))
        }
        return SamplePlan(tensors: tensors, coverage: SplitMix64.mix(coverage))
    }

    /// The planned elements as `Float`s, read straight from the mapped file.
    ///
    /// Each element is loaded unaligned and widened exactly (F16, BF16) or rounded to nearest
    /// (F64); fp8 goes through `DTypeConversion`. `plainSamples` is the reference twin.
    static func readSamples(_ plan: SamplePlan, from reader: SafetensorsReader) -> [Float] {
        var values: [Float] = []
        values.reserveCapacity(plan.tensors.reduce(0) { $0 + $1.indices.count })
        for tensor in plan.tensors {
            let bytes = reader.bytes(of: tensor.entry)
            let dtype = tensor.entry.dtype
            reader.advise(.random, for: tensor.entry)
            defer {
                reader.release(tensor.entry)
                reader.advise(.normal, for: tensor.entry)
            }
            for index in tensor.indices {
                let offset = index * dtype.byteSize
                switch dtype {
                case .f32:
                    values.append(Float(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
                case .f16:
                    values.append(
                        Float(Float16(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))))
                case .bf16:
                    let bits = UInt32(bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) << 16
                    values.append(Float(bitPattern: bits))
                case .f64:
                    values.append(
                        Float(Double(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))))
                default:
                    var value: Float = 0
                    DTypeConversion.convert(
                        from: bytes.baseAddress! + offset, dtype: dtype, to: &value, dtype: .f32, count: 1)
                    values.append(value)
                }
            }
        }
        return values
    }

    /// The planned elements read the plain way (every covered tensor converted whole): the
    /// reference `readSamples` is tested against.
    static func plainSamples(_ plan: SamplePlan, from reader: SafetensorsReader) -> [Float] {
        plan.tensors.flatMap { tensor in
            let floats = reader.tensor(for: tensor.entry).floats()
            return tensor.indices.map { floats[$0] }
        }
    }

    /// FNV-1a's 64-bit offset basis (Fowler, Noll & Vo; IETF draft-eastlake-fnv).
    static let fnv1aOffset: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One FNV-1a step: xor the byte in, multiply by the 64-bit FNV prime.
    @inline(__always)
    static func fnv1aStep(_ hash: inout UInt64, _ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The 64-bit FNV-1a hash of `bytes`: stable across runs and platforms, unlike `Hasher`.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash = fnv1aOffset
        for byte in bytes { fnv1aStep(&hash, byte) }
        return hash
    }
}
