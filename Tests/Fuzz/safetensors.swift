@testable import LoraFormats

/// Safetensors header parsing and validation over arbitrary bytes; when a header is valid, the
/// file is opened through `SafetensorsReader` and every tensor's bytes are touched.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafetensors(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = UnsafeRawBufferPointer(start: data, count: size)
    guard (try? SafetensorsHeader(file: "fuzz.safetensors", bytes: raw, fileSize: size)) != nil else { return 0 }
    let path = FuzzInput.file("fuzz.safetensors", FuzzInput.bytes(data, size))
    guard let reader = try? SafetensorsReader(path: path) else { return 0 }
    var sum: UInt8 = 0
    for entry in reader.entries {
        let bytes = reader.bytes(of: entry)
        if let first = bytes.first, let last = bytes.last { sum &+= first &+ last }
        _ = reader.tensor(for: entry).shape
    }
    _ = sum
    return 0
}
