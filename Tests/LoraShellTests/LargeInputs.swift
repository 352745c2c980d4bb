import Foundation
import LoraEngine

/// Inputs large enough that a command is still running when a test interrupts it: kohya LoRA
/// files written directly as safetensors bytes (the tests never take them from lorash).
enum LargeInputs {
    /// A kohya LoRA for a plain model: `modules` modules `lora_unet_blocks_N_proj`, each a
    /// `width`×`width` weight at `rank` (F32, alpha = rank).
    ///
    /// - Parameter sparse: the factors are all zero and stored as a hole in the file (no disk
    ///   is used for them; for commands that only copy or convert bytes); otherwise they hold a
    ///   fixed sequence of values in (−1, 1).
    static func writeLora(to path: String, modules: Int, width: Int, rank: Int, sparse: Bool) throws {
        var header: [String] = []
        var offset = 0
        func entry(_ name: String, _ shape: [Int], _ count: Int) {
            header.append(
                "\"\(name)\":{\"dtype\":\"F32\",\"shape\":\(shape),\"data_offsets\":[\(offset),\(offset + 4 * count)]}")
            offset += 4 * count
        }
        // Alphas first (real bytes), then every factor.
        for n in 0..<modules { entry("lora_unet_blocks_\(n)_proj.alpha", [], 1) }
        for n in 0..<modules {
            entry("lora_unet_blocks_\(n)_proj.lora_down.weight", [rank, width], rank * width)
            entry("lora_unet_blocks_\(n)_proj.lora_up.weight", [width, rank], width * rank)
        }
        var json = Array(("{" + header.joined(separator: ",") + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var prefix = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { prefix.append(contentsOf: $0) }
        prefix.append(contentsOf: json)
        for _ in 0..<modules { withUnsafeBytes(of: Float(rank)) { prefix.append(contentsOf: $0) } }
        try handle.write(contentsOf: prefix)
        if sparse {
            try handle.truncate(atOffset: UInt64(8 + json.count + offset))
            return
        }
        var random = SplitMix64(seed: 1)
        let count = rank * width
        for _ in 0..<(2 * modules) {
            let values = (0..<count).map { _ in Float(random.nextUnit() * 2 - 1) }
            try values.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
        }
    }
}
