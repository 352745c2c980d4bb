import LoraLibrary

/// The sidecar readers (A1111 `NAME.json`, Civitai Helper `NAME.civitai.info`, Stability
/// Matrix `NAME.cm-info.json`, Lora-Manager `NAME.metadata.json`): the first byte picks the
/// kind, the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSidecar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let kinds = [".civitai.info", ".cm-info.json", ".json", ".metadata.json"]
    let suffix = kinds[Int(data[0]) % kinds.count]
    let body = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let name = "model" + suffix
    _ = FuzzInput.file(name, body)
    _ = Sidecars.read(modelPath: FuzzInput.folder + "/model.safetensors", siblings: [name])
    return 0
}
