// LoraBench: the Swift half of `Scripts/bench NAME`. Each benchmark times our code and writes
// the timings (and any data the reference half needs) for the script to compare with numpy.
//
// Usage: LoraBench engine --out PATH.json --data DIR   (run by Scripts/bench engine)
//        LoraBench library --out PATH.json --data DIR  (run by Scripts/bench library)
//        LoraBench render ROW --data DIR --out PATH.json --output PATH.f32 [--repeats N]
//                                                      (one row, run by Scripts/bench render)
//        LoraBench gemm M K N THREADS                  (one GEMM size, for profiling)
//        LoraBench truncate OUT IN RANK KEEP THREADS   (one factored truncation, for profiling)
//        LoraBench convert FROM TO                     (32M-element conversion, for profiling)
import Foundation
import LoraEngine

/// Best wall time of `repeats` runs of `body`, in seconds (after one warm-up run).
func bestTime(repeats: Int, _ body: () -> Void) -> Double {
    body()
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Writes a tensor's raw little-endian F32 bytes (read by numpy with `np.fromfile`).
func writeRaw(_ tensor: Tensor, to path: String) throws {
    let data = tensor.converted(to: .f32).withUnsafeRawBytes { Data($0) }
    try data.write(to: URL(fileURLWithPath: path))
}

func engineBenchmark(out: String, dataFolder: String) throws {
    var results: [String: Double] = [:]
    let cores = ParallelFor.defaultThreadCount
    var generator = SplitMix64(seed: 2026)

    // GEMM, one thread and all threads, output preallocated (numpy allocates; both fault pages
    // in the first run, which is not timed).
    for (name, m, k, n) in [
        ("gemm_1280x32x1280", 1280, 32, 1280), ("gemm_5120x64x1280", 5120, 64, 1280), ("gemm_2048", 2048, 2048, 2048),
    ] {
        let a = Tensor.randomNormal(shape: [m, k], generator: &generator)
        let b = Tensor.randomNormal(shape: [k, n], generator: &generator)
        let repeats = m * n * k > 1 << 30 ? 3 : 10
        for threads in [1, cores] {
            let seconds = bestTime(repeats: repeats) { _ = GEMM.product(a, b, threads: threads) }
            results[name + (threads == 1 ? "_1t" : "")] = seconds
            print(
                String(
                    format: "  %@ %@: %.3f ms", name, threads == 1 ? "1 thread" : "\(threads) threads", seconds * 1e3))
        }
    }

    // Factored truncation of SDXL-shaped deltas: the exact SVD from the factors, then rank k.
    for (name, out, inFeatures, rank, keep) in [
        ("truncate_1280r64", 1280, 1280, 64, 32), ("truncate_640x5760r32", 640, 5760, 32, 16),
    ] {
        let up = Tensor.randomNormal(shape: [out, rank], scale: 0.05, generator: &generator)
        let down = Tensor.randomNormal(shape: [rank, inFeatures], scale: 0.05, generator: &generator)
        try writeRaw(up, to: "\(dataFolder)/\(name)_up.f32")
        try writeRaw(down, to: "\(dataFolder)/\(name)_down.f32")
        let delta = LowRank(up: up, down: down, scale: 1)
        var truncated = delta
        let seconds = bestTime(repeats: 10) { truncated = delta.truncated(rank: keep) }
        // The error of the result against the dense product (not timed).
        let dense = delta.dense()
        var difference = truncated.dense()
        difference.axpy(-1, dense)
        results[name] = seconds
        results[name + "_error"] = difference.frobeniusNorm() / dense.frobeniusNorm()
        print(
            String(
                format: "  %@ → rank %d: %.3f ms, relative error %.6f", name, keep, seconds * 1e3,
                results[name + "_error"]!))
    }

    // F16 → F32 → BF16 against memcpy of the same bytes (each pass vs one memcpy of its input).
    let count = 32 << 20
    let f16 = Tensor.randomNormal(shape: [count], generator: &generator).converted(to: .f16)
    let f32 = UnsafeMutableRawPointer.allocate(byteCount: 4 * count, alignment: 64)
    let bf16 = UnsafeMutableRawPointer.allocate(byteCount: 2 * count, alignment: 64)
    let copy16 = UnsafeMutableRawPointer.allocate(byteCount: 2 * count, alignment: 64)
    let copy32 = UnsafeMutableRawPointer.allocate(byteCount: 4 * count, alignment: 64)
    defer { f32.deallocate(); bf16.deallocate(); copy16.deallocate(); copy32.deallocate() }
    let conversion = f16.withUnsafeRawBytes { source in
        bestTime(repeats: 5) {
            DTypeConversion.convert(from: source.baseAddress!, dtype: .f16, to: f32, dtype: .f32, count: count)
            DTypeConversion.convert(from: UnsafeRawPointer(f32), dtype: .f32, to: bf16, dtype: .bf16, count: count)
        }
    }
    let copies = f16.withUnsafeRawBytes { source in
        bestTime(repeats: 5) {
            copy16.copyMemory(from: source.baseAddress!, byteCount: 2 * count)
            copy32.copyMemory(from: UnsafeRawPointer(f32), byteCount: 4 * count)
        }
    }
    results["convert_f16_f32_bf16"] = conversion
    results["convert_f16_f32_bf16_memcpy"] = copies
    let gigabytes = Double(6 * count) / 1e9  // bytes read by the two passes
    print(
        String(
            format: "  convert %dM F16→F32→BF16: %.1f GB/s (memcpy %.1f GB/s)", count >> 20, gigabytes / conversion,
            gigabytes / copies))

    let json = try JSONSerialization.data(withJSONObject: results, options: [.sortedKeys, .prettyPrinted])
    try json.write(to: URL(fileURLWithPath: out))
}

let arguments = CommandLine.arguments
func value(of flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
guard arguments.count >= 2 else {
    FileHandle.standardError.write("usage: LoraBench NAME --out PATH.json --data DIR\n".data(using: .utf8)!)
    exit(2)
}
switch arguments[1] {
case "library":
    guard let out = value(of: "--out"), let data = value(of: "--data") else {
        FileHandle.standardError.write(
            "LoraBench library: --out PATH.json and --data DIR are required\n".data(using: .utf8)!)
        exit(2)
    }
    do { try libraryBenchmark(out: out, dataFolder: data, reuse: arguments.contains("--reuse")) } catch {
        FileHandle.standardError.write("LoraBench library: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
case "render":
    guard arguments.count >= 3, let out = value(of: "--out"), let data = value(of: "--data"),
        let output = value(of: "--output")
    else {
        let message = "LoraBench render: ROW, --data DIR, --out PATH.json and --output PATH.f32 are required\n"
        FileHandle.standardError.write(message.data(using: .utf8)!)
        exit(2)
    }
    do {
        try renderBenchmark(
            row: arguments[2], dataFolder: data, out: out, output: output,
            repeats: value(of: "--repeats").flatMap { Int($0) } ?? 3)
    } catch {
        FileHandle.standardError.write("LoraBench render: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
case "engine":
    guard let out = value(of: "--out"), let data = value(of: "--data") else {
        FileHandle.standardError.write(
            "LoraBench engine: --out PATH.json and --data DIR are required\n".data(using: .utf8)!)
        exit(2)
    }
    do {
        try engineBenchmark(out: out, dataFolder: data)
    } catch {
        FileHandle.standardError.write("LoraBench engine: \(error)\n".data(using: .utf8)!)
        exit(1)
    }
case "gemm":
    // LoraBench gemm M K N THREADS: one GEMM size, for profiling.
    let v = arguments.dropFirst(2).compactMap { Int($0) }
    guard v.count == 4 else { exit(2) }
    var generator = SplitMix64(seed: 1)
    let a = Tensor.randomNormal(shape: [v[0], v[1]], generator: &generator)
    let b = Tensor.randomNormal(shape: [v[1], v[2]], generator: &generator)
    let packed = PackedMatrix(b)
    var (plain, prepacked) = (Double.infinity, Double.infinity)
    for _ in 0..<3 {  // alternating, so a busy machine slows both alike
        plain = Swift.min(plain, bestTime(repeats: 3) { _ = GEMM.product(a, b, threads: v[3]) })
        prepacked = Swift.min(prepacked, bestTime(repeats: 3) { _ = GEMM.product(a, packed, threads: v[3]) })
    }
    let flop = 2 * Double(v[0] * v[1] * v[2])
    print(
        String(
            format: "%d×%d×%d, %d threads: %.3f ms, %.1f GFLOP/s; B packed beforehand %.3f ms, %.1f GFLOP/s", v[0],
            v[1], v[2], v[3], plain * 1e3, flop / plain / 1e9, prepacked * 1e3, flop / prepacked / 1e9))
case "truncate":
    // LoraBench truncate OUT IN RANK KEEP THREADS: one factored truncation, for profiling.
    let v = arguments.dropFirst(2).compactMap { Int($0) }
    guard v.count == 5 else { exit(2) }
    var generator = SplitMix64(seed: 1)
    let delta = LowRank(
        up: Tensor.randomNormal(shape: [v[0], v[2]], generator: &generator),
        down: Tensor.randomNormal(shape: [v[2], v[1]], generator: &generator))
    let svdTime = bestTime(repeats: 10) { _ = delta.svd(threads: v[4]) }
    let svd = delta.svd(threads: v[4])
    let truncateTime = bestTime(repeats: 10) { _ = svd.truncated(rank: v[3], threads: v[4]) }
    let matrix = Matrix(delta.up)
    let qrTime = bestTime(repeats: 10) { _ = HouseholderQR(matrix) }
    let core = Matrix(rows: v[2], columns: v[2], values: (0..<(v[2] * v[2])).map { _ in generator.nextNormal() })
    let coreTime = bestTime(repeats: 10) { _ = SVD(core) }
    print(
        String(
            format: "svd %.3f ms (one QR %.3f ms, core SVD %.3f ms), truncated %.3f ms", svdTime * 1e3, qrTime * 1e3,
            coreTime * 1e3, truncateTime * 1e3))
case "bake":
    // LoraBench bake ROWS COLUMNS RANK THREADS: one F16 weight + a low-rank delta written into
    // an output buffer by the fused bake kernel, for profiling.
    let v = arguments.dropFirst(2).compactMap { Int($0) }
    guard v.count == 4 else { exit(2) }
    var generator = SplitMix64(seed: 1)
    let weight = Tensor.randomNormal(shape: [v[0], v[1]], generator: &generator).converted(to: .f16)
    let delta = LowRank(
        up: Tensor.randomNormal(shape: [v[0], v[2]], generator: &generator),
        down: Tensor.randomNormal(shape: [v[2], v[1]], generator: &generator))
    let output = UnsafeMutableRawPointer.allocate(byteCount: v[0] * v[1] * 2, alignment: 64)
    let seconds = bestTime(repeats: 10) {
        weight.withUnsafeRawBytes { source in
            FusedBake.apply(
                source: source.baseAddress!, sourceDType: .f16, destination: output, destinationDType: .f16,
                rows: v[0], columns: v[1], deltas: [delta], threads: v[3])
        }
    }
    print(
        String(
            format: "bake %d×%d rank %d, %d threads: %.3f ms, %.1f GFLOP/s, %.2f GB/s of weight", v[0], v[1], v[2],
            v[3], seconds * 1e3,
            2 * Double(v[0] * v[1] * v[2]) / seconds / 1e9, Double(v[0] * v[1] * 2) / seconds / 1e9))
case "convert":
    guard arguments.count == 4, let from = DType(userName: arguments[2]), let to = DType(userName: arguments[3]) else {
        exit(2)
    }
    var generator = SplitMix64(seed: 1)
    let source = Tensor.randomNormal(shape: [32 << 20], generator: &generator).converted(to: from)
    let seconds = bestTime(repeats: 5) { _ = source.converted(to: to) }
    print(
        String(
            format: "%@ → %@: %.3f ms, %.2f G elements/s", from.userName, to.userName, seconds * 1e3,
            Double(32 << 20) / seconds / 1e9))
default:
    FileHandle.standardError.write(
        "LoraBench: unknown benchmark '\(arguments[1])' (known: engine, library, render)\n".data(using: .utf8)!)
    exit(2)
}
