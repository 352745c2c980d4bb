// `LoraBench render ROW --data DIR --out PATH.json --output PATH.f32 [--repeats N]`:
// our half of one row of `Scripts/bench render` (Scripts/bench.d/render, render_bench.py). It
// reads the row's part of the full-size random-init checkpoint that render_inputs.py wrote
// (`DIR/sd15.safetensors` or `DIR/sdxl.safetensors`, F16, original key names) through
// `SafetensorsReader`, builds the part (U-Net, CLIP-L text encoder or VAE decoder), warms up
// on a small input, runs the row's saved input (`DIR/inputs/ROW.safetensors`) `repeats` times,
// writes the first output as raw F32 for the driver's comparison with diffusers, and writes its
// timings and its own peak RSS as JSON. Public API only (no `@testable`), so a plain
// `swift build -c release` still builds LoraBench.
import Foundation
import LoraDiffusion
import LoraEngine
import LoraFormats

/// A single-file checkpoint's tensors as a `WeightSource`: each tensor is converted to F32 when
/// a model asks for it, and the mapped pages of its file bytes are dropped right after, so the
/// process holds the F32 copies the model keeps and not the file as well (as torch's side, which
/// reads the file with plain reads, does not).
struct CheckpointWeights: WeightSource {
    let reader: SafetensorsReader

    func tensor(_ name: String) throws(DiffusionError) -> Tensor {
        guard let entry = reader.entry(named: name) else { throw .missingWeight(name) }
        let view = reader.tensor(for: entry)
        // An owned F32 copy, whatever the file's dtype (an F32 view would still point at the
        // pages released below).
        let owned = view.dtype == .f32 ? Tensor(shape: view.shape, values: view.floats()) : view.converted(to: .f32)
        reader.release(entry)
        return owned
    }

    func contains(_ name: String) -> Bool { reader.contains(name) }
}

/// The rows of `Scripts/bench render`: which checkpoint file and part each one runs.
enum RenderRow: String, CaseIterable {
    case sd15Unet512 = "sd15_unet_512"
    case sd15Unet256 = "sd15_unet_256"
    case sd15TextEncoder = "sd15_text_encoder"
    case sd15Vae512 = "sd15_vae_512"
    case sdxlUnet1024 = "sdxl_unet_1024"
    case sdxlUnet512 = "sdxl_unet_512"

    /// The checkpoint file (in the data folder) holding the row's part.
    var checkpoint: String {
        switch self {
        case .sdxlUnet1024, .sdxlUnet512: "sdxl.safetensors"
        default: "sd15.safetensors"
        }
    }
}

/// The resident set now (from /proc/self/statm), in MiB; 0 where there is no /proc.
func currentRSSMegabytes() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// This process's peak resident set so far, in MiB (`getrusage`; Linux reports KiB).
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The values of an I32 tensor.
private func integers(_ tensor: Tensor) -> [Int] {
    precondition(tensor.dtype == .i32, "expected I32 ids, found \(tensor.dtype)")
    return tensor.withUnsafeRawBytes { raw in
        (0..<tensor.count).map { Int(raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
    }
}

/// One row: the part built from the checkpoint, a warm-up call and the timed call.
private struct PreparedRow {
    /// A call on a small input (first allocations, page faults of the weights' first use).
    var warmUp: () throws -> Void
    /// The row's call on its saved input.
    var run: () throws -> Tensor
}

private func prepare(_ row: RenderRow, weights: CheckpointWeights, inputs: SafetensorsReader) throws -> PreparedRow {
    func input(_ name: String) throws -> Tensor { try inputs.tensor(named: name).converted(to: .f32) }
    switch row {
    case .sd15Unet512, .sd15Unet256, .sdxlUnet1024, .sdxlUnet512:
        let config: UNetConfig = row.checkpoint == "sdxl.safetensors" ? .sdxl : .sd15
        let unet = try UNet(weights, config: config)
        let sample = try input("sample")
        let timestep = try input("timestep").floats()[0]
        let context = try input("context")
        let added: (textEmbeds: Tensor, timeIds: Tensor)? =
            inputs.contains("text_embeds") ? (try input("text_embeds"), try input("time_ids")) : nil
        let small = Tensor(zeros: [sample.shape[0], sample.shape[1], 8, 8])
        return PreparedRow(
            warmUp: { _ = try unet(small, timestep: timestep, context: context, addedConditions: added) },
            run: { try unet(sample, timestep: timestep, context: context, addedConditions: added) })
    case .sd15TextEncoder:
        let encoder = try CLIPTextEncoder(weights, prefix: "cond_stage_model.transformer.", config: .clipL)
        let idsTensor = try inputs.tensor(named: "ids")
        let values = integers(idsTensor)
        let length = idsTensor.shape[1]
        let ids = (0..<idsTensor.shape[0]).map { Array(values[($0 * length)..<(($0 + 1) * length)]) }
        return PreparedRow(
            warmUp: { _ = encoder.encode(ids) }, run: { encoder.encode(ids).hiddenStates })
    case .sd15Vae512:
        let decoder = try VAEDecoder(config: .sd15, weights: weights)
        let latents = try input("latents")
        let small = Tensor(zeros: [latents.shape[0], latents.shape[1], 8, 8])
        return PreparedRow(
            warmUp: { _ = try decoder.decode(small) }, run: { try decoder.decode(latents) })
    }
}

/// Runs one row of `Scripts/bench render` and writes its output and timings.
/// - Parameters:
///   - rowName: a `RenderRow` name (`sd15_unet_512`, …).
///   - dataFolder: the folder render_inputs.py filled.
///   - out: the JSON of timings and RSS.
///   - output: the first run's output, raw little-endian F32.
///   - repeats: timed runs (the best is the row's time).
func renderBenchmark(
    row rowName: String, dataFolder: String, out: String, output: String, repeats: Int
) throws {
    guard let row = RenderRow(rawValue: rowName) else {
        throw BenchFailure(
            description:
                "unknown row '\(rowName)' (known: \(RenderRow.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
    let inputs = try SafetensorsReader(path: "\(dataFolder)/inputs/\(row.rawValue).safetensors")
    var prepared: PreparedRow!
    let loadSeconds = try once {
        let reader = try SafetensorsReader(path: "\(dataFolder)/\(row.checkpoint)")
        prepared = try prepare(row, weights: CheckpointWeights(reader: reader), inputs: inputs)
    }
    let afterLoad = currentRSSMegabytes()
    say(String(format: "  ours: %@ built in %.1f s, RSS %.0f MB", row.rawValue, loadSeconds, afterLoad))
    let warmUp = try once { try prepared.warmUp() }
    var result: Tensor?
    var runs: [Double] = []
    for _ in 0..<max(1, repeats) {
        let seconds = try once {
            let value = try prepared.run()
            if result == nil { result = value }
        }
        runs.append(seconds)
        say(String(format: "  ours: %@ %.3f s", row.rawValue, seconds))
    }
    let peak = peakRSSMegabytes()
    try writeRaw(result!, to: output)
    let report: [String: Any] = [
        "row": row.rawValue, "seconds": runs.min()!, "runs": runs, "warm_up_seconds": warmUp,
        "load_seconds": loadSeconds, "threads": ParallelFor.defaultThreadCount, "rss_after_load_mb": afterLoad,
        "peak_rss_mb": peak, "shape": result!.shape,
    ]
    say(
        String(
            format: "  ours: %@ best %.3f s of %d, %d threads, peak RSS %.0f MB", row.rawValue, runs.min()!, runs.count,
            ParallelFor.defaultThreadCount, peak))
    let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
    try json.write(to: URL(fileURLWithPath: out))
}
