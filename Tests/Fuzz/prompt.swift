import LoraDiffusion

/// A1111 prompts: `<lora:NAME:WEIGHT>` tags and emphasis `(a:1.2)`, `[b]`, escapes, `BREAK`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPrompt(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    if let tags = try? PromptLoraTags.extract(from: text) { _ = try? PromptParser.segments(tags.text) }
    _ = try? PromptParser.segments(text)
    return 0
}
