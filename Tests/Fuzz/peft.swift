@testable import LoraFormats

/// The JSON parser and the PEFT `adapter_config.json` reader over arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPeft(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = UnsafeRawBufferPointer(start: data, count: size)
    guard let json = try? JSONParser.parse(raw) else { return 0 }
    _ = PeftAdapterConfig.problem(in: json)
    for prefix in ["", "base_model.model."] {
        guard let config = PeftAdapterConfig(json: json, prefix: prefix) else { continue }
        for module in ["q_proj", "model.layers.0.self_attn.q_proj", "unet.down_blocks.0.attn1.to_q", ""] {
            _ = config.alpha(for: module)
            _ = config.rank(for: module)
            _ = config.allowsRank(4, for: module)
        }
        _ = JSONWriter.self
        _ = config.json()
    }
    return 0
}
