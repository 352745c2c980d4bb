import Foundation

@testable import LoraFormats

/// The LoRA scheme detector, key parser and architecture detector: the input's lines are tensor
/// names (`name` or `name shape,shape` with optional dtype `F16`/`F32`), written as a valid
/// safetensors file and loaded as `load` does; each name also goes through the key parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLora(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    var names: [String] = []
    var header: [String] = []
    var offset = 0
    var metadata: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(64) {
        let fields = line.split(separator: " ")
        guard let first = fields.first else { continue }
        let name = String(first)
        if name.hasPrefix("@"), fields.count >= 2 {  // @key value: a metadata entry
            metadata.append(
                "\(jsonString(String(name.dropFirst()))):\(jsonString(fields[1...].joined(separator: " ")))")
            continue
        }
        guard !names.contains(name), name != "__metadata__" else { continue }
        names.append(name)
        _ = LoraKeyParser.split(name).map { LoraKeyParser.target(ofStem: $0.stem, legacy: $0.legacy) }
        _ = LoraKeyParser.isLoraKey(name)
        _ = KeyNames.unflatten(name)
        var shape = fields.count > 1 ? fields[1].split(separator: ",").compactMap { Int($0) } : [1]
        shape = shape.map { min(max($0, 0), 16) }.prefix(4).map { $0 }
        let dtype = fields.count > 2 && fields[2] == "F16" ? "F16" : "F32"
        let count = shape.reduce(1, *) * (dtype == "F16" ? 2 : 4)
        header.append(
            "\(jsonString(name)):{\"dtype\":\"\(dtype)\",\"shape\":[\(shape.map(String.init).joined(separator: ","))],"
                + "\"data_offsets\":[\(offset),\(offset + count)]}")
        offset += count
    }
    if !metadata.isEmpty { header.append("\"__metadata__\":{\(metadata.joined(separator: ","))}") }
    var json = Array("{\(header.joined(separator: ","))}".utf8)
    while json.count % 8 != 0 { json.append(0x20) }
    var file: [UInt8] = []
    withUnsafeBytes(of: UInt64(json.count).littleEndian) { file += $0 }
    file += json
    // Values: small, varied, finite (the byte pattern 0x3F repeated is 0.75 in F32, 1.8 in F16).
    file += [UInt8](repeating: 0x3F, count: offset)
    let path = FuzzInput.file("fuzz.safetensors", file)
    if let loaded = try? LoraFile.load(path: path), case .lora(let adapter) = loaded {
        _ = ArchitectureDetector.detect(lora: adapter, fileName: "fuzz.safetensors")
        _ = loaded.summary
    }
    return 0
}

private func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where u.value < 0x20: out += String(format: "\\u%04x", u.value)
        default: out.unicodeScalars.append(u)
        }
    }
    return out + "\""
}
