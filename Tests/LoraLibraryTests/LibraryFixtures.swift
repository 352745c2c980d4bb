import Foundation

/// Model files for library tests, written byte by byte as the safetensors format defines them
/// (not through lorash's writer), with kohya's key names and `ss_*` metadata.
enum LibraryFixtures {
    /// The package root, found from this file's path.
    static var packageRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    /// A path under Tests/Fixtures/Library.
    static func path(_ relative: String) -> String { packageRoot + "/Tests/Fixtures/Library/" + relative }

    /// A fresh empty folder under the system temporary directory.
    static func temporaryFolder(_ label: String = #function) -> String {
        let path =
            NSTemporaryDirectory() + "lorash-library-\(label.filter(\.isLetter))-\(UInt32.random(in: 0...UInt32.max))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A fresh folder for one test.
    static func folder(_ label: String = #function) -> String {
        let dir = NSTemporaryDirectory() + "lorash-library-\(getpid())-\(label.filter { $0.isLetter || $0.isNumber })"
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes a safetensors file of F32 (or F16) tensors filled from `fill`.
    static func write(
        _ path: String, tensors: [(String, [Int])], metadata: [String: String] = [:], dtype: String = "F32",
        fill: (String, Int) -> Float = { _, i in Float(i % 7) * 0.01 }
    ) {
        var header: [String] = []
        var data: [UInt8] = []
        let width = dtype == "F16" ? 2 : 4
        for (name, shape) in tensors.sorted(by: { $0.0 < $1.0 }) {
            let count = shape.reduce(1, *)
            let start = data.count
            for i in 0..<count {
                let value = fill(name, i)
                if width == 2 {
                    withUnsafeBytes(of: Float16(value).bitPattern.littleEndian) { data += $0 }
                } else {
                    withUnsafeBytes(of: value.bitPattern.littleEndian) { data += $0 }
                }
            }
            header.append(
                "\(quote(name)):{\"dtype\":\"\(dtype)\",\"shape\":[\(shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(start),\(data.count)]}"
            )
        }
        if !metadata.isEmpty {
            let members = metadata.sorted { $0.key < $1.key }.map { "\(quote($0.key)):\(quote($0.value))" }
            header.insert("\"__metadata__\":{\(members.joined(separator: ","))}", at: 0)
        }
        var json = Array(("{" + header.joined(separator: ",") + "}").utf8)
        while json.count % 8 != 0 { json.append(0x20) }
        var bytes: [UInt8] = []
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { bytes += $0 }
        bytes += json + data
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A kohya LoRA on two cross-attention modules: SD 1.5 (context width 768) or SDXL (2048).
    static func lora(
        _ path: String, sdxl: Bool = false, rank: Int = 4, alpha: Float = 2, metadata: [String: String] = [:],
        dtype: String = "F32", seed: Int = 0
    ) {
        let context = sdxl ? 2048 : 768
        let width = sdxl ? 640 : 320
        let stem =
            sdxl
            ? "lora_unet_input_blocks_4_1_transformer_blocks_0_attn2"
            : "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2"
        var tensors: [(String, [Int])] = []
        for target in ["to_k", "to_v"] {
            tensors += [
                ("\(stem)_\(target).lora_down.weight", [rank, context]),
                ("\(stem)_\(target).lora_up.weight", [width, rank]),
                ("\(stem)_\(target).alpha", []),
            ]
        }
        write(path, tensors: tensors, metadata: metadata, dtype: dtype) { name, i in
            name.hasSuffix(".alpha") ? alpha : Float((i * 31 + seed * 17) % 13) * 0.001
        }
    }

    /// kohya's `ss_tag_frequency` for one dataset folder.
    static func tagFrequency(_ tags: [(String, Int)]) -> String {
        "{\"10_hero\":{" + tags.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}}"
    }
}
