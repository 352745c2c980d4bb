import Foundation
import LoraEngine
import LoraFormats
import Testing

@testable import LoraLibrary

/// Small checkpoints with real names, shapes and dtypes (a subset of the architecture tables)
/// and seeded N(0, 0.02²) weights, for the lineage tests: bases, fine-tunes and merges are built
/// here, so every expected value comes from the construction.
struct SyntheticCheckpoint {
    /// Tensors in table order: name, shape, values.
    var tensors: [(name: String, shape: [Int], values: [Float])]

    /// The standard deviation of the base weights.
    static let scale: Float = 0.02

    /// The SD 1.5 rows used: the denoiser's weight matrices and convolutions of the first input
    /// block, its conv_in and conv_out (the ones of two or more dimensions and at most
    /// 320×768 elements), plus rows a fingerprint must leave out: biases, a text-encoder matrix,
    /// a VAE convolution.
    static let sd15Rows: [(name: String, shape: [Int])] = rows(
        of: .sd1,
        where: { row in
            let key = row.checkpointKey
            let inFirstBlocks =
                key.hasPrefix("model.diffusion_model.input_blocks.1.")
                || key.hasPrefix("model.diffusion_model.input_blocks.0.0.")
                || key.hasPrefix("model.diffusion_model.out.2.")
            let fits = row.shape.reduce(1, *) <= 320 * 768
            return (inFirstBlocks && fits && (row.shape.count >= 2 || key.hasSuffix(".bias")))
                || key == "cond_stage_model.transformer.text_model.embeddings.position_embedding.weight"
                || key == "first_stage_model.decoder.conv_out.weight"
        })

    /// How many of `sd15Rows` are denoiser weights of two or more dimensions (12).
    static var sd15DenoiserWeightCount: Int {
        sd15Rows.filter { $0.name.hasPrefix("model.diffusion_model.") && $0.shape.count >= 2 }.count
    }

    /// A few SDXL rows whose names SD 1.5 shares (conv_in, conv_out), with one SDXL-only block.
    static let sdxlRows: [(name: String, shape: [Int])] = rows(
        of: .sdxl,
        where: { row in
            [
                "model.diffusion_model.input_blocks.0.0.weight", "model.diffusion_model.out.2.weight",
                "model.diffusion_model.input_blocks.4.0.skip_connection.weight",
            ].contains(row.checkpointKey)
        })

    static func rows(of architecture: Architecture, where keep: (ArchitectureTable.Row) -> Bool)
        -> [(name: String, shape: [Int])]
    {
        ArchitectureTable.table(for: architecture)!.rows.filter(keep).map { ($0.checkpointKey, $0.shape) }
    }

    /// Weights N(0, scale²) for `rows`, from `seed`.
    static func random(_ rows: [(name: String, shape: [Int])], seed: UInt64) -> SyntheticCheckpoint {
        var generator = SplitMix64(seed: seed)
        return SyntheticCheckpoint(
            tensors: rows.map { row in
                var values = generator.normals(count: row.shape.reduce(1, *))
                values.withUnsafeMutableBufferPointer { buffer in
                    for i in buffer.indices { buffer[i] *= scale }
                }
                return (row.name, row.shape, values)
            })
    }

    /// A base SD 1.5 checkpoint (subset).
    static func sd15Base(seed: UInt64) -> SyntheticCheckpoint { random(sd15Rows, seed: seed) }

    /// Σ weight·checkpoint, element by element (in `Double`, rounded once).
    static func merge(_ terms: [(Double, SyntheticCheckpoint)]) -> SyntheticCheckpoint {
        let first = terms[0].1
        return SyntheticCheckpoint(
            tensors: first.tensors.indices.map { t in
                var sums = [Double](repeating: 0, count: first.tensors[t].values.count)
                sums.withUnsafeMutableBufferPointer { sums in
                    for (weight, checkpoint) in terms {
                        checkpoint.tensors[t].values.withUnsafeBufferPointer { values in
                            for e in sums.indices { sums[e] += weight * Double(values[e]) }
                        }
                    }
                }
                return (first.tensors[t].name, first.tensors[t].shape, sums.map { Float($0) })
            })
    }

    /// This checkpoint plus seeded N(0, (relative·scale)²) noise on every element: a fine-tune
    /// that moved the weights by about `relative` of their size.
    func fineTuned(relative: Float, seed: UInt64) -> SyntheticCheckpoint {
        let noise = Self.random(tensors.map { ($0.name, $0.shape) }, seed: seed)
        var tuned = self
        for t in tuned.tensors.indices {
            tuned.tensors[t].values.withUnsafeMutableBufferPointer { values in
                noise.tensors[t].values.withUnsafeBufferPointer { noise in
                    for e in values.indices { values[e] += relative * noise[e] }
                }
            }
        }
        return tuned
    }

    /// This checkpoint without the tensors whose names start with `prefix`.
    func without(prefix: String) -> SyntheticCheckpoint {
        SyntheticCheckpoint(tensors: tensors.filter { !$0.name.hasPrefix(prefix) })
    }

    /// Writes the checkpoint as safetensors; `dtype(name)` picks each tensor's dtype.
    @discardableResult
    func write(
        to path: String, metadata: [String: String] = [:], dtype: (String) -> DType = { _ in .f32 }
    ) throws -> String {
        let written = tensors.map { t in (t.name, Tensor(shape: t.shape, values: t.values).converted(to: dtype(t.name)))
        }
        try SafetensorsWriter.write(path: path, tensors: written, metadata: metadata, overwrite: true)
        return path
    }

    /// The fingerprint of the checkpoint written as `dtype` to `folder/name.safetensors`.
    func fingerprint(
        in folder: String, name: String, dtype: DType = .f32,
        tensorCount: Int = WeightFingerprint.defaultTensorCount
    ) throws -> WeightFingerprint {
        let path = try write(to: folder + "/" + name + ".safetensors", dtype: { _ in dtype })
        return try #require(WeightFingerprint(reader: try SafetensorsReader(path: path), tensorCount: tensorCount))
    }
}

/// A fresh temporary folder for one test.
func temporaryFolder(_ label: String = #function) -> String {
    let path = NSTemporaryDirectory() + "lorash-lineage-\(getpid())-\(label.filter { $0.isLetter || $0.isNumber })"
    try? FileManager.default.removeItem(atPath: path)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
