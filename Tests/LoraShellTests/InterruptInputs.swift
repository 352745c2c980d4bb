import Foundation
import LoraEngine

/// Inputs that keep resize, extract, a render grid and a library scan busy for seconds, made
/// in a second or less with little disk: most bytes are holes (zeros the file system does not
/// store). The tests never take them from lorash.
enum InterruptInputs {
    /// A kohya LoRA whose resize takes seconds: 64 modules of 4096×4096 at rank 256 (alpha
    /// 256), each factor starting with 4096 values in (−1, 1) and zero after them (a 512 MB
    /// file of holes): each module is still QR-factored and its core decomposed.
    static func loraToResize(at path: String) throws {
        var header: [String] = []
        var offset = 0
        var factorStarts: [Int] = []
        let factorBytes = 256 * 4096 * 4
        for n in 0..<64 {
            header.append(
                "\"lora_unet_blocks_\(n)_proj.alpha\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[\(offset),\(offset + 4)]}"
            )
            offset += 4
        }
        for n in 0..<64 {
            for (role, shape) in [("lora_down", "[256,4096]"), ("lora_up", "[4096,256]")] {
                header.append(
                    "\"lora_unet_blocks_\(n)_proj.\(role).weight\":{\"dtype\":\"F32\",\"shape\":\(shape),\"data_offsets\":[\(offset),\(offset + factorBytes)]}"
                )
                factorStarts.append(offset)
                offset += factorBytes
            }
        }
        try writeHoles(to: path, header: header, alphas: 64, starts: factorStarts, size: offset, seed: 3)
    }

    /// Writes a safetensors file: `header`'s entries, `alphas` F32 values of 256 first, then
    /// 4096 values in (−1, 1) at each of `starts` (offsets in the data), holes elsewhere.
    static func writeHoles(to path: String, header: [String], alphas: Int, starts: [Int], size: Int, seed: UInt64)
        throws
    {
        var json = Array(("{" + header.joined(separator: ",") + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var prefix = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { prefix.append(contentsOf: $0) }
        prefix.append(contentsOf: json)
        for _ in 0..<alphas { withUnsafeBytes(of: Float(256)) { prefix.append(contentsOf: $0) } }
        try handle.write(contentsOf: prefix)
        let dataStart = UInt64(8 + json.count)
        var random = SplitMix64(seed: seed)
        for start in starts {
            try handle.seek(toOffset: dataStart + UInt64(start))
            let values = (0..<4096).map { _ in Float(random.nextUnit() * 2 - 1) }
            try values.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
        }
        try handle.truncate(atOffset: dataStart + UInt64(size))
    }

    /// A checkpoint of `count` F32 weights `blocks.N.proj.weight` of `side`×`side`: with
    /// `seed`, each starts with 4096 values in (−1, 1) and is zero after them; without, all
    /// zeros. Only those values take disk; the rest is a hole.
    static func writeCheckpoint(to path: String, count: Int, side: Int, seed: UInt64?) throws {
        var header: [String] = []
        let bytes = side * side * 4
        for n in 0..<count {
            header.append(
                "\"blocks.\(n).proj.weight\":{\"dtype\":\"F32\",\"shape\":[\(side),\(side)],\"data_offsets\":[\(n * bytes),\((n + 1) * bytes)]}"
            )
        }
        var json = Array(("{" + header.joined(separator: ",") + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var prefix = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { prefix.append(contentsOf: $0) }
        prefix.append(contentsOf: json)
        try handle.write(contentsOf: prefix)
        let dataStart = UInt64(8 + json.count)
        if let seed {
            var random = SplitMix64(seed: seed)
            for n in 0..<count {
                try handle.seek(toOffset: dataStart + UInt64(n * bytes))
                let values = (0..<4096).map { _ in Float(random.nextUnit() * 2 - 1) }
                try values.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
            }
        }
        try handle.truncate(atOffset: dataStart + UInt64(count * bytes))
    }

    /// The pair `extract` is slow on: a base of zeros and a tuned file that differs from it in
    /// every weight (32 of 2048×2048).
    static func checkpointsToExtract(in folder: String) throws -> (tuned: String, base: String) {
        let tuned = folder + "/tuned.safetensors"
        let base = folder + "/base.safetensors"
        try writeCheckpoint(to: tuned, count: 32, side: 2048, seed: 5)
        try writeCheckpoint(to: base, count: 32, side: 2048, seed: nil)
        return (tuned, base)
    }

    /// `count` small kohya LoRAs (one 8×8 module each, distinct values) in `folder`, for a
    /// library scan: `lora0000.safetensors` ….
    static func loraFolder(_ folder: String, count: Int) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let header =
            "{\"lora_unet_blocks_0_proj.alpha\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},"
            + "\"lora_unet_blocks_0_proj.lora_down.weight\":{\"dtype\":\"F32\",\"shape\":[1,8],\"data_offsets\":[4,36]},"
            + "\"lora_unet_blocks_0_proj.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[8,1],\"data_offsets\":[36,68]}}"
        var json = Array(header.utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        for n in 0..<count {
            var data = Data()
            withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
            data.append(contentsOf: json)
            let values: [Float] = [1] + (0..<16).map { Float(n * 16 + $0) / Float(count * 16) }
            values.withUnsafeBytes { data.append(contentsOf: $0) }
            try data.write(to: URL(fileURLWithPath: folder + String(format: "/lora%04d.safetensors", n)))
        }
    }

    /// The toy stack a render grid sweeps: `toybase`, a LoRA `r` trained for one step, and
    /// `s = stack toybase r` (lorash statements).
    static let toyStack = "toybase = toy seed=1; r = train toybase on rings rank=2 steps=1 size=8; s = stack toybase r"

    /// A grid of 51 cells of 1024² pixels: seconds of drawing, checked for Ctrl-C between cells.
    static func renderGrid(to path: String) -> String {
        "render grid s x=r:0..1 step 0.02 to \(path) size=1024"
    }
}
